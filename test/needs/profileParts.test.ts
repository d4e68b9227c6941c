/**
 * Profiles share their frozen parts (src/_lib/needs/intern.ts): equal parts
 * are one object, every part is frozen, and sharing never changes what a
 * profile says, whatever was classified before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyNeeds,
  DEFAULT_NEED_RULE_CONTEXT,
  NEED_IDS,
  NEED_RULES,
  parseNeedsAssessment,
  type NeedsAssessment,
  type NeedsProfile,
} from '../../src';
import { isRecorded } from '../../src/_lib/needs/paths';
import { testOf } from '../../src/_lib/needs/ruleTests';
import { QUESTION_COUNT } from '../../src/_lib/needs/unknowns';
import { needsAssessmentArbitrary } from '../fixtures/needs/arbitraries';

/** A plain, unshared deep copy of a profile. */
const plain = (profile: NeedsProfile): NeedsProfile => structuredClone(profile);

describe('shared profile parts', () => {
  it('gives equal parts one frozen object', () => {
    const assessment = parseNeedsAssessment({
      id: 'a-1',
      assessedOn: '2026-03-02',
      travelsAlone: false,
      confidence: 'low',
      networkOutsideFamily: 'none',
    });
    const first = classifyNeeds(assessment);
    const second = classifyNeeds({ ...assessment, id: 'a-2' });
    expect(first.needs.length).toBeGreaterThan(0);
    expect(second.needs).not.toBe(first.needs);
    expect(second.needs[0]).toBe(first.needs[0]);
    expect(second.unknowns).toBe(first.unknowns);
    expect(second.needs[0]?.evidence).toBe(first.needs[0]?.evidence);
    for (const part of [
      first.unknowns,
      first.distinguishingNeeds,
      ...first.needs,
      ...first.needs.map((n) => n.evidence),
    ]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(() => first.unknowns.push('x')).toThrow(TypeError);
  });

  it('never lets what was classified before change a profile', () => {
    fc.assert(
      fc.property(fc.array(needsAssessmentArbitrary, { minLength: 2, maxLength: 6 }), (assessments) => {
        const once = assessments.map((a) => plain(classifyNeeds(a)));
        // Classify again in reverse order: the shared tables now hold other parts first.
        const again = [...assessments]
          .reverse()
          .map((a) => classifyNeeds(a))
          .reverse();
        expect(again.map(plain)).toStrictEqual(once);
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * The evidence of each need, worked out the plain way: every rule that holds, in table order,
 * adds its recorded paths that are not listed yet. classifyNeeds keeps evidence lists as numbers
 * and falls back to arrays for long lists; both must give exactly these lists.
 */
function plainEvidence(assessment: NeedsAssessment): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of NEED_RULES) {
    if (rule.when(assessment, DEFAULT_NEED_RULE_CONTEXT) === undefined) continue;
    const list = out.get(rule.need) ?? [];
    out.set(rule.need, list);
    for (const path of rule.evidenceOf?.(assessment, DEFAULT_NEED_RULE_CONTEXT) ?? rule.evidence)
      if (!list.includes(path) && isRecorded(assessment, path)) list.push(path);
  }
  return out;
}

const byTaxonomy = (a: string, b: string): number =>
  NEED_IDS.indexOf(a as (typeof NEED_IDS)[number]) - NEED_IDS.indexOf(b as (typeof NEED_IDS)[number]);

describe('numbered evidence lists', () => {
  const samples = fc.sample(needsAssessmentArbitrary, { numRuns: 1500, seed: 20261206 });

  it('give each need the evidence of the plain computation, in its order', () => {
    for (const assessment of samples) {
      const expected = plainEvidence(assessment);
      const profile = classifyNeeds(assessment);
      expect(profile.needs.map((n) => n.id)).toEqual([...expected.keys()].sort(byTaxonomy));
      for (const need of profile.needs) expect(need.evidence).toEqual(expected.get(need.id));
    }
  });

  it('include lists longer than a number holds (the array fallback)', () => {
    const longest = Math.max(...samples.flatMap((a) => classifyNeeds(a).needs.map((n) => n.evidence.length)));
    expect(longest).toBeGreaterThan(7);
  });
});

describe('the recorded tests of the need rules', () => {
  it('exist for every row and agree with its `when`', () => {
    const samples = fc.sample(needsAssessmentArbitrary, { numRuns: 300, seed: 6 });
    for (const rule of NEED_RULES) {
      const test = testOf(rule);
      expect(test, rule.id).toBeDefined();
      for (const a of samples)
        expect(test?.(a, DEFAULT_NEED_RULE_CONTEXT) ? rule.severity : undefined).toBe(
          rule.when(a, DEFAULT_NEED_RULE_CONTEXT),
        );
    }
  });
});

describe('numbered sets', () => {
  it('fit in a double: one bit per need and per open question', () => {
    expect(NEED_IDS.length).toBeLessThanOrEqual(53);
    expect(QUESTION_COUNT).toBeLessThanOrEqual(53);
  });
});
