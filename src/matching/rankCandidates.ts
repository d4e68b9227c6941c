import { evaluatePair } from './internal/evaluate';
import { FACTOR_COUNT } from './internal/rules';
import { explain } from './internal/explain';
import { prepareCandidate, prepareOpening } from './internal/prepare';
import { checkLimit, rankIndexes, rankedCandidate } from './internal/rank';
import { resolveSettings } from './internal/settings';
import type { Candidate } from './candidate';
import type { JobOpening } from './jobOpening';
import type { RankedCandidate } from './rankedMatch';
import type { RankOpeningsOptions } from './rankOpenings';
import { guard, guardList, guardOptions, MAX_MATCH_LIST } from '../_lib/guards';
import { CandidateSchema } from './candidate';
import { JobOpeningSchema } from './jobOpening';

/**
 * Options of {@link rankCandidates}: the same as {@link RankOpeningsOptions}.
 *
 * @example
 * ```ts
 * const options: RankCandidatesOptions = { limit: 3 };
 * ```
 * @category Matching
 */
export type RankCandidatesOptions = RankOpeningsOptions;

/**
 * Ranks candidates for one job opening, best balance first.
 *
 * @remarks
 * The employer side of the handbook's balance ("Balanse mellom forventninger
 * og behov", L633–649): which of the team's candidates fit this employer's
 * need, and what must be clarified or adapted. Each pair is balanced as in
 * {@link balanceJobMatch}; the opening's facts are prepared once. Sorted by
 * score, highest first; equal scores keep the input order. A low score is
 * about this one opening and never excludes anyone from SE (zero exclusion,
 * domain specification §2); nobody is dropped unless `limit` cuts the list.
 *
 * @param opening - The job opening (parsed).
 * @param candidates - The candidates to rank (parsed).
 * @param options - `limit`, `explain` and the balance options.
 * @returns The candidates as ranked results, each with her input `index`, `candidateId` and a compact explanation.
 * @throws {@link SupportedEmploymentError} `invalid_option` when an option is out of range.
 * @example
 * ```ts
 * const ranked = rankCandidates(opening, candidates, { limit: 3, explain: true });
 * ranked[0].balance?.adaptations;
 * ```
 * @category Matching
 */
export function rankCandidates(
  opening: JobOpening,
  candidates: readonly Candidate[],
  options: RankCandidatesOptions = {},
): RankedCandidate[] {
  guard(JobOpeningSchema, opening, 'opening', 'rankCandidates');
  guardList(CandidateSchema, candidates, 'candidates', 'rankCandidates', MAX_MATCH_LIST);
  guardOptions(options, 'rankCandidates');
  const settings = resolveSettings(options);
  const limit = checkLimit(options.limit, candidates.length);
  const o = prepareOpening(opening, settings);
  const n = candidates.length;
  const codes = new Uint16Array(n * FACTOR_COUNT);
  const pairCodes = new Uint16Array(FACTOR_COUNT);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = prepareCandidate(candidates[i] as Candidate, settings);
    scores[i] = evaluatePair(c, o, settings, pairCodes);
    codes.set(pairCodes, i * FACTOR_COUNT);
  }
  const order = rankIndexes(scores);
  const out: RankedCandidate[] = [];
  for (let k = 0; k < limit; k++) {
    const i = order[k] as number;
    const candidate = candidates[i] as Candidate;
    const score = scores[i] as number;
    const balance =
      options.explain === true
        ? explain(
            prepareCandidate(candidate, settings),
            o,
            settings,
            codes.subarray(i * FACTOR_COUNT, i * FACTOR_COUNT + FACTOR_COUNT),
            score,
          )
        : undefined;
    out.push(rankedCandidate(codes, score, settings, balance, i, candidate.id));
  }
  return out;
}
