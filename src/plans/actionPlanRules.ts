import { deepFreeze } from '../_lib/deepFreeze';
import { isAfterDaysLater } from './internal/periods';
import type { IsoDate } from '../core/dates/isoDate';
import type { Issue } from '../issue';
import { DEFAULT_POLICY } from '../core/policy';
import { SOURCES } from '../core/sources';
import { compareNeedSeverity } from '../needs/compareNeedSeverity';
import { compareNorwegianLevels } from '../needs/compareNorwegianLevels';
import type { NorwegianLevel } from '../needs/norwegianLevel';
import type { ConsentScope } from '../process/consentScope';
import type { ActionPlan, PlanActivity } from './actionPlan';
import type { ActivityKind } from './activityKind';
import { consentHolds } from './internal/context';
import { firstOverload } from './internal/hours';
import { checkNavMeasure } from './internal/navMeasureCheck';
import {
  issueOf,
  msg,
  NAV_MEASURE_TOO_LONG,
  NO_ISSUES,
  overdueRule,
  perItemRule,
  UNDECLARED_WORK,
  type Report,
  type RuleFields,
} from './internal/rule';
import type { PlanRule, PlanRuleContext } from './planRule';
import { DEFAULT_PLAN_RULE_SETTINGS as SETTINGS } from './planRuleSettings';

type ActionPlanContext = PlanRuleContext;
type Rule = PlanRule<ActionPlan>;

/** How a per-activity rule looks at one activity. */
type FindInActivity = (a: PlanActivity, ctx: ActionPlanContext, report: Report) => void;

/**
 * A rule over each activity of the plan, reporting under `['activities', i, …]`.
 *
 * @param spec - The rule's row and how it looks at one activity.
 * @returns The rule.
 */
function perActivity(spec: RuleFields<ActionPlan> & { readonly find: FindInActivity }): Rule {
  return perItemRule<ActionPlan, PlanActivity>({
    ...spec,
    items: (plan) => plan.activities,
    at: ['activities'],
  });
}

const DAYS_PER_WEEK = 7;

const isRunning = (a: PlanActivity): boolean => a.status === 'planned' || a.status === 'in-progress';

/** Kinds where the job specialist works with an employer, so work-relevant information is shared. */
const EMPLOYER_KINDS: ReadonlySet<ActivityKind> = new Set<ActivityKind>([
  'work-trial',
  'unpaid-placement',
  'paid-placement',
]);
/** Unpaid kinds whose length the policy limits. */
const UNPAID_KINDS: ReadonlySet<ActivityKind> = new Set<ActivityKind>(['work-trial', 'unpaid-placement']);
/** Kinds that need a training plan with the employer. */
const TRAINED_KINDS: ReadonlySet<ActivityKind> = new Set<ActivityKind>([
  'unpaid-placement',
  'paid-placement',
  'paid-job',
]);

/**
 * True when the consent holds on the activity's first day and, while it runs, on `asOf`.
 *
 * @param ctx - The validation context (consents given).
 * @param scope - The consent scope the activity needs.
 * @param a - The activity.
 * @returns Whether the consent covers the activity.
 */
function consentCovers(ctx: ActionPlanContext, scope: ConsentScope, a: PlanActivity): boolean {
  const consents = ctx.consents;
  if (consents === undefined) return true;
  if (!consentHolds(consents, scope, a.startDate)) return false;
  const runsAtAsOf =
    isRunning(a) && a.startDate < ctx.asOf && (a.endDate === undefined || a.endDate >= ctx.asOf);
  return !runsAtAsOf || consentHolds(consents, scope, ctx.asOf);
}

/**
 * True when the participant's language calls for support below the threshold (level, or else the needs profile).
 *
 * @param ctx - The validation context.
 * @param threshold - The Norwegian level below which support is needed.
 * @returns Whether the participant is below the threshold.
 */
