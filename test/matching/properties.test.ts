import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignCandidates,
  balanceJobMatch,
  JobMatchBalanceSchema,
  rankCandidates,
  rankOpenings,
  scoreMatchGrid,
  type Candidate,
  type JobOpening,
} from '../../src';
import { scoreLevels } from '../../src/matching/internal/benefit';
import { evaluatePair } from '../../src/matching/internal/evaluate';
import { hungarianMax } from '../../src/matching/internal/hungarian';
import { prepareCandidate, prepareOpening } from '../../src/matching/internal/prepare';
import { FACTOR_COUNT, RULE_LIST } from '../../src/matching/internal/rules';
import { resolveSettings } from '../../src/matching/internal/settings';
import { referenceHungarianMax } from '../fixtures/matching/referenceHungarian';
import {
  createRng,
  generateCandidate,
  generateCandidates,
  generateOpening,
  generateOpenings,
} from '../fixtures/matching/generate';

const SETTINGS = { seed: 42, numRuns: 200 };

const candidateArb = fc
  .integer({ min: 0, max: 2 ** 31 - 1 })
  .map((seed) => generateCandidate(createRng(seed), seed));
const openingArb = fc
  .integer({ min: 0, max: 2 ** 31 - 1 })
  .map((seed) => generateOpening(createRng(seed), seed));
const listOf = <T>(arb: fc.Arbitrary<T>, max: number) => fc.array(arb, { minLength: 0, maxLength: max });

/** Greedy: repeatedly take the best remaining allowed pair. */
function greedyTotal(
  scores: Float64Array,
  allowed: (k: number) => boolean,
  rows: number,
  cols: number,
): number {
  const usedR = new Uint8Array(rows);
  const usedC = new Uint8Array(cols);
  let total = 0;
  for (;;) {
    let best = -1;
    let bestK = -1;
    for (let k = 0; k < rows * cols; k++) {
      const r = Math.floor(k / cols);
      const c = k % cols;
      if (usedR[r] === 0 && usedC[c] === 0 && allowed(k) && (scores[k] as number) > best) {
        best = scores[k] as number;
        bestK = k;
      }
    }
    if (bestK < 0) return total;
    usedR[Math.floor(bestK / cols)] = 1;
    usedC[bestK % cols] = 1;
    total += best;
  }
}

/** Brute force: the best total over every one-to-one partial assignment of allowed pairs. */
function bruteTotal(
  scores: Float64Array,
  allowed: (k: number) => boolean,
  rows: number,
  cols: number,
): number {
  const usedC = new Uint8Array(cols);
  const go = (r: number): number => {
    if (r === rows) return 0;
    let best = go(r + 1); // leave row r unassigned
    for (let c = 0; c < cols; c++) {
      const k = r * cols + c;
      if (usedC[c] === 0 && allowed(k)) {
        usedC[c] = 1;
        best = Math.max(best, (scores[k] as number) + go(r + 1));
        usedC[c] = 0;
      }
    }
    return best;
  };
  return go(0);
}

const allowedIn = (grid: ReturnType<typeof scoreMatchGrid>) => (k: number) =>
  grid.hardConflict[k] === 0 && (grid.scores[k] as number) > 0;

describe('balanceJobMatch (properties)', () => {
  it('keeps the score and coverage in [0, 1], with 0 on a hard conflict', () => {
    fc.assert(
      fc.property(candidateArb, openingArb, (c, o) => {
        const b = balanceJobMatch(c, o);
        expect(b.score).toBeGreaterThanOrEqual(0);
        expect(b.score).toBeLessThanOrEqual(1);
        expect(b.coverage).toBeGreaterThanOrEqual(0);
        expect(b.coverage).toBeLessThanOrEqual(1);
        if (b.hardConflict) expect(b.score).toBe(0);
        expect(b.hardConflicts.length > 0).toBe(b.hardConflict);
      }),
      SETTINGS,
    );
  });

  it('fits its schema, explains every factor and asks about every unknown', () => {
    fc.assert(
      fc.property(candidateArb, openingArb, (c, o) => {
        const b = balanceJobMatch(c, o);
        expect(JobMatchBalanceSchema.safeParse(b).success).toBe(true);
        expect(b.factors).toHaveLength(19);
        const unknown = b.factors.filter((f) => f.status === 'unknown').map((f) => f.factor);
        expect(new Set(b.clarifications.flatMap((q) => q.factors))).toEqual(new Set(unknown));
        for (const f of b.factors) {
          if (f.status !== 'adaptable') expect(f.adaptations.length + f.navMeasures.length).toBe(0);
          if (f.hard) expect(f.status).toBe('conflict');
        }
      }),
      SETTINGS,
    );
  });

  it('counts an unknown factor for less than a fit', () => {
    fc.assert(
      fc.property(candidateArb, openingArb, (c, o) => {
        const b = balanceJobMatch(c, o);
        const credit = { fit: 1, adaptable: 0.75, conflict: 0, unknown: 1 };
        const asIfUnknownFit = b.factors.reduce((sum, f) => sum + f.weight * credit[f.status], 0) / 30;
        const unknownWeight = b.factors
          .filter((f) => f.status === 'unknown')
          .reduce((sum, f) => sum + f.weight, 0);
        if (!b.hardConflict && unknownWeight > 0) expect(b.score).toBeLessThan(asIfUnknownFit);
        expect(b.coverage).toBeCloseTo(1 - unknownWeight / 30, 12);
      }),
      SETTINGS,
    );
  });
});

