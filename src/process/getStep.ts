import { SupportedEmploymentError } from '../core/errors';
import type { SeStepId } from './seStep';
import type { SeStepDefinition } from './seStepDefinition';
import { SE_STEPS } from './seSteps';

/**
 * Looks up one of the five steps in the catalogue.
 *
 * @remarks
 * The catalogue is {@link SE_STEPS}; the entry is shared and frozen, so read
 * it, do not change it.
 *
 * @param id - The step id.
 * @returns The step's catalogue entry.
 * @throws {@link SupportedEmploymentError} `unknown_id` when `id` is not one of {@link SE_STEP_IDS} (untyped callers).
 * @example
 * ```ts
 * getStep('employer-engagement').number; // => 4
 * getStep('employer-engagement').name.nb; // => 'Samarbeid med arbeidsgiver'
 * ```
 * @category Process
 */
export function getStep(id: SeStepId): SeStepDefinition {
  const step = SE_STEPS.find((s) => s.id === id);
  if (step === undefined) {
    throw new SupportedEmploymentError('unknown_id', 'The step id is not one of the five SE steps.');
  }
  return step;
}
