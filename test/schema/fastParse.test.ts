/**
 * The fast parse path (src/_lib/fastParse.ts) only shortens the way to a
 * success: whenever it answers, the plain zod schema accepts the same input
 * with an equal output, and every result of `safeParse…` (fast or not) is the
 * plain schema's verdict, output and issues. Parsed models are frozen and
 * trusted by the guards of their own type only (src/_lib/parsed.ts).
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ActionPlanSchema,
  INPUT_LIMITS,
  classifyNeeds,
  NeedsAssessmentSchema,
  parseActionPlan,
  parseNeedsAssessment,
  safeParseNeedsAssessment,
  SupportedEmploymentError,
  validateActionPlan,
} from '../../src';
import { fastParserOf, isPlainSchema } from '../../src/_lib/fastParse';
import { safeParseWith } from '../../src/_lib/parseWith';
import { isLibraryModel } from '../../src/_lib/parsed';
import { fromZodIssues } from '../../src/_lib/zodIssues';
import { actionPlanInput } from '../fixtures/plans/factories';
import { CASES, mutate, mutationArb } from './parseCases';

/** A plan with only its required fields: every list comes from its default. */
const minimalPlan = () => {
  const { id, participantRef, mainGoal } = actionPlanInput();
  return { id, participantRef, mainGoal };
};

/** True when every object and array in `value` is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

/** Checks one input; returns whether the fast path answered it. */
function agree(schema: z.ZodType, input: unknown): boolean {
  const plain = schema.safeParse(input, { reportInput: true });
  const fast = fastParserOf(schema)?.(input);
  if (fast !== undefined) {
    // The fast path never accepts what the schema refuses, and makes the same value.
    expect(plain.success).toBe(true);
    expect(isDeepStrictEqual(fast, plain.data)).toBe(true);
    expect(fast).not.toBe(input);
  }
  const result = safeParseWith(schema, input);
  if (plain.success) {
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).toStrictEqual(plain.data);
      expect(deeplyFrozen(result.value)).toBe(true);
    }
  } else expect(result).toStrictEqual({ ok: false, issues: fromZodIssues(plain.error.issues) });
  return fast !== undefined;
}

describe('the fast parse path', () => {
  for (const { name, schema, valid } of CASES) {
    it(`${name}: takes every valid input, with the schema's output`, () => {
      expect(isPlainSchema(schema)).toBe(true);
      fc.assert(
        fc.property(valid, (input) => {
          expect(agree(schema, input)).toBe(true);
        }),
        { numRuns: 150 },
      );
    });

    it(`${name}: on mutated inputs, accepts only what the schema accepts, with its output and issues`, () => {
      let refused = 0;
      fc.assert(
        fc.property(valid, mutationArb, (input, m) => {
          const mutated = mutate(input, m);
          agree(schema, mutated);
          if (!schema.safeParse(mutated).success) refused++;
        }),
        { numRuns: 300 },
      );
      expect(refused).toBeGreaterThan(30);
    });
  }

  it('fills defaults as zod does, with a frozen copy of each default', () => {
    const input = minimalPlan();
    const plain = ActionPlanSchema.parse(input);
    const fast = fastParserOf(ActionPlanSchema)?.(input) as Record<string, unknown>;
    expect(fast).toStrictEqual(plain);
    expect(fast['activities']).toStrictEqual([]);
    const again = fastParserOf(ActionPlanSchema)?.(input) as Record<string, unknown>;
    // The copy is frozen, so every plan can share it without seeing another's changes.
    expect(Object.isFrozen(fast['activities'])).toBe(true);
    expect(again['activities']).toStrictEqual(fast['activities']);
  });

  it('leaves to the ordinary path what it does not read as zod does', () => {
    const parse = fastParserOf(NeedsAssessmentSchema);
    // A class instance, a key whose value is undefined, a non-enumerable field zod would read,
    // a string beyond the input limit.
    class Assessment {
      id = 'a-1';
      assessedOn = '2026-03-02';
    }
    const hidden = { id: 'a-1', assessedOn: '2026-03-02' };
    Object.defineProperty(hidden, 'age', { value: 40, enumerable: false });
    const inputs: unknown[] = [
      new Assessment(),
      { id: 'a-1', assessedOn: '2026-03-02', age: undefined },
      hidden,
      { id: 'a-1', assessedOn: '2026-03-02', countryOfOrigin: 'x'.repeat(20_000) },
    ];
    for (const input of inputs) expect(parse?.(input)).toBeUndefined();
    // The ordinary path still answers each of them as the schema does.
    const answers = inputs.map((input) => safeParseNeedsAssessment(input).ok);
    expect(answers).toStrictEqual(inputs.map((input) => NeedsAssessmentSchema.safeParse(input).success));
    // The non-enumerable field is read, as zod reads it.
    const read = safeParseNeedsAssessment(hidden);
    expect(read.ok && read.value.age).toBe(40);
    // A symbol key is dropped by both, so the fast path may take that input.
    const symbol = { id: 'a-1', assessedOn: '2026-03-02', [Symbol('x')]: 1 };
    expect(agree(NeedsAssessmentSchema, symbol)).toBe(true);
  });

  it('sees an inherited enumerable key as zod does (a polluted Object.prototype)', () => {
    const input = { id: 'a-1', assessedOn: '2026-03-02', travelsAlone: false };
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto['polluted'] = 1;
      // zod lists keys with for-in, so the inherited key is an unrecognized one; so is it here.
      expect(fastParserOf(NeedsAssessmentSchema)?.(input)).toBeUndefined();
      // Left to zod, which refuses it; the result is zod's (checked inside agree).
      expect(agree(NeedsAssessmentSchema, input)).toBe(false);
      expect(safeParseNeedsAssessment(input).ok).toBe(false);
    } finally {
      delete proto['polluted'];
    }
    expect(fastParserOf(NeedsAssessmentSchema)?.(input)).toBeDefined();
  });

  it('reads an inherited known field as zod does, enumerable or not', () => {
    const input = { id: 'a-1', assessedOn: '2026-03-02', travelsAlone: false };
    const proto = Object.prototype as Record<string, unknown>;
    for (const enumerable of [true, false]) {
      try {
        Object.defineProperty(proto, 'age', { value: 40, enumerable, configurable: true, writable: true });
        // zod reads the field by name, so it is in zod's model. The fast path takes it when for-in
        // lists it, and otherwise leaves the input to the ordinary path; the result is zod's either way
        // (checked inside agree).
        expect(agree(NeedsAssessmentSchema, input)).toBe(enumerable);
        const read = safeParseNeedsAssessment(input);
        expect(read.ok && read.value.age).toBe(40);
      } finally {
        delete proto['age'];
      }
    }
  });

  it('has no fast path for a schema with a refinement, a transform or a loose object', () => {
    expect(isPlainSchema(z.strictObject({ a: z.string() }))).toBe(true);
    expect(isPlainSchema(z.strictObject({ a: z.string().refine((s) => s !== 'b') }))).toBe(false);
    expect(isPlainSchema(z.strictObject({ a: z.string().transform((s) => s.length) }))).toBe(false);
    expect(isPlainSchema(z.looseObject({ a: z.string() }))).toBe(false);
    expect(isPlainSchema(z.strictObject({ a: z.string().trim() }))).toBe(false);
    expect(fastParserOf(z.strictObject({ a: z.string().refine((s) => s !== 'b') }))).toBeNull();
    // A stripping object has a description but no fast path (its unknown keys are dropped by zod).
    expect(fastParserOf(z.object({ a: z.string() }))?.({ a: 'x', b: 1 })).toBeUndefined();
  });
});