describe('rankOpenings and rankCandidates (properties)', () => {
  it('return a permutation of the inputs sorted by score, ties in input order', () => {
    fc.assert(
      fc.property(candidateArb, listOf(openingArb, 12), (c, os) => {
        const ranked = rankOpenings(c, os);
        expect([...ranked.map((r) => r.index)].sort((a, b) => a - b)).toEqual(os.map((_, i) => i));
        for (let i = 1; i < ranked.length; i++) {
          const prev = ranked[i - 1]!;
          const cur = ranked[i]!;
          expect(prev.score >= cur.score).toBe(true);
          if (prev.score === cur.score) expect(prev.index).toBeLessThan(cur.index);
        }
        ranked.forEach((r) => {
          expect(r.score).toBe(balanceJobMatch(c, os[r.index] as JobOpening).score);
        });
      }),
      { ...SETTINGS, numRuns: 100 },
    );
  });

  it('rank candidates the same way', () => {
    fc.assert(
      fc.property(openingArb, listOf(candidateArb, 12), fc.integer({ min: 0, max: 14 }), (o, cs, limit) => {
        const ranked = rankCandidates(o, cs, { limit });
        expect(ranked).toHaveLength(Math.min(limit, cs.length));
        const all = rankCandidates(o, cs);
        expect(ranked).toEqual(all.slice(0, limit));
        for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score >= all[i]!.score).toBe(true);
      }),
      { ...SETTINGS, numRuns: 100 },
    );
  });
});

describe('assignCandidates (properties)', () => {
  it('is one-to-one, never assigns a hard conflict, and beats or equals greedy', () => {
    fc.assert(
      fc.property(listOf(candidateArb, 9), listOf(openingArb, 9), (cs: Candidate[], os: JobOpening[]) => {
        const grid = scoreMatchGrid(cs, os);
        const result = assignCandidates(cs, os);
        const rows = new Set(result.pairs.map((p) => p.candidateIndex));
        const cols = new Set(result.pairs.map((p) => p.openingIndex));
        expect(rows.size).toBe(result.pairs.length);
        expect(cols.size).toBe(result.pairs.length);
        for (const p of result.pairs)
          expect(grid.hardConflict[p.candidateIndex * grid.cols + p.openingIndex]).toBe(0);
        expect(result.unassignedCandidates.length + result.pairs.length).toBe(cs.length);
        expect(result.unassignedOpenings.length + result.pairs.length).toBe(os.length);
        expect(result.totalScore).toBeGreaterThanOrEqual(
          greedyTotal(grid.scores, allowedIn(grid), grid.rows, grid.cols) - 1e-9,
        );
      }),
      SETTINGS,
    );
  });

  it('equals brute force on small portfolios (up to 6 × 6)', () => {
    fc.assert(
      fc.property(listOf(candidateArb, 6), listOf(openingArb, 6), (cs, os) => {
        const grid = scoreMatchGrid(cs, os);
        const result = assignCandidates(cs, os);
        expect(result.totalScore).toBeCloseTo(
          bruteTotal(grid.scores, allowedIn(grid), grid.rows, grid.cols),
          9,
        );
      }),
      { ...SETTINGS, numRuns: 100 },
    );
  });

  it('solves adversarial matrices with ties and forbidden cells exactly (Hungarian vs brute force)', () => {
    // Few distinct levels make many ties, which the augmenting row reduction must handle exactly.
    const cell = fc.oneof(
      fc.constant(0),
      fc.constantFrom(0.25, 0.5, 0.75, 1),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.array(cell, { minLength: 36, maxLength: 36 }),
        (rows, cols, cells) => {
          const benefit = Float64Array.from(cells.slice(0, rows * cols));
          const rowToCol = hungarianMax(benefit, rows, cols);
          let total = 0;
          const seen = new Set<number>();
          rowToCol.forEach((c, r) => {
            if (c < 0) return;
            expect(seen.has(c)).toBe(false);
            seen.add(c);
            total += benefit[r * cols + c] as number;
          });
          expect(total).toBeCloseTo(
            bruteTotal(benefit, (k) => (benefit[k] as number) > 0, rows, cols),
            9,
          );
        },
      ),
      SETTINGS,
    );
  });
});

