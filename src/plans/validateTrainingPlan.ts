import type { z } from 'zod';
import type { ValidationReport } from '../issue';
import { validatePlan, type PlanValidator } from './internal/validatePlan';
import { PlanRuleSettingsSchema } from './planRuleSettings';
import type { PlanValidationContext } from './planValidationContext';
import type { TrainingPlan } from './trainingPlan';
import { TrainingPlanSchema } from './trainingPlan';
import { TRAINING_PLAN_RULES } from './trainingPlanRules';

/**
 * Schema of {@link ValidateTrainingPlanOptions}: which needs, from which severity, call for the job specialist on site.
 *
 * @remarks
 * Picked from {@link PlanRuleSettingsSchema}. The handbook names little work
 * experience, weak Norwegian and no literacy as reasons for job support at
 * the workplace (§14, L387) without a severity; the library's defaults
 * ({@link DEFAULT_PLAN_RULE_SETTINGS}): those needs and `workplace-support`,
 * from `moderate`.
 *
 * @example
 * ```ts
 * ValidateTrainingPlanOptionsSchema.parse({}).onSiteSupportMinSeverity; // => 'moderate'
 * ```
 * @category Plans
 */
export const ValidateTrainingPlanOptionsSchema = PlanRuleSettingsSchema.pick({
  onSiteSupportNeeds: true,
  onSiteSupportMinSeverity: true,
});

/**
 * Options for {@link validateTrainingPlan}: when the needs call for the job specialist on site.
 *
 * @remarks
 * See {@link ValidateTrainingPlanOptionsSchema} for bounds, defaults and sources.
 *
 * @example
 * ```ts
 * const options: ValidateTrainingPlanOptions = { onSiteSupportMinSeverity: 'high' };
 * ```
 * @category Plans
 */
export type ValidateTrainingPlanOptions = z.input<typeof ValidateTrainingPlanOptionsSchema>;

const VALIDATOR: PlanValidator<TrainingPlan> = {
  rules: TRAINING_PLAN_RULES,
  planSchema: TrainingPlanSchema,
  optionsSchema: ValidateTrainingPlanOptionsSchema,
  name: 'validateTrainingPlan',
  what: 'training plan',
  parser: 'parseTrainingPlan',
};

/**
 * Validates a training plan (*opplæringsplan*) made with an employer, as of a date.
 *
 * @remarks
 * Runs the training-plan rule table: defined tasks and learning goals
 * (handbook §12, L338; AFI report 4.8.1, L7988), evaluations along the way and
 * none overdue (handbook §12, L349), natural support such as a mentor or
 * *fadder* (handbook §12, L340), the job specialist on site when the needs call
 * for it (handbook §14, L387), and consent before the plan is shared with the
 * employer. Every issue names its source; `docs/plans.md` lists every code.
 *
 * @param plan - The parsed training plan (see {@link parseTrainingPlan}).
 * @param context - The date, policy and participant facts the rules read.
 * @param options - The library's on-site support thresholds.
 * @returns A report: `valid` when no issue is an error, issues sorted errors → warnings → notes.
 * @throws {@link SupportedEmploymentError} `invalid_date` when `context.asOf` is not an ISO date; `invalid_option` for an option out of range; `invalid_input` when the plan or context does not fit its schema and a rule cannot read it.
 * @example
 * ```ts
 * const report = validateTrainingPlan(trainingPlan, { asOf: '2026-05-01', needsProfile });
 * report.issues.map((i) => i.code); // e.g. ['plan_training_no_natural_support']
 * ```
 * @category Plans
 */
export function validateTrainingPlan(
  plan: TrainingPlan,
  context: PlanValidationContext,
  options?: ValidateTrainingPlanOptions,
): ValidationReport {
  return validatePlan(VALIDATOR, plan, context, options);
}
