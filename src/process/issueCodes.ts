import { deepFreeze } from '../_lib/deepFreeze';
/**
 * Issue codes raised by the `process` module.
 *
 * @remarks
 * Part of the one closed union {@link IssueCode}; see `src/issueCodes.ts`.
 * Codes are snake_case and never change meaning once published.
 *
 * Raised by {@link applyCaseEvent} and {@link replayCase} (an event that is not
 * valid now): `event_before_case_opened`, `event_out_of_order`,
 * `event_id_duplicate`, `case_closed`, `referral_missing`, `referral_duplicate`,
 * `consent_not_given`, `consent_withdrawn`, `consent_withdrawal_without_consent`,
 * `step_unchanged`, `step_back_without_reason`, `initial_assessment_exists`,
 * `reassessment_without_assessment`, `assessment_id_duplicate`,
 * `placement_id_duplicate`, `placement_not_started`, `placement_already_ended`,
 * `employment_id_duplicate`, `employment_not_started`,
 * `employment_already_ended`, `follow_up_without_employment`,
 * `involuntary_part_time_full_time`, `leave_ends_before_start`.
 *
 * Raised by {@link canEnterStep} (readiness; the errors above plus):
 * `cooperation_agreement_missing`, `earlier_step_not_entered`,
 * `vocational_profile_missing`, `employer_sharing_consent_pending`,
 * `no_workplace_yet` (warnings) and `step_back` (info).
 *
 * Raised by {@link isSupportedEmployment}: `step_not_included`.
 *
 * @example
 * ```ts
 * PROCESS_ISSUE_CODES.includes('event_out_of_order'); // => true
 * ```
 * @category Issues
 */
export const PROCESS_ISSUE_CODES = deepFreeze([
  'event_before_case_opened',
  'event_out_of_order',
  'event_id_duplicate',
  'case_closed',
  'referral_missing',
  'referral_duplicate',
  'consent_not_given',
  'consent_withdrawn',
  'consent_withdrawal_without_consent',
  'step_unchanged',
  'step_back_without_reason',
  'initial_assessment_exists',
  'reassessment_without_assessment',
  'assessment_id_duplicate',
  'placement_id_duplicate',
  'placement_not_started',
  'placement_already_ended',
  'employment_id_duplicate',
  'employment_not_started',
  'employment_already_ended',
  'follow_up_without_employment',
  'involuntary_part_time_full_time',
  'leave_ends_before_start',
  'cooperation_agreement_missing',
  'earlier_step_not_entered',
  'vocational_profile_missing',
  'employer_sharing_consent_pending',
  'no_workplace_yet',
  'step_back',
  'step_not_included',
] as const);

/**
 * One issue code of the `process` module; see {@link PROCESS_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * const code: ProcessIssueCode = 'step_back_without_reason';
 * ```
 * @category Issues
 */
export type ProcessIssueCode = (typeof PROCESS_ISSUE_CODES)[number];
