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
 * Turns an ISO date into a `Date` at local noon of that calendar day.
 *
 * Noon, not midnight, so that no time zone's daylight-saving change (some
 * happen at midnight) can move the instant to a neighbouring day; date-fns
 * then does calendar arithmetic in local time, which is the same in every zone.
 */
export function toLocalDate(iso: string): Date {
  const m = ISO_DATE.exec(iso);
  if (m === null || !isRealIsoDate(iso)) {
    throw new SupportedEmploymentError('invalid_date', 'Expected an ISO calendar date (YYYY-MM-DD) that exists.');
  }
  const date = new Date(2000, 0, 1, 12, 0, 0, 0);
  date.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date;
}

/** Formats a `Date` as the ISO calendar date of its local day. */
export function fromLocalDate(date: Date): string {
  const y = date.getFullYear();
  const m = date.getMonth() + 1;
  const d = date.getDate();
  const year = y >= 0 && y < 10000 ? String(y).padStart(4, '0') : String(y);
  return `${year}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
