import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { balanceJobMatch, parseCandidate, parseJobOpening, rankOpenings } from '../../src';
import {
  MATCHING_VIGNETTES,
  ORDINARY_CANDIDATE,
  ORDINARY_OPENING,
  renderMatchingTable,
  type MatchingVignette,
} from './matching.vignettes';

function build(v: MatchingVignette) {
  const candidate = parseCandidate(withoutUndefined({ ...ORDINARY_CANDIDATE, ...v.candidate, id: v.id }));
  const openings = v.openings.map((o) =>
    parseJobOpening(withoutUndefined({ ...ORDINARY_OPENING, ...o.opening, id: o.id })),
  );
  return { candidate, openings };
}

/** A vignette sets a fact to `undefined` to make it unknown. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

describe('matching vignettes (written from the sources before they were run)', () => {
  it('has at least ten cases, each naming its source lines', () => {
    expect(MATCHING_VIGNETTES.length).toBeGreaterThanOrEqual(10);
    for (const v of MATCHING_VIGNETTES) expect(v.sources).toMatch(/\b[HR] L\d+|SPEC/);
    expect(new Set(MATCHING_VIGNETTES.map((v) => v.id)).size).toBe(MATCHING_VIGNETTES.length);
  });

  describe.each(MATCHING_VIGNETTES.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    const { candidate, openings } = build(v);

    it.each(v.openings.map((o, i) => [o.id, o, i] as const))(
      'opening %s: the expected factor statuses',
      (_o, o, i) => {
        const balance = balanceJobMatch(candidate, openings[i]!);
        const got = Object.fromEntries(
          Object.keys(o.expect).map((id) => [id, balance.factors.find((f) => f.factor === id)?.status]),
        );
        expect(got).toEqual(o.expect);
        expect(balance.hardConflict).toBe(o.ruledOut === true);
        for (const f of balance.factors) {
          // Every adaptable factor names what makes it work.
          if (f.status === 'adaptable')
            expect(f.adaptations.length + f.navMeasures.length).toBeGreaterThan(0);
        }
      },
    );

    it(`ranks ${v.firstRanked} first`, () => {
      expect(rankOpenings(candidate, openings)[0]?.openingId).toBe(v.firstRanked);
    });
  });

  it('is shown as a table in docs/fidelity-matching.md', () => {
    const doc = readFileSync(new URL('../../docs/fidelity-matching.md', import.meta.url), 'utf8');
    const table = /<!-- vignettes:start -->\n([\s\S]*?)\n<!-- vignettes:end -->/.exec(doc)?.[1];
    expect(table).toBe(renderMatchingTable(MATCHING_VIGNETTES));
  });
});
