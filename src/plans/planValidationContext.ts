import type { IsoDate } from '../core/dates/isoDate';
import type { Policy } from '../core/policy';
import type { NeedsProfile } from '../needs/needsProfile';
import type { NorwegianLevel } from '../needs/norwegianLevel';
import type { Employment } from './employment';
import type { NavNeedsGroup } from './navMeasureId';
import type { RecordedConsent } from './recordedConsent';
import type { TrainingPlan } from './trainingPlan';

/**
 * The facts from a participant's case that plan validation reads, as a minimal structural type.
 *
 * @remarks
 * Any case record with these fields fits, so a case-management system can pass
 * its own case object. `consents` are joined with the context's own
 * `consents`; `employments` tell that a placement led to hiring (an employment
 * with the same employer starting on or after the placement's start);
 * `unpaidPlacementsWithoutHiring` counts unpaid placements before this plan
 * (earlier measures) that did not lead to a job, for the practice-trap rule.
 *
 * @example
 * ```ts
 * const facts: PlanCaseFacts = {
 *   consents: [{ scope: 'employer-sharing', givenOn: '2026-03-01' }],
 *   employments: [{ employerRef: 'emp-17', firstWorkingDay: '2026-06-01' }],
 * };
 * ```
 * @category Plans
 */
export interface PlanCaseFacts {
  /** The consents recorded in the case. */
  readonly consents?: readonly RecordedConsent[] | undefined;
  /** The jobs the participant has started, with employer and first working day. */
  readonly employments?: readonly Pick<Employment, 'employerRef' | 'firstWorkingDay'>[] | undefined;
  /** How many unpaid placements before this plan ended without hiring (for the practice trap, *praksisfellen*). */
  readonly unpaidPlacementsWithoutHiring?: number | undefined;
}

/**
 * What plan validation knows besides the plan: the date, the policy and the participant's situation.
 *
 * @remarks
 * Only `asOf` is required; every rule that needs a missing fact is skipped
 * rather than guessed. In particular the consent rules run only when consents
 * are given (here or in `case`) — pass an empty list to state that none are
 * recorded. The policy defaults to {@link DEFAULT_POLICY}; build another with
 * {@link resolvePolicy}.
 *
 * @example
 * ```ts
 * const context: PlanValidationContext = {
 *   asOf: '2026-03-01', availableHoursPerWeek: 20, norwegianLevel: 'a2',
 *   consents: [], policy: resolvePolicy({ unpaidPlacementMaxWeeks: 8 }),
 * };
 * ```
 * @category Plans
 */
export interface PlanValidationContext {
  /** The date the plan is checked at ("today"); decides what is overdue. */
  readonly asOf: IsoDate;
  /** The policy numbers; {@link DEFAULT_POLICY} when omitted. */
  readonly policy?: Policy | undefined;
  /** The participant's classified needs, if assessed. */
  readonly needsProfile?: NeedsProfile | undefined;
  /** The hours per week the participant can give to plan activities, given home, health and care duties. */
  readonly availableHoursPerWeek?: number | undefined;
  /** The participant's Norwegian level (the level that matters for understanding the plan). */
  readonly norwegianLevel?: NorwegianLevel | undefined;
  /** The consents recorded for the participant. */
  readonly consents?: readonly RecordedConsent[] | undefined;
  /** The participant's NAV needs group, which sets the NAV measure limits. */
  readonly navNeedsGroup?: NavNeedsGroup | undefined;
  /** The participant's training plans, which satisfy the "training plan exists" rules. */
  readonly trainingPlans?: readonly TrainingPlan[] | undefined;
  /** Facts from the participant's case. */
  readonly case?: PlanCaseFacts | undefined;
}
