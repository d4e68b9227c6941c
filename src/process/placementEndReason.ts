import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * Why a placement ended.
 *
 * @remarks
 * `hired` when the placement led to employment, `completed` when it ran its
 * agreed length without hiring, `ended-by-participant` or `ended-by-employer`
 * when one side stopped it early, `other` otherwise. A placement should ideally
 * lead to employment (AFI report 4.7, L7794–7800).
 *
 * @example
 * ```ts
 * PLACEMENT_END_REASONS[0]; // => 'hired'
 * ```
 * @category Process
 */
export const PLACEMENT_END_REASONS = deepFreeze([
  'hired',
  'completed',
  'ended-by-participant',
  'ended-by-employer',
  'other',
] as const);

/**
 * One value of {@link PLACEMENT_END_REASONS}.
 *
 * @example
 * ```ts
 * const reason: PlacementEndReason = 'completed';
 * ```
 * @category Process
 */
export type PlacementEndReason = (typeof PLACEMENT_END_REASONS)[number];

/**
 * Schema of a {@link PlacementEndReason}.
 *
 * @example
 * ```ts
 * PlacementEndReasonSchema.parse('hired'); // => 'hired'
 * ```
 * @category Process
 */
export const PlacementEndReasonSchema = z.enum(PLACEMENT_END_REASONS);
