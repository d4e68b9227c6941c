import { z } from 'zod';
import { NAV_MEASURE_IDS, NAV_NEEDS_GROUPS } from './navMeasureId';

/**
 * Schema of a {@link NavMeasureId}.
 *
 * @example
 * ```ts
 * NavMeasureIdSchema.parse('inclusion-grant'); // => 'inclusion-grant'
 * ```
 * @category Plans
 */
export const NavMeasureIdSchema = z.enum(NAV_MEASURE_IDS);

/**
 * Schema of a {@link NavNeedsGroup}.
 *
 * @example
 * ```ts
 * NavNeedsGroupSchema.parse('ordinary'); // => 'ordinary'
 * ```
 * @category Plans
 */
export const NavNeedsGroupSchema = z.enum(NAV_NEEDS_GROUPS);
