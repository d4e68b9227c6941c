/**
 * The JSON Schemas the package ships agree with the zod schemas they are made
 * from: the same documents get the same verdict from Ajv (draft 2020-12) and
 * from zod, for the modules' own valid fixtures, hand-written invalid ones,
 * generated valid ones and generated one-change mutations of them.
 */
import type { ValidateFunction } from 'ajv/dist/2020';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { INPUT_SCHEMAS, type InputSchemaName } from '../../src';
import { toInputJsonSchema } from '../../scripts/build-json-schemas';
import { createAjv, isCalendarDate } from './ajv';
import { ARBITRARIES, asJson, INVALID, mutated, NAMES, VALID } from './fixtures';

const validators = new Map<InputSchemaName, ValidateFunction>();

beforeAll(() => {
  const ajv = createAjv();
  for (const name of NAMES) validators.set(name, ajv.compile(toInputJsonSchema(name)));
});

function verdicts(name: InputSchemaName, value: unknown): { ajv: boolean; zod: boolean } {
  const doc = asJson(value);
  return { ajv: validators.get(name)!(doc), zod: INPUT_SCHEMAS[name].safeParse(doc).success };
}

describe('isCalendarDate', () => {
  it.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-1-31', false],
  ])('judges %s as %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('the JSON Schemas and the zod schemas', () => {
  it.each(NAMES)('accept every valid fixture of %s', (name) => {
    expect(VALID[name].length).toBeGreaterThan(0);
    for (const value of VALID[name]) expect(verdicts(name, value)).toEqual({ ajv: true, zod: true });
  });

  it.each(NAMES.flatMap((name) => INVALID[name].map(([what, value]) => [name, what, value] as const)))(
    'reject %s with %s',
    (name, _what, value) => {
      expect(verdicts(name, value)).toEqual({ ajv: false, zod: false });
    },
  );

  it.each(NAMES)('accept every generated valid %s', (name) => {
    fc.assert(
      fc.property(ARBITRARIES[name], (value) => {
        expect(verdicts(name, value)).toEqual({ ajv: true, zod: true });
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it.each(NAMES)('give the same verdict on every one-change mutation of a valid %s', (name) => {
    let rejected = 0;
    fc.assert(
      fc.property(mutated(ARBITRARIES[name]), (value) => {
        const { ajv, zod } = verdicts(name, value);
        expect(ajv).toBe(zod);
        if (!zod) rejected += 1;
      }),
      { seed: 42, numRuns: 300 },
    );
    // The mutations must reach the rules, not only harmless places.
    expect(rejected).toBeGreaterThan(30);
  });

  it.each(NAMES)('refuse unknown keys on every object of %s (additionalProperties: false)', (name) => {
    const open: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) {
        node.forEach((item, i) => {
          walk(item, `${at}/${i}`);
        });
      }
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record['properties'] !== undefined && record['additionalProperties'] !== false) open.push(at);
      for (const [key, child] of Object.entries(record)) walk(child, `${at}/${key}`);
    };
    walk(toInputJsonSchema(name), '#');
    expect(open).toEqual([]);
  });

  it('agree on the date range: 1900-01-01 to 9999-12-31, leap days included', () => {
    const on = (openedOn: string): unknown => ({ id: 'c', openedOn });
    for (const date of ['1900-01-01', '1900-02-28', '2000-02-29', '2400-02-29', '9999-12-31'])
      expect(verdicts('new-case', on(date)), date).toEqual({ ajv: true, zod: true });
    for (const date of ['1899-12-31', '1900-02-29', '2100-02-29', '0000-01-01', '0099-12-31', '10000-01-01'])
      expect(verdicts('new-case', on(date)), date).toEqual({ ajv: false, zod: false });
  });

  it('count string length in code points, so emoji and Norwegian letters count as one character each', () => {
    const within = (s: string): unknown => ({ id: 'a', assessedOn: '2026-03-02', countryOfOrigin: s });
    expect(verdicts('needs-assessment', within('\u{1F600}'.repeat(200)))).toEqual({ ajv: true, zod: true });
    expect(verdicts('needs-assessment', within('\u{1F600}'.repeat(201)))).toEqual({ ajv: false, zod: false });
    expect(verdicts('needs-assessment', within('ø'.repeat(200)))).toEqual({ ajv: true, zod: true });
    expect(verdicts('needs-assessment', within('ø'.repeat(201)))).toEqual({ ajv: false, zod: false });
  });
});