function languageBelow(ctx: ActionPlanContext, threshold: NorwegianLevel): boolean {
  if (ctx.norwegianLevel !== undefined) return compareNorwegianLevels(ctx.norwegianLevel, threshold) < 0;
  return ctx.needs.has('language-support');
}

const activityEndsBeforeStart: Rule = perActivity({
  code: 'plan_activity_ends_before_start',
  severity: 'error',
  source: SOURCES.integrity,
  summary: 'An activity (or its NAV measure) ends before it starts.',
  message: msg('Aktiviteten slutter før den begynner.', 'The activity ends before it starts.'),
  find(a, _ctx, report) {
    if (a.endDate !== undefined && a.endDate < a.startDate) report(['endDate']);
    if (a.navMeasure !== undefined && a.navMeasure.endDate < a.navMeasure.startDate)
      report(['navMeasure', 'endDate']);
  },
});

const unknownSubGoal: Rule = {
  code: 'plan_unknown_sub_goal',
  severity: 'error',
  source: SOURCES.integrity,
  summary: 'An activity links to a sub-goal id that is not in the plan.',
  message: msg(
    'Aktiviteten viser til et delmål som ikke finnes i planen.',
    'The activity refers to a sub-goal that is not in the plan.',
  ),
  check(plan) {
    let ids: Set<string> | undefined;
    let out: Issue[] | undefined;
    for (let i = 0; i < plan.activities.length; i++) {
      const refs = (plan.activities[i] as PlanActivity).subGoalIds;
      for (let j = 0; j < refs.length; j++) {
        ids ??= new Set(plan.subGoals.map((g) => g.id));
        if (!ids.has(refs[j] as string))
          (out ??= []).push(issueOf(unknownSubGoal, ['activities', i, 'subGoalIds', j]));
      }
    }
    return out ?? NO_ISSUES;
  },
};

const goalWithoutActivity: Rule = {
  code: 'plan_goal_without_activity',
  severity: 'warning',
  source: SOURCES.actionPlan,
  summary:
    'The main goal, or an open or achieved sub-goal, has no activity (that is not cancelled) leading to it.',
  message: msg(
    'Målet har ingen aktivitet som fører fram til det.',
    'The goal has no activity that leads to it.',
  ),
  check(plan) {
    let out: Issue[] | undefined;
    const linked = new Set<string>();
    let any = false;
    for (const a of plan.activities) {
      if (a.status === 'cancelled') continue;
      any = true;
      for (const ref of a.subGoalIds) linked.add(ref);
    }
    if (!any) (out ??= []).push(issueOf(goalWithoutActivity, ['mainGoal']));
    for (let i = 0; i < plan.subGoals.length; i++) {
      const goal = plan.subGoals[i] as ActionPlan['subGoals'][number];
      if (goal.status !== 'dropped' && !linked.has(goal.id))
        (out ??= []).push(issueOf(goalWithoutActivity, ['subGoals', i]));
    }
    return out ?? NO_ISSUES;
  },
};

const subGoalsOutOfOrder: Rule = {
  code: 'plan_sub_goals_out_of_order',
  severity: 'warning',
  source: SOURCES.goalsAndSubGoals,
  summary: 'A sub-goal has an earlier target date than the sub-goal listed before it.',
  message: msg(
    'Delmålet har en tidligere frist enn delmålet foran; delmålene skal stå i den rekkefølgen de skal nås.',
    'The sub-goal is due before the one listed before it; sub-goals are listed in the order they are meant to be reached.',
  ),
  check(plan) {
    let out: Issue[] | undefined;
    let previous: IsoDate | undefined;
    for (let i = 0; i < plan.subGoals.length; i++) {
      const goal = plan.subGoals[i] as ActionPlan['subGoals'][number];
      if (goal.status === 'dropped') continue;
      if (previous !== undefined && goal.targetDate < previous)
        (out ??= []).push(issueOf(subGoalsOutOfOrder, ['subGoals', i, 'targetDate']));
      previous = goal.targetDate;
    }
    return out ?? NO_ISSUES;
  },
};

