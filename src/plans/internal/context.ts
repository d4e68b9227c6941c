import type { IsoDate } from '../../core/dates/isoDate';
import { SupportedEmploymentError } from '../../core/errors';
import { DEFAULT_POLICY } from '../../core/policy';
import type { NeedId, NeedSeverity } from '../../needs/needId';
import type { ConsentScope } from '../../process/consentScope';
import type { PlanRuleContext } from '../planRule';
import type { z } from 'zod';
import { DEFAULT_PLAN_RULE_SETTINGS, type PlanRuleSettingsSchema } from '../planRuleSettings';
import type { PlanValidationContext } from '../planValidationContext';
import type { RecordedConsent } from '../recordedConsent';
import { isRealIsoDate } from '../../_lib/calendar';
import { fits } from '../../_lib/guards';
import { resolveOptions } from '../../_lib/resolveOptions';
import { CONTEXT_FACTS, PLAN_RULE_SETTINGS, PLAN_VALIDATION_CONTEXT } from '../../_lib/schemaDescriptions';

const EMPTY_MAP: ReadonlyMap<never, never> = new Map<never, never>();
const EMPTY_SET: ReadonlySet<never> = new Set<never>();

/**
 * True when the context has the shape of {@link PlanValidationContext} (its
 * types, keys and bounds), used only after a rule has failed, to tell a
 * context that does not fit (bad input) from a bug.
 */
export function fitsContextSchema(context: unknown): boolean {
  return fits(PLAN_VALIDATION_CONTEXT, context);
}

/**
 * Checks the context, applies the validator's settings and builds the indexes every rule shares.
 *
 * One object literal with every field (no spreading), so every validator's
 * context has the same shape and is cheap to build. `options` are settings
 * over {@link DEFAULT_PLAN_RULE_SETTINGS}.
 */
export function resolveContext(
  context: PlanValidationContext,
  options?: z.input<typeof PlanRuleSettingsSchema>,
): PlanRuleContext {
  if (
    typeof context !== 'object' ||
    context === null ||
    typeof context.asOf !== 'string' ||
    !isRealIsoDate(context.asOf)
  ) {
    throw new SupportedEmploymentError(
      'invalid_date',
      'The validation context needs asOf as an ISO calendar date (YYYY-MM-DD).',
    );
  }
  const hours = context.availableHoursPerWeek;
  const earlier = context.case?.unpaidPlacementsWithoutHiring ?? 0;
  resolveOptions(
    CONTEXT_FACTS,
    {
      availableHoursPerWeek: hours,
      norwegianLevel: context.norwegianLevel,
      unpaidPlacementsWithoutHiring: earlier,
    },
    'the validation context',
  );

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
    settings:
      options === undefined
        ? DEFAULT_PLAN_RULE_SETTINGS
        : resolveOptions(PLAN_RULE_SETTINGS, options, 'the plan validator'),
  };
}

/** True when some consent for the scope counts on the date (given on or before it, not yet withdrawn). */
export function consentHolds(
  consents: ReadonlyMap<ConsentScope, readonly RecordedConsent[]>,
  scope: ConsentScope,
  date: IsoDate,
): boolean {
  const list = consents.get(scope);
  if (list === undefined) return false;
  for (const consent of list) {
    if (consent.givenOn <= date && (consent.withdrawnOn === undefined || consent.withdrawnOn > date))
      return true;
  }
  return false;
}
