import type { Candidate } from '../candidate';
import type { JobOpening } from '../jobOpening';
import { prepareCandidate, prepareOpening } from './prepare';
import { REASONS_PER_FACTOR } from './reason';
import { FACTOR_COUNT, HARD_OF_CODE, RULE_LIST, STATUS_OF_CODE } from './rules';
import type { ResolvedSettings } from './settings';

/*
 * The score matrix of a whole portfolio, for assignCandidates: the same scores as evaluatePair,
 * bit for bit, with less work per pair. A rule that reads one side only (its `inputs` name no field
 * of the other) gives one reason per candidate or per opening, so it is evaluated once per row or
 * column, not once per pair. The rules that can give a hard conflict go first, and a pair stops at
 * its first hard conflict; an opening or a candidate with a hard conflict of its own rules out its
 * whole column or row. The sum adds each factor's share (weight × credit, looked up per reason code)
 * in factor order, as scoreCodes does, so the rounding, and so every score, stays the same.
 */

/** Which side a rule reads, from its declared inputs. */
function sideOf(rule: (typeof RULE_LIST)[number]): 'candidate' | 'opening' | 'pair' {
  if (rule.inputs.opening.length === 0) return 'candidate';
  if (rule.inputs.candidate.length === 0) return 'opening';
  return 'pair';
}

const canBeHard = (rule: (typeof RULE_LIST)[number]): boolean =>
  Object.values(rule.reasons).some((r) => r.hard);

/** Factor positions by the side their rule reads; among the pair rules, those that can be hard go first. */
const SIDES = (() => {
  const candidate: number[] = [];
  const opening: number[] = [];
  const hard: number[] = [];
  const soft: number[] = [];
  RULE_LIST.forEach((rule, i) => {
    const side = sideOf(rule);
    if (side === 'candidate') candidate.push(i);
    else if (side === 'opening') opening.push(i);
    else (canBeHard(rule) ? hard : soft).push(i);
  });
  return { candidate, opening, pair: [...hard, ...soft] };
})();
const CANDIDATE_SIDE: readonly number[] = SIDES.candidate;
const OPENING_SIDE: readonly number[] = SIDES.opening;
const PAIR_RULES: readonly number[] = SIDES.pair;

/** Each reason code's share of the sum: its factor's weight times its status's credit. */
function sharesOf(s: ResolvedSettings): Float64Array {
  const share = new Float64Array(FACTOR_COUNT * REASONS_PER_FACTOR);
  for (let code = 0; code < share.length; code++) {
    const factor = Math.floor(code / REASONS_PER_FACTOR);
    share[code] = (s.weights[factor] as number) * (s.credit[STATUS_OF_CODE[code] as number] as number);
  }
  return share;
}

/**
 * A score matrix stored as levels: entry x is `table[level[x]]`. Scores take few distinct values
 * (sums of a few weights × credits), so one byte per pair usually holds the level (a quarter of a
 * Float32, an eighth of a Float64): the matrix of 2,000 × 2,000 pairs takes 4 MB, not 32, and the
 * solver's scans read less memory. Level 0 is the score 0 (a forbidden pair). The values are the
 * scores themselves, not rounded.
 */
export interface ScoreLevels {
  readonly level: Uint8Array | Uint16Array | Uint32Array;
  readonly table: Float64Array;
}

/**
 * Scores every candidate against every opening (row-major, `candidates.length × openings.length`):
 * the score of each allowed pair, 0 for a pair with a hard conflict, a score of 0 or a score below
 * `minScore`. The scores are those of evaluatePair.
 */
export function scoreLevels(
  candidates: readonly Candidate[],
  openings: readonly JobOpening[],
  s: ResolvedSettings,
  minScore: number,
): ScoreLevels {
  const rows = candidates.length;
  const cols = openings.length;
  let level: Uint8Array | Uint16Array | Uint32Array = new Uint8Array(rows * cols);
  const values: number[] = [0];
  const levelOf = new Map<number, number>([[0, 0]]);
  if (rows === 0 || cols === 0) return { level, table: Float64Array.from(values) };
  const share = sharesOf(s);
  const po = openings.map((o) => prepareOpening(o, s));
  const pairRules = PAIR_RULES.map((i) => RULE_LIST[i] as (typeof RULE_LIST)[number]);
  const pairCount = PAIR_RULES.length;
  const openingCount = OPENING_SIDE.length;
  // The one-sided rules ignore the other side; any record stands in for it.
  const anyCandidate = prepareCandidate(candidates[0] as Candidate, s);
  const anyOpening = po[0] as (typeof po)[number];
  // Per opening: the codes of its own rules (openingCount per opening), and whether one is hard.
  const openingCodes = new Uint16Array(cols * openingCount);
  const openingHard = new Uint8Array(cols);
  for (let k = 0; k < cols; k++) {
    for (let q = 0; q < openingCount; q++) {
      const i = OPENING_SIDE[q] as number;
      const code = (RULE_LIST[i] as (typeof RULE_LIST)[number]).evaluate(
        anyCandidate,
        po[k] as (typeof po)[number],
        s,
      ).code;
      openingCodes[k * openingCount + q] = code;
      openingHard[k] = (openingHard[k] as number) | (HARD_OF_CODE[code] as number);
    }
  }
  const codes = new Uint16Array(FACTOR_COUNT);
  const totalWeight = s.totalWeight;
  for (let r = 0; r < rows; r++) {
    const c = r === 0 ? anyCandidate : prepareCandidate(candidates[r] as Candidate, s);
    let rowHard = 0;
    for (const i of CANDIDATE_SIDE) {
      const code = (RULE_LIST[i] as (typeof RULE_LIST)[number]).evaluate(c, anyOpening, s).code;
      codes[i] = code;
      rowHard |= HARD_OF_CODE[code] as number;
    }
    if (rowHard !== 0) continue;
    const base = r * cols;
    for (let k = 0; k < cols; k++) {
      if (openingHard[k] !== 0) continue;
      const o = po[k] as (typeof po)[number];
      let hard = 0;
      for (let q = 0; q < pairCount && hard === 0; q++) {
        const code = (pairRules[q] as (typeof pairRules)[number]).evaluate(c, o, s).code;
        codes[PAIR_RULES[q] as number] = code;
        hard = HARD_OF_CODE[code] as number;
      }
      if (hard !== 0) continue;
      for (let q = 0; q < openingCount; q++)
        codes[OPENING_SIDE[q] as number] = openingCodes[k * openingCount + q] as number;
      let sum = 0;
      for (let i = 0; i < FACTOR_COUNT; i++) sum += share[codes[i] as number] as number;
      const raw = sum / totalWeight;
      const score = raw > 1 ? 1 : raw;
      if (!(score > 0 && score >= minScore)) continue;
      let at = levelOf.get(score);
      if (at === undefined) {
        at = values.length;
        // One more level than the array holds: widen it (rare; only with many custom weights).
        if (at === 256 || at === 65_536) {
          const wider = at === 256 ? new Uint16Array(rows * cols) : new Uint32Array(rows * cols);
          wider.set(level);
          level = wider;
        }
        values.push(score);
        levelOf.set(score, at);
      }
      level[base + k] = at;
    }
  }
  return { level, table: Float64Array.from(values) };
}
