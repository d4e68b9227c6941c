import { z } from 'zod';
import { LocalizedTextSchema } from '../core/localizedText';
import { SourceRefSchema } from '../core/sourceRef';
import { SeIndicatorIdSchema } from './seIndicators';

/**
 * The recommendations {@link assessSeSuitability} can give.
 *
 * @remarks
 * - `recommended`: she wants work and needs closer follow-up — the SE target group.
 * - `consider`: SE can be offered; the facts do not (yet) show a need for closer
 *   follow-up, or her wish to work is not recorded.
 * - `motivation-work-first`: she does not (yet) express a wish to work; work on
 *   motivation first, then ask again.
 *
 * There is deliberately no "not suitable": nobody who wants work is excluded
 * (*null eksklusjon*, domain specification §2; AFI 8.2, L12759–12771).
 *
 * @example
 * ```ts
 * SE_RECOMMENDATIONS.includes('not-suitable' as never); // => false
 * ```
 * @category Needs
 */
export const SE_RECOMMENDATIONS = ['recommended', 'consider', 'motivation-work-first'] as const;

/**
 * Schema of one {@link SeRecommendation}.
 *
 * @example
 * ```ts
 * SeRecommendationSchema.parse('consider'); // => 'consider'
 * ```
 * @category Needs
 */
export const SeRecommendationSchema = z.enum(SE_RECOMMENDATIONS);

/**
 * One SE recommendation; see {@link SE_RECOMMENDATIONS}.
 *
 * @example
 * ```ts
 * const recommendation: SeRecommendation = 'recommended';
 * ```
 * @category Needs
 */
export type SeRecommendation = z.output<typeof SeRecommendationSchema>;

/**
 * The reasons behind an SE recommendation.
 *
 * @remarks
 * - `wish-to-work`: she says she wants paid work.
 * - `wish-not-expressed`: she is unsure or says no.
 * - `wish-unknown`: her wish is not recorded yet.
 * - `closer-follow-up-indicators`: one or more of the seven indicators is found.
 * - `complex-needs`: her needs are complex under the complex-needs rule.
 * - `no-indicator-found`: no indicator of closer follow-up is found (yet).
 *
 * @example
 * ```ts
 * SE_SUITABILITY_REASONS.includes('complex-needs'); // => true
 * ```
 * @category Needs
 */
export const SE_SUITABILITY_REASONS = [
  'wish-to-work',
  'wish-not-expressed',
  'wish-unknown',
  'closer-follow-up-indicators',
  'complex-needs',
  'no-indicator-found',
] as const;

/**
 * Schema of one {@link SeSuitabilityReasonId}.
 *
 * @example
 * ```ts
 * SeSuitabilityReasonIdSchema.parse('wish-to-work'); // => 'wish-to-work'
 * ```
 * @category Needs
 */
export const SeSuitabilityReasonIdSchema = z.enum(SE_SUITABILITY_REASONS);

/**
 * One reason id; see {@link SE_SUITABILITY_REASONS}.
 *
 * @example
 * ```ts
 * const reason: SeSuitabilityReasonId = 'wish-unknown';
 * ```
 * @category Needs
 */
export type SeSuitabilityReasonId = z.output<typeof SeSuitabilityReasonIdSchema>;

/**
 * Schema of a {@link SeSuitability}.
 *
 * @example
 * ```ts
 * SeSuitabilitySchema.safeParse(assessSeSuitability(assessment)).success; // => true
 * ```
 * @category Needs
 */
export const SeSuitabilitySchema = z.object({
  /** The recommendation; never an exclusion. */
  recommendation: SeRecommendationSchema,
  /** The closer-follow-up indicators found, in the order of {@link SE_INDICATOR_IDS}. */
  indicators: z.array(SeIndicatorIdSchema),
  /** The indicators that cannot be decided because facts are unknown. */
  unknownIndicators: z.array(SeIndicatorIdSchema),
  /** Whether her needs are complex under the complex-needs rule. */
  isComplex: z.boolean(),
  /** Why, in the order they matter, each with a fixed text and its source. */
  reasons: z.array(
    z.object({
      /** The reason. */
      id: SeSuitabilityReasonIdSchema,
      /** The reason in words. */
      message: LocalizedTextSchema,
      /** Where the reasoning comes from. */
      source: SourceRefSchema,
    }),
  ),
});

/**
 * Whether SE fits a participant now, from her wish to work and her need for closer follow-up.
 *
 * @example
 * ```ts
 * const suitability: SeSuitability = assessSeSuitability(assessment);
 * suitability.recommendation; // => 'recommended'
 * ```
 * @category Needs
 */
export interface SeSuitability extends z.output<typeof SeSuitabilitySchema> {}