const subGoalAfterMainGoal: Rule = {
  code: 'plan_sub_goal_after_main_goal',
  severity: 'error',
  source: SOURCES.goalsAndSubGoals,
  summary: "A sub-goal's target date is after the main goal's target date.",
  message: msg('Delmålet har frist etter hovedmålet.', 'The sub-goal is due after the main goal.'),
  check(plan) {
    let out: Issue[] | undefined;
    const main = plan.mainGoal.targetDate;
    for (let i = 0; i < plan.subGoals.length; i++) {
      const goal = plan.subGoals[i] as ActionPlan['subGoals'][number];
      if (goal.status !== 'dropped' && goal.targetDate > main)
        (out ??= []).push(issueOf(subGoalAfterMainGoal, ['subGoals', i, 'targetDate']));
    }
    return out ?? NO_ISSUES;
  },
};

const RESPONSIBILITY_MESSAGES = {
  participant: msg(
    'Deltakeren har ikke ansvar for noen aktivitet med frist (sluttdato).',
    'The participant is not responsible for any activity with a deadline (end date).',
  ),
  'job-specialist': msg(
    'Jobbspesialisten har ikke ansvar for noen aktivitet med frist (sluttdato).',
    'The job specialist is not responsible for any activity with a deadline (end date).',
  ),
} as const;

const responsibilityMissing: Rule = {
  code: 'plan_responsibility_missing',
  severity: 'error',
  source: SOURCES.responsibilities,
  summary: 'The participant or the job specialist owns no activity (not cancelled) with an end date.',
  message: RESPONSIBILITY_MESSAGES.participant,
  check(plan) {
    let participant = false;
    let specialist = false;
    for (const a of plan.activities) {
      if (a.status === 'cancelled' || a.endDate === undefined) continue;
      if (a.owner === 'participant') participant = true;
      else if (a.owner === 'job-specialist') specialist = true;
    }
    if (participant && specialist) return NO_ISSUES;
    const out: Issue[] = [];
    if (!participant)
      out.push(issueOf(responsibilityMissing, ['activities'], 'error', RESPONSIBILITY_MESSAGES.participant));
    if (!specialist)
      out.push(
        issueOf(responsibilityMissing, ['activities'], 'error', RESPONSIBILITY_MESSAGES['job-specialist']),
      );
    return out;
  },
};

const hoursExceedAvailability: Rule = {
  code: 'plan_hours_exceed_availability',
  severity: 'warning',
  source: SOURCES.notTooAmbitious,
  summary:
    'From asOf on, the planned and ongoing activities at some point add up to more hours per week than the participant has available.',
  message: msg(
    'Planen krever flere timer i uka enn deltakeren har tilgjengelig; en for ambisiøs plan kan gi nederlag i stedet for mestring.',
    'The plan asks for more hours a week than the participant has available; a plan that is too ambitious risks failure instead of mastery.',
  ),
  check(plan, ctx) {
    if (ctx.availableHoursPerWeek === undefined) return NO_ISSUES;
    const index = firstOverload(plan.activities, ctx.asOf, ctx.availableHoursPerWeek);
    return index < 0 ? NO_ISSUES : [issueOf(hoursExceedAvailability, ['activities', index, 'hoursPerWeek'])];
  },
};

