import { UTCDateMini } from '@date-fns/utc/date/mini';
import { SupportedEmploymentError } from '../core/errors';

/** The first year of ISO_DATE_RANGE (src/core/dates/isoDate.ts); the last, 9999, is the largest four-digit year. */
const MIN_YEAR = 1900;

/** Days in each month of a common year. */
const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The value of the ASCII digit at `i`, or -1. */
function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * Year × 10000 + month × 100 + day of a `YYYY-MM-DD` string that names a day
 * that exists, or -1. (The same test as the pattern `^\d{4}-\d{2}-\d{2}$` and
 * a calendar check, read character by character: this runs for every date of
 * every parsed record.)
 */
export function packedDate(value: string): number {
  // Strings as they are; anything else as the regular expression would see it.
  const s = typeof value === 'string' ? value : `${value as unknown as number}`;
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  const y0 = digitAt(s, 0);
  const y1 = digitAt(s, 1);
  const y2 = digitAt(s, 2);
  const y3 = digitAt(s, 3);
  const m0 = digitAt(s, 5);
  const m1 = digitAt(s, 6);
  const d0 = digitAt(s, 8);
  const d1 = digitAt(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  // ISO_DATE_RANGE (src/core/dates/isoDate.ts): 1900-01-01 to 9999-12-31.
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1) return -1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number);
  return day <= days ? year * 10000 + month * 100 + day : -1;
}

/**
 * The day `months` whole months after (or before) a real ISO date, as year × 10000 + month × 100 +
 * day, keeping to the month's last day as {@link toLocalDate} and date-fns `addMonths` do (one month
 * after 31 January is the last day of February). Integer arithmetic, with no `Date`: the plan
 * validators compare a period against a limit in months for every activity. The result may fall
 * outside ISO_DATE_RANGE; it is a number to compare, not a date to show. -1 when `date` is not a
 * real ISO date or `months` is not a whole number.
 */
export function packedMonthsLater(date: string, months: number): number {
  const packed = packedDate(date);
  if (packed < 0 || !Number.isSafeInteger(months)) return -1;
  const monthIndex = Math.floor(packed / 10000) * 12 + ((Math.floor(packed / 100) % 100) - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number);
  return year * 10000 + month * 100 + Math.min(packed % 100, days);
}

/** Days from 1970-01-01 to a day of the proleptic Gregorian calendar (negative before it). */
function dayCount(year: number, month: number, day: number): number {
  // Years start in March, so that the leap day is the last day of the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The day `days` days after (or before) a real ISO date, as year × 10000 + month × 100 + day, by
 * integer arithmetic on day counts (see {@link packedMonthsLater}); the result may fall outside
 * ISO_DATE_RANGE. -1 when `date` is not a real ISO date or `days` is not a whole number.
 */
export function packedDaysLater(date: string, days: number): number {
  const packed = packedDate(date);
  if (packed < 0 || !Number.isSafeInteger(days)) return -1;
  const count =
    dayCount(Math.floor(packed / 10000), Math.floor(packed / 100) % 100, packed % 100) + days + 719468;
  const era = Math.floor(count / 146097);
  const dayOfEra = count - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10000 + month * 100 + day;
}

/** True when the string is `YYYY-MM-DD` and names a day that exists. */
export function isRealIsoDate(value: string): boolean {
  return packedDate(value) >= 0;
}

/**
 * Turns an ISO date into a `UTCDateMini` at midnight UTC of that calendar day.
 *
 * `UTCDateMini` (from `@date-fns/utc`; the variant without the formatting
 * methods, which the library never calls) makes date-fns do its calendar arithmetic
 * in UTC, so no local time zone can shift a day: not a daylight-saving change,
 * and not a day that a zone skipped altogether (Pacific/Kiritimati on
 * 1994-12-31, Pacific/Apia on 2011-12-30).
 */
export function toLocalDate(iso: string): Date {
  const packed = typeof iso === 'string' ? packedDate(iso) : -1;
  if (packed < 0) {
    throw new SupportedEmploymentError(
      'invalid_date',
      'Expected an ISO calendar date (YYYY-MM-DD) that exists.',
    );
  }
  // Midnight UTC; setFullYear (not the constructor) so that years 0–99 stay themselves.
  const date = new UTCDateMini(0);
  date.setFullYear(Math.floor(packed / 10000), (Math.floor(packed / 100) % 100) - 1, packed % 100);
  return date;
}

/**
 * Formats a date from {@link toLocalDate} (or date-fns arithmetic on one) as an
 * ISO calendar date; throws `invalid_date` when the day is outside
 * ISO_DATE_RANGE (1900-01-01 to 9999-12-31), so no helper returns `10000-01-01`.
 */
export function fromLocalDate(date: Date): string {
  const y = date.getFullYear();
  if (!(y >= MIN_YEAR && y <= 9999)) {
    throw new SupportedEmploymentError(
      'invalid_date',
      'The resulting date is outside the supported years 1900 to 9999.',
    );
  }
  const m = date.getMonth() + 1;
  const d = date.getDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