describe('assignment at scale keeps its answers', () => {
  // Few levels and many zeros make ties everywhere: the case where two exact solvers may differ.
  const cell = fc.oneof(
    fc.constant(0),
    fc.constantFrom(0.25, 0.5, 0.75, 1),
    fc.double({ min: 0, max: 1, noNaN: true }),
  );

  it('assigns exactly as the previous solver, pair for pair, ties included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 14 }),
        fc.array(cell, { minLength: 196, maxLength: 196 }),
        (rows, cols, cells) => {
          const benefit = Float64Array.from(cells.slice(0, rows * cols));
          expect(Array.from(hungarianMax(benefit, rows, cols))).toEqual(
            Array.from(referenceHungarianMax(benefit, rows, cols)),
          );
        },
      ),
      SETTINGS,
    );
  });

  it('assigns exactly as the previous solver on a generated portfolio of 120 × 90', () => {
    const cs = generateCandidates(11, 120);
    const os = generateOpenings(12, 90);
    const grid = scoreMatchGrid(cs, os);
    const benefit = Float64Array.from(grid.scores, (x, k) => (grid.hardConflict[k] === 0 && x > 0 ? x : 0));
    const expected = referenceHungarianMax(benefit, grid.rows, grid.cols);
    // The pairs the previous solver kept (a pair of benefit 0 is dropped), in candidate order.
    const kept: [number, number][] = [];
    expected.forEach((c, r) => {
      if (c >= 0 && (benefit[r * grid.cols + c] as number) > 0) kept.push([r, c]);
    });
    const result = assignCandidates(cs, os);
    expect(result.pairs.map((p) => [p.candidateIndex, p.openingIndex])).toEqual(kept);
  });

  it('scores every pair as balanceJobMatch does, bit for bit, whatever the options', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (seed, rows, cols, minScore, weighted) => {
          const cs = generateCandidates(seed, rows);
          const os = generateOpenings(seed + 1, cols);
          // Uneven weights make many distinct scores.
          const options = weighted ? { weights: { commute: 3.7, interest: 0.3, 'declared-work': 0 } } : {};
          const settings = resolveSettings(options);
          const { level, table } = scoreLevels(cs, os, settings, minScore);
          const codes = new Uint16Array(FACTOR_COUNT);
          for (let r = 0; r < rows; r++) {
            const c = prepareCandidate(cs[r] as Candidate, settings);
            for (let k = 0; k < cols; k++) {
              const score = evaluatePair(c, prepareOpening(os[k] as JobOpening, settings), settings, codes);
              const allowed = score > 0 && score >= minScore;
              expect(table[level[r * cols + k] as number]).toBe(allowed ? score : 0);
            }
          }
        },
      ),
      { ...SETTINGS, numRuns: 60 },
    );
  });

  it('keeps every score when there are more than 256 distinct ones (wider levels)', () => {
    const cs = generateCandidates(3, 60);
    const os = generateOpenings(4, 60);
    const weights = { commute: 1.37, interest: 0.71, attitude: 2.13, experience: 0.29, 'working-hours': 1.9 };
    const settings = resolveSettings({ weights });
    const { level, table } = scoreLevels(cs, os, settings, 0);
    const codes = new Uint16Array(FACTOR_COUNT);
    let distinct = 0;
    for (let r = 0; r < cs.length; r++) {
      const c = prepareCandidate(cs[r] as Candidate, settings);
      for (let k = 0; k < os.length; k++) {
        const score = evaluatePair(c, prepareOpening(os[k] as JobOpening, settings), settings, codes);
        expect(table[level[r * os.length + k] as number]).toBe(score > 0 ? score : 0);
      }
    }
    distinct = table.length;
    expect(distinct).toBeGreaterThan(256);
    expect(level).toBeInstanceOf(Uint16Array);
  });

  it('rules that name inputs of one side only give one reason whatever the other side', () => {
    const settings = resolveSettings({});
    const cs = generateCandidates(21, 30).map((c) => prepareCandidate(c, settings));
    const os = generateOpenings(22, 30).map((o) => prepareOpening(o, settings));
    for (const rule of RULE_LIST) {
      if (rule.inputs.opening.length === 0)
        for (const c of cs) {
          const codes = new Set(os.map((o) => rule.evaluate(c, o, settings).code));
          expect(codes.size, rule.id).toBe(1);
        }
      if (rule.inputs.candidate.length === 0)
        for (const o of os) {
          const codes = new Set(cs.map((c) => rule.evaluate(c, o, settings).code));
          expect(codes.size, rule.id).toBe(1);
        }
    }
  });
});
