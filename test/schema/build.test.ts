/**
 * The build step that writes the JSON Schemas (scripts/build-json-schemas.ts):
 * one file per registered input model plus an index, each a valid draft
 * 2020-12 schema whose validating keywords are exactly zod's, with titles and
 * field descriptions taken from the schemas' doc comments.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_SCHEMA_NAMES, INPUT_SCHEMAS } from '../../src';
import {
  schemaFileName,
  toInputJsonSchema,
  writeJsonSchemas,
  type JsonSchemaNode,
} from '../../scripts/build-json-schemas';
import { createAjv } from './ajv';

const root = join(import.meta.dirname, '..', '..');
let out = '';
let written: string[] = [];

const read = (file: string): JsonSchemaNode =>
  JSON.parse(readFileSync(join(out, file), 'utf8')) as JsonSchemaNode;

/** The schema without its annotations (`title`, `description` strings), which do not affect validation. */
function withoutAnnotations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutAnnotations);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !((key === 'title' || key === 'description') && typeof value === 'string'))
      .map(([key, value]) => [key, withoutAnnotations(value)]),
  );
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'se-schemas-'));
  written = writeJsonSchemas(out);
}, 60_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('writeJsonSchemas', () => {
  it('writes one schema per registered input model and an index', () => {
    expect(Object.keys(INPUT_SCHEMAS).sort()).toEqual([...INPUT_SCHEMA_NAMES].sort());
    expect(readdirSync(out).sort()).toEqual([...INPUT_SCHEMA_NAMES.map(schemaFileName), 'index.json'].sort());
    expect(written).toHaveLength(INPUT_SCHEMA_NAMES.length + 1);
    const index = read('index.json') as unknown as { schemas: { name: string; import: string }[] };
    expect(index.schemas.map((s) => s.name)).toEqual([...INPUT_SCHEMA_NAMES]);
    expect(index.schemas[0]!.import).toBe('supported-employment/schemas/new-case.schema.json');
  });

  it.each(INPUT_SCHEMA_NAMES)(
    'writes %s as draft 2020-12 with the same validating keywords as zod',
    (name) => {
      const schema = read(schemaFileName(name));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`urn:supported-employment:schema:${name}`);
      expect(withoutAnnotations(schema)).toEqual(toInputJsonSchema(name));
      expect(() => createAjv().compile(schema)).not.toThrow();
    },
  );

  it('titles each schema after its model and describes it from the TSDoc summary', () => {
    const schema = read('action-plan.schema.json');
    expect(schema.title).toBe('ActionPlan');
    expect(schema.description).toMatch(/^Schema of an? ActionPlan/);
    expect(schema.description).not.toContain('{@link');
  });

  it('describes every field of the needs assessment from its doc comment', () => {
    const properties = read('needs-assessment.schema.json').properties!;
    const undocumented = Object.entries(properties).filter(
      ([, p]) => typeof p.description !== 'string' || p.description.length === 0,
    );
    expect(undocumented.map(([key]) => key)).toEqual([]);
    expect(properties['travelsAlone']!.description).toMatch(/public transport/);
    // Nested objects and array items are described too.
    const norwegian = properties['norwegian']!.properties!;
    expect(Object.values(norwegian).every((p) => typeof p.description === 'string')).toBe(true);
  });

  it('describes the fields of each case-event variant', () => {
    const variants = read('case-event.schema.json').oneOf!;
    expect(variants.length).toBeGreaterThan(10);
    for (const variant of variants) expect(variant.properties!['date']!.description).toMatch(/date/i);
  });
});

describe('package.json', () => {
  it('exports the schemas under supported-employment/schemas/* and builds them', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      scripts: Record<string, string>;
    };
    expect(pkg.exports['./schemas/*']).toBe('./dist/schemas/*');
    expect(pkg.scripts['build']).toContain('scripts/build-json-schemas.ts');
  });
});
