import type { z } from 'zod';
import type { ValidationReport } from '../issue';
import type { FollowUpPlan } from './followUpPlan';
import { FollowUpPlanSchema } from './followUpPlan';
import { FOLLOW_UP_PLAN_RULES } from './followUpPlanRules';
import { validatePlan, type PlanValidator } from './internal/validatePlan';
import { PlanRuleSettingsSchema } from './planRuleSettings';
import type { PlanValidationContext } from './planValidationContext';

/**
 * Schema of {@link ValidateFollowUpPlanOptions}: how close the first contact and how long the gaps may be.
 *
 * @remarks
 * Picked from {@link PlanRuleSettingsSchema}. The handbook asks for close
 * contact from day one and the AFI report for regular rather than sporadic
 * follow-up (handbook §15, L411; AFI report 4.8, L8403–8405) but neither
 * gives a number. The library's defaults ({@link DEFAULT_PLAN_RULE_SETTINGS}):
 * a first contact within 7 days of the first working day, and no gap over 92
 * days (a quarter, the sparsest step of {@link scheduleFollowUp}'s default).
 *
 * @example
 * ```ts
 * ValidateFollowUpPlanOptionsSchema.parse({}).maxContactGapDays; // => 92
 * ```
 * @category Plans
 */
export const ValidateFollowUpPlanOptionsSchema = PlanRuleSettingsSchema.pick({
  firstContactWithinDays: true,
  maxContactGapDays: true,
});

/**
 * Options for {@link validateFollowUpPlan}: how close the first contact and how long the gaps may be.
 *
 * @remarks
 * See {@link ValidateFollowUpPlanOptionsSchema} for bounds, defaults and sources.
 *
 * @example
 * ```ts
 * const options: ValidateFollowUpPlanOptions = { firstContactWithinDays: 3, maxContactGapDays: 62 };
 * ```
 * @category Plans
 */
export type ValidateFollowUpPlanOptions = z.input<typeof ValidateFollowUpPlanOptionsSchema>;

const VALIDATOR: PlanValidator<FollowUpPlan> = {
  rules: FOLLOW_UP_PLAN_RULES,
  planSchema: FollowUpPlanSchema,
  optionsSchema: ValidateFollowUpPlanOptionsSchema,
  name: 'validateFollowUpPlan',
  what: 'follow-up plan',
  parser: 'parseFollowUpPlan',
};

/**
 * Validates a follow-up plan after employment (*etteroppfølging*), as of a date.
 *
 * @remarks
 * Runs the follow-up rule table: starts no later than the first working day
 * (handbook §12, L351; §15, L411); lasts at least `policy.followUpMinimumMonths`
 * (Jobbsjansen: one year, handbook §15, L397), with a note when shorter than
 * the recommended three years (AFI report 7.2.2, L12310); introduced at the
 * start of employment; close early contact and no long gaps; triangular
 * meetings; the six job topics and four job-adjacent topics of the AFI
 * proposal; responsibility shared by job specialist, participant and
 * employer; consent for contact with employer, family and other services;
 * declared work; a training plan; NAV measure limits; overdue contacts and
 * meetings. Every issue names its source; `docs/plans.md` lists every code.
 *
 * @param plan - The parsed follow-up plan (see {@link parseFollowUpPlan}).
 * @param context - The date, policy and participant facts the rules read.
 * @param options - The library's contact-frequency thresholds.
 * @returns A report: `valid` when no issue is an error, issues sorted errors → warnings → notes.
 * @throws {@link SupportedEmploymentError} `invalid_date` when `context.asOf` is not an ISO date; `invalid_option` for an option out of range; `invalid_input` when the plan or context does not fit its schema and a rule cannot read it.
 * @example
 * ```ts
 * const report = validateFollowUpPlan(plan, { asOf: '2026-11-02', consents });
 * report.valid; // => true when no rule found an error
 * ```
 * @category Plans
 */
export function validateFollowUpPlan(
  plan: FollowUpPlan,
  context: PlanValidationContext,
  options?: ValidateFollowUpPlanOptions,
): ValidationReport {
  return validatePlan(VALIDATOR, plan, context, options);
}