describe('where generated code is not allowed', () => {
  it('parses every input the ordinary way', () => {
    const schema = z.strictObject({ a: z.string().max(5), b: z.array(z.number()).default([]) });
    const real = globalThis.Function;
    // A content security policy without unsafe-eval makes the Function constructor throw.
    globalThis.Function = function refused() {
      throw new EvalError('refused by the content security policy');
    } as unknown as FunctionConstructor;
    try {
      expect(fastParserOf(schema)).toBeNull();
    } finally {
      globalThis.Function = real;
    }
    expect(safeParseWith(schema, { a: 'x' })).toStrictEqual({ ok: true, value: { a: 'x', b: [] } });
    expect(safeParseWith(schema, { a: 'xxxxxx' }).ok).toBe(false);
  });
});

describe('parsed models', () => {
  it('are deeply frozen, whichever path parsed them', () => {
    const fast = parseNeedsAssessment({ id: 'a-1', assessedOn: '2026-03-02', children: [{ age: 3 }] });
    expect(deeplyFrozen(fast)).toBe(true);
    expect(() => {
      (fast as { age?: number }).age = 30;
    }).toThrow(TypeError);
  });

  it('are trusted by the guard of their own type and no other', () => {
    const assessment = parseNeedsAssessment({ id: 'a-1', assessedOn: '2026-03-02', travelsAlone: false });
    expect(classifyNeeds(assessment).needs.map((n) => n.id)).toContain('mobility');
    // A copy is not trusted: a wrong field in it is refused at the door as before.
    const edited = { ...assessment, travelsAlone: 'no' };
    expect(() => classifyNeeds(edited as never)).toThrow(SupportedEmploymentError);
    // A parsed plan is not trusted as an assessment.
    const plan = parseActionPlan(minimalPlan());
    expect(() => classifyNeeds(plan as never)).toThrow(SupportedEmploymentError);
  });

  it('still have their validation context checked for bounds', () => {
    const plan = parseActionPlan(minimalPlan());
    const huge = { asOf: '2026-03-02', consents: new Array(10_000_000) };
    expect(() => validateActionPlan(plan, huge as never)).toThrow(SupportedEmploymentError);
  });
});

describe('the bounds walk', () => {
  const profile = classifyNeeds(
    parseNeedsAssessment({
      id: 'a-1',
      assessedOn: '2026-03-02',
      travelsAlone: false,
      literacy: { latinScript: false },
    }),
  );

  it('skips only recorded library models, which are deeply frozen', () => {
    expect(profile.needs.length).toBeGreaterThan(1);
    for (const need of profile.needs) {
      expect(isLibraryModel(need)).toBe(true);
      expect(deeplyFrozen(need)).toBe(true);
    }
    expect(isLibraryModel({ ...profile.needs[0] })).toBe(false);
  });

  it('walks a copy of a shared part, and refuses it when it is out of bounds', () => {
    const plan = parseActionPlan(minimalPlan());
    const context = { asOf: '2026-03-02', needsProfile: profile };
    expect(() => validateActionPlan(plan, context)).not.toThrow();
    const long = 'x'.repeat(INPUT_LIMITS.stringLength + 1);
    const copied = { ...profile, needs: [{ ...profile.needs[0], evidence: [long] }] };
    expect(() => validateActionPlan(plan, { ...context, needsProfile: copied as never })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
