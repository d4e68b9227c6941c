import { processIssue, stepMessage } from '../_lib/process/issues';
import type { SeCase } from './seCase';
import type { SeFidelity } from './seFidelity';
import { SE_STEP_IDS } from './seStep';
import { guard } from '../_lib/guards';
import { SeCaseSchema } from './seCase';

/**
 * Tells whether a journey included all five steps of SE, and lists the steps it lacks.
 *
 * @remarks
 * "Approaches that do not include all the steps of the five-step process are
 * not Supported Employment" (SEQF 2018, in the AFI report 1.1.1, L2272–2278).
 * A step counts as included once the case has entered it; going back and
 * forth does not matter. Each missing step gives a `step_not_included` issue
 * whose message names the step: an `error` when the case is closed (the
 * journey was not SE), an `info` while it is open (not yet included). This is
 * a judgement about the service, never about the participant.
 *
 * @param seCase - The case.
 * @returns Whether the journey is SE, the included and the missing steps, and the issues.
 * @example
 * ```ts
 * const fidelity = isSupportedEmployment(seCase);
 * fidelity.missingSteps; // => ['employer-engagement', 'on-off-job-support']
 * ```
 * @category Process
 */
export function isSupportedEmployment(seCase: SeCase): SeFidelity {
  guard(SeCaseSchema, seCase, 'seCase', 'isSupportedEmployment', { shallow: true });
  const entered = new Set(seCase.stepHistory.map((entry) => entry.step));
  const includedSteps = SE_STEP_IDS.filter((step) => entered.has(step));
  const missingSteps = SE_STEP_IDS.filter((step) => !entered.has(step));
  const closed = seCase.closure !== null;
  const issues = missingSteps.map((step) =>
    processIssue('step_not_included', closed ? 'error' : 'info', ['stepHistory'], {
      message: stepMessage('step_not_included', step, closed),
    }),
  );
  return { supportedEmployment: missingSteps.length === 0, includedSteps, missingSteps, issues };
}
