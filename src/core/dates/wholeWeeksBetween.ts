import { differenceInCalendarDays } from 'date-fns';
import { toLocalDate } from '../../_lib/calendar';
import type { IsoDate } from './isoDate';

/**
 * Counts whole weeks from one ISO date to another, rounding toward zero.
 *
 * @param from - The earlier date.
 * @param to - The later date.
 * @returns Whole weeks from `from` to `to`; 13 days is 1 week, −13 days is −1.
 * @throws {@link SupportedEmploymentError} `invalid_date` when a date is not a real ISO date.
 * @example
 * ```ts
 * wholeWeeksBetween('2026-01-01', '2026-01-15'); // => 2
 * ```
 * @category Dates
 */
export function wholeWeeksBetween(from: IsoDate, to: IsoDate): number {
  return Math.trunc(differenceInCalendarDays(toLocalDate(to), toLocalDate(from)) / 7);
}
