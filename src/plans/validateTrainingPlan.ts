import { assertBounded } from '../_lib/inputGuard';
import { SupportedEmploymentError } from '../core/errors';
import type { ValidationReport } from '../core/issue';
import { resolveContext } from '../_lib/plans/context';
import { runRules } from '../_lib/plans/rule';
import { TRAINING_PLAN_RULES } from '../_lib/plans/trainingPlanRules';
import { toReport } from '../_lib/result';
import type { PlanValidationContext } from './planValidationContext';
import type { TrainingPlan } from './trainingPlan';

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
 * @returns A report: `valid` when no issue is an error, issues sorted errors → warnings → notes.
 * @throws {@link SupportedEmploymentError} `invalid_date` when `context.asOf` is not an ISO date; `invalid_input` when the plan or context does not fit its schema and a rule cannot read it.
 * @example
 * ```ts
 * const report = validateTrainingPlan(trainingPlan, { asOf: '2026-05-01', needsProfile });
 * report.issues.map((i) => i.code); // e.g. ['plan_training_no_natural_support']
 * ```
 * @category Plans
 */
export function validateTrainingPlan(plan: TrainingPlan, context: PlanValidationContext): ValidationReport {
  try {
    assertBounded('training plan or its context', plan, context);
    return toReport(runRules(TRAINING_PLAN_RULES, plan, resolveContext(context)));
  } catch (error) {
    // A plan or context that does not fit its schema can break a rule; report it as invalid input,
    // without the underlying message, which could quote the input.
    if (error instanceof SupportedEmploymentError) throw error;
    throw new SupportedEmploymentError('invalid_input', 'The training plan or its context does not fit its schema; parse the plan with parseTrainingPlan first.');
  }
}
