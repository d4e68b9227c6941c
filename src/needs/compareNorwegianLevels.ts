import { NORWEGIAN_LEVELS, type NorwegianLevel } from './norwegianLevel';
import { guardOneOf } from '../_lib/guards';

/**
 * Compares two Norwegian levels by proficiency.
 *
 * @param a - The first level.
 * @param b - The second level.
 * @returns A negative number when `a` is lower, positive when higher, `0` when equal.
 * @example
 * ```ts
 * compareNorwegianLevels('a2', 'b1') < 0; // => true
 * ```
 * @category Needs
 */
export function compareNorwegianLevels(a: NorwegianLevel, b: NorwegianLevel): number {
  guardOneOf(NORWEGIAN_LEVELS, a, 'a', 'compareNorwegianLevels');
  guardOneOf(NORWEGIAN_LEVELS, b, 'b', 'compareNorwegianLevels');
  return NORWEGIAN_LEVELS.indexOf(a) - NORWEGIAN_LEVELS.indexOf(b);
}
