import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';
import { LocalizedTextSchema } from '../core/localizedTextSchema';
import { SourceRefSchema } from '../core/sourceRefSchema';
import { SeIndicatorIdSchema } from './seIndicatorIdSchema';

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
export const SE_RECOMMENDATIONS = deepFreeze(['recommended', 'consider', 'motivation-work-first'] as const);

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
 * How SE goes on for a person SE is offered to: never an exclusion, always a way to go on.
 *
 * @remarks
 * - `start-now`: ordinary SE follow-up now.
 * - `alongside-education`: she prioritises school or education; SE goes along
 *   with it (a part-time job during her studies, or Supported Education
 *   combined with SE; AFI 6.6, L11513–11523).
 * - `pause-and-resume`: SE pauses while she cannot work at present or is
 *   pregnant, and resumes after (AFI 6.3, L10905–10909; 6.6, L11525–11528).
 *   Her place is kept; this excludes no one.
 *
 * @example
 * ```ts
 * SE_PATHS.includes('pause-and-resume'); // => true
 * ```
 * @category Needs
 */
export const SE_PATHS = deepFreeze(['start-now', 'alongside-education', 'pause-and-resume'] as const);

/**
 * Schema of one {@link SePath}.
 *
 * @example
 * ```ts
 * SePathSchema.parse('start-now'); // => 'start-now'
 * ```
 * @category Needs
 */
export const SePathSchema = z.enum(SE_PATHS);

/**
 * One SE path; see {@link SE_PATHS}.
 *
 * @example
 * ```ts
 * const path: SePath = 'alongside-education';
 * ```
 * @category Needs
 */
export type SePath = z.output<typeof SePathSchema>;

/**
 * The reasons behind an SE recommendation.
 *
 * @remarks
 * - `wish-to-work`: she says she wants paid work.
 * - `wish-not-expressed`: she is unsure or says no.
 * - `wish-unknown`: her wish is not recorded yet.
 * - `closer-follow-up-indicators`: one or more of the indicators is found.
 * - `complex-needs`: her needs are complex under the complex-needs rule.
 * - `no-indicator-found`: no indicator of closer follow-up is found (yet).
 * - `education-first`: she prioritises school or education; SE goes along with it.
 * - `pause`: she cannot work at present or is pregnant; SE pauses and resumes after.
 *
 * @example
 * ```ts
 * SE_SUITABILITY_REASONS.includes('complex-needs'); // => true
 * ```
 * @category Needs
 */
export const SE_SUITABILITY_REASONS = deepFreeze([
  'wish-to-work',
  'wish-not-expressed',
  'wish-unknown',
  'closer-follow-up-indicators',
  'complex-needs',
  'no-indicator-found',
  'education-first',
  'pause',
] as const);

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
  /** How SE goes on: now, alongside education, or paused and resumed; never an exclusion. */
  path: SePathSchema,
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
