import { evaluatePair } from './internal/evaluate';
import { FACTOR_COUNT } from './internal/rules';
import { explain } from './internal/explain';
import { prepareCandidate, prepareOpening } from './internal/prepare';
import { checkLimit, rankedOpening } from './internal/rank';
import { resolveSettings } from './internal/settings';
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
 * the list. With a `limit`, only the best `limit` results so far are held while
 * the openings are balanced, so memory grows with `limit`, not with the number
 * of openings.
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
export function rankOpenings(
  candidate: Candidate,
  openings: readonly JobOpening[],
  options: RankOpeningsOptions = {},
): RankedOpening[] {
  guard(CandidateSchema, candidate, 'candidate', 'rankOpenings');
  guardList(JobOpeningSchema, openings, 'openings', 'rankOpenings', MAX_MATCH_LIST);
  guardOptions(options, 'rankOpenings');
  const settings = resolveSettings(options);
  const limit = checkLimit(options.limit, openings.length);
  const c = prepareCandidate(candidate, settings);
  const n = openings.length;
  const pairCodes = new Uint16Array(FACTOR_COUNT);
  // With a limit, only the best `limit` so far are kept (a bounded heap), so memory stays O(limit)
  // however many openings there are; without one, every result is returned anyway.
  const keep = options.limit === undefined ? n : limit;
  const codes = new Uint16Array(keep * FACTOR_COUNT);
  const scores = new Float64Array(keep);
  const indexes = new Uint32Array(keep);
  const heap = new Uint32Array(keep); // slots, the worst kept result on top
  let size = 0;
  // Slot a ranks below slot b: a lower public score (hard conflicts count as 0), or the same score later in the input.
  const worse = (a: number, b: number): boolean => {
    const sa = Math.max(scores[a] as number, 0);
    const sb = Math.max(scores[b] as number, 0);
    return sa < sb || (sa === sb && (indexes[a] as number) > (indexes[b] as number));
  };
  const siftDown = (from: number): void => {
    let at = from;
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let top = at;
      if (l < size && worse(heap[l] as number, heap[top] as number)) top = l;
      if (r < size && worse(heap[r] as number, heap[top] as number)) top = r;
      if (top === at) return;
      const t = heap[at] as number;
      heap[at] = heap[top] as number;
      heap[top] = t;
      at = top;
    }
  };
  for (let i = 0; i < n && keep > 0; i++) {
    // Prepared openings are not kept: short-lived objects keep the garbage collector cheap.
    const o = prepareOpening(openings[i] as JobOpening, settings);
    const score = evaluatePair(c, o, settings, pairCodes);
    if (size < keep) {
      scores[size] = score;
      indexes[size] = i;
      codes.set(pairCodes, size * FACTOR_COUNT);
      heap[size] = size;
      size += 1;
      // Full: order the heap once; from now on only its top is replaced.
      if (size === keep) for (let k = (size >> 1) - 1; k >= 0; k--) siftDown(k);
      continue;
    }
    const slot = heap[0] as number;
    // Later in the input, so it must score strictly higher than the worst kept to enter.
    if (!(Math.max(score, 0) > Math.max(scores[slot] as number, 0))) continue;
    scores[slot] = score;
    indexes[slot] = i;
    codes.set(pairCodes, slot * FACTOR_COUNT);
    siftDown(0);
  }
  // Best first; ties keep the input order.
  const order = Array.from({ length: size }, (_, k) => k).sort((a, b) =>
    worse(a, b) ? 1 : worse(b, a) ? -1 : 0,
  );
  const out: RankedOpening[] = [];
  for (let k = 0; k < limit; k++) {
    const slot = order[k] as number;
    const i = indexes[slot] as number;
    const opening = openings[i] as JobOpening;
    const score = scores[slot] as number;
    const balance =
      options.explain === true
        ? explain(
            c,
            prepareOpening(opening, settings),
            settings,
            codes.subarray(slot * FACTOR_COUNT, (slot + 1) * FACTOR_COUNT),
            score,
          )
        : undefined;
    out.push(rankedOpening(codes, score, settings, balance, i, opening.id, slot));
  }
  return out;
}
