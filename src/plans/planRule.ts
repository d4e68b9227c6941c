import type { IsoDate } from '../core/dates/isoDate';
import type { Severity } from '../core/issue';
import type { Issue } from '../issue';
import type { LocalizedText } from '../core/localizedText';
import type { Policy } from '../core/policy';
import type { SourceRef } from '../core/sourceRef';
import type { NeedId, NeedSeverity } from '../needs/needId';
import type { NorwegianLevel } from '../needs/norwegianLevel';
import type { ConsentScope } from '../process/consentScope';
import type { PlansIssueCode } from './issueCodes';
import type { NavNeedsGroup } from './navMeasureId';
import type { PlanRuleSettings } from './planRuleSettings';
import type { RecordedConsent } from './recordedConsent';

/**
 * What a plan rule reads besides the plan: the {@link PlanValidationContext} with defaults filled in and indexes built.
 *
 * @remarks
 * The validators build it once per call from the context and their options,
 * so that every rule reads the same facts. A fact the context did not hold
 * is `undefined` (or empty), and the rules that need it are skipped.
 *
 * @example
 * ```ts
 * const rule = ACTION_PLAN_RULES.find((r) => r.code === 'plan_review_overdue');
 * // rule.check(plan, context) reads context.asOf
 * ```
 * @category Plans
 */
export interface PlanRuleContext {
  /** The date the plan is checked at. */
  readonly asOf: IsoDate;
  /** The policy numbers ({@link DEFAULT_POLICY} when none was given). */
  readonly policy: Policy;
  /** The levels and numbers of the rules, options applied. */
  readonly settings: PlanRuleSettings;
  /** Needs from the profile, with their severity; empty when no profile. */
  readonly needs: ReadonlyMap<NeedId, NeedSeverity>;
  /** The participant's available hours per week, if given. */
  readonly availableHoursPerWeek: number | undefined;
  /** The participant's Norwegian level, if given. */
  readonly norwegianLevel: NorwegianLevel | undefined;
  /** Consents by scope; `undefined` when no consents were given at all (the consent rules skip). */
  readonly consents: ReadonlyMap<ConsentScope, readonly RecordedConsent[]> | undefined;
  /** The participant's NAV needs group, if given. */
  readonly navNeedsGroup: NavNeedsGroup | undefined;
  /** Ids of action-plan activities that have a training plan in the context. */
  readonly trainedActivityRefs: ReadonlySet<string>;
  /** Employers that have a training plan in the context. */
  readonly trainedEmployerRefs: ReadonlySet<string>;
  /** First working days recorded in the case, by employer. */
  readonly employedAt: ReadonlyMap<string, readonly IsoDate[]>;
  /** Unpaid placements without hiring before the plan, from the case. */
  readonly earlierPlacementsWithoutHiring: number;
}

/**
 * One row of a plan rule table: a code, its default severity and message, its source, a summary and the check.
 *
 * @remarks
 * The three tables {@link ACTION_PLAN_RULES}, {@link TRAINING_PLAN_RULES} and
 * {@link FOLLOW_UP_PLAN_RULES} are lists of these; the validators run them
 * in order, and the rule tables of `docs/plans.md` are generated from their
 * `code`, `severity`, `summary` and `source` (`npm run docs:rules`). A rule
 * may report an issue with another severity or message than its default (a
 * NAV measure without a needs group; one message per missing topic).
 *
 * @example
 * ```ts
 * const rule: PlanRule<ActionPlan> = ACTION_PLAN_RULES[0]!;
 * rule.check(plan, context); // => the issues this rule finds
 * ```
 * @category Plans
 */
export interface PlanRule<P> {
  /** The issue code the rule reports. */
  readonly code: PlansIssueCode;
  /** The severity of its issues, unless the summary says otherwise. */
  readonly severity: Severity;
  /** The document and passage the rule comes from. */
  readonly source: SourceRef;
  /** What the rule finds, in one paragraph (English, Markdown). */
  readonly summary: string;
  /** The default message of its issues, in bokmål and English. */
  readonly message: LocalizedText;
  /** Runs the rule over a plan. */
  readonly check: (plan: P, context: PlanRuleContext) => readonly Issue[];
}
