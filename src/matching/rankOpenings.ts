import { evaluatePair } from '../_lib/matching/evaluate';
import { explain } from '../_lib/matching/explain';
import { prepareCandidate, prepareOpening } from '../_lib/matching/prepare';
import { checkLimit, rankIndexes, rankedOpening } from '../_lib/matching/rank';
import { resolveSettings } from '../_lib/matching/settings';
import type { BalanceJobMatchOptions } from './balanceJobMatch';
import type { Candidate } from './candidate';
import type { JobOpening } from './jobOpening';
import type { RankedOpening } from './rankedMatch';
import { guard, guardList, guardOptions, MAX_MATCH_LIST } from '../_lib/guards';
import { CandidateSchema } from './candidate';
import { JobOpeningSchema } from './jobOpening';

/**
 * Options of {@link rankOpenings} and {@link rankCandidates}.
 *
 * @example
 * ```ts
 * const options: RankOpeningsOptions = { limit: 10, explain: true };
 * ```
 * @category Matching
 */
export interface RankOpeningsOptions extends BalanceJobMatchOptions {
  /** How many results to return, best first; all when left out. */
  readonly limit?: number;
  /** True to attach the full balance to each returned result (costs more). */
  readonly explain?: boolean;
}

/**
 * Ranks job openings for one candidate, best balance first.
 *
 * @remarks
 * The job specialist looks for the right job for the right person, also as to
 * language level (AFI report 4.5, figure 8, L7673), and a good match can take
 * time to find (AFI report 2.3, L4637–4639). Each opening is balanced as in
 * {@link balanceJobMatch}; the candidate's facts are prepared once, and texts
 * are only built for the returned results. Sorted by score, highest first;
 * openings with equal scores keep their input order. Openings with a hard
 * conflict score 0 and sink to the bottom; none is dropped unless `limit` cuts
 * the list.
 *
 * @param candidate - The candidate (parsed).
 * @param openings - The openings to rank (parsed).
 * @param options - `limit`, `explain` and the balance options.
 * @returns The openings as ranked results, each with its input `index`, `openingId` and a compact explanation.
 * @throws {@link SupportedEmploymentError} `invalid_option` when an option is out of range.
 * @example
 * ```ts
 * const top = rankOpenings(candidate, openings, { limit: 5 });
 * top[0].openingId;
 * top[0].unknowns; // factors to clarify before deciding
 * ```
 * @category Matching
 */
export function rankOpenings(candidate: Candidate, openings: readonly JobOpening[], options: RankOpeningsOptions = {}): RankedOpening[] {
  guard(CandidateSchema, candidate, 'candidate', 'rankOpenings');
  guardList(JobOpeningSchema, openings, 'openings', 'rankOpenings', MAX_MATCH_LIST);
  guardOptions(options, 'rankOpenings');
  const settings = resolveSettings(options);
  const limit = checkLimit(options.limit, openings.length);
  const c = prepareCandidate(candidate, settings);
  const n = openings.length;
  const codes = new Uint16Array(n * 19);
  const pairCodes = new Uint16Array(19);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Prepared openings are not kept: short-lived objects keep the garbage collector cheap.
    const o = prepareOpening(openings[i] as JobOpening, settings);
    scores[i] = evaluatePair(c, o, settings, pairCodes);
    codes.set(pairCodes, i * 19);
  }
  const order = rankIndexes(scores);
  const out: RankedOpening[] = [];
  for (let k = 0; k < limit; k++) {
    const i = order[k] as number;
    const opening = openings[i] as JobOpening;
    const score = scores[i] as number;
    const balance = options.explain === true ? explain(c, prepareOpening(opening, settings), settings, codes.subarray(i * 19, i * 19 + 19), score) : undefined;
    out.push(rankedOpening(codes, score, settings, balance, i, opening.id));
  }
  return out;
}