const norwegianPlanMissing: Rule = {
  code: 'plan_norwegian_plan_missing',
  severity: 'warning',
  source: SOURCES.norwegianPlan,
  summary:
    "The participant's Norwegian is below the level the main goal demands (or, with no level given, the needs profile has `norwegian-language`) and no Norwegian training is planned.",
  message: msg(
    'Norsknivået er lavere enn målet krever, men planen har ingen norskopplæring.',
    'Norwegian is below what the goal demands, but the plan has no Norwegian training.',
  ),
  check(plan, ctx) {
    const required = plan.mainGoal.requiredNorwegianLevel;
    if (required === undefined) return NO_ISSUES;
    const below =
      ctx.norwegianLevel !== undefined
        ? compareNorwegianLevels(ctx.norwegianLevel, required) < 0
        : ctx.needs.has('norwegian-language');
    if (!below) return NO_ISSUES;
    for (const a of plan.activities)
      if (a.kind === 'norwegian-training' && a.status !== 'cancelled') return NO_ISSUES;
    return [issueOf(norwegianPlanMissing, ['mainGoal', 'requiredNorwegianLevel'])];
  },
};

const interpreterMissing: Rule = {
  code: 'plan_interpreter_missing',
  severity: 'warning',
  source: SOURCES.interpreterForPlan,
  summary: `The plan was agreed without an interpreter although the participant's Norwegian is below the interpreter threshold (option \`interpreterBelowLevel\`, default \`${SETTINGS.interpreterBelowLevel}\`; with no level given, when the needs profile has \`language-support\`).`,
  message: msg(
    'Planen ble gått gjennom uten tolk, men norsknivået tilsier at tolk trengs.',
    'The plan was gone through without an interpreter, although the Norwegian level calls for one.',
  ),
  check(plan, ctx) {
    const agreement = plan.agreement;
    if (
      agreement === undefined ||
      agreement.interpreterUsed ||
      !languageBelow(ctx, ctx.settings.interpreterBelowLevel)
    )
      return NO_ISSUES;
    return [issueOf(interpreterMissing, ['agreement', 'interpreterUsed'])];
  },
};

const formNotAdapted: Rule = {
  code: 'plan_form_not_adapted',
  severity: 'warning',
  source: SOURCES.adaptedForm,
  summary: `The plan was agreed as an ordinary written plan, without an interpreter, although the participant's Norwegian is below the plain-form threshold (option \`adaptedFormBelowLevel\`, default \`${SETTINGS.adaptedFormBelowLevel}\`; with no level given, when the needs profile has \`language-support\`) or the needs profile has \`literacy\` at \`${SETTINGS.literacyMinSeverity}\` severity or above (option \`literacyMinSeverity\`).`,
  message: msg(
    'Planen er bare gitt skriftlig, men norsknivået eller lese- og skriveferdighetene tilsier en muntlig eller forenklet plan.',
    'The plan is only in ordinary written form, although the Norwegian level or reading skills call for an oral or simplified plan.',
  ),
  check(plan, ctx) {
    const agreement = plan.agreement;
    if (agreement === undefined || agreement.form !== 'written' || agreement.interpreterUsed)
      return NO_ISSUES;
    const literacy = ctx.needs.get('literacy');
    const literacyCalls =
      literacy !== undefined && compareNeedSeverity(literacy, ctx.settings.literacyMinSeverity) >= 0;
    if (!literacyCalls && !languageBelow(ctx, ctx.settings.adaptedFormBelowLevel)) return NO_ISSUES;
    return [issueOf(formNotAdapted, ['agreement', 'form'])];
  },
};

const notAgreed: Rule = {
  code: 'plan_not_agreed',
  severity: 'warning',
  source: SOURCES.participantAgrees,
  summary: 'The plan has no record of being agreed with the participant.',
  message: msg(
    'Det er ikke registrert at planen er avtalt med deltakeren; deltakeren bestemmer.',
    'There is no record that the plan was agreed with the participant; the participant decides.',
  ),
  check(plan) {
    return plan.agreement === undefined ? [issueOf(notAgreed, ['agreement'])] : NO_ISSUES;
  },
};

/**
 * A rule that requires one consent scope, from its first day, for every active
 * activity that involves what the scope covers. Runs only when consents are given.
 *
 * @param spec - The rule's row, the scope and which activities involve it.
 * @returns The rule.
 */
