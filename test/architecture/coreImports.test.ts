import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');
const CORE = join(SRC, 'core');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

// Every relative import of a core file, as a path from src/ (without extension).
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/\bfrom\s+'(\.[^']*)'/g)].map((m) =>
    relative(SRC, resolve(dirname(file), m[1] as string)).replaceAll('\\', '/'),
  );
}

// The one upward edge docs/architecture.md names: the issue schema reads the assembled code list.
const ALLOWED_UPWARD = new Set(['core/issue.ts → issueCodes']);

describe('core depends on no module', () => {
  const files = filesUnder(CORE);

  it('finds the core files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports only from core and the shared helpers, apart from the documented edge', () => {
    const upward = files.flatMap((file) =>
      relativeImports(file)
        .filter((target) => !target.startsWith('core/') && !target.startsWith('_lib/'))
        .map((target) => `${relative(SRC, file).replaceAll('\\', '/')} → ${target}`),
    );
    expect(upward.filter((edge) => !ALLOWED_UPWARD.has(edge))).toEqual([]);
  });
});
