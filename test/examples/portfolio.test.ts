/**
 * examples/portfolio.ts: twenty participants ranked and assigned, printed as a
 * table; the same seed prints the same table, and the numbers are the
 * library's own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assignCandidates, parseCandidate, parseJobOpening } from '../../src';
import { generateOpenings, generateParticipants } from '../../examples/data/portfolio';
import { runExample, type Run } from './run';

let en: Run;
let nb: Run;

beforeAll(() => {
  en = runExample('portfolio.ts');
  nb = runExample('portfolio.ts', ['--lang', 'nb']);
}, 120_000);

const rowsOf = (stdout: string): string[] => stdout.split('\n').filter((line) => /^ {2}P\d\d /.test(line));

describe('examples/portfolio.ts', () => {
  it('prints one row per participant, twenty by default', () => {
    expect(en.status).toBe(0);
    expect(en.stdout.split('\n')[0]).toBe('Portfolio: 20 participants, 15 openings (seed 2026)');
    const rows = rowsOf(en.stdout);
    expect(rows).toHaveLength(20);
    expect(rows.map((r) => r.trim().slice(0, 3))).toEqual(
      Array.from({ length: 20 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('reports the same assignment as assignCandidates on the same data', () => {
    const candidates = generateParticipants(2026, 20).map((c) => parseCandidate(c));
    const openings = generateOpenings(2026, 15).map((o) => parseJobOpening(o));
    const assignment = assignCandidates(candidates, openings);
    expect(en.stdout).toContain(
      `Total balance of the assignment: ${assignment.totalScore.toFixed(2)} (${assignment.pairs.length} pairs)`,
    );
    const rows = rowsOf(en.stdout);
    for (const pair of assignment.pairs) expect(rows[pair.candidateIndex]).toContain(` ${pair.openingId} `);
    for (const i of assignment.unassignedCandidates) expect(rows[i]).toContain('(none this round)');
  });

  it('never assigns two participants to one opening', () => {
    const assigned = rowsOf(en.stdout).flatMap((row) => row.match(/ (J\d\d) [A-Z]/)?.[1] ?? []);
    expect(assigned.length).toBeGreaterThan(0);
    expect(new Set(assigned).size).toBe(assigned.length);
  });

  it('prints the table in bokmål with --lang nb', () => {
    expect(nb.status).toBe(0);
    expect(nb.stdout.split('\n')[0]).toBe('Portefølje: 20 deltakere, 15 stillinger (frø 2026)');
    expect(nb.stdout).toContain('Samlet balanse for tildelingen:');
    expect(rowsOf(nb.stdout)).toHaveLength(20);
  });

  it('prints the same table for the same seed, and another for another seed', () => {
    const same = runExample('portfolio.ts', ['--seed', '2026']);
    expect(same.stdout).toBe(en.stdout);
    const other = runExample('portfolio.ts', ['--seed', '7', '--participants', '5', '--openings', '4']);
    expect(other.status).toBe(0);
    expect(rowsOf(other.stdout)).toHaveLength(5);
  }, 60_000);

  it('exits 2 on a bad option value', () => {
    const bad = runExample('portfolio.ts', ['--participants', 'many']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage: portfolio');
  }, 60_000);
});
