import { deepFreeze } from '../_lib/deepFreeze';
import type { Issue } from '../issue';
import { SOURCES } from '../core/sources';
import { compareNeedSeverity } from '../needs/compareNeedSeverity';
import type { ConsentScope } from '../process/consentScope';
import { consentHolds } from './internal/context';
import { issueOf, msg, NO_ISSUES, overdueRule } from './internal/rule';
import type { PlanRule } from './planRule';
import { DEFAULT_PLAN_RULE_SETTINGS as SETTINGS } from './planRuleSettings';
import type { TrainingPlan } from './trainingPlan';
import type { TrainingSupportKind } from './trainingSupportKind';

type Rule = PlanRule<TrainingPlan>;

const listOr = (items: readonly string[]): string =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;

/** Natural support at the workplace: everyone but the job specialist. */
const NATURAL_SUPPORT: ReadonlySet<TrainingSupportKind> = new Set<TrainingSupportKind>([
  'mentor',
  'buddy',
  'company-instructor',
  'colleague',
]);

const noTasks: Rule = {
  code: 'plan_training_no_tasks',
  severity: 'error',
  source: SOURCES.trainingPlan,
  summary: 'The training plan lists no work tasks.',
  message: msg(
    'Opplæringsplanen beskriver ingen arbeidsoppgaver.',
    'The training plan describes no work tasks.',
  ),
  check(plan) {
    return plan.tasks.length === 0 ? [issueOf(noTasks, ['tasks'])] : NO_ISSUES;
  },
};

const noLearningGoals: Rule = {
  code: 'plan_training_no_learning_goals',
  severity: 'warning',
  source: SOURCES.taskAnalysis,
  summary: 'The training plan has no learning goals.',
  message: msg('Opplæringsplanen har ingen læremål.', 'The training plan has no learning goals.'),
  check(plan) {
    return plan.learningGoals.length === 0 ? [issueOf(noLearningGoals, ['learningGoals'])] : NO_ISSUES;
  },
};

const unknownLearningGoal: Rule = {
  code: 'plan_training_unknown_learning_goal',
  severity: 'error',
  source: SOURCES.integrity,
  summary: 'A task links to a learning-goal id that is not in the plan.',
  message: msg(
    'Oppgaven viser til et læremål som ikke finnes i planen.',
    'The task refers to a learning goal that is not in the plan.',
  ),
  check(plan) {
    let ids: Set<string> | undefined;
    let out: Issue[] | undefined;
    for (let i = 0; i < plan.tasks.length; i++) {
      const refs = (plan.tasks[i] as TrainingPlan['tasks'][number]).learningGoalIds;
      for (let j = 0; j < refs.length; j++) {
        ids ??= new Set(plan.learningGoals.map((g) => g.id));
        if (!ids.has(refs[j] as string))
          (out ??= []).push(issueOf(unknownLearningGoal, ['tasks', i, 'learningGoalIds', j]));
      }
    }
    return out ?? NO_ISSUES;
  },
};

const noEvaluation: Rule = {
  code: 'plan_training_no_evaluation',
  severity: 'warning',
  source: SOURCES.trainingEvaluation,
  summary: 'The training plan has no evaluation that is planned or held.',
  message: msg(
    'Opplæringsplanen har ingen evalueringer; den skal evalueres underveis.',
    'The training plan has no evaluations; it should be evaluated along the way.',
  ),
  check(plan) {
    for (const evaluation of plan.evaluations)
      if (evaluation.status === 'planned' || evaluation.status === 'held') return NO_ISSUES;
    return [issueOf(noEvaluation, ['evaluations'])];
  },
};

const evaluationOverdue: Rule = overdueRule({
  code: 'plan_evaluation_overdue',
  severity: 'warning',
  source: SOURCES.trainingEvaluation,
  summary: 'An evaluation is still `planned` although its date is before asOf.',
  message: msg(
    'Evalueringen var planlagt til en dato som har passert.',
    'The evaluation was due on a date that has passed.',
  ),
  items: (plan: TrainingPlan) => plan.evaluations,
  at: ['evaluations'],
  isOpen: (evaluation) => evaluation.status === 'planned',
  dateField: 'date',
});

