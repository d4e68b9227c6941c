import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  balanceJobMatch,
  CandidateSchema,
  FACTOR_RULES,
  JobOpeningSchema,
  MATCH_FACTOR_IDS,
} from '../../src';
import { makeCandidate, makeOpening } from '../fixtures/matching/factories';
import { generateCandidates, generateOpenings } from '../fixtures/matching/generate';

/** True when a dotted path names a field of an object schema (unwrapping optional). */
function hasPath(schema: z.ZodType, path: string): boolean {
  let current: unknown = schema;
  for (const key of path.split('.')) {
    let s = current as { unwrap?: () => unknown; shape?: Record<string, unknown> };
    while (s.shape === undefined && typeof s.unwrap === 'function') s = s.unwrap() as typeof s;
    if (s.shape === undefined || !(key in s.shape)) return false;
    current = s.shape[key];
  }
  return true;
}

describe('FACTOR_RULES', () => {
  it('has one rule per factor, in the order of MATCH_FACTOR_IDS', () => {
    expect(Object.keys(FACTOR_RULES)).toEqual([...MATCH_FACTOR_IDS]);
  });

  it.each(MATCH_FACTOR_IDS)(
    '%s: names real input fields, a measure for every adaptable and a question for every unknown',
    (id) => {
      const rule = FACTOR_RULES[id];
      for (const path of rule.inputs.candidate) expect(hasPath(CandidateSchema, path), path).toBe(true);
      for (const path of rule.inputs.opening) expect(hasPath(JobOpeningSchema, path), path).toBe(true);
      expect(new Set(rule.outcomes.map((o) => o.key)).size).toBe(rule.outcomes.length);
      for (const o of rule.outcomes) {
        if (o.status === 'adaptable')
          expect(o.adaptations.length + o.navMeasures.length, o.key).toBeGreaterThan(0);
        expect(o.clarify !== undefined, o.key).toBe(o.status === 'unknown');
        if (o.hard) expect(o.status).toBe('conflict');
      }
      expect(rule.outcomes.some((o) => o.status === 'fit')).toBe(true);
    },
  );

  it('holds every reason balanceJobMatch gives, with the same status and text', () => {
    const pairs = [
      [makeCandidate(), makeOpening()] as const,
      ...generateCandidates(7, 40).flatMap((c, i) =>
        generateOpenings(100 + i, 3).map((o) => [c, o] as const),
      ),
    ];
    for (const [c, o] of pairs) {
      for (const f of balanceJobMatch(c, o).factors) {
        const outcome = FACTOR_RULES[f.factor].outcomes.find((x) => x.reason === f.reason);
        expect(outcome?.status).toBe(f.status);
        expect(outcome?.hard).toBe(f.hard);
      }
    }
  });
});
