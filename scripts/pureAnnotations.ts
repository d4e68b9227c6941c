// Marks every call made while a module loads as free of side effects, for the build.
//
// The library has no side effects on import (a house rule, checked by
// test/architecture/pureImport.test.ts): everything a module computes at load
// time (a zod schema, a frozen catalogue, a lookup table) is only kept for its
// value. A bundler cannot know that of a call, so without a hint it keeps every
// module-level `z.object(...)`, `deepFreeze(...)` or `new Set(...)` and all they
// reference, even in an app that never uses the value. This step writes the
// hint: each top-level declaration's initializer that runs code becomes a
// function called at once and marked `/* @__PURE__ */`, so esbuild, Rollup,
// webpack and Vite drop the declarations an app does not use, and with them zod
// when nothing used needs it.
//
// It inserts text only; the module's code is otherwise unchanged.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

const PURE = '/* @__PURE__ */ ';

/** True for initializers that run nothing when the module loads (a function, or a plain literal). */
function runsNothing(node: ts.Expression): boolean {
  return (
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isStringLiteral(node) ||
    ts.isNumericLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  );
}

/**
 * The initializers of the module's top-level declarations that run code when
 * the module loads, as [start, end] offsets in `source`.
 */
export function moduleLevelInitializers(source: string, fileName: string): [number, number][] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const spans: [number, number][] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (init !== undefined && !runsNothing(init)) spans.push([init.getStart(file), init.getEnd()]);
    }
  }
  return spans;
}

/**
 * `source` with every top-level initializer that runs code wrapped in a
 * function called at once and marked pure: `/* @__PURE__ *\/ (() => (init))()`.
 * A bundler drops such a call whole when its value is not used, including any
 * property read inside it (which a pure mark on the calls alone would keep, since
 * a property read may run a getter).
 */
export function annotateModuleLevelCalls(source: string, fileName: string): string {
  const spans = moduleLevelInitializers(source, fileName);
  if (spans.length === 0) return source;
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of spans) {
    parts.push(source.slice(from, start), `${PURE}(() => (`, source.slice(start, end), '))()');
    from = end;
  }
  parts.push(source.slice(from));
  return parts.join('');
}

/**
 * The esbuild plugin that applies {@link annotateModuleLevelCalls} to every
 * TypeScript file under a `src/` folder: the build uses it (tsup.config.ts),
 * and so do the tests that bundle the sources as an app would.
 */
export const pureModuleLevelCalls: Plugin = {
  name: 'pure-module-level-calls',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: annotateModuleLevelCalls(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
