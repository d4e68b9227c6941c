/**
 * The schema descriptions (src/_lib/describe.ts) stand in for zod in the
 * functions that run without it, so they must say what the schemas say:
 * - the committed module src/_lib/schemaDescriptions.ts is exactly what the
 *   generator writes from the current schemas;
 * - options read through a description come out as zod reads them through the
 *   schema: the same verdict, the same value (defaults filled in, unknown keys
 *   stripped or refused) and the same issues (code, path, expectation), on
 *   valid values and on values with wrong types, bounds and keys;
 * - a guard from a description refuses what the guard from the schema refuses.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSchema, type Described } from '../../src/_lib/describe';
import { fits, guard } from '../../src/_lib/guards';
import { resolveOptions } from '../../src/_lib/resolveOptions';
import * as DESCRIPTIONS from '../../src/_lib/schemaDescriptions';
import { DESCRIBED, schemaDescriptionsModule } from '../../scripts/schemaDescriptions';
import { needsAssessmentArbitrary } from '../fixtures/needs/arbitraries';
import { actionPlanInputArb } from '../fixtures/plans/arbitraries';
import { ActionPlanSchema, NeedsAssessmentSchema } from '../../src';

const JUNK: readonly unknown[] = [
  undefined,
  null,
  'x',
  '',
  -1,
  0,
  1.5,
  2 ** 60,
  -(2 ** 60),
  NaN,
  Infinity,
  true,
  [],
  {},
];

/** Values around what `node` allows: valid ones, and wrong types, bounds, values and keys. */
function around(node: Described, depth = 0): fc.Arbitrary<unknown> {
  const junk = fc.constantFrom(...JUNK);
  if (depth > 4) return junk;
  switch (node.type) {
    case 'object': {
      const fields = Object.fromEntries(
        Object.entries(node.shape).map(([key, part]) => [key, around(part, depth + 1)]),
      );
      const record = fc.record(fields, { requiredKeys: [] });
      const withUnknown = fc
        .tuple(record, fc.constantFrom('extra', 'policyy', '__proto__x'), junk)
        .map(([value, key, extra]) => ({ ...value, [key]: extra }));
      return fc.oneof({ weight: 6, arbitrary: record }, { weight: 1, arbitrary: withUnknown }, junk);
    }
    case 'values':
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...node.values) }, junk);
    case 'number': {
      const min = node.min ?? -100;
      const max = node.max ?? 100;
      return fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: Math.max(min - 2, -1e6), max: Math.min(max + 2, 1e6) }) },
        { weight: 1, arbitrary: fc.double({ min: min - 1, max: max + 1, noNaN: true }) },
        junk,
      );
    }
    case 'string':
      return fc.oneof(fc.string({ maxLength: (node.max ?? 10) + 2 }), junk);
    case 'boolean':
      return fc.oneof(fc.boolean(), junk);
    case 'array':
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc.array(around(node.element, depth + 1), { maxLength: (node.max ?? 4) + 1 }),
        },
        junk,
      );
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'default':
      return fc.oneof({ weight: 4, arbitrary: around(node.inner, depth) }, fc.constant(undefined), junk);
    default:
      return junk;
  }
}

/** What resolveOptions gives: the value, or the issues as code, path and expectation. */
function outcome(schema: Parameters<typeof resolveOptions>[0], value: unknown): unknown {
  try {
    return { ok: resolveOptions(schema, value, 'f') };
  } catch (error) {
    const { code, issues } = error as {
      code: string;
      issues: { code: string; path: unknown; expected?: string }[];
    };
    return { code, issues: issues.map((i) => ({ code: i.code, path: i.path, expected: i.expected })) };
  }
}

describe('schema descriptions', () => {
  it('are what the generator writes from the schemas (run npx tsx scripts/generate-schema-descriptions.ts)', async () => {
    const committed = readFileSync(new URL('../../src/_lib/schemaDescriptions.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await schemaDescriptionsModule());
  });

  it('export one description per listed schema', () => {
    expect(Object.keys(DESCRIPTIONS).sort()).toEqual(DESCRIBED.map((entry) => entry.name).sort());
  });

  describe.each(
    DESCRIBED.filter((entry) => entry.options !== undefined).map((entry) => [entry.name, entry] as const),
  )('options %s', (name, entry) => {
    const description = (DESCRIPTIONS as Record<string, Described>)[name] as Described;

    it('are read as zod reads them: same value or same issues', () => {
      fc.assert(
        fc.property(around(description), (value) => {
          expect(outcome(description, value)).toEqual(outcome(entry.schema as never, value));
        }),
        { numRuns: 1500 },
      );
    });

    it('agree on the empty options (the defaults)', () => {
      expect(outcome(description, {})).toEqual(outcome(entry.schema as never, {}));
    });
  });

  it('are found to differ from a changed schema (the comparison can fail)', () => {
    const schema = DESCRIBED.find((entry) => entry.name === 'VALIDATE_ACTION_PLAN_OPTIONS')?.schema as never;
    const wrong = describeSchema(schema) as Extract<Described, { type: 'object' }>;
    const changed: Described = {
      ...wrong,
      shape: { ...wrong.shape, interpreterBelowLevel: { type: 'any' } },
    };
    expect(outcome(changed, { interpreterBelowLevel: 'zz' })).not.toEqual(
      outcome(schema, { interpreterBelowLevel: 'zz' }),
    );
  });

  it('a guard names the one field that does not fit, wherever it is in the record', () => {
    const description = (DESCRIPTIONS as Record<string, Described>)['NEEDS_ASSESSMENT'] as Described;
    fc.assert(
      fc.property(
        needsAssessmentArbitrary,
        fc.constantFrom(...JUNK, 'extra-key'),
        fc.nat(),
        (input, junk, pick) => {
          const value = NeedsAssessmentSchema.parse(input) as Record<string, unknown>;
          const keys = Object.keys(value);
          const key = junk === 'extra-key' ? 'notAField' : (keys[pick % keys.length] as string);
          const mutated = { ...value, [key]: junk === 'extra-key' ? 1 : junk };
          const zod = NeedsAssessmentSchema.safeParse(mutated);
          let path: unknown;
          try {
            guard(description, mutated, 'assessment', 'f');
          } catch (error) {
            path = (error as { issues: { path: unknown[] }[] }).issues[0]?.path;
          }
          if (zod.success) expect(path).toBeUndefined();
          else expect((path as unknown[] | undefined)?.slice(0, 2)).toEqual(['assessment', key]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it.each([
    ['NEEDS_ASSESSMENT', NeedsAssessmentSchema, needsAssessmentArbitrary],
    ['ACTION_PLAN', ActionPlanSchema, actionPlanInputArb],
  ] as const)('guard from %s refuses what the guard from its schema refuses', (name, schema, arbitrary) => {
    const description = (DESCRIPTIONS as Record<string, Described>)[name] as Described;
    fc.assert(
      fc.property(
        arbitrary as fc.Arbitrary<unknown>,
        fc.constantFrom(...JUNK),
        fc.nat(),
        (input, junk, pick) => {
          const parsed = schema.safeParse(input);
          const value = parsed.success
            ? (parsed.data as Record<string, unknown>)
            : (input as Record<string, unknown>);
          const keys = Object.keys(value);
          const mutated =
            keys.length === 0 ? value : { ...value, [keys[pick % keys.length] as string]: junk };
          expect(fits(description, value)).toBe(fits(schema, value));
          expect(fits(description, mutated)).toBe(fits(schema, mutated));
        },
      ),
      { numRuns: 300 },
    );
  });
});
