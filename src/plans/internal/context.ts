import type { IsoDate } from '../../core/dates/isoDate';
import { SupportedEmploymentError } from '../../core/errors';
import { DEFAULT_POLICY, type Policy } from '../../core/policy';
import type { NeedId, NeedSeverity } from '../../needs/needId';
import { NORWEGIAN_LEVELS, type NorwegianLevel } from '../../needs/norwegianLevel';
import type { ConsentScope } from '../../process/consentScope';
import type { NavNeedsGroup } from '../navMeasureId';
import type { PlanValidationContext } from '../planValidationContext';
import type { RecordedConsent } from '../recordedConsent';
import { isRealIsoDate } from '../../_lib/calendar';

/** The validation context after defaults and indexes are worked out once per call. */
export interface ResolvedContext {
  readonly asOf: IsoDate;
  readonly policy: Policy;
  /** Needs from the profile, with their severity; empty when no profile. */
  readonly needs: ReadonlyMap<NeedId, NeedSeverity>;
  readonly availableHoursPerWeek: number | undefined;
  readonly norwegianLevel: NorwegianLevel | undefined;
  /** Consents by scope; `undefined` when the caller gave no consents at all (rules skip). */
  readonly consents: ReadonlyMap<ConsentScope, readonly RecordedConsent[]> | undefined;
  readonly navNeedsGroup: NavNeedsGroup | undefined;
  /** Ids of action-plan activities that have a training plan in the context. */
  readonly trainedActivityRefs: ReadonlySet<string>;
  /** Employers that have a training plan in the context. */
  readonly trainedEmployerRefs: ReadonlySet<string>;
  /** First working days recorded in the case, by employer. */
  readonly employedAt: ReadonlyMap<string, readonly IsoDate[]>;
  /** Unpaid placements without hiring before the plan, from the case. */
  readonly earlierPlacementsWithoutHiring: number;
  /** Action plans: below this level an interpreter is needed. */
  readonly interpreterBelow: NorwegianLevel;
  /** Action plans: below this level an ordinary written plan needs adapting. */
  readonly adaptedFormBelow: NorwegianLevel;
  /** Follow-up plans: the first contact must come within this many days of the first working day. */
  readonly firstContactWithinDays: number;
  /** Follow-up plans: the longest stretch without contact, in days. */
  readonly maxContactGapDays: number;
}

/** The options of every plan validator, joined (each validator passes its own). */
export interface PlanRuleOptions {
  readonly interpreterBelowLevel?: NorwegianLevel | undefined;
  readonly adaptedFormBelowLevel?: NorwegianLevel | undefined;
  readonly firstContactWithinDays?: number | undefined;
  readonly maxContactGapDays?: number | undefined;
}

const EMPTY_MAP: ReadonlyMap<never, never> = new Map<never, never>();
const EMPTY_SET: ReadonlySet<never> = new Set<never>();

/** Throws `invalid_option` unless the value is a Norwegian level. */
export function assertLevel(level: unknown, what: string): void {
  if (!(NORWEGIAN_LEVELS as readonly unknown[]).includes(level)) {
    throw new SupportedEmploymentError('invalid_option', `The ${what} option must be a Norwegian level.`);
  }
}

/** Throws `invalid_option` unless the value is a whole number in range. */
export function assertWhole(value: unknown, min: number, max: number, what: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new SupportedEmploymentError('invalid_option', `The ${what} option must be a whole number from ${min} to ${max}.`);
  }
}

/**
 * Checks the context and options and builds the indexes every rule shares.
 *
 * One object literal with every field (no spreading), so every validator's
 * context has the same shape and is cheap to build.
 */
