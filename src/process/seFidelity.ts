import { z } from 'zod';
import { IssueSchema } from '../issue';
import { SeStepIdSchema } from './seStep';

/**
 * Schema of a {@link SeFidelity}: whether a journey includes all five steps.
 *
 * @example
 * ```ts
 * SeFidelitySchema.parse(isSupportedEmployment(seCase)).missingSteps;
 * ```
 * @category Process
 */
export const SeFidelitySchema = z.object({
  /** True when the journey has entered all five steps. */
  supportedEmployment: z.boolean(),
  /** The steps the journey has entered, in step order. */
  includedSteps: z.array(SeStepIdSchema),
  /** The steps the journey has not entered, in step order. */
  missingSteps: z.array(SeStepIdSchema),
  /** One `step_not_included` issue per missing step: `error` for a closed case, `info` for an open one. */
  issues: z.array(IssueSchema),
});

/**
 * The fidelity of a journey to the five-step process: which steps it includes and which it lacks.
 *
 * @remarks
 * SEQF 2018: approaches that do not include all the steps of the five-step
 * process are not Supported Employment (AFI report 1.1.1, L2272–2278;
 * appendix, L13091–13093).
 *
 * @example
 * ```ts
 * const fidelity: SeFidelity = isSupportedEmployment(seCase);
 * fidelity.supportedEmployment; // => false while steps are missing
 * ```
 * @category Process
 */
export interface SeFidelity extends z.output<typeof SeFidelitySchema> {}
