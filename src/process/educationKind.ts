import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The kind of education a participant starts, or a waiting list for it.
 *
 * @remarks
 * The AFI report counts starting education and being on a waiting list for
 * it among the outcomes that are not work (AFI report 6.6, L11513–11523);
 * exit to education counts for Jobbsjansen (L12352, L12384–12386).
 *
 * @example
 * ```ts
 * EDUCATION_KINDS.includes('primary'); // => true
 * ```
 * @category Process
 */
export const EDUCATION_KINDS = deepFreeze([
  'primary',
  'upper-secondary',
  'higher',
  'vocational',
  'waiting-list',
] as const);

/**
 * One value of {@link EDUCATION_KINDS}.
 *
 * @example
 * ```ts
 * const value: EducationKind = 'waiting-list';
 * ```
 * @category Process
 */
export type EducationKind = (typeof EDUCATION_KINDS)[number];

/**
 * Schema of a {@link EducationKind}.
 *
 * @example
 * ```ts
 * EducationKindSchema.parse('primary'); // => 'primary'
 * ```
 * @category Process
 */
export const EducationKindSchema = z.enum(EDUCATION_KINDS);
