import { describe, expect, it } from 'vitest';
import { median } from '../../bench/harness';
import { alternatingRounds, summarizeRounds } from '../../bench/rounds';

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('summarizeRounds', () => {
  it('reads the ratio round by round, not from the two medians', () => {
    // The load doubles in the last two rounds; each round's own ratio stays 2.
    const summary = summarizeRounds({ base: [40, 40, 40, 80, 80], current: [20, 20, 20, 40, 40] });
    expect(summary.medianRatio).toBe(2);
    expect(summary.fastestRatio).toBe(2);
    expect(summary.totalRatio).toBe(2);
    expect(summary.baseMedianUs).toBe(40);
    expect(summary.currentMedianUs).toBe(20);
  });

  it('differs from the ratio of medians when the load moves between builds', () => {
    const summary = summarizeRounds({ base: [30, 90, 40], current: [10, 30, 40] });
    expect(summary.medianRatio).toBe(3); // rounds: 3, 3, 1
    expect(summary.baseMedianUs / summary.currentMedianUs).toBeCloseTo(40 / 30);
    expect(summary.fastestRatio).toBe(3);
    expect(summary.totalRatio).toBe(2);
  });

  it('refuses lists of different lengths, empty lists and non-positive times', () => {
    expect(() => summarizeRounds({ base: [1, 2], current: [1] })).toThrow(RangeError);
    expect(() => summarizeRounds({ base: [], current: [] })).toThrow(RangeError);
    expect(() => summarizeRounds({ base: [1], current: [0] })).toThrow(RangeError);
    expect(() => summarizeRounds({ base: [Number.NaN], current: [1] })).toThrow(RangeError);
  });
});

describe('alternatingRounds', () => {
  it('warms both builds up, then flips which goes first every round', () => {
    const order: string[] = [];
    let clock = 0;
    const rounds = alternatingRounds(
      (build) => {
        order.push(build);
        clock += build === 'base' ? 4 : 2; // milliseconds per block
      },
      { rounds: 3, warmup: 1, perRound: 1000 },
      () => clock,
    );
    expect(order).toEqual(['base', 'current', 'current', 'base', 'base', 'current', 'current', 'base']);
    // 4 ms and 2 ms for 1,000 calls: 4 µs and 2 µs per call.
    expect(rounds.base).toEqual([4, 4, 4]);
    expect(rounds.current).toEqual([2, 2, 2]);
  });
});