function activityConsentRule(
  spec: RuleFields<ActionPlan> & {
    readonly scope: ConsentScope;
    readonly involves: (a: PlanActivity) => boolean;
  },
): Rule {
  const { scope, involves, ...fields } = spec;
  return perActivity({
    ...fields,
    find(a, ctx, report) {
      if (
        ctx.consents !== undefined &&
        a.status !== 'cancelled' &&
        involves(a) &&
        !consentCovers(ctx, scope, a)
      )
        report([]);
    },
  });
}

const familyConsentMissing: Rule = activityConsentRule({
  code: 'plan_family_consent_missing',
  severity: 'error',
  source: SOURCES.familyAndNetworkConsent,
  summary:
    'A family council, an activity owned by the family or network, or one listing `family-contact`, has no `family-contact` consent from its first day (and, while it runs, on asOf). Runs only when consents are given.',
  message: msg(
    'Aktiviteten involverer familie eller nettverk, men samtykke til det er ikke registrert fra første dag.',
    'The activity involves the family or network, but no consent to that is recorded from its first day.',
  ),
  scope: 'family-contact',
  involves: (a) =>
    a.kind === 'family-council' || a.owner === 'family-network' || a.consentScopes.includes('family-contact'),
});

const crossAgencyConsentMissing: Rule = activityConsentRule({
  code: 'plan_cross_agency_consent_missing',
  severity: 'error',
  source: SOURCES.crossAgencyConsent,
  summary:
    'Health follow-up, an activity owned by another service, or one listing `cross-agency-contact`, has no `cross-agency-contact` consent from its first day (and, while it runs, on asOf). Runs only when consents are given.',
  message: msg(
    'Aktiviteten involverer andre tjenester, men samtykke til det er ikke registrert fra første dag.',
    'The activity involves other services, but no consent to that is recorded from its first day.',
  ),
  scope: 'cross-agency-contact',
  involves: (a) =>
    a.kind === 'health-follow-up' ||
    a.owner === 'other-service' ||
    a.consentScopes.includes('cross-agency-contact'),
});

const employerConsentMissing: Rule = perActivity({
  code: 'plan_employer_consent_missing',
  severity: 'error',
  source: SOURCES.employerConsent,
  summary:
    'Information is shared with an employer without consent: a work trial, placement or employer-owned activity lacks `employer-sharing` consent from its first day, or a listed `employer-sharing-…` scope lacks consent. Runs only when consents are given.',
  message: msg(
    'Aktiviteten deler opplysninger med en arbeidsgiver, men samtykke til det er ikke registrert fra første dag.',
    'The activity shares information with an employer, but no consent to that is recorded from its first day.',
  ),
  find(a, ctx, report) {
    if (ctx.consents === undefined || a.status === 'cancelled') return;
    const implied = EMPLOYER_KINDS.has(a.kind) || a.owner === 'employer';
    if (implied && !consentCovers(ctx, 'employer-sharing', a)) report([]);
    for (let j = 0; j < a.consentScopes.length; j++) {
      const scope = a.consentScopes[j] as ConsentScope;
      if (!scope.startsWith('employer-sharing') || (implied && scope === 'employer-sharing')) continue;
      if (!consentCovers(ctx, scope, a)) report(['consentScopes', j]);
    }
  },
});

const unpaidPlacementTooLong: Rule = perActivity({
  code: 'plan_unpaid_placement_too_long',
  severity: 'warning',
  source: SOURCES.unpaidPlacementMax,
  summary: `An unpaid placement or work trial has no end date, or lasts longer than \`policy.unpaidPlacementMaxWeeks\` (default ${DEFAULT_POLICY.unpaidPlacementMaxWeeks} weeks).`,
  message: msg(
    'Den ulønnede praksisen er lengre enn anbefalt, eller mangler sluttdato; kort praksis med tett oppfølging, så lønnet arbeid.',
    'The unpaid placement is longer than advised, or has no end date; keep placements short with close follow-up, then paid work.',
  ),
  find(a, ctx, report) {
    if (a.status === 'cancelled' || !UNPAID_KINDS.has(a.kind)) return;
    // End dates are inclusive: the last allowed day is one day short of whole weeks.
    if (
      a.endDate === undefined ||
      isAfterDaysLater(a.endDate, a.startDate, ctx.policy.unpaidPlacementMaxWeeks * DAYS_PER_WEEK - 1)
    )
      report(['endDate']);
  },
});

