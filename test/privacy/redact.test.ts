import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  getFieldSensitivity,
  HealthSchema,
  JobOpeningSchema,
  NeedsAssessmentSchema,
  PRIVACY_MODELS,
  redact,
  SeCaseSchema,
  SENSITIVITY_LEVELS,
  SupportedEmploymentError,
  type SensitivityLevel,
} from '../../src';
import type { z } from 'zod';
import { deepFreeze } from '../fixtures/deepFreeze';
import { MODEL_VALUES } from '../fixtures/privacy/modelArbitraries';
import { caseOf } from '../fixtures/process/cases';
import { JOURNEY_EVENTS, JOURNEY_OPENING } from '../fixtures/process/journey';
import { aminaAssessment } from '../fixtures/stories';
import { FUZZ } from '../trust/settings';

const rank = (level: SensitivityLevel | undefined): number =>
  level === undefined ? Infinity : SENSITIVITY_LEVELS.indexOf(level);

/**
 * The expected copy, worked out independently of the implementation: walk the
 * value, keep a key when `getFieldSensitivity` puts it at or below `keep`, and
 * leave out an object field that ends up empty because of it.
 */
function expected(
  schema: z.ZodType,
  value: unknown,
  keep: SensitivityLevel,
  path: (string | number)[] = [],
): unknown {
  if (Array.isArray(value)) return value.map((item, i) => expected(schema, item, keep, [...path, i]));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  let withheld = false;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (rank(getFieldSensitivity(schema, [...path, key])) > rank(keep)) {
      withheld = true;
      continue;
    }
    const copied = expected(schema, item, keep, [...path, key]);
    if (copied !== undefined) out[key] = copied;
  }
  const isField = path.length > 0 && typeof path[path.length - 1] === 'string' && !Array.isArray(value);
  const isRecordValue = path.length >= 2 && path[0] === 'consents';
  return isField && !isRecordValue && withheld && Object.keys(out).length === 0 ? undefined : out;
}

function objectsIn(value: unknown, out = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null) {
    out.add(value);
    for (const item of Object.values(value)) objectsIn(item, out);
  }
  return out;
}

