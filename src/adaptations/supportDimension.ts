import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The four kinds of method the AFI report lists for every SE step for this target group.
 *
 * @remarks
 * Domain specification §3: across every step the target group needs language
 * support (*språkstøtte*), support for user participation (*brukermedvirkning*)
 * and support with cultural differences (*kulturforskjeller*); the report's
 * tables add "other methods" (*andre metoder*) per step (AFI report 4.3,
 * L6964–6974; figures 6–9 and 11).
 *
 * @example
 * ```ts
 * SUPPORT_DIMENSIONS[0]; // => 'language-support'
 * ```
 * @category Adaptations
 */
export const SUPPORT_DIMENSIONS = deepFreeze([
  'language-support',
  'user-participation',
  'cultural-differences',
  'other-methods',
] as const);

/**
 * One support dimension; see {@link SUPPORT_DIMENSIONS}.
 *
 * @example
 * ```ts
 * const dimension: SupportDimension = 'user-participation';
 * ```
 * @category Adaptations
 */
export type SupportDimension = (typeof SUPPORT_DIMENSIONS)[number];

/**
 * Schema of a {@link SupportDimension}.
 *
 * @example
 * ```ts
 * SupportDimensionSchema.parse('other-methods'); // => 'other-methods'
 * ```
 * @category Adaptations
 */
export const SupportDimensionSchema = z.enum(SUPPORT_DIMENSIONS);
