import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ADAPTATION_IDS,
  ADAPTATIONS,
  AdaptationSchema,
  NEED_IDS,
  NEEDS_WITHOUT_ADAPTATION,
  NeedWithoutAdaptationSchema,
  SE_STEP_IDS,
  recommendAdaptations,
} from '../../src';
import type { NeedId } from '../../src';
import { need, profileWith } from '../fixtures/adaptations/profiles';

/** The adaptations a single need leads to, outside the target group so that nothing is recommended for everyone. */
function reachedBy(id: NeedId): string[] {
  return recommendAdaptations(profileWith(need(id, 'high')), { programme: 'nav' }).map((r) => r.adaptationId);
}

describe('ADAPTATIONS', () => {
  it('lists the fifteen adaptations in handbook order, equal to ADAPTATION_IDS', () => {
    expect(ADAPTATIONS.map((a) => a.id)).toEqual([...ADAPTATION_IDS]);
    expect(ADAPTATIONS.map((a) => a.handbookSection)).toEqual(ADAPTATIONS.map((_, i) => i + 1));
  });

  it.each(ADAPTATIONS.map((a) => [a.id, a] as const))(
    'has a schema-valid entry for %s',
    (_id, adaptation) => {
      expect(AdaptationSchema.parse(adaptation)).toEqual(adaptation);
    },
  );

  it('applies exactly the five adaptations listed in all three stories to everyone as core', () => {
    expect(ADAPTATIONS.filter((a) => a.tier === 'core').map((a) => a.id)).toEqual([
      'norwegian-skills-plan',
      'relationship-building',
      'empowerment',
      'clearing-room-for-work',
      'after-follow-up',
    ]);
  });

  it('treats the job-preparation course and suggestopedia as offers', () => {
    expect(ADAPTATIONS.filter((a) => a.tier === 'offer').map((a) => a.id)).toEqual([
      'suggestopedia',
      'job-preparation-course',
    ]);
  });

  it('gives every core adaptation to everyone and no indicated adaptation to everyone', () => {
    for (const a of ADAPTATIONS) {
      if (a.tier === 'core') expect(a.forEveryone, a.id).toBe(true);
      if (a.tier === 'indicated') expect(a.forEveryone, a.id).toBe(false);
    }
  });

  it('marks only negative social control as safety, with immediate actions only there', () => {
    expect(ADAPTATIONS.filter((a) => a.safety).map((a) => a.id)).toEqual(['negative-social-control']);
    for (const a of ADAPTATIONS) expect(a.immediateActions.length > 0, a.id).toBe(a.safety);
  });

  it('lists steps in process order without repeats', () => {
    for (const a of ADAPTATIONS) {
      const indexes = a.steps.map((s) => SE_STEP_IDS.indexOf(s));
      expect(indexes, a.id).toEqual([...new Set(indexes)].sort((x, y) => x - y));
    }
  });

  it('cites its own handbook section with a line range inside "Tilpasninger" (L169–411)', () => {
    for (const a of ADAPTATIONS) {
      expect(a.source.document).toBe('handbook');
      expect(a.source.section).toContain(`§${a.handbookSection} `);
      const match = /^L(\d+)–(\d+)$/.exec(a.source.lines ?? '');
      expect(match, a.id).not.toBeNull();
      const [from, to] = [Number(match?.[1]), Number(match?.[2])];
      expect(from).toBeGreaterThanOrEqual(169);
      expect(to).toBeLessThanOrEqual(411);
      expect(from).toBeLessThan(to);
    }
  });

  it('has no repeated trigger, practice or caution within an entry', () => {
    for (const a of ADAPTATIONS) {
      expect(new Set(a.indicatedBy.map((t) => JSON.stringify(t))).size, a.id).toBe(a.indicatedBy.length);
      expect(new Set(a.practices.map((p) => p.en)).size, a.id).toBe(a.practices.length);
      expect(new Set(a.practices.map((p) => p.nb)).size, a.id).toBe(a.practices.length);
    }
  });

  it.each([
    ['relationship-building', /outside the office/],
    ['clearing-room-for-work', /family council/],
    ['family-and-network-cooperation', /family council/],
    ['public-transport-training', /weekend before the first day/],
    ['empowerment', /interview and present each other/],
    ['job-preparation-course', /interview and present each other/],
    ['cultural-differences', /imam/],
    ['network-building', /volunteer centre/],
    ['on-the-job-support', /Do the work alongside her/],
    ['after-follow-up', /from the first working day/],
  ] as const)('gives %s the handbook practice %s', (id, pattern) => {
    const a = ADAPTATIONS.find((x) => x.id === id);
    expect(a?.practices.some((p) => pattern.test(p.en))).toBe(true);
  });

  it('warns that a job specialist is not a therapist and must refer on (handbook §10)', () => {
    const a = ADAPTATIONS.find((x) => x.id === 'negative-social-control');
    expect(a?.cautions.some((c) => /not a therapist/.test(c.text.en) && /terapeut/.test(c.text.nb))).toBe(
      true,
    );
  });

  it('is frozen, so that no consumer can change a shared entry', () => {
    expect(Object.isFrozen(ADAPTATIONS)).toBe(true);
    expect(Object.isFrozen(ADAPTATIONS[0]?.practices[0])).toBe(true);
    expect(() => {
      (ADAPTATIONS[0]!.title as { en: string }).en = 'changed';
    }).toThrow(TypeError);
  });

  it.each(ADAPTATION_IDS.map((id) => [id]))('makes %s reachable from at least one need', (id) => {
    const triggers = ADAPTATIONS.find((a) => a.id === id)?.indicatedBy ?? [];
    expect(triggers.some((t) => reachedBy(t.need).includes(id))).toBe(true);
  });
});

describe('NEEDS_WITHOUT_ADAPTATION', () => {
  it.each(NEED_IDS.map((id) => [id]))(
    'either leads %s to an adaptation or documents why not, never both',
    (id) => {
      const documented = NEEDS_WITHOUT_ADAPTATION.some((n) => n.need === id);
      expect(reachedBy(id).length > 0).toBe(!documented);
    },
  );

  it('has schema-valid entries with a reason in both languages', () => {
    for (const entry of NEEDS_WITHOUT_ADAPTATION) {
      expect(NeedWithoutAdaptationSchema.parse(entry)).toEqual(entry);
    }
    expect(NEEDS_WITHOUT_ADAPTATION.map((n) => n.need)).toEqual(['practice-trap', 'declared-work']);
  });
});

describe('docs/adaptations.md', () => {
  it('shows the same needs → adaptations table as the catalogue', () => {
    const doc = readFileSync(new URL('../../docs/adaptations.md', import.meta.url), 'utf8');
    const section = doc.split('## Needs → adaptations')[1]?.split('\n## ')[0] ?? '';
    const rows = new Map(
      section
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .map((line) => {
          const [, needCell = '', adaptationsCell = ''] = line.split('|');
          return [
            needCell.trim().replaceAll('`', ''),
            [...adaptationsCell.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]),
          ] as const;
        }),
    );
    for (const id of NEED_IDS) {
      const expected = ADAPTATIONS.filter((a) => a.indicatedBy.some((t) => t.need === id)).map((a) => a.id);
      const documented = (rows.get(id) ?? []).filter((x) =>
        (ADAPTATION_IDS as readonly (string | undefined)[]).includes(x),
      );
      expect(documented, id).toEqual(expected);
    }
  });
});
