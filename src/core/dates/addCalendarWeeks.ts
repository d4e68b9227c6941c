import { addWeeks } from 'date-fns';
import { fromLocalDate, toLocalDate } from '../../_lib/calendar';
import { wholeAmount } from '../../_lib/guards';
import type { IsoDate } from './isoDate';

/**
 * Adds (or subtracts) whole weeks to an ISO date.
 *
 * @param date - The start date.
 * @param weeks - Weeks to add; negative to go back.
 * @returns The resulting ISO date.
 * @throws {@link SupportedEmploymentError} `invalid_date` when `date` is not a real ISO date or the result is
 *   outside {@link ISO_DATE_RANGE}; `invalid_input` when `weeks` is not a whole number (`NaN`, `Infinity`,
 *   `0.5` and `'5'` are refused).
 * @example
 * ```ts
 * addCalendarWeeks('2026-03-25', 1); // => '2026-04-01'
 * ```
 * @category Dates
 */
export function addCalendarWeeks(date: IsoDate, weeks: number): IsoDate {
  return fromLocalDate(addWeeks(toLocalDate(date), wholeAmount(weeks, 'weeks', 'addCalendarWeeks')));
}
