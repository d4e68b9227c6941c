import { z } from 'zod';
import { scoreLevels } from './internal/benefit';
import { hungarianMaxLevels } from './internal/hungarian';
import { resolveSettings } from './internal/settings';
import type { AssignedPair, Assignment } from './assignment';
import type { BalanceJobMatchOptions } from './balanceJobMatch';
import type { Candidate } from './candidate';
import type { JobOpening } from './jobOpening';
import { guardList, guardOptions, MAX_MATCH_LIST } from '../_lib/guards';
import { resolveOptions } from '../_lib/resolveOptions';
import { CandidateSchema } from './candidate';
import { JobOpeningSchema } from './jobOpening';

/**
 * The assignment's own option, `minScore`, with its bounds and default.
 *
 * @remarks
 * `minScore` is a score in [0, 1] (the scale of {@link balanceJobMatch}); pairs scoring below it
 * are never assigned. The default 0 is our own choice, not a rule of the handbook: with it, any
 * pair without a hard conflict and with a score above 0 may be assigned. The balance options
 * ({@link BalanceJobMatchOptions}) are checked as in {@link balanceJobMatch}.
 *
 * @example
 * ```ts
 * AssignCandidatesOptionsSchema.parse({ minScore: 0.5 }); // { minScore: 0.5 }
 * ```
 * @category Matching
 */
export const AssignCandidatesOptionsSchema = z.strictObject({
  /** Pairs scoring below this (0–1) are never assigned; default 0 (an invented default: any pair without a hard conflict and with a score above 0). */
  minScore: z.number().min(0).max(1).default(0),
});

/**
 * Options of {@link assignCandidates}: `minScore` ({@link AssignCandidatesOptionsSchema}) and the balance options.
 *
 * @example
 * ```ts
 * const options: AssignCandidatesOptions = { minScore: 0.5 };
 * ```
 * @category Matching
 */
export type AssignCandidatesOptions = z.input<typeof AssignCandidatesOptionsSchema> & BalanceJobMatchOptions;

/**
 * Assigns candidates to openings one-to-one so that the total balance is as large as possible.
 *
 * @remarks
 * For a team's portfolio: several job specialists share the employers of a
 * district, and the handbook seeks to place several participants with the same
 * employer over time ("Markedsarbeid", L602). Every pair is scored as in
 * {@link balanceJobMatch}; the assignment is optimal (the Hungarian method,
 * Kuhn–Munkres with Jonker–Volgenant's augmenting row reduction, on the rectangular
 * score matrix, O(n² · m) at worst for n ≤ m), not
 * greedy. Pairs with a hard conflict, a score of 0 or a score below `minScore`
 * are forbidden and never assigned; leaving a candidate or an opening
 * unassigned is allowed, and is what happens when nothing allowed is left.
 * Being unassigned in one round is never a verdict on the person.
 *
 * @param candidates - The candidates (parsed).
 * @param openings - The openings (parsed).
 * @param options - `minScore` and the balance options.
 * @returns The assigned pairs (in candidate order), the total score and who is left unassigned.
 * @throws {@link SupportedEmploymentError} `invalid_option` when an option is out of range.
 * @example
 * ```ts
 * const { pairs, totalScore } = assignCandidates(candidates, openings);
 * pairs.map((p) => `${p.candidateId} → ${p.openingId}`);
 * ```
 * @category Matching
 */
export function assignCandidates(
  candidates: readonly Candidate[],
  openings: readonly JobOpening[],
  options: AssignCandidatesOptions = {},
): Assignment {
  guardList(CandidateSchema, candidates, 'candidates', 'assignCandidates', MAX_MATCH_LIST);
  guardList(JobOpeningSchema, openings, 'openings', 'assignCandidates', MAX_MATCH_LIST);
  guardOptions(options, 'assignCandidates');
  // The schema holds the assignment's own option; the balance options are resolved by their settings.
  const { minScore } = resolveOptions(
    AssignCandidatesOptionsSchema,
    { minScore: options.minScore },
    'assignCandidates',
  );
  const rows = candidates.length;
  const cols = openings.length;
  // One matrix, scored in place (the scores of scoreMatchGrid, without its copies) and stored as
  // levels (one byte per pair as a rule): the benefit of each allowed pair, 0 for a forbidden one
  // (a hard conflict, a score of 0 or below minScore).
  const scores = scoreLevels(candidates, openings, resolveSettings(options), minScore);
  const { level, table } = scores;
  const rowToCol = hungarianMaxLevels(scores, rows, cols);
  const pairs: AssignedPair[] = [];
  const openingTaken = new Uint8Array(cols);
  const unassignedCandidates: number[] = [];
  let totalScore = 0;
  for (let r = 0; r < rows; r++) {
    const c = rowToCol[r] as number;
    const score = c >= 0 ? (table[level[r * cols + c] as number] as number) : 0;
    if (score > 0) {
      openingTaken[c] = 1;
      totalScore += score;
      pairs.push({
        candidateIndex: r,
        candidateId: (candidates[r] as Candidate).id,
        openingIndex: c,
        openingId: (openings[c] as JobOpening).id,
        score,
      });
    } else {
      unassignedCandidates.push(r);
    }
  }
  const unassignedOpenings: number[] = [];
  for (let c = 0; c < cols; c++) if (openingTaken[c] === 0) unassignedOpenings.push(c);
  return { pairs, totalScore, unassignedCandidates, unassignedOpenings };
}
