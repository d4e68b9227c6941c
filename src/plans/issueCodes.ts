import { deepFreeze } from '../_lib/deepFreeze';
/**
 * Issue codes raised by the `plans` module.
 *
 * @remarks
 * Part of the one closed union {@link IssueCode}; see `src/issueCodes.ts`.
 * Codes are snake_case and never change meaning once published. Every code,
 * with its severity, meaning and source, is listed in the plans guide
 * (`docs/plans.md`). Some codes are shared by several plan types (consent,
 * declared work, training plan, NAV measure limits).
 *
 * @example
 * ```ts
 * PLANS_ISSUE_CODES.includes('plan_practice_trap'); // => true
 * ```
 * @category Issues
 */
export const PLANS_ISSUE_CODES = deepFreeze([
  // Action plan (jobbstøtteplan)
  'plan_activity_ends_before_start',
  'plan_unknown_sub_goal',
  'plan_goal_without_activity',
  'plan_sub_goals_out_of_order',
  'plan_sub_goal_after_main_goal',
  'plan_responsibility_missing',
  'plan_not_agreed',
  'plan_hours_exceed_availability',
  'plan_norwegian_plan_missing',
  'plan_interpreter_missing',
  'plan_form_not_adapted',
  'plan_family_consent_missing',
  'plan_cross_agency_consent_missing',
  'plan_employer_consent_missing',
  'plan_goal_not_paid_declared_work',
  'plan_undeclared_work',
  'plan_unpaid_placement_too_long',
  'plan_practice_trap',
  'plan_training_plan_missing',
  'plan_nav_measure_too_long',
  'plan_review_overdue',
  'plan_activity_overdue',
  // Training plan (opplæringsplan)
  'plan_training_no_tasks',
  'plan_training_unknown_learning_goal',
  'plan_training_no_learning_goals',
  'plan_training_no_evaluation',
  'plan_training_no_natural_support',
  'plan_training_on_site_support_missing',
  'plan_evaluation_overdue',
  // Follow-up after employment (etteroppfølging)
  'plan_follow_up_starts_late',
  'plan_follow_up_too_short',
  'plan_follow_up_shorter_than_recommended',
  'plan_follow_up_not_introduced',
  'plan_follow_up_first_contact_late',
  'plan_follow_up_contact_gap',
  'plan_follow_up_no_triangular_meeting',
  'plan_follow_up_job_topic_missing',
  'plan_follow_up_adjacent_topic_missing',
  'plan_follow_up_responsible_missing',
  'plan_contact_overdue',
  'plan_triangular_meeting_overdue',
] as const);

/**
 * One issue code of the `plans` module; see {@link PLANS_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * const code: PlansIssueCode = 'plan_follow_up_too_short';
 * ```
 * @category Issues
 */
export type PlansIssueCode = (typeof PLANS_ISSUE_CODES)[number];
