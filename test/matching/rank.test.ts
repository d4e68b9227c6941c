import { describe, expect, it } from 'vitest';
import {
  balanceJobMatch,
  rankCandidates,
  rankOpenings,
  RankedCandidateSchema,
  RankedOpeningSchema,
  scoreMatchGrid,
  SupportedEmploymentError,
} from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { makeCandidate, makeOpening } from '../fixtures/matching/factories';
import { generateCandidates, generateOpenings } from '../fixtures/matching/generate';

const candidate = makeCandidate();
const openings = [
  makeOpening({ id: 'undeclared', declaredWork: false }),
  makeOpening({ id: 'perfect' }),
  makeOpening({ id: 'far', location: undefined }),
  makeOpening({ id: 'perfect-too' }),
];

describe('rankOpenings', () => {
  it('sorts by score, highest first, and keeps the input order on ties', () => {
    const ranked = rankOpenings(candidate, openings);
    expect(ranked.map((r) => r.openingId)).toEqual(['perfect', 'perfect-too', 'far', 'undeclared']);
    expect(ranked.map((r) => r.index)).toEqual([1, 3, 2, 0]);
  });

  it('gives each result the same score as balanceJobMatch', () => {
    for (const r of rankOpenings(candidate, openings)) {
      expect(r.score).toBe(balanceJobMatch(candidate, openings[r.index]!).score);
    }
  });

  it('explains each result compactly', () => {
    const [first, , third, last] = rankOpenings(candidate, openings);
    expect(first?.counts.fit).toBe(19);
    expect(third?.unknowns).toEqual(['commute']);
    expect(last?.hardConflicts).toEqual(['declared-work']);
    expect(last?.conflicts).toEqual(['declared-work']);
    expect(first?.balance).toBeUndefined();
    for (const r of rankOpenings(candidate, openings))
      expect(RankedOpeningSchema.safeParse(r).success).toBe(true);
  });

  it('attaches the full balance when asked to explain', () => {
    const [first] = rankOpenings(candidate, openings, { explain: true, limit: 1 });
    expect(first?.balance).toEqual(balanceJobMatch(candidate, openings[1]!));
  });

  it('returns only the best `limit` results', () => {
    expect(rankOpenings(candidate, openings, { limit: 2 }).map((r) => r.openingId)).toEqual([
      'perfect',
      'perfect-too',
    ]);
    expect(rankOpenings(candidate, openings, { limit: 0 })).toEqual([]);
    expect(rankOpenings(candidate, openings, { limit: 99 })).toHaveLength(4);
  });

  it.each([[-1], [1.5], [Number.NaN]])('rejects the limit %s', (limit) => {
    expect(() => rankOpenings(candidate, openings, { limit })).toThrow(SupportedEmploymentError);
  });

  it('ranks an empty list as empty', () => {
    expect(rankOpenings(candidate, [])).toEqual([]);
  });

  it('does not change its inputs', () => {
    const frozen = deepFreeze(generateOpenings(7, 20));
    expect(() =>
      rankOpenings(deepFreeze(generateCandidates(8, 1))[0]!, frozen, { explain: true }),
    ).not.toThrow();
  });
});

describe('rankCandidates', () => {
  const opening = makeOpening({ industry: 'kindergarten', occupation: 'Barnehageassistent' });
  const candidates = [
    makeCandidate({ id: 'a1', norwegian: { oral: 'a1' } }),
    makeCandidate({
      id: 'b1',
      norwegian: { oral: 'b1' },
      wishes: { industries: ['kindergarten'], positionTypes: ['part-time'], permanent: true },
    }),
    makeCandidate({
      id: 'a2',
      norwegian: { oral: 'a2' },
      wishes: { industries: ['kindergarten'], positionTypes: ['part-time'], permanent: true },
    }),
  ];

  it('puts the candidate at the kindergarten language minimum who wants the job first', () => {
    const ranked = rankCandidates(opening, candidates);
    expect(ranked.map((r) => r.candidateId)).toEqual(['b1', 'a2', 'a1']);
    for (const r of ranked) expect(RankedCandidateSchema.safeParse(r).success).toBe(true);
  });

  it('never drops a candidate, whatever her score: zero exclusion', () => {
    const ranked = rankCandidates(makeOpening({ declaredWork: false }), candidates);
    expect(ranked).toHaveLength(3);
    expect(ranked.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(ranked.every((r) => r.hardConflict && r.score === 0)).toBe(true);
  });

  it('attaches the full balance when asked to explain', () => {
    const [first] = rankCandidates(opening, candidates, { explain: true, limit: 1 });
    expect(first?.balance?.candidateId).toBe('b1');
  });
});

describe('scoreMatchGrid', () => {
  it('scores every pair exactly as balanceJobMatch does', () => {
    const cs = generateCandidates(11, 6);
    const os = generateOpenings(12, 7);
    const grid = scoreMatchGrid(cs, os);
    expect([grid.rows, grid.cols]).toEqual([6, 7]);
    cs.forEach((c, r) => {
      os.forEach((o, k) => {
        const balance = balanceJobMatch(c, o);
        expect(grid.scores[r * 7 + k]).toBe(balance.score);
        expect(grid.hardConflict[r * 7 + k]).toBe(balance.hardConflict ? 1 : 0);
      });
    });
  });
});
