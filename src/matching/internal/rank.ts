import { SupportedEmploymentError } from '../../core/errors';
import type { JobMatchBalance } from '../jobMatchBalance';
import type { RankedCandidate, RankedOpening } from '../rankedMatch';
import { summarise } from './explain';
import { FACTOR_COUNT } from './rules';

/** Validates a `limit` option: a whole number ≥ 0, or undefined for "all". */
export function checkLimit(limit: number | undefined, length: number): number {
  if (limit === undefined) return length;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new SupportedEmploymentError(
      'invalid_option',
      'The limit option must be a whole number of 0 or more.',
    );
  }
  return Math.min(limit, length);
}

/** Indexes sorted by score, highest first; ties keep the input order. */
export function rankIndexes(scores: Float64Array): Uint32Array {
  const n = scores.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Public scores: hard conflicts (-1 internally) count as 0.
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const sc = scores[i] as number;
    key[i] = sc < 0 ? 0 : sc;
  }
  order.sort((a, b) => (key[b] as number) - (key[a] as number) || a - b);
  return order;
}

/** The parts a ranked opening and a ranked candidate share: the summary of one pair's block of FACTOR_COUNT codes at `slot * FACTOR_COUNT`. */
function rankedParts(
  codes: Uint16Array,
  score: number,
  settings: Parameters<typeof summarise>[2],
  slot: number,
): Omit<RankedOpening, 'index' | 'openingId' | 'balance'> {
  const m = summarise(codes, score, settings, slot * FACTOR_COUNT);
  return {
    score: m.score,
    coverage: m.coverage,
    hardConflict: m.hardConflict,
    hardConflicts: m.hardConflicts,
    conflicts: m.conflicts,
    unknowns: m.unknowns,
    counts: m.counts,
  };
}

/** The ranked result for one opening (its codes at `slot * FACTOR_COUNT` in `codes`, by default its index). */
export function rankedOpening(
  codes: Uint16Array,
  score: number,
  settings: Parameters<typeof summarise>[2],
  balance: JobMatchBalance | undefined,
  index: number,
  openingId: string,
  slot: number = index,
): RankedOpening {
  const result: RankedOpening = { index, openingId, ...rankedParts(codes, score, settings, slot) };
  if (balance !== undefined) result.balance = balance;
  return result;
}

/** The ranked result for one candidate (its block of FACTOR_COUNT codes at `index * FACTOR_COUNT` in `codes`). */
export function rankedCandidate(
  codes: Uint16Array,
  score: number,
  settings: Parameters<typeof summarise>[2],
  balance: JobMatchBalance | undefined,
  index: number,
  candidateId: string,
): RankedCandidate {
  const result: RankedCandidate = { index, candidateId, ...rankedParts(codes, score, settings, index) };
  if (balance !== undefined) result.balance = balance;
  return result;
}
