import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * Where a sub-goal stands: `open`, `achieved` or `dropped`.
 *
 * @remarks
 * Goals and sub-goals are agreed over several meetings and revised as the
 * participant's situation changes (handbook §1, L185). A dropped sub-goal is
 * kept for the record and needs no activity.
 *
 * @example
 * ```ts
 * GOAL_STATUSES.includes('achieved'); // => true
 * ```
 * @category Plans
 */
export const GOAL_STATUSES = deepFreeze(['open', 'achieved', 'dropped'] as const);

/**
 * One sub-goal status; see {@link GOAL_STATUSES}.
 *
 * @example
 * ```ts
 * const status: GoalStatus = 'open';
 * ```
 * @category Plans
 */
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/**
 * Schema of a {@link GoalStatus}.
 *
 * @example
 * ```ts
 * GoalStatusSchema.parse('dropped'); // => 'dropped'
 * ```
 * @category Plans
 */
export const GoalStatusSchema = z.enum(GOAL_STATUSES);
