import { defineConfig, type Options } from 'tsup';
import { pureModuleLevelCalls } from './scripts/pureAnnotations';

// ESM ships one file per module (with shared chunks), so that a bundler can
// drop every module an application does not import ("sideEffects": false);
// CommonJS ships as one file. Both get type declarations. The command line
// (src/cli, package.json "bin") is one more ESM file for Node that imports the
// library's own ESM entry, so no library code ships twice.
const shared: Options = {
  target: 'es2022',
  platform: 'neutral',
  sourcemap: true,
  // Maps point at src/ by path and leave the sources out (they ship nowhere
  // else), which halves the unpacked package; a stack trace still names the
  // file and line.
  esbuildOptions(options) {
    options.sourcesContent = false;
  },
  external: ['zod', 'immer', 'date-fns', '@date-fns/utc'],
  // Every module-level value is marked pure (scripts/pureAnnotations.ts), so an app's bundler drops
  // the schemas and tables it does not use, and zod with them when nothing it uses needs zod.
  esbuildPlugins: [pureModuleLevelCalls],
};

export default defineConfig([
  {
    ...shared,
    entry: ['src/**/*.ts', '!src/_lib/**', '!src/*/internal/**', '!src/cli/**'],
    format: ['esm'],
    splitting: true,
    treeshake: false,
    clean: true,
    dts: { entry: { index: 'src/index.ts' } },
  },
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    treeshake: true,
    dts: { entry: { index: 'src/index.ts' } },
  },
  {
    ...shared,
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    treeshake: true,
    esbuildPlugins: [
      ...(shared.esbuildPlugins ?? []),
      {
        name: 'library-external',
        setup(build) {
          // src/cli/*.ts import '../index'; dist/cli/main.js imports dist/index.js.
          build.onResolve({ filter: /^\.\.\/index$/ }, () => ({ path: '../index.js', external: true }));
        },
      },
    ],
  },
]);
