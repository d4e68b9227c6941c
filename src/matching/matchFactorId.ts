import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The ids of the factors a job match is balanced on (domain specification §6).
 *
 * @remarks
 * The first eleven come from the handbook ("Balanse mellom forventninger og
 * behov"); the rest from the AFI report (ch. 3 and 4, steps 3–4).
 *
 * @example
 * ```ts
 * MATCH_FACTOR_IDS.includes('declared-work'); // => true
 * ```
 * @category Matching
 */
export const MATCH_FACTOR_IDS = deepFreeze([
  'family-situation',
  'spouse-shift-work',
  'sole-provider',
  'after-school-care',
  'marital-challenges',
  'cultural-differences',
  'commute',
  'interest',
  'motivation',
  'attitude',
  'experience',
  'language-level',
  'working-hours',
  'religious-constraints',
  'health-limitations',
  'development-potential',
  'declared-work',
  'position-type',
  'training-capacity',
] as const);

/**
 * One match factor; see {@link MATCH_FACTOR_IDS}.
 *
 * @example
 * ```ts
 * const factor: MatchFactorId = 'commute';
 * ```
 * @category Matching
 */
export type MatchFactorId = (typeof MATCH_FACTOR_IDS)[number];

/**
 * Schema of a {@link MatchFactorId}.
 *
 * @example
 * ```ts
 * MatchFactorIdSchema.parse('interest');
 * ```
 * @category Matching
 */
export const MatchFactorIdSchema = z.enum(MATCH_FACTOR_IDS);
