import { differenceInCalendarDays } from 'date-fns';
import { toLocalDate } from '../../_lib/calendar';
import type { IsoDate } from './isoDate';

/**
 * Counts calendar days from one ISO date to another.
 *
 * @param from - The earlier date.
 * @param to - The later date.
 * @returns `to − from` in days; negative when `to` is before `from`.
 * @throws {@link SupportedEmploymentError} `invalid_date` when a date is not a real ISO date.
 * @example
 * ```ts
 * calendarDaysBetween('2028-02-28', '2028-03-01'); // => 2
 * ```
 * @category Dates
 */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}
