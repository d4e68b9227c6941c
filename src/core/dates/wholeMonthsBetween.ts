import { differenceInMonths } from 'date-fns';
import { toLocalDate } from '../../_lib/calendar';
import type { IsoDate } from './isoDate';

/**
 * Counts whole calendar months from one ISO date to another.
 *
 * @remarks
 * A month is complete when the same day of the month is reached, or the last
 * day of a shorter month: 31 January to 28 February 2026 is one whole month.
 *
 * @param from - The earlier date.
 * @param to - The later date.
 * @returns Whole months from `from` to `to`, negative when `to` is earlier.
 * @throws {@link SupportedEmploymentError} `invalid_date` when a date is not a real ISO date.
 * @example
 * ```ts
 * wholeMonthsBetween('2026-01-15', '2027-01-14'); // => 11
 * ```
 * @category Dates
 */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  return differenceInMonths(toLocalDate(to), toLocalDate(from));
}
