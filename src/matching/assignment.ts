import { z } from 'zod';

/**
 * Schema of one {@link AssignedPair}.
 *
 * @example
 * ```ts
 * AssignedPairSchema.safeParse(assignCandidates(candidates, openings).pairs[0]).success; // => true
 * ```
 * @category Matching
 */
export const AssignedPairSchema = z.object({
  /** The position of the candidate in the input list. */
  candidateIndex: z.number().int().min(0),
  /** The candidate's id. */
  candidateId: z.string(),
  /** The position of the opening in the input list. */
  openingIndex: z.number().int().min(0),
  /** The opening's id. */
  openingId: z.string(),
  /** The pair's balance score, in (0, 1]. */
  score: z.number().min(0).max(1),
});

/**
 * One candidate assigned to one opening.
 *
 * @example
 * ```ts
 * const pair: AssignedPair = assignCandidates(candidates, openings).pairs[0];
 * balanceJobMatch(candidates[pair.candidateIndex], openings[pair.openingIndex]);
 * ```
 * @category Matching
 */
export interface AssignedPair extends z.output<typeof AssignedPairSchema> {}

/**
 * Schema of an {@link Assignment}.
 *
 * @example
 * ```ts
 * AssignmentSchema.safeParse(assignCandidates(candidates, openings)).success; // => true
 * ```
 * @category Matching
 */
export const AssignmentSchema = z.object({
  /** The assigned pairs, in candidate order. */
  pairs: z.array(AssignedPairSchema),
  /** The sum of the assigned pairs' scores: the largest possible. */
  totalScore: z.number().min(0),
  /** The indexes of the candidates left without an opening. */
  unassignedCandidates: z.array(z.number().int().min(0)),
  /** The indexes of the openings left without a candidate. */
  unassignedOpenings: z.array(z.number().int().min(0)),
});

/**
 * A one-to-one assignment of candidates to openings with the largest total balance.
 *
 * @example
 * ```ts
 * const { pairs, unassignedCandidates }: Assignment = assignCandidates(candidates, openings);
 * ```
 * @category Matching
 */
export interface Assignment extends z.output<typeof AssignmentSchema> {}
