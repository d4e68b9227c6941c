import type { IsoDate } from './isoDate';
import { isRealIsoDate } from '../../_lib/calendar';

/**
 * Tells whether a value is an ISO calendar date (`YYYY-MM-DD`) that exists.
 *
 * @param value - Any value.
 * @returns `true` for strings such as `2028-02-29`; `false` for `2026-02-30`, non-strings and date-times.
 * @example
 * ```ts
 * isIsoDate('2026-11-22'); // => true
 * isIsoDate('2026-13-01'); // => false
 * ```
 * @category Dates
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && isRealIsoDate(value);
}
