import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * Where a dated appointment stands: `planned`, `held`, `cancelled` or `missed`.
 *
 * @remarks
 * Used for plan reviews, training-plan evaluations, follow-up contacts and
 * triangular meetings (*trekantsamtaler*). A `planned` appointment whose date
 * has passed is overdue; `missed` records that it was due but did not happen.
 *
 * @example
 * ```ts
 * MEETING_STATUSES.includes('held'); // => true
 * ```
 * @category Plans
 */
export const MEETING_STATUSES = deepFreeze(['planned', 'held', 'cancelled', 'missed'] as const);

/**
 * One appointment status; see {@link MEETING_STATUSES}.
 *
 * @example
 * ```ts
 * const status: MeetingStatus = 'held';
 * ```
 * @category Plans
 */
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/**
 * Schema of a {@link MeetingStatus}.
 *
 * @example
 * ```ts
 * MeetingStatusSchema.parse('planned'); // => 'planned'
 * ```
 * @category Plans
 */
export const MeetingStatusSchema = z.enum(MEETING_STATUSES);
