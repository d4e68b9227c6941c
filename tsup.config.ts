import { defineConfig, type Options } from 'tsup';

// ESM ships one file per module (with shared chunks), so that a bundler can
// drop every module an application does not import ("sideEffects": false);
// CommonJS ships as one file. Both get type declarations.
const shared: Options = {
  target: 'es2022',
  platform: 'neutral',
  sourcemap: true,
  external: ['zod', 'immer', 'date-fns', '@date-fns/utc'],
};

export default defineConfig([
  {
    ...shared,
    entry: ['src/**/*.ts', '!src/_lib/**', '!src/*/internal/**'],
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
]);