const practiceTrap: Rule = {
  code: 'plan_practice_trap',
  severity: 'warning',
  source: SOURCES.practiceTrap,
  summary: `Unpaid placements follow one another without hiring: the placement that brings the run of unpaid placements without hiring to \`policy.unpaidPlacementsBeforePracticeTrap\` (default ${DEFAULT_POLICY.unpaidPlacementsBeforePracticeTrap}). The run starts from \`case.unpaidPlacementsWithoutHiring\` (placements before this plan); a placement counts as hired when \`hired\` is true or the case records a job with that employer from the placement start.`,
  message: msg(
    'Enda en ulønnet praksis uten ansettelse: fare for «praksisfellen». Forhandle fram lønnet arbeid.',
    'Another unpaid placement without hiring: a risk of the practice trap. Negotiate paid work.',
  ),
  check(plan, ctx) {
    const indices: number[] = [];
    for (let i = 0; i < plan.activities.length; i++) {
      const a = plan.activities[i] as PlanActivity;
      if (a.kind === 'unpaid-placement' && a.status !== 'cancelled') indices.push(i);
    }
    if (
      indices.length === 0 ||
      indices.length + ctx.earlierPlacementsWithoutHiring < ctx.policy.unpaidPlacementsBeforePracticeTrap
    ) {
      return NO_ISSUES;
    }
    indices.sort((x, y) => {
      const a = (plan.activities[x] as PlanActivity).startDate;
      const b = (plan.activities[y] as PlanActivity).startDate;
      return a < b ? -1 : a > b ? 1 : x - y;
    });
    let out: Issue[] | undefined;
    let withoutHiring = ctx.earlierPlacementsWithoutHiring;
    for (const i of indices) {
      const a = plan.activities[i] as PlanActivity;
      const laterJobs = a.employerRef === undefined ? undefined : ctx.employedAt.get(a.employerRef);
      const hired =
        a.hired === true || (laterJobs !== undefined && laterJobs.some((day) => day >= a.startDate));
      withoutHiring = hired ? 0 : withoutHiring + 1;
      if (withoutHiring >= ctx.policy.unpaidPlacementsBeforePracticeTrap)
        (out ??= []).push(issueOf(practiceTrap, ['activities', i]));
    }
    return out ?? NO_ISSUES;
  },
};

const goalNotPaidDeclaredWork: Rule = {
  code: 'plan_goal_not_paid_declared_work',
  severity: 'error',
  source: SOURCES.declaredWork,
  summary: 'The main goal is work that is not paid, or not declared.',
  message: msg(
    'Hovedmålet skal være lønnet, hvitt arbeid (eller utdanning).',
    'The main goal must be paid, declared work (or education).',
  ),
  check(plan) {
    const goal = plan.mainGoal;
    if (goal.kind !== 'work' || (goal.paid && goal.declared)) return NO_ISSUES;
    const out: Issue[] = [];
    if (!goal.paid) out.push(issueOf(goalNotPaidDeclaredWork, ['mainGoal', 'paid']));
    if (!goal.declared) out.push(issueOf(goalNotPaidDeclaredWork, ['mainGoal', 'declared']));
    return out;
  },
};

const undeclaredWork: Rule = perActivity({
  ...UNDECLARED_WORK,
  summary: 'An activity (not cancelled) is marked as undeclared work (`declared: false`).',
  find(a, _ctx, report) {
    if (a.declared === false && a.status !== 'cancelled') report(['declared']);
  },
});

