/**
 * Date comparisons of the plan rules, by integer arithmetic on `YYYYMMDD` numbers instead of
 * through `Date` (`../../_lib/calendar`): a rule compares a period with its limit for every
 * activity of every plan. Each gives the answer of the comparison with `addCalendarDays` or
 * `addCalendarMonths` that it replaces, and leaves to those functions, and their errors, what
 * integer arithmetic cannot take (a date that is not real, an amount that is not whole); a day
 * past ISO_DATE_RANGE, which those functions refuse, is a number like any other here, and no
 * real end date reaches it.
 */
import { addCalendarDays } from '../../core/dates/addCalendarDays';
import { addCalendarMonths } from '../../core/dates/addCalendarMonths';
import type { IsoDate } from '../../core/dates/isoDate';
import { packedDate, packedDaysLater, packedMonthsLater } from '../../_lib/calendar';

/** True when `date` is after the day `days` days after `start` (`date > addCalendarDays(start, days)`). */
export function isAfterDaysLater(date: IsoDate, start: IsoDate, days: number): boolean {
  const later = packedDaysLater(start, days);
  const day = packedDate(date);
  if (later < 0 || day < 0) return date > addCalendarDays(start, days);
  return day > later;
}

/**
 * True when `date` is on or after the same day `months` months after `start`, or the month's last
 * day when that day does not exist (`date >= addCalendarMonths(start, months)`).
 */
export function reachesMonthsLater(date: IsoDate, start: IsoDate, months: number): boolean {
  const later = packedMonthsLater(start, months);
  const day = packedDate(date);
  if (later < 0 || day < 0) return date >= addCalendarMonths(start, months);
  return day >= later;
}
