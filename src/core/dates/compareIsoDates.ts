import { SupportedEmploymentError } from '../errors';
import type { IsoDate } from './isoDate';

/**
 * Compares two ISO dates, for sorting.
 *
 * @remarks
 * ISO calendar dates sort as strings, so this needs no parsing; it does not
 * check that the dates exist.
 *
 * @param a - The first date.
 * @param b - The second date.
 * @returns `-1` when `a` is earlier, `1` when later, `0` when equal.
 * @throws {@link SupportedEmploymentError} `invalid_date` when `a` or `b` is not a string.
 * @example
 * ```ts
 * ['2026-03-01', '2026-01-31'].sort(compareIsoDates); // => ['2026-01-31', '2026-03-01']
 * ```
 * @category Dates
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  if (typeof a !== 'string' || typeof b !== 'string') {
    throw new SupportedEmploymentError(
      'invalid_date',
      'compareIsoDates: both dates must be strings (YYYY-MM-DD).',
    );
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
