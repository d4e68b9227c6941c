import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The four outcomes of one match factor, from best to most uncertain.
 *
 * @remarks
 * The handbook asks, for each factor, whether it is a challenge or whether
 * adaptations can make the job work ("Balanse mellom forventninger og behov",
 * L633–649). Domain specification §6 names the four outcomes:
 * - `fit`: nothing stands in the way.
 * - `adaptable`: it works with an adaptation from the handbook or a NAV measure,
 *   which the assessment names.
 * - `conflict`: it does not work as things stand; a *hard* conflict (undeclared
 *   work, an unresolved religious task conflict, hours impossible with the care
 *   duties) rules the pair out.
 * - `unknown`: the facts needed are missing; it goes on the list of things to
 *   clarify, and it is never counted as `fit`.
 *
 * @example
 * ```ts
 * MATCH_STATUSES.includes('adaptable'); // => true
 * ```
 * @category Matching
 */
export const MATCH_STATUSES = deepFreeze(['fit', 'adaptable', 'conflict', 'unknown'] as const);

/**
 * One match status; see {@link MATCH_STATUSES}.
 *
 * @example
 * ```ts
 * const status: MatchStatus = 'unknown';
 * ```
 * @category Matching
 */
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/**
 * Schema of a {@link MatchStatus}.
 *
 * @example
 * ```ts
 * MatchStatusSchema.parse('fit'); // => 'fit'
 * ```
 * @category Matching
 */
export const MatchStatusSchema = z.enum(MATCH_STATUSES);
