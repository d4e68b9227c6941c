import { produce } from 'immer';
import { checkCaseEvent } from '../_lib/process/checkCaseEvent';
import { foldCaseEvent } from '../_lib/process/foldCaseEvent';
import { safeParseWith } from '../_lib/parseWith';
import { fail, ok } from '../_lib/result';
import type { Result } from '../issue';
import { CaseEventSchema, type CaseEvent } from './caseEvent';
import type { SeCase } from './seCase';
import { guard } from '../_lib/guards';
import { SeCaseSchema } from './seCase';

/**
 * Applies one dated event to a case, returning the new case or the reasons the event is not valid now.
 *
 * @remarks
 * The case is never changed; the new case is built with immer and shares
 * unchanged parts with the old one. An event is refused (every issue is an
 * `error`, with a path into the event) when:
 * - it does not fit {@link CaseEventSchema} (coded `schema_…` issues: a
 *   `consent-given` event without a date, a scope or date of the wrong type,
 *   a string where an event belongs); the event is checked where it enters;
 * - its id is already used (`event_id_duplicate`), it is dated before the case
 *   was opened (`event_before_case_opened`) or before the latest event
 *   (`event_out_of_order`) — events are recorded in date order, same-day
 *   events in the order given;
 * - the case is closed (`case_closed`), or has no referral yet
 *   (`referral_missing`; only `referral` and `case-closed` need none), or
 *   already has one (`referral_duplicate`);
 * - it acts under a withdrawn consent (`consent_withdrawn`) or without a
 *   required one (`consent_not_given`): after the SE-participation consent is
 *   withdrawn only consent decisions, ending a placement or job, and closing
 *   the case are accepted; family or network contact needs `family-contact`,
 *   contact with another service needs `cross-agency-contact`, and follow-up
 *   with an employer needs `employer-sharing` (handbook §5, L242; AFI report
 *   4.4, L7240–7246; GDPR art. 9). Withdrawing a consent that is not in force
 *   is `consent_withdrawal_without_consent`;
 * - it enters a step that {@link canEnterStep} reports an error for (the same
 *   step, no SE-participation consent from step 2 on, employer sharing
 *   withdrawn for step 4), or moves back without a reason
 *   (`step_back_without_reason`). Moving back with a reason is allowed (AFI
 *   report 1.1.1, L2268–2270); warnings never block;
 * - it assesses needs again as an initial assessment (`initial_assessment_exists`),
 *   reassesses with no assessment before (`reassessment_without_assessment`),
 *   or repeats an assessment id (`assessment_id_duplicate`);
 * - it starts a placement or employment with a used id (`placement_id_duplicate`,
 *   `employment_id_duplicate`), or ends one that never started
 *   (`placement_not_started`, `employment_not_started`) or already ended
 *   (`placement_already_ended`, `employment_already_ended`);
 * - it is a follow-up contact before any employment (`follow_up_without_employment`;
 *   *etteroppfølging* follows a job, AFI report 4.8, L8174–8191).
 *
 * @param seCase - The case as it is now.
 * @param event - The event to apply; it is checked against {@link CaseEventSchema} here.
 * @returns `{ ok: true, value }` with the new, frozen case, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const opened = createCase({ id: 'case-17', openedOn: '2026-01-12' });
 * const result = applyCaseEvent(opened, { type: 'step-entered', id: 'e1', date: '2026-01-12', step: 'initial-contact' });
 * result.ok; // => false (referral_missing)
 * ```
 * @category Process
 */
export function applyCaseEvent(seCase: SeCase, event: CaseEvent): Result<SeCase> {
  guard(SeCaseSchema, seCase, 'seCase', 'applyCaseEvent', { shallow: true });
  // The event is parsed where it enters: a malformed one (a consent with no date,
  // a string where an event belongs) is refused with coded schema issues.
  const parsed = safeParseWith(CaseEventSchema, event);
  if (!parsed.ok) return parsed;
  const [first, ...rest] = checkCaseEvent(seCase, parsed.value);
  if (first !== undefined) return fail([first, ...rest]);
  return ok(
    produce(seCase, (draft) => {
      foldCaseEvent(draft, parsed.value);
    }),
  );
}
