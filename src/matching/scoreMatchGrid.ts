import { evaluatePair } from './internal/evaluate';
import { FACTOR_COUNT } from './internal/rules';
import { prepareCandidate, prepareOpening } from './internal/prepare';
import { resolveSettings } from './internal/settings';
import type { BalanceJobMatchOptions } from './balanceJobMatch';
import type { Candidate } from './candidate';
import type { JobOpening } from './jobOpening';
import { guardList, guardOptions, MAX_MATCH_LIST } from '../_lib/guards';
import { CandidateSchema } from './candidate';
import { JobOpeningSchema } from './jobOpening';

/**
 * Options of {@link scoreMatchGrid}: the same as {@link BalanceJobMatchOptions}.
 *
 * @example
 * ```ts
 * const options: ScoreMatchGridOptions = { weights: { commute: 2 } };
 * ```
 * @category Matching
 */
export type ScoreMatchGridOptions = BalanceJobMatchOptions;

/**
 * The balance scores of every candidate against every opening, as typed arrays.
 *
 * @example
 * ```ts
 * const grid: MatchGrid = scoreMatchGrid(candidates, openings);
 * grid.scores[1 * grid.cols + 2]; // candidate 1 against opening 2
 * ```
 * @category Matching
 */
export interface MatchGrid {
  /** The number of candidates (rows). */
  readonly rows: number;
  /** The number of openings (columns). */
  readonly cols: number;
  /** The scores in [0, 1], row-major: candidate `r`, opening `c` at `r * cols + c`. */
  readonly scores: Float64Array;
  /** 1 where the pair has a hard conflict (its score is then 0), row-major like `scores`. */
  readonly hardConflict: Uint8Array;
}

/**
 * Scores a whole portfolio: every candidate against every opening, without building explanations.
 *
 * @remarks
 * A team can hold a whole district's candidates and openings; the domain
 * specification (§6) asks that balancing be fast enough for a municipality.
 * Each pair is scored exactly as {@link balanceJobMatch} scores it (same
 * factors, weights and hard conflicts); each candidate and opening is prepared
 * once. Use {@link balanceJobMatch} on the pairs you want explained.
 *
 * @param candidates - The candidates (rows, parsed).
 * @param openings - The openings (columns, parsed).
 * @param options - The balance options.
 * @returns The grid of scores and hard-conflict flags.
 * @throws {@link SupportedEmploymentError} `invalid_option` when an option is out of range.
 * @example
 * ```ts
 * const grid = scoreMatchGrid(candidates, openings);
 * const best = grid.scores.indexOf(Math.max(...grid.scores));
 * balanceJobMatch(candidates[Math.floor(best / grid.cols)], openings[best % grid.cols]);
 * ```
 * @category Matching
 */
export function scoreMatchGrid(
  candidates: readonly Candidate[],
  openings: readonly JobOpening[],
  options: ScoreMatchGridOptions = {},
): MatchGrid {
  guardList(CandidateSchema, candidates, 'candidates', 'scoreMatchGrid', MAX_MATCH_LIST);
  guardList(JobOpeningSchema, openings, 'openings', 'scoreMatchGrid', MAX_MATCH_LIST);
  guardOptions(options, 'scoreMatchGrid');
  const settings = resolveSettings(options);
  const rows = candidates.length;
  const cols = openings.length;
  const pc = candidates.map((c) => prepareCandidate(c, settings));
  const po = openings.map((o) => prepareOpening(o, settings));
  const scores = new Float64Array(rows * cols);
  const hardConflict = new Uint8Array(rows * cols);
  const codes = new Uint16Array(FACTOR_COUNT);
  for (let r = 0; r < rows; r++) {
    const c = pc[r] as (typeof pc)[number];
    const base = r * cols;
    for (let k = 0; k < cols; k++) {
      const score = evaluatePair(c, po[k] as (typeof po)[number], settings, codes);
      if (score < 0) hardConflict[base + k] = 1;
      else scores[base + k] = score;
    }
  }
  return { rows, cols, scores, hardConflict };
}
