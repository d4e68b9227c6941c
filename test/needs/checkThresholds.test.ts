/**
 * The zod-free check of need thresholds (src/_lib/needs/checkThresholds.ts)
 * gives the verdict and the issues of `NeedThresholdsSchema` on any set of
 * thresholds, so the schema and the bounds cannot drift apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NEED_THRESHOLDS, NeedThresholdsSchema } from '../../src';
import { checkThresholds, THRESHOLD_BOUNDS } from '../../src/_lib/needs/checkThresholds';
import { safeParseWith } from '../../src/_lib/parseWith';

const KEYS = Object.keys(THRESHOLD_BOUNDS);
const valueArb = fc.oneof(
  fc.integer({ min: -3, max: 60 }),
  fc.double({ min: -3, max: 60, noNaN: true }),
  fc.constantFrom(undefined, null, '3', Number.NaN, Number.POSITIVE_INFINITY),
);

describe('checkThresholds', () => {
  it('has the same keys as the schema', () => {
    expect(KEYS.sort()).toStrictEqual(Object.keys(NeedThresholdsSchema.shape).sort());
  });

  it('agrees with NeedThresholdsSchema on verdict, codes and paths', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...KEYS, 'unknownKey'), valueArb, { maxKeys: 4 }), fc.boolean(), (changes, drop) => {
        const thresholds: Record<string, unknown> = { ...DEFAULT_NEED_THRESHOLDS, ...changes };
        if (drop) delete thresholds['schoolAge'];
        const parsed = safeParseWith(NeedThresholdsSchema, thresholds);
        const checked = checkThresholds(thresholds);
        expect(checked === undefined).toBe(parsed.ok);
        if (!parsed.ok) {
          const where = (issues: readonly { code: string; path: readonly (string | number)[] }[]) => issues.map((i) => `${i.code}@${i.path.join('.')}`).sort();
          expect(where(checked ?? [])).toStrictEqual(where(parsed.issues));
        }
      }),
      { numRuns: 500 },
    );
  });
});
