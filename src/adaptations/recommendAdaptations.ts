import { z } from 'zod';
import { atLeast, strongestSeverities } from '../_lib/adaptations/severity';
import { SupportedEmploymentError } from '../core/errors';
import { fromZodIssues } from '../_lib/parseWith';
import { NEED_IDS } from '../needs/needId';
import type { NeedsProfile } from '../needs/needsProfile';
import { ProgrammeSchema } from '../needs/programme';
import { SeStepIdSchema } from '../process/seStep';
import { ADAPTATIONS } from './adaptationCatalogue';
import { AdaptationIdSchema } from './adaptationId';
import type { AdaptationRecommendation } from './adaptationRecommendation';
import { ADAPTATION_TIERS } from './adaptationTier';
import { TARGET_GROUP_PROGRAMMES } from './targetGroupProgrammes';

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
export type RecommendAdaptationsOptions = z.input<typeof RecommendAdaptationsOptionsSchema>;

/** Library default: three first actions are enough to start on without overwhelming a reader. */
const DEFAULT_MAX_FIRST_ACTIONS = 3;

/**
 * Recommends the target-group adaptations for one person from her needs profile, safety first.
 *
 * @remarks
 * Rules (domain specification §5; handbook "Tilpasninger for vår målgruppe", L169–411):
 * - An adaptation is recommended when one of its `indicatedBy` needs is in the profile at
 *   or above the trigger's severity, or when it is for everyone in the target group
 *   (`forEveryone`: the five `core` adaptations and the job-preparation course) and the
 *   programme is one of {@link TARGET_GROUP_PROGRAMMES} (or not given).
 * - In other programmes a `core` adaptation is recommended only when indicated, with tier `indicated`.
 * - An adaptation is withheld when a `contraindicatedBy` need is present: close cooperation
 *   with the family is not recommended when there is negative social control or violence
 *   (handbook §10; AFI report L7321–7323).
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
export function recommendAdaptations(profile: NeedsProfile, options?: RecommendAdaptationsOptions): AdaptationRecommendation[] {
  const parsed = RecommendAdaptationsOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    throw new SupportedEmploymentError('invalid_option', 'The options of recommendAdaptations do not fit their schema; see error.issues.', {
      issues: fromZodIssues(parsed.error.issues),
    });
  }
  const { currentStep, programme, inUse = [], inUseMode = 'mark', maxFirstActions = DEFAULT_MAX_FIRST_ACTIONS } = parsed.data;
  const severities = strongestSeverities(profile);
  const inTargetGroup = programme === undefined || TARGET_GROUP_PROGRAMMES.includes(programme);
  const used = new Set(inUse);

  const ranked: { rank: number; index: number; rec: AdaptationRecommendation }[] = [];
  ADAPTATIONS.forEach((adaptation, index) => {
    if (adaptation.contraindicatedBy.some((need) => severities.has(need))) return;
    const triggeredBy = NEED_IDS.filter((need) => {
      const severity = severities.get(need);
      return severity !== undefined && adaptation.indicatedBy.some((t) => t.need === need && atLeast(severity, t.minSeverity));
    });
    const forEveryone = adaptation.forEveryone && inTargetGroup;
    if (!forEveryone && triggeredBy.length === 0) return;
    const isInUse = used.has(adaptation.id);
    if (isInUse && inUseMode === 'omit' && !adaptation.safety) return;
    const tier = adaptation.tier === 'core' && !inTargetGroup ? 'indicated' : adaptation.tier;
    const rec: AdaptationRecommendation = {
      adaptationId: adaptation.id,
      title: { ...adaptation.title },
      tier,
      safety: adaptation.safety,
      triggeredBy,
      steps: [...adaptation.steps],
      appliesNow: currentStep === undefined || adaptation.steps.includes(currentStep),
      firstActions: [...adaptation.immediateActions, ...adaptation.practices.slice(0, maxFirstActions)].map((t) => ({ ...t })),
      cautions: adaptation.cautions.filter((c) => c.whenNeed === undefined || severities.has(c.whenNeed)).map((c) => ({ ...c.text })),
      inUse: isInUse,
      source: { ...adaptation.source },
    };
    ranked.push({ rank: adaptation.safety ? -1 : ADAPTATION_TIERS.indexOf(tier), index, rec });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((r) => r.rec);
}
