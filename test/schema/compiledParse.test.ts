/**
 * The compiled parse path (src/_lib/compiledSchema.ts) must answer exactly as
 * the plain zod schema does: the same verdict, the same parsed output and the
 * same issues (codes and paths), on valid inputs and on inputs with one field
 * deleted, retyped or added.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ActionPlanSchema,
  CandidateSchema,
  CaseEventSchema,
  FollowUpPlanSchema,
  JobOpeningSchema,
  NeedsAssessmentSchema,
  TrainingPlanSchema,
} from '../../src';
import { compiledSchema } from '../../src/_lib/compiledSchema';
import { safeParseWith } from '../../src/_lib/parseWith';
import { fromZodIssues } from '../../src/_lib/zodIssues';
import { createRng, generateCandidate, generateOpening } from '../fixtures/matching/generate';
import { needsAssessmentArbitrary } from '../fixtures/needs/arbitraries';
import {
  actionPlanInputArb,
  followUpPlanInputArb,
  trainingPlanInputArb,
} from '../fixtures/plans/arbitraries';
import { journeyArb } from '../fixtures/process/arbitraries';

type Path = readonly (string | number)[];

/** Every path to a field or item of a JSON value (objects and arrays), depth first. */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (typeof value !== 'object' || value === null) return out;
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  for (const key of keys) {
    const path = [...at, key];
    out.push(path);
    pathsOf((value as Record<string | number, unknown>)[key], path, out);
  }
  return out;
}

const REPLACEMENTS: readonly unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  1e9,
  '',
  'x',
  '2026-02-30',
  '2026-03-02',
  true,
  false,
  [],
  {},
  ['x'],
  { x: 1 },
];

const mutationArb = fc.record({
  at: fc.nat(),
  action: fc.constantFrom('delete', 'replace', 'add-key'),
  replacement: fc.constantFrom(...REPLACEMENTS),
});

/** A deep copy of `value` with one field deleted, replaced or given an unknown sibling key. */
function mutate(value: unknown, m: { at: number; action: string; replacement: unknown }): unknown {
  const copy = structuredClone(value);
  const paths = pathsOf(copy);
  if (paths.length === 0) return m.replacement;
  const path = paths[m.at % paths.length] as Path;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (m.action === 'delete' && !Array.isArray(parent)) Reflect.deleteProperty(parent, last);
  else if (
    m.action === 'add-key' &&
    typeof parent[last] === 'object' &&
    parent[last] !== null &&
    !Array.isArray(parent[last])
  ) {
    (parent[last] as Record<string, unknown>)['unexpectedKey'] = m.replacement;
  } else parent[last] = m.replacement;
  return copy;
}

/** Checks one input: compiled and plain agree on the verdict, the output and the issues. */
function agree(schema: z.ZodType, input: unknown): boolean {
  const plain = schema.safeParse(input, { reportInput: true });
  const fast = compiledSchema(schema).safeParse(input, { reportInput: true });
  expect(fast.success).toBe(plain.success);
  if (plain.success) {
    expect(fast.data).toStrictEqual(plain.data);
    // The parsed value is a fresh object, never the input itself.
    if (typeof input === 'object' && input !== null) expect(fast.data).not.toBe(input);
  } else {
    const where = (issues: readonly z.core.$ZodIssue[]) =>
      issues.map((i) => ({ code: i.code, path: i.path }));
    expect(where(fast.error?.issues ?? [])).toStrictEqual(where(plain.error.issues));
    expect(safeParseWith(schema, input)).toStrictEqual({
      ok: false,
      issues: fromZodIssues(plain.error.issues),
    });
  }
  return plain.success;
}

const seeded = <T>(make: (rng: ReturnType<typeof createRng>, i: number) => T): fc.Arbitrary<T> =>
  fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((seed) => make(createRng(seed), seed % 1000));

const CASES: readonly { name: string; schema: z.ZodType; valid: fc.Arbitrary<unknown> }[] = [
  { name: 'NeedsAssessmentSchema', schema: NeedsAssessmentSchema, valid: needsAssessmentArbitrary },
  { name: 'ActionPlanSchema', schema: ActionPlanSchema, valid: actionPlanInputArb },
  { name: 'TrainingPlanSchema', schema: TrainingPlanSchema, valid: trainingPlanInputArb },
  { name: 'FollowUpPlanSchema', schema: FollowUpPlanSchema, valid: followUpPlanInputArb },
  {
    name: 'CaseEventSchema',
    schema: CaseEventSchema,
    valid: journeyArb.filter((j) => j.events.length > 0).map((j) => j.events[0]),
  },
  { name: 'CandidateSchema', schema: CandidateSchema, valid: seeded(generateCandidate) },
  { name: 'JobOpeningSchema', schema: JobOpeningSchema, valid: seeded(generateOpening) },
];

describe('the compiled parse path', () => {
  for (const { name, schema, valid } of CASES) {
    it(`${name}: same verdict and output on valid inputs`, () => {
      fc.assert(
        fc.property(valid, (input) => {
          expect(agree(schema, input)).toBe(true);
        }),
        { numRuns: 150 },
      );
    });

    it(`${name}: same verdict, output and issues on mutated inputs`, () => {
      let rejected = 0;
      fc.assert(
        fc.property(valid, mutationArb, (input, m) => {
          if (!agree(schema, mutate(input, m))) rejected++;
        }),
        { numRuns: 300 },
      );
      // The mutations must reach the failure path, or the test proves nothing about issues.
      expect(rejected).toBeGreaterThan(30);
    });
  }

  it('is built once per schema and is a compiled clone where zod can compile', () => {
    expect(compiledSchema(NeedsAssessmentSchema)).toBe(compiledSchema(NeedsAssessmentSchema));
    expect(compiledSchema(NeedsAssessmentSchema)).not.toBe(NeedsAssessmentSchema);
  });
});
