/**
 * The guides that make the library usable from anywhere stay in step with the
 * code: every JSON Schema is listed, every example is documented and tested,
 * and the glossary has the terms a job specialist uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_SCHEMA_NAMES } from '../../src';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

describe('docs/getting-started.md', () => {
  it.each(INPUT_SCHEMA_NAMES)('lists the JSON Schema of %s', (name) => {
    expect(read('docs/getting-started.md')).toContain(`\`${name}.schema.json\``);
  });
});

describe('examples', () => {
  const scripts = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts'));
  const tests = readdirSync(join(root, 'test', 'examples')).filter((f) => f.endsWith('.test.ts'));

  it.each(scripts)('documents %s in the README and the getting-started guide', (script) => {
    expect(read('README.md')).toContain(`examples/${script}`);
    expect(read('docs/getting-started.md')).toContain(`examples/${script}`);
  });

  it.each(scripts)('runs %s in a test', (script) => {
    expect(tests).toContain(script.replace(/\.ts$/, '.test.ts'));
  });
});

describe('docs/glossary.md', () => {
  const glossary = read('docs/glossary.md').toLowerCase();
  it.each([
    'jobbspesialist',
    'etteroppfølging',
    'femtrinnsprosessen',
    'bistandsbehov',
    'sammensatte bistandsbehov',
    'tilpasset se',
    'jobbstøtteplan',
    'opplæringsplan',
    'trekantsamtale',
    'fadder',
    'arbeidspraksis',
    'arbeidstrening',
    'lønnstilskudd',
    'inkluderingstilskudd',
    'overgangsstønad',
    'introduksjonsprogrammet',
    'jobbsjansen',
    'kvalifiseringsprogrammet',
    'negativ sosial kontroll',
    'null eksklusjon',
    'hvit jobb',
    'praksisfella',
  ])('explains %s', (term) => {
    expect(glossary).toContain(`*${term}`);
  });
});

describe('docs/architecture.md', () => {
  it('names every module', () => {
    const text = read('docs/architecture.md');
    for (const module of [
      'core',
      'process',
      'needs',
      'adaptations',
      'matching',
      'plans',
      'privacy',
      'inputSchemas',
    ]) {
      expect(text).toContain(`| \`${module}\` |`);
    }
  });
});
