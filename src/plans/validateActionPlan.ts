import { assertBounded } from '../_lib/inputGuard';
import { SupportedEmploymentError } from '../core/errors';
import type { ValidationReport } from '../core/issue';
import type { NorwegianLevel } from '../needs/norwegianLevel';
import { ACTION_PLAN_RULES } from '../_lib/plans/actionPlanRules';
import { resolveContext } from '../_lib/plans/context';
import { runRules } from '../_lib/plans/rule';
import { toReport } from '../_lib/result';
import type { ActionPlan } from './actionPlan';
import type { PlanValidationContext } from './planValidationContext';

/**
 * Options for {@link validateActionPlan}: the language thresholds, which are library defaults.
 *
 * @remarks
 * The sources say an interpreter is used "if needed" and that written plans do
 * not work for participants with weak Norwegian (AFI report 4.4, L7264; 4.5.2,
 * L7455–7463) but give no level. The library's defaults: an interpreter below
 * `a2`, an oral or simplified plan (or an interpreter) below `b1`.
 *
 * @example
 * ```ts
 * const options: ValidateActionPlanOptions = { interpreterBelowLevel: 'a2-plus', adaptedFormBelowLevel: 'b1-plus' };
 * ```
 * @category Plans
 */
export interface ValidateActionPlanOptions {
  /** Below this Norwegian level the plan must be gone through with an interpreter; default `a2`. */
  readonly interpreterBelowLevel?: NorwegianLevel | undefined;
  /** Below this Norwegian level an ordinary written plan needs an interpreter or an oral or simplified form; default `b1`. */
  readonly adaptedFormBelowLevel?: NorwegianLevel | undefined;
}

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
  options: ValidateActionPlanOptions = {},
): ValidationReport {
  try {
    assertBounded('action plan or its context', plan, context);
    return toReport(runRules(ACTION_PLAN_RULES, plan, resolveContext(context, options)));
  } catch (error) {
    // A plan or context that does not fit its schema can break a rule; report it as invalid input,
    // without the underlying message, which could quote the input.
    if (error instanceof SupportedEmploymentError) throw error;
    throw new SupportedEmploymentError('invalid_input', 'The action plan or its context does not fit its schema; parse the plan with parseActionPlan first.');
  }
}
