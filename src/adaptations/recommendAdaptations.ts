import { z } from 'zod';
import { resolveOptions } from '../_lib/resolveOptions';
import { atLeast, evidenceByNeed, strongestSeverities } from '../_lib/adaptations/severity';
import type { LocalizedText } from '../core/localizedText';
import { NEED_IDS, type NeedId, type NeedSeverity } from '../needs/needId';
import type { NeedsProfile } from '../needs/needsProfile';
import { ProgrammeSchema } from '../needs/programme';
import { SE_STEP_IDS, SeStepIdSchema } from '../process/seStep';
import type { Adaptation, NeedTrigger } from './adaptation';
import { ADAPTATIONS } from './adaptationCatalogue';
import { AdaptationIdSchema } from './adaptationId';
import type { AdaptationRecommendation } from './adaptationRecommendation';
import { ADAPTATION_TIERS } from './adaptationTier';
import { TARGET_GROUP_PROGRAMMES } from './targetGroupProgrammes';
import { guard, guardOptions } from '../_lib/guards';
import { NEEDS_PROFILE, RECOMMEND_ADAPTATIONS_OPTIONS } from '../_lib/schemaDescriptions';

/**
 * Schema of {@link RecommendAdaptationsOptions}.
 *
 * @example
 * ```ts
 * RecommendAdaptationsOptionsSchema.parse({ currentStep: 'job-finding', inUse: ['empowerment'] });
 * ```
 * @category Adaptations
 */
export const RecommendAdaptationsOptionsSchema = z.strictObject({
  /** The case's current SE step; sets `appliesNow` on each recommendation. */
  currentStep: SeStepIdSchema.optional(),
  /** The programme the person follows; core adaptations apply to everyone only in {@link TARGET_GROUP_PROGRAMMES}. Omitted: treated as the target group. */
  programme: ProgrammeSchema.optional(),
  /** The adaptations the case already uses. */
  inUse: z.array(AdaptationIdSchema).optional(),
  /** The handling of adaptations in use: `mark` them (`inUse: true`, the default) or `omit` them. The safety adaptation is never omitted. */
  inUseMode: z.enum(['mark', 'omit']).optional(),
  /** The number of practices to list as first actions (after any immediate safety actions); default 3. */
  maxFirstActions: z.number().int().min(1).max(10).optional(),
});

/**
 * Options for {@link recommendAdaptations}.
 *
 * @example
 * ```ts
 * const options: RecommendAdaptationsOptions = { currentStep: 'initial-contact', programme: 'jobbsjansen' };
 * ```
 * @category Adaptations
 */
export interface RecommendAdaptationsOptions extends z.input<typeof RecommendAdaptationsOptionsSchema> {}

/** Library default: three first actions are enough to start on without overwhelming a reader. */
const DEFAULT_MAX_FIRST_ACTIONS = 3;

/** The position of each need in {@link NEED_IDS}: triggered needs are listed in that order. */
const NEED_ORDER: Readonly<Record<string, number>> = /* @__PURE__ */ Object.fromEntries(
  NEED_IDS.map((id, i) => [id, i]),
);

/**
 * True when the profile holds any of the needs.
 *
 * @param needs - The needs to look for.
 * @param severities - The profile's strongest severity per need.
 * @returns Whether any is present.
 */
function hasAny(needs: readonly NeedId[], severities: ReadonlyMap<NeedId, NeedSeverity>): boolean {
  for (let i = 0; i < needs.length; i++) if (severities.has(needs[i] as NeedId)) return true;
  return false;
}

/**
 * The needs whose trigger the profile meets (at or above the trigger's severity), once each, in {@link NEED_IDS} order.
 *
 * @param triggers - The adaptation's triggers.
 * @param severities - The profile's strongest severity per need.
 * @param evidence - The profile's evidence paths per need.
 * @returns The triggered needs.
 */
function triggersMet(
  triggers: readonly NeedTrigger[],
  severities: ReadonlyMap<NeedId, NeedSeverity>,
  evidence: ReadonlyMap<NeedId, readonly string[]>,
): NeedId[] {
  const met: NeedId[] = [];
  for (let i = 0; i < triggers.length; i++) {
    const trigger = triggers[i] as NeedTrigger;
    const severity = severities.get(trigger.need);
    if (severity === undefined || !atLeast(severity, trigger.minSeverity) || met.includes(trigger.need))
      continue;
    if (trigger.evidence !== undefined) {
      const paths = evidence.get(trigger.need) ?? [];
      if (!trigger.evidence.some((p) => paths.includes(p))) continue;
    }
    met.push(trigger.need);
  }
  if (met.length > 1) met.sort((a, b) => (NEED_ORDER[a] as number) - (NEED_ORDER[b] as number));
  return met;
}

