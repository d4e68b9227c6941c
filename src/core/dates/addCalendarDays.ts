import { addDays } from 'date-fns';
import { fromLocalDate, toLocalDate } from '../../_lib/calendar';
import { wholeAmount } from '../../_lib/guards';
import type { IsoDate } from './isoDate';

/**
 * Adds (or subtracts) whole calendar days to an ISO date.
 *
 * @param date - The start date.
 * @param days - Days to add; negative to go back.
 * @returns The resulting ISO date.
 * @throws {@link SupportedEmploymentError} `invalid_date` when `date` is not a real ISO date or the result is
 *   outside {@link ISO_DATE_RANGE}; `invalid_input` when `days` is not a whole number (`NaN`, `Infinity`,
 *   `0.5` and `'5'` are refused).
 * @example
 * ```ts
 * addCalendarDays('2028-02-28', 1); // => '2028-02-29'
 * ```
 * @category Dates
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromLocalDate(addDays(toLocalDate(date), wholeAmount(days, 'days', 'addCalendarDays')));
}
