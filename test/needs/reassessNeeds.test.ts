import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyNeeds,
  NeedsReassessmentSchema,
  parseNeedsAssessment,
  reassessNeeds,
  type NeedsAssessmentInput,
} from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { needsAssessmentArbitrary } from '../fixtures/needs/arbitraries';

const at = (assessedOn: string, facts: Omit<NeedsAssessmentInput, 'id' | 'assessedOn'>) =>
  deepFreeze(parseNeedsAssessment({ id: `a-${assessedOn}`, assessedOn, ...facts }));

describe('reassessNeeds', () => {
  it('reports needs that appeared, resolved, changed and stayed', () => {
    const previous = deepFreeze(
      classifyNeeds(at('2026-01-05', { travelsAlone: false, housing: 'temporary', confidence: 'low' })),
    );
    const result = reassessNeeds(
      previous,
      at('2026-03-02', {
        travelsAlone: true,
        housing: 'without-home',
        confidence: 'low',
        safety: { violence: true },
      }),
    );
    expect(result.resolved.map((n) => n.id)).toEqual(['mobility']);
    expect(result.appeared.map((n) => n.id)).toEqual(['family-situation', 'negative-social-control']);
    expect(result.changed).toEqual([
      { id: 'housing', from: 'moderate', to: 'high', direction: 'raised' },
      { id: 'inter-agency-cooperation', from: 'moderate', to: 'high', direction: 'raised' },
    ]);
    expect(result.unchanged).toEqual(['self-confidence', 'participation']);
    expect(result.issues).toEqual([]);
    expect(result.appeared.find((n) => n.urgent)?.id).toBe('negative-social-control');
  });

  it('reports a lowered severity', () => {
    const previous = classifyNeeds(at('2026-01-05', { norwegian: { oral: 'a1' } }));
    const result = reassessNeeds(previous, at('2026-06-01', { norwegian: { oral: 'a2' } }));
    expect(result.changed).toContainEqual({
      id: 'norwegian-language',
      from: 'high',
      to: 'moderate',
      direction: 'lowered',
    });
  });

  it('warns when the new assessment is dated before the previous profile', () => {
    const previous = classifyNeeds(at('2026-03-02', {}));
    const result = reassessNeeds(previous, at('2026-01-05', {}));
    expect(result.issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['needs_reassessment_out_of_order', 'warning', ['assessedOn']],
    ]);
  });

  it('accounts for every need exactly once and fits its schema', () => {
    fc.assert(
      fc.property(needsAssessmentArbitrary, needsAssessmentArbitrary, (a, b) => {
        const previous = classifyNeeds(a);
        const result = reassessNeeds(previous, b);
        expect(NeedsReassessmentSchema.safeParse(result).success).toBe(true);
        const now = [
          ...result.appeared.map((n) => n.id),
          ...result.changed.map((c) => c.id),
          ...result.unchanged,
        ];
        expect(now.sort()).toEqual(result.profile.needs.map((n) => n.id).sort());
        const before = [
          ...result.resolved.map((n) => n.id),
          ...result.changed.map((c) => c.id),
          ...result.unchanged,
        ];
        expect(before.sort()).toEqual(previous.needs.map((n) => n.id).sort());
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('finds nothing changed when re-assessing the same facts', () => {
    fc.assert(
      fc.property(needsAssessmentArbitrary, (a) => {
        const result = reassessNeeds(classifyNeeds(a), a);
        expect(result.appeared).toEqual([]);
        expect(result.resolved).toEqual([]);
        expect(result.changed).toEqual([]);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
