import { UTCDate } from '@date-fns/utc';
import { SupportedEmploymentError } from '../core/errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the string is `YYYY-MM-DD` and names a day that exists. */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

/**
 * Turns an ISO date into a `UTCDate` at midnight UTC of that calendar day.
 *
 * `UTCDate` (from `@date-fns/utc`) makes date-fns do its calendar arithmetic
 * in UTC, so no local time zone can shift a day: not a daylight-saving change,
 * and not a day that a zone skipped altogether (Pacific/Kiritimati on
 * 1994-12-31, Pacific/Apia on 2011-12-30).
 */
export function toLocalDate(iso: string): Date {
  const m = ISO_DATE.exec(iso);
  if (m === null || !isRealIsoDate(iso)) {
    throw new SupportedEmploymentError('invalid_date', 'Expected an ISO calendar date (YYYY-MM-DD) that exists.');
  }
  const date = new UTCDate(2000, 0, 1);
  date.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date;
}

/** Formats a date from {@link toLocalDate} (or date-fns arithmetic on one) as an ISO calendar date. */
export function fromLocalDate(date: Date): string {
  const y = date.getFullYear();
  const m = date.getMonth() + 1;
  const d = date.getDate();
  const year = y >= 0 && y < 10000 ? String(y).padStart(4, '0') : String(y);
  return `${year}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
