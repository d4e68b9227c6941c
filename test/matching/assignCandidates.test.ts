import { describe, expect, it } from 'vitest';
import { AssignmentSchema, assignCandidates, scoreMatchGrid, SupportedEmploymentError } from '../../src';
import { makeCandidate, makeOpening } from '../fixtures/matching/factories';

const kindergarten = {
  industries: ['kindergarten' as const],
  positionTypes: ['part-time' as const],
  permanent: true,
};

describe('assignCandidates', () => {
  // Aisha fits both jobs fully. Greedy, taking the first best pair, gives her the
  // kindergarten job and leaves Beatrice the cleaning job she avoids; the optimum swaps them.
  const aisha = makeCandidate({
    id: 'aisha',
    wishes: { ...kindergarten, industries: ['kindergarten', 'cleaning'] },
  });
  const beatrice = makeCandidate({
    id: 'beatrice',
    wishes: { ...kindergarten, avoidIndustries: ['cleaning'] },
  });
  const kindergartenJob = makeOpening({ id: 'kindergarten', industry: 'kindergarten' });
  const cleaningJob = makeOpening({ id: 'cleaning', industry: 'cleaning' });

  it('maximises the total balance rather than taking the best pair first', () => {
    const result = assignCandidates([aisha, beatrice], [kindergartenJob, cleaningJob]);
    expect(result.pairs.map((p) => [p.candidateId, p.openingId])).toEqual([
      ['aisha', 'cleaning'],
      ['beatrice', 'kindergarten'],
    ]);
    expect(result.unassignedCandidates).toEqual([]);
    expect(result.unassignedOpenings).toEqual([]);
    expect(AssignmentSchema.safeParse(result).success).toBe(true);
  });

  it('reports the total as the sum of the assigned scores', () => {
    const result = assignCandidates([aisha, beatrice], [kindergartenJob, cleaningJob]);
    expect(result.totalScore).toBeCloseTo(
      result.pairs.reduce((sum, p) => sum + p.score, 0),
      12,
    );
  });

  it('never assigns a pair with a hard conflict, leaving both unassigned instead', () => {
    const undeclared = makeOpening({ id: 'undeclared', declaredWork: false });
    const result = assignCandidates([aisha], [undeclared]);
    expect(result.pairs).toEqual([]);
    expect(result.unassignedCandidates).toEqual([0]);
    expect(result.unassignedOpenings).toEqual([0]);
  });

  it('handles more candidates than openings', () => {
    const result = assignCandidates([aisha, beatrice, makeCandidate({ id: 'c3' })], [kindergartenJob]);
    expect(result.pairs).toHaveLength(1);
    expect(result.unassignedCandidates).toHaveLength(2);
  });

  it('handles more openings than candidates', () => {
    const result = assignCandidates([beatrice], [cleaningJob, kindergartenJob, makeOpening({ id: 'o3' })]);
    expect(result.pairs.map((p) => p.openingId)).toEqual(['kindergarten']);
    expect(result.unassignedOpenings).toEqual([0, 2]);
  });

  it('leaves pairs below minScore unassigned', () => {
    const grid = scoreMatchGrid([beatrice], [cleaningJob]);
    const result = assignCandidates([beatrice], [cleaningJob], { minScore: (grid.scores[0] ?? 0) + 0.01 });
    expect(result.pairs).toEqual([]);
  });

  it('assigns nothing from empty lists', () => {
    expect(assignCandidates([], [])).toEqual({
      pairs: [],
      totalScore: 0,
      unassignedCandidates: [],
      unassignedOpenings: [],
    });
  });

  it.each([[-0.1], [1.1], [Number.NaN]])('rejects minScore %s', (minScore) => {
    expect(() => assignCandidates([aisha], [cleaningJob], { minScore })).toThrow(SupportedEmploymentError);
  });
});
