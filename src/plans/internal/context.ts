import { z } from 'zod';
import type { IsoDate } from '../../core/dates/isoDate';
import { IsoDateSchema } from '../../core/dates/isoDate';
import { SupportedEmploymentError } from '../../core/errors';
import { DEFAULT_POLICY } from '../../core/policy';
import { PolicySchema } from '../../core/policySchema';
import type { NeedId, NeedSeverity } from '../../needs/needId';
import { NeedsProfileSchema } from '../../needs/needsProfile';
import { NorwegianLevelSchema } from '../../needs/norwegianLevelSchema';
import type { ConsentScope } from '../../process/consentScope';
import { NavNeedsGroupSchema } from '../navMeasureIdSchema';
import type { PlanRuleContext } from '../planRule';
import { DEFAULT_PLAN_RULE_SETTINGS, PlanRuleSettingsSchema } from '../planRuleSettings';
import type { PlanValidationContext } from '../planValidationContext';
import { RecordedConsentSchema, type RecordedConsent } from '../recordedConsent';
import { TrainingPlanSchema } from '../trainingPlan';
import { isRealIsoDate } from '../../_lib/calendar';
import { safeParseWith } from '../../_lib/parseWith';
import { resolveOptions } from '../../_lib/resolveOptions';

const EMPTY_MAP: ReadonlyMap<never, never> = new Map<never, never>();
const EMPTY_SET: ReadonlySet<never> = new Set<never>();

/** The facts of the context that are numbers or levels, with their bounds (the rest the rules only look up). */
const ContextFactsSchema = z.object({
  availableHoursPerWeek: z.number().min(0).optional(),
  norwegianLevel: NorwegianLevelSchema.optional(),
  unpaidPlacementsWithoutHiring: z.number().int().min(0).max(1000),
});

/**
 * The shape of a {@link PlanValidationContext}, used only after a rule has
 * failed, to tell a context that does not fit (bad input) from a bug.
 */
const PlanValidationContextSchema = z.object({
  asOf: IsoDateSchema,
  policy: PolicySchema.optional(),
  needsProfile: NeedsProfileSchema.optional(),
  availableHoursPerWeek: z.number().optional(),
  norwegianLevel: NorwegianLevelSchema.optional(),
  consents: z.array(RecordedConsentSchema).optional(),
  navNeedsGroup: NavNeedsGroupSchema.optional(),
  trainingPlans: z.array(TrainingPlanSchema).optional(),
  case: z
    .object({
      consents: z.array(RecordedConsentSchema).optional(),
      employments: z.array(z.object({ employerRef: z.string(), firstWorkingDay: IsoDateSchema })).optional(),
      unpaidPlacementsWithoutHiring: z.number().optional(),
    })
    .optional(),
});

/** True when the context has the shape of {@link PlanValidationContext}. */
export function fitsContextSchema(context: unknown): boolean {
  return safeParseWith(PlanValidationContextSchema, context).ok;
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
    ContextFactsSchema,
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
        : resolveOptions(PlanRuleSettingsSchema, options, 'the plan validator'),
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
