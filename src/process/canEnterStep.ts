import { stepReadiness } from '../_lib/process/stepReadiness';
import { toReport } from '../_lib/result';
import type { ValidationReport } from '../issue';
import type { SeCase } from './seCase';
import type { SeStepId } from './seStep';
import { guard, guardOneOf } from '../_lib/guards';
import { SeCaseSchema } from './seCase';
import { SE_STEP_IDS } from './seStep';

/**
 * Checks what a case is missing before it enters a step.
 *
 * @remarks
 * Errors only where the sources make something a precondition; warnings where
 * the method says "usually first". Paths point into the case.
 * - `error` `case_closed`, `referral_missing`: SE work needs an open, referred
 *   case (AFI report 4.4, L7171–7175).
 * - `error` `consent_withdrawn` / `consent_not_given` on `se-participation`:
 *   taking part is voluntary and the participant decides (AFI report table 1,
 *   L2203–2208; 4.4, L7240–7246). Step 1 is where the consent is obtained, so
 *   it is only required from step 2.
 * - `error` `consent_withdrawn` on `employer-sharing` for step 4, which is work
 *   with the employer (GDPR art. 9); `warning` `employer_sharing_consent_pending`
 *   for steps 3 and 4 while it is not given.
 * - `error` `step_unchanged` when the case is already in the step; `info`
 *   `step_back` for a move back, which is allowed with a reason (AFI report
 *   1.1.1, L2268–2270).
 * - `warning` `cooperation_agreement_missing` from step 2 (AFI report 4.4, L7310);
 *   `warning` `earlier_step_not_entered`, one per earlier step never entered
 *   (steps overlap, 4.3, L7057–7061).
 * - `warning` `vocational_profile_missing` for job-finding. Never an error:
 *   rapid job search is an SE value (AFI report figure 1, value 5, L2324).
 * - `warning` `no_workplace_yet` for step 5 without any placement or job
 *   (place, then train; AFI report table 1, L2239–2241).
 *
 * No check excludes a participant for her needs or an assumed lack of job
 * readiness (zero exclusion, L2203–2205).
 *
 * @param seCase - The case.
 * @param step - The step to enter.
 * @returns A report: `valid` when no issue is an error; issues sorted errors, warnings, notes.
 * @example
 * ```ts
 * const report = canEnterStep(seCase, 'job-finding');
 * report.valid; // => true
 * report.issues.map((i) => i.code); // => ['vocational_profile_missing']
 * ```
 * @category Process
 */
export function canEnterStep(seCase: SeCase, step: SeStepId): ValidationReport {
  guard(SeCaseSchema, seCase, 'seCase', 'canEnterStep', { shallow: true });
  guardOneOf(SE_STEP_IDS, step, 'step', 'canEnterStep');
  return toReport(stepReadiness(seCase, step));
}