const noNaturalSupport: Rule = {
  code: 'plan_training_no_natural_support',
  severity: 'warning',
  source: SOURCES.naturalSupport,
  summary:
    'The training plan arranges no natural support at the workplace (mentor, *fadder*, company instructor or colleague).',
  message: msg(
    'Opplæringsplanen har ingen mentor, fadder eller kollega som støtte på arbeidsplassen.',
    'The training plan has no mentor, buddy or colleague as support at the workplace.',
  ),
  check(plan) {
    for (const support of plan.support) if (NATURAL_SUPPORT.has(support.kind)) return NO_ISSUES;
    return [issueOf(noNaturalSupport, ['support'])];
  },
};

const onSiteSupportMissing: Rule = {
  code: 'plan_training_on_site_support_missing',
  severity: 'warning',
  source: SOURCES.onSiteSupport,
  summary: `The needs profile has ${listOr(SETTINGS.onSiteSupportNeeds.map((id) => `\`${id}\``))} (option \`onSiteSupportNeeds\`) at \`${SETTINGS.onSiteSupportMinSeverity}\` severity or above (option \`onSiteSupportMinSeverity\`), but the job specialist gives no support on site.`,
  message: msg(
    'Deltakerens behov tilsier jobbstøtte fra jobbspesialisten på arbeidsplassen, men det er ikke planlagt.',
    "The participant's needs call for the job specialist's support at the workplace, but none is planned.",
  ),
  check(plan, ctx) {
    let needed = false;
    for (const need of ctx.settings.onSiteSupportNeeds) {
      const severity = ctx.needs.get(need);
      if (severity !== undefined && compareNeedSeverity(severity, ctx.settings.onSiteSupportMinSeverity) >= 0)
        needed = true;
    }
    if (!needed) return NO_ISSUES;
    for (const support of plan.support) if (support.kind === 'job-specialist-on-site') return NO_ISSUES;
    return [issueOf(onSiteSupportMissing, ['support'])];
  },
};

const employerConsentMissing: Rule = {
  code: 'plan_employer_consent_missing',
  severity: 'error',
  source: SOURCES.employerConsent,
  summary:
    'The training plan is made with the employer, but `employer-sharing` consent (and any `employer-sharing-…` scope it lists) is not recorded by its start date. Runs only when consents are given.',
  message: msg(
    'Opplæringsplanen deles med arbeidsgiveren, men samtykke til det er ikke registrert fra start.',
    'The training plan is shared with the employer, but no consent to that is recorded from its start.',
  ),
  check(plan, ctx) {
    const consents = ctx.consents;
    if (consents === undefined) return NO_ISSUES;
    let out: Issue[] | undefined;
    if (!consentHolds(consents, 'employer-sharing', plan.startDate))
      (out ??= []).push(issueOf(employerConsentMissing, ['startDate']));
    for (let j = 0; j < plan.consentScopes.length; j++) {
      const scope = plan.consentScopes[j] as ConsentScope;
      if (!scope.startsWith('employer-sharing') || scope === 'employer-sharing') continue;
      if (!consentHolds(consents, scope, plan.startDate))
        (out ??= []).push(issueOf(employerConsentMissing, ['consentScopes', j]));
    }
    return out ?? NO_ISSUES;
  },
};

/**
 * The training-plan rule table: every rule {@link validateTrainingPlan} runs, with its code, severity, source and summary.
 *
 * @remarks
 * Rules come in report order (before sorting by severity). Each row names its
 * source; the needs that call for on-site support come from
 * {@link PlanRuleSettings}. The table in `docs/plans.md` is generated from
 * this list (`npm run docs:rules`).
 *
 * @example
 * ```ts
 * TRAINING_PLAN_RULES.find((rule) => rule.code === 'plan_training_no_tasks')?.severity; // => 'error'
 * ```
 * @category Plans
 */
export const TRAINING_PLAN_RULES: readonly PlanRule<TrainingPlan>[] = deepFreeze([
  noTasks,
  unknownLearningGoal,
  noLearningGoals,
  noEvaluation,
  noNaturalSupport,
  onSiteSupportMissing,
  employerConsentMissing,
  evaluationOverdue,
]);
