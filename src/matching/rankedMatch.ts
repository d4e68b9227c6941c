import { z } from 'zod';
import { JobMatchBalanceSchema } from './jobMatchBalance';
import { MatchFactorIdSchema } from './matchFactorId';

/**
 * Schema of a {@link MatchSummary}: the compact explanation of one pair in a ranking.
 *
 * @example
 * ```ts
 * MatchSummarySchema.safeParse(rankOpenings(candidate, openings)[0]).success; // => true
 * ```
 * @category Matching
 */
export const MatchSummarySchema = z.object({
  /** The overall balance score in [0, 1]; 0 with a hard conflict. */
  score: z.number().min(0).max(1),
  /** The share of the total weight whose factors are known, in [0, 1]. */
  coverage: z.number().min(0).max(1),
  /** True when at least one factor is a hard conflict. */
  hardConflict: z.boolean(),
  /** The factors with a hard conflict. */
  hardConflicts: z.array(MatchFactorIdSchema),
  /** The factors in conflict (hard or not). */
  conflicts: z.array(MatchFactorIdSchema),
  /** The factors not known yet. */
  unknowns: z.array(MatchFactorIdSchema),
  /** How many factors have each status. */
  counts: z.object({
    /** Factors that fit. */
    fit: z.number().int().min(0),
    /** Factors that work with adaptations or NAV measures. */
    adaptable: z.number().int().min(0),
    /** Factors in conflict. */
    conflict: z.number().int().min(0),
    /** Factors not known yet. */
    unknown: z.number().int().min(0),
  }),
  /** The full balance, when the ranking was asked to explain (`explain: true`). */
  balance: JobMatchBalanceSchema.optional(),
});

/**
 * The compact explanation of one pair in a ranking: score, coverage, the factors in conflict and unknown.
 *
 * @example
 * ```ts
 * const summary: MatchSummary = rankOpenings(candidate, openings)[0];
 * summary.conflicts; // => []
 * ```
 * @category Matching
 */
export interface MatchSummary extends z.output<typeof MatchSummarySchema> {}

/**
 * Schema of a {@link RankedOpening}.
 *
 * @example
 * ```ts
 * RankedOpeningSchema.safeParse(rankOpenings(candidate, openings)[0]).success; // => true
 * ```
 * @category Matching
 */
export const RankedOpeningSchema = MatchSummarySchema.extend({
  /** The position of the opening in the input list. */
  index: z.number().int().min(0),
  /** The opening's id. */
  openingId: z.string(),
});

/**
 * One opening in a candidate's ranking, with its input index and a compact explanation.
 *
 * @example
 * ```ts
 * const [best]: RankedOpening[] = rankOpenings(candidate, openings, { limit: 1 });
 * openings[best.index].id === best.openingId; // => true
 * ```
 * @category Matching
 */
export interface RankedOpening extends z.output<typeof RankedOpeningSchema> {}

/**
 * Schema of a {@link RankedCandidate}.
 *
 * @example
 * ```ts
 * RankedCandidateSchema.safeParse(rankCandidates(opening, candidates)[0]).success; // => true
 * ```
 * @category Matching
 */
export const RankedCandidateSchema = MatchSummarySchema.extend({
  /** The position of the candidate in the input list. */
  index: z.number().int().min(0),
  /** The candidate's id. */
  candidateId: z.string(),
});

/**
 * One candidate in an opening's ranking, with her input index and a compact explanation.
 *
 * @example
 * ```ts
 * const [best]: RankedCandidate[] = rankCandidates(opening, candidates, { limit: 1 });
 * best.candidateId;
 * ```
 * @category Matching
 */
export interface RankedCandidate extends z.output<typeof RankedCandidateSchema> {}