/**
 * Recommends the target-group adaptations for one person from her needs profile, safety first.
 *
 * @remarks
 * Rules (domain specification §5; handbook "Tilpasninger for vår målgruppe", L169–411):
 * - An adaptation is recommended when one of its `indicatedBy` needs is in the profile at
 *   or above the trigger's severity (and, when the trigger names evidence, rests on one of
 *   those facts), when the case has reached its `fromStep` (employer training for every
 *   employment from the employer steps on, handbook §12), or when it is for everyone in the target group
 *   (`forEveryone`: the five `core` adaptations and the job-preparation course) and the
 *   programme is one of {@link TARGET_GROUP_PROGRAMMES} (or not given).
 * - In other programmes a `core` adaptation is recommended only when indicated, with tier `indicated`.
 * - An adaptation is withheld when a `contraindicatedBy` need is present. With negative
 *   social control or violence, §6 close cooperation turns into cooperation with a trusted
 *   person she chooses, never the family (`practicesWithSafetyConcern`; handbook §6, L258;
 *   §10; AFI report L7321–7323).
 * - `currentStep` gates what belongs to later steps: a `fromStep` rule applies only once the
 *   case has reached that step; without a current step it does not apply.
 * - Safety first: when `negative-social-control` is in the profile, its adaptation comes
 *   first and its first actions say what to do now (crisis centre, police, child welfare,
 *   GP/DPS, with her consent where the law allows; handbook §10, L316). It is never
 *   omitted, even when in use.
 * - Order: the safety adaptation, then `core`, `indicated`, `offer`, each in catalogue
 *   order ({@link ADAPTATION_IDS}). The order is total and deterministic, and no adaptation
 *   appears twice.
 * - Adaptations in use (`inUse`) are marked by default; with `inUseMode: 'omit'` they are left out.
 *
 * The profile is not changed.
 *
 * @param profile - The person's classified needs.
 * @param options - Current step, programme, adaptations in use, and the number of first actions.
 * @returns The recommendations, in the order above.
 * @throws {@link SupportedEmploymentError} with code `invalid_option` when the options do not fit their schema.
 * @example
 * ```ts
 * const recs = recommendAdaptations(classifyNeeds(assessment), { currentStep: 'initial-contact' });
 * recs[0]?.safety; // => true when violence or negative social control is disclosed
 * recs.map((r) => `${r.tier}: ${r.adaptationId}`);
 * ```
 * @category Adaptations
 */
export function recommendAdaptations(
  profile: NeedsProfile,
  options?: RecommendAdaptationsOptions,
): AdaptationRecommendation[] {
  // The descriptions of the schemas, not the schemas: this function runs without zod (src/_lib/describe.ts).
  guard(NEEDS_PROFILE, profile, 'profile', 'recommendAdaptations');
  guardOptions(options, 'recommendAdaptations');
  const {
    currentStep,
    programme,
    inUse = [],
    inUseMode = 'mark',
    maxFirstActions = DEFAULT_MAX_FIRST_ACTIONS,
  } = resolveOptions(RECOMMEND_ADAPTATIONS_OPTIONS, options, 'recommendAdaptations');
  const severities = strongestSeverities(profile);
  const evidence = evidenceByNeed(profile);
  const safetyConcern = severities.has('negative-social-control');
  const stepIndex = currentStep === undefined ? -1 : SE_STEP_IDS.indexOf(currentStep);
  const inTargetGroup = programme === undefined || TARGET_GROUP_PROGRAMMES.includes(programme);
  const used = new Set(inUse);

  // Plain index loops: the catalogue is deeply frozen, and array callbacks
  // (some, filter, slice) on frozen arrays take a slow path in V8.
  const ranked: { rank: number; index: number; rec: AdaptationRecommendation }[] = [];
  for (let index = 0; index < ADAPTATIONS.length; index++) {
    const adaptation = ADAPTATIONS[index] as Adaptation;
    if (hasAny(adaptation.contraindicatedBy, severities)) continue;
    const triggeredBy = triggersMet(adaptation.indicatedBy, severities, evidence);
    const forEveryone = adaptation.forEveryone && inTargetGroup;
    const stepReached =
      adaptation.fromStep !== undefined && stepIndex >= SE_STEP_IDS.indexOf(adaptation.fromStep);
    if (!forEveryone && triggeredBy.length === 0 && !stepReached) continue;
    const isInUse = used.has(adaptation.id);
    if (isInUse && inUseMode === 'omit' && !adaptation.safety) continue;
    const tier = adaptation.tier === 'core' && !inTargetGroup ? 'indicated' : adaptation.tier;
    const firstActions: LocalizedText[] = [];
    for (let i = 0; i < adaptation.immediateActions.length; i++)
      firstActions.push({ ...(adaptation.immediateActions[i] as LocalizedText) });
    const practiceList =
      safetyConcern && adaptation.practicesWithSafetyConcern !== undefined
        ? adaptation.practicesWithSafetyConcern
        : adaptation.practices;
    const practices = Math.min(practiceList.length, maxFirstActions);
    for (let i = 0; i < practices; i++) firstActions.push({ ...(practiceList[i] as LocalizedText) });
    const cautions: LocalizedText[] = [];
    for (let i = 0; i < adaptation.cautions.length; i++) {
      const caution = adaptation.cautions[i] as Adaptation['cautions'][number];
      if (caution.whenNeed === undefined || severities.has(caution.whenNeed))
        cautions.push({ ...caution.text });
    }
    const rec: AdaptationRecommendation = {
      adaptationId: adaptation.id,
      title: { ...adaptation.title },
      tier,
      safety: adaptation.safety,
      triggeredBy,
      ...(stepReached && adaptation.fromStep !== undefined ? { triggeredByStep: adaptation.fromStep } : {}),
      steps: [...adaptation.steps],
      appliesNow: currentStep === undefined || adaptation.steps.includes(currentStep),
      firstActions,
      cautions,
      inUse: isInUse,
      source: { ...adaptation.source },
    };
    ranked.push({ rank: adaptation.safety ? -1 : ADAPTATION_TIERS.indexOf(tier), index, rec });
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((r) => r.rec);
}
