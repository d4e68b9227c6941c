/**
 * The compiled parse path (src/_lib/compiledSchema.ts) must answer exactly as
 * the plain zod schema does: the same verdict, the same parsed output and the
 * same issues (codes and paths), on valid inputs and on inputs with one field
 * deleted, retyped or added.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { NeedsAssessmentSchema } from '../../src';
import { compiledSchema } from '../../src/_lib/compiledSchema';
import { safeParseWith } from '../../src/_lib/parseWith';
import { fromZodIssues } from '../../src/_lib/zodIssues';
import { CASES, mutate, mutationArb } from './parseCases';

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
