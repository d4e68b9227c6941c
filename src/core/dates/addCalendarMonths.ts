import { addMonths } from 'date-fns';
import { fromLocalDate, toLocalDate } from '../../_lib/calendar';
import { wholeAmount } from '../../_lib/guards';
import type { IsoDate } from './isoDate';

/**
 * Adds (or subtracts) calendar months to an ISO date, keeping to the month's last day.
 *
 * @remarks
 * When the day does not exist in the target month, the month's last day is
 * used: one month after 31 January is 28 (or 29) February.
 *
 * @param date - The start date.
 * @param months - Months to add; negative to go back.
 * @returns The resulting ISO date.
 * @throws {@link SupportedEmploymentError} `invalid_date` when `date` is not a real ISO date or the result is
 *   outside {@link ISO_DATE_RANGE}; `invalid_input` when `months` is not a whole number (`NaN`, `Infinity`,
 *   `0.5` and `'5'` are refused).
 * @example
 * ```ts
 * addCalendarMonths('2026-01-31', 1); // => '2026-02-28'
 * addCalendarMonths('2028-02-29', 12); // => '2029-02-28'
 * ```
 * @category Dates
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  return fromLocalDate(addMonths(toLocalDate(date), wholeAmount(months, 'months', 'addCalendarMonths')));
}