const trainingPlanMissing: Rule = perActivity({
  code: 'plan_training_plan_missing',
  severity: 'warning',
  source: SOURCES.trainingPlan,
  summary:
    'A planned or ongoing placement or job has no training plan: no `trainingPlanRef`, and no training plan in the context for the activity or its employer.',
  message: msg(
    'Praksisen eller jobben har ingen opplæringsplan laget sammen med arbeidsgiveren.',
    'The placement or job has no training plan made with the employer.',
  ),
  find(a, ctx, report) {
    if (!TRAINED_KINDS.has(a.kind) || !isRunning(a) || a.trainingPlanRef !== undefined) return;
    if (
      ctx.trainedActivityRefs.has(a.id) ||
      (a.employerRef !== undefined && ctx.trainedEmployerRefs.has(a.employerRef))
    )
      return;
    report(['trainingPlanRef']);
  },
});

const navMeasureTooLong: Rule = perActivity({
  ...NAV_MEASURE_TOO_LONG,
  find(a, ctx, report) {
    if (a.navMeasure === undefined || a.status === 'cancelled') return;
    const severity = checkNavMeasure(a.navMeasure, ctx);
    if (severity !== undefined) report(['navMeasure', 'endDate'], severity);
  },
});

const reviewOverdue: Rule = overdueRule({
  code: 'plan_review_overdue',
  severity: 'warning',
  source: SOURCES.planReview,
  summary: 'A review is still `planned` although its date is before asOf.',
  message: msg(
    'Gjennomgangen av planen var planlagt til en dato som har passert.',
    'The plan review was due on a date that has passed.',
  ),
  items: (plan: ActionPlan) => plan.reviews,
  at: ['reviews'],
  isOpen: (review) => review.status === 'planned',
  dateField: 'date',
});

const activityOverdue: Rule = overdueRule({
  code: 'plan_activity_overdue',
  severity: 'warning',
  source: SOURCES.planReview,
  summary: 'An activity is still `planned` or `in-progress` although its end date is before asOf.',
  message: msg(
    'Fristen for aktiviteten har passert uten at den er markert som fullført eller avlyst.',
    'The activity is past its deadline without being marked completed or cancelled.',
  ),
  items: (plan: ActionPlan) => plan.activities,
  at: ['activities'],
  isOpen: isRunning,
  dateField: 'endDate',
});

/**
 * The action-plan rule table: every rule {@link validateActionPlan} runs, with its code, severity, source and summary.
 *
 * @remarks
 * Rules come in the order their issues are reported (before sorting by
 * severity). Each row names its source (handbook, AFI report, NAV, GDPR or a
 * library default); the numbers and levels it compares with come from the
 * {@link Policy} and {@link PlanRuleSettings}. The table in `docs/plans.md` is
 * generated from this list (`npm run docs:rules`).
 *
 * @example
 * ```ts
 * ACTION_PLAN_RULES.map((rule) => rule.code).includes('plan_practice_trap'); // => true
 * ```
 * @category Plans
 */
export const ACTION_PLAN_RULES: readonly PlanRule<ActionPlan>[] = deepFreeze([
  activityEndsBeforeStart,
  unknownSubGoal,
  goalWithoutActivity,
  subGoalsOutOfOrder,
  subGoalAfterMainGoal,
  responsibilityMissing,
  notAgreed,
  hoursExceedAvailability,
  norwegianPlanMissing,
  interpreterMissing,
  formNotAdapted,
  familyConsentMissing,
  crossAgencyConsentMissing,
  employerConsentMissing,
  goalNotPaidDeclaredWork,
  undeclaredWork,
  unpaidPlacementTooLong,
  practiceTrap,
  trainingPlanMissing,
  navMeasureTooLong,
  reviewOverdue,
  activityOverdue,
]);
