import type { PreparedCandidate, PreparedOpening } from './prepare';
import { FACTOR_COUNT, HARD_OF_CODE, RULE_LIST, STATUS_OF_CODE } from './rules';
import type { ResolvedSettings } from './settings';

/**
 * Evaluates every factor of one pair: writes each factor's reason code into
 * `codes` (FACTOR_COUNT codes, in MATCH_FACTOR_IDS order) and returns the
 * score, or -1 when there is a hard conflict (the public score is then 0).
 * Each factor's rule is in ./factors/; this loop only collects their codes.
 */
export function evaluatePair(
  c: PreparedCandidate,
  o: PreparedOpening,
  s: ResolvedSettings,
  codes: Uint16Array,
): number {
  for (let i = 0; i < FACTOR_COUNT; i++)
    codes[i] = (RULE_LIST[i] as (typeof RULE_LIST)[number]).evaluate(c, o, s).code;
  return scoreCodes(codes, s);
}

/** The score of evaluated codes, or -1 when one of them is a hard conflict. */
export function scoreCodes(codes: Uint16Array, s: ResolvedSettings): number {
  const w = s.weights;
  const credit = s.credit;
  let sum = 0;
  let hard = 0;
  for (let i = 0; i < FACTOR_COUNT; i++) {
    const code = codes[i] as number;
    hard |= HARD_OF_CODE[code] as number;
    sum += (w[i] as number) * (credit[STATUS_OF_CODE[code] as number] as number);
  }
  if (hard !== 0) return -1;
  const score = sum / s.totalWeight;
  return score > 1 ? 1 : score;
}
