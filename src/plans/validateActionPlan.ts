import type { z } from 'zod';
import type { ValidationReport } from '../issue';
import type { ActionPlan } from './actionPlan';
import { ACTION_PLAN_RULES } from './actionPlanRules';
import { validatePlan, type PlanValidator } from './internal/validatePlan';
import { PlanRuleSettingsSchema } from './planRuleSettings';
import { ACTION_PLAN, VALIDATE_ACTION_PLAN_OPTIONS } from '../_lib/schemaDescriptions';
import type { PlanValidationContext } from './planValidationContext';

/**
 * Schema of {@link ValidateActionPlanOptions}: the language thresholds of the action-plan rules.
 *
 * @remarks
 * Picked from {@link PlanRuleSettingsSchema}. The sources say an interpreter is
 * used "if needed" and that written plans do not work for participants with
 * weak Norwegian (AFI report 4.4, L7264; 4.5.2, L7455–7463) but give no level.
 * The library's defaults ({@link DEFAULT_PLAN_RULE_SETTINGS}): an interpreter
 * below `a2`, an oral or simplified plan (or an interpreter) below `b1` or
 * from `moderate` literacy needs.
 *
 * @example
 * ```ts
 * ValidateActionPlanOptionsSchema.parse({}).interpreterBelowLevel; // => 'a2'
 * ```
 * @category Plans
 */
export const ValidateActionPlanOptionsSchema = PlanRuleSettingsSchema.pick({
  interpreterBelowLevel: true,
  adaptedFormBelowLevel: true,
  literacyMinSeverity: true,
});

/**
 * Options for {@link validateActionPlan}: the language thresholds, which are library defaults.
 *
 * @remarks
 * See {@link ValidateActionPlanOptionsSchema} for bounds, defaults and sources.
 *
 * @example
 * ```ts
 * const options: ValidateActionPlanOptions = { interpreterBelowLevel: 'a2-plus', adaptedFormBelowLevel: 'b1-plus' };
 * ```
 * @category Plans
 */
export type ValidateActionPlanOptions = z.input<typeof ValidateActionPlanOptionsSchema>;

const VALIDATOR: PlanValidator<ActionPlan> = {
  rules: ACTION_PLAN_RULES,
  // Descriptions, not the zod schemas: validateActionPlan runs without zod (src/_lib/describe.ts).
  planSchema: ACTION_PLAN,
  optionsSchema: VALIDATE_ACTION_PLAN_OPTIONS,
  name: 'validateActionPlan',
  what: 'action plan',
  parser: 'parseActionPlan',
};

/**
 * Validates an action plan (*jobbstøtteplan*) against the method's rules, as of a date.
 *
 * @remarks
 * Runs the action-plan rule table: goals with activities and dates in order
 * (handbook §1); responsibilities with deadlines for both participant and job
 * specialist (AFI report 4.4, L7312–7313); hours within the participant's
 * availability — not too ambitious (handbook §1, L183); a Norwegian plan when
 * Norwegian is below the goal's demand; an interpreter or adapted form when
 * the level requires it; consent before family, cross-agency and employer
 * activities; short unpaid placements and no practice trap (AFI report 2.4.2,
 * 6.5.2); paid, declared work; a training plan for placements and jobs; NAV
 * measure limits; overdue reviews and activities. Every issue names its
 * source; `docs/plans.md` lists every code. Rules that need a missing fact
 * (hours, level, consents) are skipped.
 *
 * @param plan - The parsed action plan (see {@link parseActionPlan}).
 * @param context - The date, policy and participant facts the rules read.
 * @param options - The library's language thresholds.
 * @returns A report: `valid` when no issue is an error, issues sorted errors → warnings → notes.
 * @throws {@link SupportedEmploymentError} `invalid_date` when `context.asOf` is not an ISO date; `invalid_option` for an option or hours out of range; `invalid_input` when the plan or context does not fit its schema and a rule cannot read it.
 * @example
 * ```ts
 * const report = validateActionPlan(plan, { asOf: '2026-03-01', availableHoursPerWeek: 15, norwegianLevel: 'a1', consents });
 * for (const issue of report.issues) console.log(issue.code, issue.path.join('.'));
 * ```
 * @category Plans
 */
export function validateActionPlan(
  plan: ActionPlan,
  context: PlanValidationContext,
  options?: ValidateActionPlanOptions,
): ValidationReport {
  return validatePlan(VALIDATOR, plan, context, options);
}
