import { z } from 'zod';

/**
 * Schema of a {@link ClockTime}: a time of day as `HH:MM` on the 24-hour clock.
 *
 * @remarks
 * Start and end times decide whether a job fits her care duties: nobody may be
 * there to take the children to kindergarten when work starts at 06:00 (AFI
 * report 2.4.2, L4423–4427). `24:00` is allowed as an end time (midnight).
 *
 * @example
 * ```ts
 * ClockTimeSchema.parse('06:00'); // => '06:00'
 * ```
 * @category Matching
 */
export const ClockTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/);

/**
 * A time of day, `HH:MM` on the 24-hour clock (`'07:30'`, `'16:00'`).
 *
 * @example
 * ```ts
 * const start: ClockTime = '06:00';
 * ```
 * @category Matching
 */
export type ClockTime = z.output<typeof ClockTimeSchema>;
