import { z } from 'zod';
import { LocalizedTextSchema } from '../core/localizedTextSchema';
import { SourceRefSchema } from '../core/sourceRefSchema';
import { NeedIdSchema } from '../needs/needIdSchema';
import { SeStepIdSchema } from '../process/seStep';
import { AdaptationIdSchema } from './adaptationId';
import { AdaptationTierSchema } from './adaptationTier';

/**
 * Schema of an {@link AdaptationRecommendation}.
 *
 * @example
 * ```ts
 * const recs = recommendAdaptations(profile);
 * AdaptationRecommendationSchema.array().parse(recs);
 * ```
 * @category Adaptations
 */
export const AdaptationRecommendationSchema = z.object({
  /** The recommended adaptation. */
  adaptationId: AdaptationIdSchema,
  /** The adaptation's name, copied from the catalogue for display. */
  title: LocalizedTextSchema,
  /** The tier for this person: `core`, `indicated` or `offer`. */
  tier: AdaptationTierSchema,
  /** The flag of the safety adaptation (negative social control / violence): act now. */
  safety: z.boolean(),
  /** The needs in the profile that indicate the adaptation, in taxonomy order (may be empty for `core` and `offer`). */
  triggeredBy: z.array(NeedIdSchema),
  /** The step the case has reached from which the adaptation applies to everyone (employer training from the employer steps on), when that is the reason. */
  triggeredByStep: SeStepIdSchema.optional(),
  /** The SE steps the adaptation belongs to, in process order. */
  steps: z.array(SeStepIdSchema).min(1),
  /** The flag that the case's current step is one of `steps` (true when no current step was given). */
  appliesNow: z.boolean(),
  /** The first actions: the immediate safety actions (if any), then the first practices. */
  firstActions: z.array(LocalizedTextSchema).min(1),
  /** The cautions that apply to this person. */
  cautions: z.array(LocalizedTextSchema),
  /** The flag that the case already uses the adaptation (see the `inUse` option). */
  inUse: z.boolean(),
  /** The handbook section the adaptation comes from. */
  source: SourceRefSchema,
});

/**
 * One recommended adaptation for one person, with its tier, rationale, timing and first actions.
 *
 * @remarks
 * Produced by `recommendAdaptations`; shown with `explainRecommendation`.
 * Domain specification §5: recommendations come in tiers, with the triggering
 * needs as rationale, and safety first.
 *
 * @example
 * ```ts
 * const [first]: AdaptationRecommendation[] = recommendAdaptations(profile);
 * first?.firstActions.map((a) => a.nb);
 * ```
 * @category Adaptations
 */
export interface AdaptationRecommendation extends z.output<typeof AdaptationRecommendationSchema> {}
