/**
 * Profiles share their frozen parts (src/_lib/needs/intern.ts): equal parts
 * are one object, every part is frozen, and sharing never changes what a
 * profile says, whatever was classified before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyNeeds, parseNeedsAssessment, type NeedsProfile } from '../../src';
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
