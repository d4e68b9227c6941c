/**
 * Every fenced ```ts block of README.md and docs/*.md compiles as an
 * application would write it: an ESM project (`"type": "module"`, module and
 * resolution `nodenext`) that imports 'supported-employment' as installed
 * (the built package, linked into a scratch node_modules), under `strict`,
 * `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess`. Each block is
 * its own module. A fragment that is not meant to compile takes another fence
 * language (```text, ```js).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const scratch = join(root, '.tmp', 'doc-snippets');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** The documents whose ts blocks are checked. */
const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];

interface Snippet {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** The ```ts blocks of a Markdown text, with the line each starts on. */
export function tsBlocks(file: string, markdown: string): Snippet[] {
  const blocks: Snippet[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\s*$/.test(lines[i]!)) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
    blocks.push({ file, line: start + 1, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return blocks;
}

const snippets = documents.flatMap((doc) => tsBlocks(doc, readFileSync(join(root, doc), 'utf8')));
const nameOf = (s: Snippet): string => `${s.file.replace(/[/.]/g, '_')}_L${s.line}.ts`;

let output = '';

beforeAll(() => {
  // dist/ is built once by test/globalSetup.ts.
  expect(existsSync(join(root, 'dist', 'index.d.ts'))).toBe(true);
  rmSync(scratch, { recursive: true, force: true });
  const modules = join(scratch, 'node_modules');
  mkdirSync(join(modules, '@types'), { recursive: true });
  symlinkSync(root, join(modules, 'supported-employment'), 'dir');
  for (const dep of ['zod', 'ajv', 'immer', 'date-fns', '@date-fns'])
    symlinkSync(join(root, 'node_modules', dep), join(modules, dep), 'dir');
  symlinkSync(join(root, 'node_modules', '@types', 'node'), join(modules, '@types', 'node'), 'dir');
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'doc-snippets', private: true, type: 'module' }),
  );
  for (const s of snippets) writeFileSync(join(scratch, nameOf(s)), `${s.code}\nexport {};\n`);
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        resolveJsonModule: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
      },
      files: snippets.map(nameOf),
    }),
  );
  output = compile('tsconfig.json');
}, 120_000);

/** Runs tsc in the scratch project; returns its report (file(line,col): error …, one a line). */
function compile(project: string): string {
  try {
    return execFileSync(process.execPath, [tsc, '-p', project, '--pretty', 'false'], {
      encoding: 'utf8',
      cwd: scratch,
    });
  } catch (error) {
    return (error as { stdout?: string }).stdout ?? String(error);
  }
}

/** The error lines about one file of the scratch project. */
function errorsFor(name: string, report: string): string[] {
  return report.split('\n').filter((line) => line.startsWith(`${name}(`));
}

describe('the ts blocks of the README and the guides', () => {
  it('are found (the extractor sees every block)', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(10);
    expect(snippets.map((s) => s.file)).toEqual(
      expect.arrayContaining(['README.md', join('docs', 'getting-started.md')]),
    );
  });

  it.each(snippets.map((s) => [`${s.file}:${s.line}`, s] as const))(
    '%s compiles as an ESM consumer',
    (_where, snippet) => {
      // The error lines name the block's scratch file; name the document instead, for the message.
      expect(errorsFor(nameOf(snippet), output).map((e) => e.replace(nameOf(snippet), snippet.file))).toEqual(
        [],
      );
    },
  );

  it('reports a block that does not compile (the check can fail)', () => {
    writeFileSync(
      join(scratch, 'bad.ts'),
      `const openings = [1];\nconst n: number = openings[0];\nexport { n };\n`,
    );
    writeFileSync(
      join(scratch, 'tsconfig.bad.json'),
      JSON.stringify({ extends: './tsconfig.json', files: ['bad.ts'] }),
    );
    expect(errorsFor('bad.ts', compile('tsconfig.bad.json'))).toEqual([
      expect.stringMatching(/^bad\.ts\(2,7\): error TS2322/),
    ]);
  }, 120_000);
});
