import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * Where a plan activity stands: `planned`, `in-progress`, `completed` or `cancelled`.
 *
 * @remarks
 * The plan is a living document, updated at every step (AFI report 4.5,
 * L7405–7407). Cancelled activities are kept for the record but count for
 * nothing in validation; completed activities count for the goals they served.
 *
 * @example
 * ```ts
 * ACTIVITY_STATUSES.includes('in-progress'); // => true
 * ```
 * @category Plans
 */
export const ACTIVITY_STATUSES = deepFreeze(['planned', 'in-progress', 'completed', 'cancelled'] as const);

/**
 * One activity status; see {@link ACTIVITY_STATUSES}.
 *
 * @example
 * ```ts
 * const status: ActivityStatus = 'planned';
 * ```
 * @category Plans
 */
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/**
 * Schema of an {@link ActivityStatus}.
 *
 * @example
 * ```ts
 * ActivityStatusSchema.parse('completed'); // => 'completed'
 * ```
 * @category Plans
 */
export const ActivityStatusSchema = z.enum(ACTIVITY_STATUSES);
