import { SupportedEmploymentError } from '../core/errors';
import type { SeStepId } from '../process/seStep';
import type { StepSupport } from './stepSupport';
import { STEP_SUPPORT } from './stepSupportCatalogue';

/**
 * Looks up the target-group methods for one SE step in {@link STEP_SUPPORT}.
 *
 * @remarks
 * Language support, user participation, cultural differences and other methods
 * for the step, from the AFI report's figures 6–9 and 11 (domain specification §3).
 *
 * @param step - The SE step, one of {@link SE_STEP_IDS}.
 * @returns The step's methods by dimension, with the report figure and lines.
 * @throws {@link SupportedEmploymentError} with code `unknown_id` when the step is not one of the five.
 * @example
 * ```ts
 * const support = getStepSupport('initial-contact');
 * support.figure; // => 'Figur 6'
 * support.dimensions['language-support'].map((m) => m.text.en);
 * ```
 * @category Adaptations
 */
export function getStepSupport(step: SeStepId): StepSupport {
  const found = STEP_SUPPORT.find((s) => s.step === step);
  if (found === undefined) {
    throw new SupportedEmploymentError('unknown_id', 'The step id is not one of the five SE steps.');
  }
  return found;
}
