import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, SRC } from '../fixtures/sourceFiles';

const CORE = join(SRC, 'core');

// Every relative import of a core file, as a path from src/ (without extension).
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/\bfrom\s+'(\.[^']*)'/g)].map((m) =>
    relative(SRC, resolve(dirname(file), m[1] as string)).replaceAll('\\', '/'),
  );
}

// Every import of the files that leaves core and the shared helpers, as `file → target`.
function upwardEdges(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    relativeImports(file)
      .filter((target) => !target.startsWith('core/') && !target.startsWith('_lib/'))
      .map((target) => `${relative(SRC, file).replaceAll('\\', '/')} → ${target}`),
  );
}

// No upward edge is allowed: the issue schema and the precise issue type, which read the
// assembled code list, live at the top of the tree (src/issue.ts), not in core.
const ALLOWED_UPWARD = new Set<string>();

describe('core depends on no module', () => {
  const files = filesUnder(CORE);

  it('finds the core files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports only from core and the shared helpers', () => {
    expect(upwardEdges(files).filter((edge) => !ALLOWED_UPWARD.has(edge))).toEqual([]);
  });

  it('would see an import that leaves core (the check can fail)', () => {
    // src/issue.ts imports the assembled code list, which core must not.
    expect(upwardEdges([join(SRC, 'issue.ts')])).toContain('issue.ts → issueCodes');
  });
});
