/**
 * Alternating rounds: the way `npm run bench:compare` times two builds of the
 * library in one process. Each round times a block of calls of one build and
 * then the same block of the other, and the order flips every round, so a
 * change in machine load lands on both alike. A round's ratio is then a fair
 * comparison even on a shared, noisy machine, and the median of the rounds'
 * ratios is the figure to read.
 */
import { median } from './harness';

/** The times of one series of rounds, in microseconds per call. */
export interface Rounds {
  /** The base build's time in each round. */
  readonly base: readonly number[];
  /** The current build's time in each round. */
  readonly current: readonly number[];
}

/** What one series of rounds says. */
export interface RoundsSummary {
  /** The median of the base build's rounds, µs per call. */
  readonly baseMedianUs: number;
  /** The median of the current build's rounds, µs per call. */
  readonly currentMedianUs: number;
  /** The median over the rounds of base ÷ current, both timed in that round: the figure to read. */
  readonly medianRatio: number;
  /** The base's fastest round ÷ the current build's fastest round. */
  readonly fastestRatio: number;
  /** The base's total time ÷ the current build's total time (garbage collection included as it fell). */
  readonly totalRatio: number;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Summarizes one series of rounds; the two lists must be of one length and hold positive times. */
export function summarizeRounds({ base, current }: Rounds): RoundsSummary {
  if (base.length === 0 || base.length !== current.length)
    throw new RangeError('Both builds need the same number of rounds, at least one.');
  if (![...base, ...current].every((t) => Number.isFinite(t) && t > 0))
    throw new RangeError('Every round needs a positive, finite time.');
  return {
    baseMedianUs: median(base),
    currentMedianUs: median(current),
    medianRatio: median(base.map((b, i) => b / (current[i] as number))),
    fastestRatio: Math.min(...base) / Math.min(...current),
    totalRatio: sum(base) / sum(current),
  };
}

/**
 * Times `rounds` alternating rounds of `calls(build)`, after `warmup` untimed
 * rounds of each: in even rounds the current build goes first, in odd ones
 * the base. `calls` makes `perRound` calls; the times are per call.
 */
export function alternatingRounds(
  calls: (build: 'base' | 'current') => void,
  { rounds, warmup, perRound }: { rounds: number; warmup: number; perRound: number },
  now: () => number = () => performance.now(),
): Rounds {
  const time = (build: 'base' | 'current'): number => {
    const start = now();
    calls(build);
    return ((now() - start) * 1000) / perRound;
  };
  for (let w = 0; w < warmup; w++) {
    calls('base');
    calls('current');
  }
  const base: number[] = [];
  const current: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      current.push(time('current'));
      base.push(time('base'));
    } else {
      base.push(time('base'));
      current.push(time('current'));
    }
  }
  return { base, current };
}
