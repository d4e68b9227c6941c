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
 * @example
 * ```ts
 * ['2026-03-01', '2026-01-31'].sort(compareIsoDates); // => ['2026-01-31', '2026-03-01']
 * ```
 * @category Dates
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
