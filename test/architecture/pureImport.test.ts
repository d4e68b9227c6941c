/**
 * Importing the library runs nothing but declarations, and the build may say so.
 *
 * The build marks every module-level initializer that runs code as pure
 * (scripts/pureAnnotations.ts), so that an app's bundler drops what the app
 * does not use. That is sound only while no module does anything else when it
 * loads: these tests hold every source module to top-level imports, exports,
 * types and declarations, check what the annotation writes, and bundle the
 * functions that must run without zod to see that zod stays out.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build, transform } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { annotateModuleLevelCalls, pureModuleLevelCalls } from '../../scripts/pureAnnotations';
import { filesUnder, SRC } from '../fixtures/sourceFiles';

/** Statements that only declare (or re-export) something. */
function declares(statement: ts.Statement): boolean {
  return (
    ts.isImportDeclaration(statement) ||
    ts.isExportDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isVariableStatement(statement) ||
    ts.isEmptyStatement(statement)
  );
}

/** Bundles `code` (TypeScript, from src/) as an app would, with the build's annotation; returns the bundled inputs. */
async function bundledInputs(code: string): Promise<{ inputs: string[]; text: string }> {
  const result = await build({
    stdin: { contents: code, resolveDir: SRC, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    metafile: true,
    logLevel: 'silent',
    plugins: [pureModuleLevelCalls],
  });
  const output = Object.values(result.metafile.outputs)[0];
  return {
    inputs: Object.entries(output?.inputs ?? {})
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
    text: result.outputFiles[0]?.text ?? '',
  };
}

describe('no side effects on import', () => {
  const files = filesUnder(SRC).filter((file) => !file.includes(join('src', 'cli')));

  it('finds the source modules', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('every module only imports, exports and declares at its top level (the command line aside)', () => {
    const offending = files.flatMap((file) => {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
      return source.statements
        .filter((statement) => !declares(statement))
        .map((statement) => `${relative(SRC, file)}: ${statement.getText(source).slice(0, 60)}`);
    });
    expect(offending).toEqual([]);
  });

  it('the check above finds a module-level call', () => {
    const source = ts.createSourceFile('x.ts', 'const a = 1;\nregister(a);\n', ts.ScriptTarget.ES2022, true);
    expect(source.statements.filter((s) => !declares(s))).toHaveLength(1);
  });
});

describe('the build’s pure annotation', () => {
  it('wraps initializers that run code and leaves functions and plain literals alone', () => {
    const source = [
      'const a = z.object({ b: DEFAULTS.b, c: z.string().min(1) });',
      'export const f = (x: number) => x + 1;',
      'const n = 3;',
      "const s = 'text';",
      'const t = new Set<string>(["x"]);',
    ].join('\n');
    const out = annotateModuleLevelCalls(source, 'x.ts');
    expect(out).toContain(
      'const a = /* @__PURE__ */ (() => (z.object({ b: DEFAULTS.b, c: z.string().min(1) })))();',
    );
    expect(out).toContain('export const f = (x: number) => x + 1;');
    expect(out).toContain('const n = 3;');
    expect(out).toContain("const s = 'text';");
    expect(out).toContain('const t = /* @__PURE__ */ (() => (new Set<string>(["x"])))();');
  });

  it('lets a bundler drop an unused schema whole, property reads included', async () => {
    const source =
      "import { z } from 'zod';\nconst D = { a: 'x' };\nconst S = z.enum(['x']).default(D.a);\nexport const kept = 1;\n";
    const plain = await transform(source, { loader: 'ts', minify: true, treeShaking: true, format: 'esm' });
    const marked = await transform(annotateModuleLevelCalls(source, 'x.ts'), {
      loader: 'ts',
      minify: true,
      treeShaking: true,
      format: 'esm',
    });
    expect(plain.code).toContain('.enum(');
    expect(marked.code).not.toContain('.enum(');
  });

  it('keeps the values the same', async () => {
    const source = "const D = { a: 2 };\nexport const v = [D.a, Math.max(1, D.a * 3)].join('-');\n";
    const { code } = await transform(annotateModuleLevelCalls(source, 'x.ts'), {
      loader: 'ts',
      format: 'cjs',
    });
    const module = { exports: {} as Record<string, unknown> };
    runInNewContext(code, { module, exports: module.exports, Math });
    expect(module.exports['v']).toBe('2-6');
  });
});

describe('functions that run without zod', () => {
  it.each(['classifyNeeds', 'recommendAdaptations', 'validateActionPlan'])(
    '%s alone bundles no zod',
    async (name) => {
      const { inputs, text } = await bundledInputs(
        `import { ${name} } from './index';\nconsole.log(${name});\n`,
      );
      expect(inputs.some((path) => path.includes(`${name}.ts`))).toBe(true);
      expect(inputs.filter((path) => path.includes('node_modules/zod'))).toEqual([]);
      expect(text.length).toBeGreaterThan(1000);
    },
    60_000,
  );

  it('a function that parses does bundle zod (the check can fail)', async () => {
    const { inputs } = await bundledInputs(
      "import { parseNeedsAssessment } from './index';\nconsole.log(parseNeedsAssessment);\n",
    );
    expect(inputs.some((path) => path.includes('node_modules/zod'))).toBe(true);
  }, 60_000);
});