describe('redact', () => {
  describe.each(PRIVACY_MODELS.map((m) => [m.id, m] as const))('on a %s', (id, model) => {
    it('keeps exactly the fields at or below the level, and every field at special-category', () => {
      fc.assert(
        fc.property(MODEL_VALUES[id], fc.constantFrom(...SENSITIVITY_LEVELS), (value, keep) => {
          const copy = redact(value as never, model.schema, { keep });
          expect(copy).toStrictEqual(expected(model.schema, value, keep));
          if (keep === 'special-category') expect(copy).toStrictEqual(value);
        }),
        FUZZ,
      );
    });

    it('never changes its input, shares no object with it, and gives the same copy when run again', () => {
      fc.assert(
        fc.property(MODEL_VALUES[id], fc.constantFrom(...SENSITIVITY_LEVELS), (value, keep) => {
          const frozen = deepFreeze(structuredClone(value));
          const copy = redact(frozen as never, model.schema, { keep });
          expect(frozen).toStrictEqual(value);
          const inInput = objectsIn(frozen);
          for (const o of objectsIn(copy)) expect(inInput.has(o)).toBe(false);
          expect(redact(copy as never, model.schema, { keep })).toStrictEqual(copy);
        }),
        FUZZ,
      );
    });
  });

  it('removes the special-category facts of an assessment by default, key and all', () => {
    const out = redact(aminaAssessment, NeedsAssessmentSchema);
    for (const key of [
      'health',
      'safety',
      'culturalConstraints',
      'countryOfOrigin',
      'preferredLanguage',
      'immigrationReason',
      'familyStance',
    ]) {
      expect(Object.hasOwn(out, key), key).toBe(false);
    }
    expect(out.id).toBe(aminaAssessment.id);
    expect(out.norwegian).toEqual(aminaAssessment.norwegian);
  });

  it('keeps no fact about her with keep: public', () => {
    expect(redact(aminaAssessment, NeedsAssessmentSchema, { keep: 'public' })).toEqual({});
  });

  it('keeps the method’s codes of a case, and nothing about her, with keep: public', () => {
    const out = redact(caseOf(JOURNEY_EVENTS, JOURNEY_OPENING), SeCaseSchema, { keep: 'public' });
    expect(Object.keys(out).sort()).toEqual(
      [
        'assessments',
        'currentStep',
        'documents',
        'events',
        'followUpContacts',
        'placements',
        'referral',
        'stepHistory',
        'thirdPartyContacts',
      ].sort(),
    );
    const eventKeys = new Set((out.events ?? []).flatMap((e) => Object.keys(e ?? {})));
    expect([...eventKeys].sort()).toEqual([
      'channel',
      'document',
      'kind',
      'referredBy',
      'step',
      'type',
      'with',
    ]);
    expect(JSON.stringify(out)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('removes the employment end reason of a case, which can say health, by default', () => {
    const out = redact(caseOf(JOURNEY_EVENTS, JOURNEY_OPENING), SeCaseSchema);
    expect(out.employments?.every((e) => e !== undefined && !Object.hasOwn(e, 'endReason'))).toBe(true);
    expect(out.closure).toEqual({ eventId: 'e61', closedOn: '2028-06-05' });
  });

  it('leaves out keys the schema does not know, and a prototype key, as data never as a prototype', () => {
    const hostile = JSON.parse(
      '{"id":"a","assessedOn":"2026-01-05","__proto__":{"polluted":1},"secret":"x","health":{"__proto__":{"x":1}}}',
    );
    const out = redact(hostile, NeedsAssessmentSchema, { keep: 'special-category' }) as Record<
      string,
      unknown
    >;
    expect(out).toEqual({ id: 'a', assessedOn: '2026-01-05', health: {} });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps a record key such as __proto__ as an own key of the copy', () => {
    const seCase = structuredClone(caseOf([]));
    const consents = JSON.parse('{"__proto__":{"status":"given","since":"2026-01-05","eventId":"e"}}');
    const out = redact({ ...seCase, consents }, SeCaseSchema) as { consents: Record<string, unknown> };
    expect(Object.getPrototypeOf(out.consents)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(out.consents)).toEqual(['__proto__']);
  });

  it('leaves out values of the wrong shape', () => {
    const out = redact(
      {
        id: 'a',
        assessedOn: '2026-01-05',
        health: 'none',
        children: 'two',
        travelsAlone: { yes: true },
      } as never,
      NeedsAssessmentSchema,
      { keep: 'special-category' },
    );
    expect(out).toEqual({ id: 'a', assessedOn: '2026-01-05' });
  });

  it('keeps the length of a list when its elements lose every field', () => {
    const out = redact(
      { id: 'a', assessedOn: '2026-01-05', children: [{ extraCare: true }, { extraCare: false }] },
      NeedsAssessmentSchema,
    );
    expect(out.children).toEqual([{}, {}]);
  });

  it.each([
    ['an unknown level', aminaAssessment, NeedsAssessmentSchema, { keep: 'secret' }, 'invalid_option'],
    ['a schema that is not a public model', aminaAssessment, HealthSchema, {}, 'unknown_id'],
    ['a value that is not an object', 'Amina', NeedsAssessmentSchema, {}, 'invalid_input'],
    ['an array', [aminaAssessment], NeedsAssessmentSchema, {}, 'invalid_input'],
    ['null', null, JobOpeningSchema, {}, 'invalid_input'],
  ] as const)('throws for %s', (_what, value, schema, options, code) => {
    expect(() => redact(value as never, schema, options as never)).toThrow(SupportedEmploymentError);
    try {
      redact(value as never, schema, options as never);
    } catch (error) {
      expect((error as SupportedEmploymentError).code).toBe(code);
    }
  });
});
