import { deepFreeze } from '../_lib/deepFreeze';

/**
 * Norwegian proficiency levels, lowest first: CEFR levels plus the levels used in the field.
 *
 * @remarks
 * `none` and `below-a1` distinguish "no Norwegian" from "some words"; the
 * `+` sublevels (`a1-plus`, `a2-plus`, `b1-plus`) are used by Norwegian adult
 * education and by job specialists (AFI report 2.4.1 and 3.5.1). The order of
 * this list is the order of proficiency.
 *
 * @example
 * ```ts
 * NORWEGIAN_LEVELS.indexOf('b1') > NORWEGIAN_LEVELS.indexOf('a2-plus'); // => true
 * ```
 * @category Needs
 */
export const NORWEGIAN_LEVELS = deepFreeze([
  'none',
  'below-a1',
  'a1',
  'a1-plus',
  'a2',
  'a2-plus',
  'b1',
  'b1-plus',
  'b2',
  'c1',
  'c2',
] as const);

/**
 * One Norwegian level; see {@link NORWEGIAN_LEVELS}.
 *
 * @example
 * ```ts
 * const oral: NorwegianLevel = 'a2-plus';
 * ```
 * @category Needs
 */
export type NorwegianLevel = (typeof NORWEGIAN_LEVELS)[number];
