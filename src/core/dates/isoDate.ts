import { z } from 'zod';

/**
 * Schema of an ISO calendar date, `YYYY-MM-DD`, that exists in the calendar.
 *
 * @remarks
 * Dates in every model are plain strings so that they serialise to JSON as they
 * are and carry no time zone. `2026-02-30` and `2025-02-29` are rejected;
 * `2028-02-29` (a leap day) is accepted.
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse('2028-02-29').success; // => true
 * IsoDateSchema.safeParse('2026-02-30').success; // => false
 * ```
 * @category Dates
 */
export const IsoDateSchema = z.iso.date();

/**
 * An ISO calendar date string, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * const start: IsoDate = '2026-08-17';
 * ```
 * @category Dates
 */
export type IsoDate = z.output<typeof IsoDateSchema>;