export function resolveContext(context: PlanValidationContext, options: PlanRuleOptions = {}): ResolvedContext {
  if (typeof context !== 'object' || context === null || typeof context.asOf !== 'string' || !isRealIsoDate(context.asOf)) {
    throw new SupportedEmploymentError('invalid_date', 'The validation context needs asOf as an ISO calendar date (YYYY-MM-DD).');
  }
  const hours = context.availableHoursPerWeek;
  if (hours !== undefined && (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0)) {
    throw new SupportedEmploymentError('invalid_option', 'availableHoursPerWeek must be a finite number of hours, zero or more.');
  }
  if (context.norwegianLevel !== undefined) assertLevel(context.norwegianLevel, 'norwegianLevel');
  const earlier = context.case?.unpaidPlacementsWithoutHiring ?? 0;
  assertWhole(earlier, 0, 1000, 'case.unpaidPlacementsWithoutHiring');
  const interpreterBelow = options.interpreterBelowLevel ?? 'a2';
  const adaptedFormBelow = options.adaptedFormBelowLevel ?? 'b1';
  assertLevel(interpreterBelow, 'interpreterBelowLevel');
  assertLevel(adaptedFormBelow, 'adaptedFormBelowLevel');
  const firstContactWithinDays = options.firstContactWithinDays ?? 7;
  const maxContactGapDays = options.maxContactGapDays ?? 92;
  assertWhole(firstContactWithinDays, 0, 366, 'firstContactWithinDays');
  assertWhole(maxContactGapDays, 1, 3660, 'maxContactGapDays');

  let needs: ReadonlyMap<NeedId, NeedSeverity> = EMPTY_MAP;
  if (context.needsProfile !== undefined) {
    const map = new Map<NeedId, NeedSeverity>();
    for (const need of context.needsProfile.needs) map.set(need.id, need.severity);
    needs = map;
  }

  let consents: Map<ConsentScope, RecordedConsent[]> | undefined;
  const lists = [context.consents, context.case?.consents];
  for (const list of lists) {
    if (list === undefined) continue;
    consents ??= new Map();
    for (const consent of list) {
      const existing = consents.get(consent.scope);
      if (existing === undefined) consents.set(consent.scope, [consent]);
      else existing.push(consent);
    }
  }

  let trainedActivityRefs: ReadonlySet<string> = EMPTY_SET;
  let trainedEmployerRefs: ReadonlySet<string> = EMPTY_SET;
  if (context.trainingPlans !== undefined && context.trainingPlans.length > 0) {
    const activities = new Set<string>();
    const employers = new Set<string>();
    for (const plan of context.trainingPlans) {
      if (plan.activityRef !== undefined) activities.add(plan.activityRef);
      employers.add(plan.employerRef);
    }
    trainedActivityRefs = activities;
    trainedEmployerRefs = employers;
  }

  let employedAt: ReadonlyMap<string, readonly IsoDate[]> = EMPTY_MAP;
  const employments = context.case?.employments;
  if (employments !== undefined && employments.length > 0) {
    const map = new Map<string, IsoDate[]>();
    for (const job of employments) {
      const existing = map.get(job.employerRef);
      if (existing === undefined) map.set(job.employerRef, [job.firstWorkingDay]);
      else existing.push(job.firstWorkingDay);
    }
    employedAt = map;
  }

  return {
    asOf: context.asOf,
    policy: context.policy ?? DEFAULT_POLICY,
    needs,
    availableHoursPerWeek: hours,
    norwegianLevel: context.norwegianLevel,
    consents,
    navNeedsGroup: context.navNeedsGroup,
    trainedActivityRefs,
    trainedEmployerRefs,
    employedAt,
    earlierPlacementsWithoutHiring: earlier,
    interpreterBelow,
    adaptedFormBelow,
    firstContactWithinDays,
    maxContactGapDays,
  };
}

/** True when some consent for the scope counts on the date (given on or before it, not yet withdrawn). */
export function consentHolds(consents: ReadonlyMap<ConsentScope, readonly RecordedConsent[]>, scope: ConsentScope, date: IsoDate): boolean {
  const list = consents.get(scope);
  if (list === undefined) return false;
  for (const consent of list) {
    if (consent.givenOn <= date && (consent.withdrawnOn === undefined || consent.withdrawnOn > date)) return true;
  }
  return false;
}
