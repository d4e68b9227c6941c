/**
 * Matching at scale keeps its answers: a ranking with a limit is the first
 * `limit` results of the full ranking (the bounded heap drops nothing it
 * should keep, and ties keep the input order). The assignment solver is held
 * to an exhaustive search in properties.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankOpenings } from '../../src';
import { createRng, generateCandidate, generateOpenings } from '../fixtures/matching/generate';

describe('matching at scale', () => {
  it('rankOpenings with a limit returns the first results of the full ranking', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, count, limit) => {
          const candidate = generateCandidate(createRng(seed), 0);
          const openings = generateOpenings(seed + 1, count);
          expect(rankOpenings(candidate, openings, { limit })).toStrictEqual(
            rankOpenings(candidate, openings).slice(0, limit),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
