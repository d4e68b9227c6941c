// Bundle size of the library as a browser app would ship it.
//
// Bundles dist/index.js with esbuild (ESM, platform browser, production
// NODE_ENV; immer, date-fns and @date-fns/utc bundled in) four ways: the whole
// library, `classifyNeeds` alone, `recommendAdaptations` alone and
// `validateActionPlan` alone, and reports the raw, minified and gzipped size
// of each, once with zod left out (external, as the peer dependency) and once
// with zod included, as an app that imports only that function ships it.
// `"sideEffects": false` and pure top-level code should make a single-function
// import clearly smaller than the whole library.
//
// SE_BENCH_DIST=/path/to/dist measures another build (used as is).
//
//   node scripts/bundle-size.mjs           prints the table
//   node scripts/bundle-size.mjs --json    prints the figures as JSON
//
// Builds the library first (npm run build) when dist/index.js is missing or
// older than a file under src/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.env.SE_BENCH_DIST ?? join(root, 'dist');
const entry = join(dist, 'index.js');

/** The newest modification time of any file under `dir`. */
function newest(dir) {
  let latest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, name.name);
    latest = Math.max(latest, name.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds dist/ when it is missing or older than the sources; returns why it built, or undefined. */
export function ensureBuilt() {
  if (process.env.SE_BENCH_DIST !== undefined) return undefined;
  const reason = !existsSync(entry)
    ? 'dist/index.js is missing'
    : statSync(entry).mtimeMs < newest(join(root, 'src'))
      ? 'dist/index.js is older than src/'
      : undefined;
  if (reason !== undefined)
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return reason;
}

/** The cases measured: a name and the entry module's source. */
export const CASES = [
  {
    id: 'whole',
    name: 'whole library (import * as se)',
    contents: "import * as se from './index.js';\nconsole.log(se);\n",
  },
  {
    id: 'classifyNeeds',
    name: 'classifyNeeds alone',
    contents: "import { classifyNeeds } from './index.js';\nconsole.log(classifyNeeds);\n",
  },
  {
    id: 'recommendAdaptations',
    name: 'recommendAdaptations alone',
    contents: "import { recommendAdaptations } from './index.js';\nconsole.log(recommendAdaptations);\n",
  },
  {
    id: 'validateActionPlan',
    name: 'validateActionPlan alone',
    contents: "import { validateActionPlan } from './index.js';\nconsole.log(validateActionPlan);\n",
  },
];

async function bundle(contents, minify, withZod = false) {
  const result = await build({
    stdin: { contents, resolveDir: dist, sourcefile: 'entry.js', loader: 'js' },
    nodePaths: [join(root, 'node_modules')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: withZod ? [] : ['zod', 'zod/*'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

/**
 * Measures every case: bytes of the unminified bundle (raw), of the minified
 * bundle, and of the minified bundle gzipped (level 9).
 */
export async function measureBundleSizes() {
  const built = ensureBuilt();
  const rows = [];
  for (const c of CASES) {
    const raw = await bundle(c.contents, false);
    const min = await bundle(c.contents, true);
    const minZod = await bundle(c.contents, true, true);
    rows.push({
      id: c.id,
      name: c.name,
      raw: raw.byteLength,
      minified: min.byteLength,
      gzip: gzipSync(min, { level: 9 }).byteLength,
      minifiedWithZod: minZod.byteLength,
      gzipWithZod: gzipSync(minZod, { level: 9 }).byteLength,
    });
  }
  return { built, rows };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

/** The figures as a printable table, with each single import as a share of the whole library. */
export function formatBundleSizes({ rows }) {
  const whole = rows[0];
  const lines = [
    'Bundle size (esbuild, ESM, browser, minified; immer, date-fns, @date-fns/utc bundled; zod left out, then included)',
    `${'bundle'.padEnd(34)}${'raw'.padStart(10)}${'minified'.padStart(11)}${'gzip'.padStart(10)}${'share of whole (gzip)'.padStart(24)}${'gzip with zod'.padStart(16)}`,
  ];
  for (const r of rows) {
    const share = r === whole ? '100 %' : `${((100 * r.gzip) / whole.gzip).toFixed(0)} %`;
    lines.push(
      `${r.name.padEnd(34)}${kb(r.raw).padStart(10)}${kb(r.minified).padStart(11)}${kb(r.gzip).padStart(10)}${share.padStart(24)}${kb(r.gzipWithZod).padStart(16)}`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await measureBundleSizes();
  if (sizes.built !== undefined) console.error(`(built the library first: ${sizes.built})`);
  console.log(
    process.argv.includes('--json') ? JSON.stringify(sizes.rows, null, 2) : formatBundleSizes(sizes),
  );
}
