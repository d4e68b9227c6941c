/**
 * The library under measurement: the built `dist/index.js` (what users run),
 * not the sources through a transpiler. Builds dist/ first when it is missing
 * or older than src/.
 *
 * `SE_BENCH_DIST=/path/to/dist` measures another build instead (for example
 * the previous release's, to report before and after); it is then used as is.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Library from '../src/index';

/** The dist/ directory measured. */
export const distDir: string =
  process.env['SE_BENCH_DIST'] ?? fileURLToPath(new URL('../dist', import.meta.url));

/** Why dist/ was built first, or undefined when it was up to date (or given). */
export let builtBecause: string | undefined;

if (process.env['SE_BENCH_DIST'] === undefined) {
  // A plain .mjs script (also run on its own); imported by URL, so typed by hand here.
  const sizes = (await import(new URL('../scripts/bundle-size.mjs', import.meta.url).href)) as {
    ensureBuilt: () => string | undefined;
  };
  builtBecause = sizes.ensureBuilt();
}

/** The library's public API, loaded from the built dist/index.js. */
export const se = (await import(pathToFileURL(join(distDir, 'index.js')).href)) as typeof Library;
