/**
 * `npm run bench`: median time per call of the public functions of the built
 * library (dist/) on seeded, generated data, each beside a floor that reads
 * the same input (Ajv compiled from the shipped JSON Schema beside every parse
 * path, n · m pair reads beside the grid, the same matrix pass beside the
 * assignment), the memory of 100,000 classified profiles, the peak memory of
 * the largest assignment, the first calls in a cold process, and the bundle
 * size of single imports with zod left out and included.
 *
 * Options:
 *   --json <file>   also write every figure as JSON, rows by stable id (used for docs/performance.md)
 *   --only <names>  run only these row providers (comma-separated: core, matching, …)
 *   --skip-bundle   leave out the bundle sizes
 *   --skip-memory   leave out the memory, peak and cold-start measurements
 *
 * To add rows, export a {@link RowProvider} from a bench file and add it to
 * PROVIDERS below.
 *
 * Exits 0 when a target is missed (the figures depend on the machine and its
 * load); it exits 1 only when a benchmark fails to run.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { coreRows } from './core.bench';
import { checksum, type Measured, type RowProvider } from './harness';
import { builtBecause, distDir } from './lib';
import { matchingRows } from './matching.bench';
import { outcomesRows } from './outcomes.bench';
import type { MemoryReport } from './memory';

/** Every source of rows, in the order they run and print. */
export const PROVIDERS: readonly RowProvider[] = [coreRows, matchingRows, outcomesRows];

const started = performance.now();
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonPath = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : undefined;
const root = fileURLToPath(new URL('..', import.meta.url));

/** The machine, as docs/performance.md records it. */
function machine(): Record<string, string> {
  const load = loadavg().map((l) => l.toFixed(2));
  return {
    cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
    ram: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    nproc: String(cpus().length),
    library: distDir,
    platform: `${process.platform} ${process.arch}`,
    'load average (1, 5, 15 min) at start': load.join(', '),
  };
}

const fmtUs = (us: number | undefined): string => {
  if (us === undefined || Number.isNaN(us)) return '—';
  if (us >= 100_000) return `${(us / 1000).toFixed(0)} ms`;
  if (us >= 1000) return `${(us / 1000).toFixed(1)} ms`;
  return `${us.toFixed(us < 10 ? 2 : 1)} µs`;
};
const fmtOps = (ops: number): string =>
  ops >= 100 ? Math.round(ops).toLocaleString('en-US') : ops.toFixed(ops >= 10 ? 1 : 2);

/** A plain-text table (fixed-width columns, readable in a CI log). */
function table(rows: readonly Measured[]): string {
  const head = ['id', 'function', 'median/call', 'ops/s', 'floor', 'floor median', 'ratio', 'target', 'met?'];
  const body = rows.map((r) => [
    r.id,
    r.name,
    fmtUs(r.medianUs),
    fmtOps(r.opsPerSecond),
    r.floorName ?? '—',
    fmtUs(r.floorMedianUs),
    r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)} ×`,
    r.target ?? '—',
    r.met === undefined ? '—' : r.met ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) =>
        i === 0 || i === 1 || i === 4 || i === 7 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!),
      )
      .join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Runs bench/memory.ts in a fresh child process (with the garbage collector exposed) and returns its line of JSON. */
function runChild(...mode: string[]): unknown {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/memory.ts', ...mode], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

const info = machine();
console.log('supported-employment benchmarks (medians; seeded data; tinybench)');
for (const [k, v] of Object.entries(info)) console.log(`  ${k}: ${v}`);
if (builtBecause !== undefined) console.log(`  (built the library first: ${builtBecause})`);
console.log();

const rows: Measured[] = [];
for (const provider of PROVIDERS) {
  if (only !== undefined && !only.has(provider.name)) continue;
  rows.push(...(await provider.run()));
}
console.log(table(rows));
console.log(`(checksum ${checksum() > 0 ? 'ok' : 'zero'})`);

let memory: (MemoryReport & { assign2000PeakBytes?: number }) | undefined;
if (!args.includes('--skip-memory')) {
  const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
  const profiles = runChild('profiles') as MemoryReport;
  const peak = runChild('assign', '2000') as { n: number; peakBytes: number; ms: number };
  const cold = runChild('cold') as { firstUs: number; medianUs: number; meanUs: number };
  memory = { ...profiles, assign2000PeakBytes: peak.peakBytes };
  rows.push({
    id: 'classify-cold-first-100',
    name: 'classifyNeeds, first 100 calls of a fresh process',
    medianUs: cold.medianUs,
    opsPerSecond: 1e6 / cold.medianUs,
    samples: 100,
    extra: cold,
  });
  const assign = rows.find((r) => r.id === 'assign-2000');
  if (assign !== undefined) rows[rows.indexOf(assign)] = { ...assign, extra: { peakBytes: peak.peakBytes } };
  console.log();
  console.log(
    `Memory (heapUsed growth${profiles.gcExposed ? ', after full GC' : ', no --expose-gc: rough'}):`,
  );
  console.log(
    `  ${profiles.profiles.toLocaleString('en-US')} classified profiles held at once: ${mb(profiles.profilesTotalBytes)} MB, ${profiles.profileBytes} bytes/profile`,
  );
  console.log(
    `  ${profiles.assessments.toLocaleString('en-US')} parsed assessments held at once: ${mb(profiles.assessmentBytes * profiles.assessments)} MB, ${profiles.assessmentBytes} bytes/assessment`,
  );
  console.log(
    `  assignCandidates 2,000 × 2,000: peak resident memory added ${mb(peak.peakBytes)} MB (${(peak.ms / 1000).toFixed(2)} s in that process)`,
  );
  console.log(
    `  classifyNeeds in a fresh process: first call ${cold.firstUs.toFixed(0)} µs, median of the first 100 ${cold.medianUs.toFixed(1)} µs, mean ${cold.meanUs.toFixed(1)} µs`,
  );
}

interface BundleRow {
  id: string;
  name: string;
  raw: number;
  minified: number;
  gzip: number;
  minifiedWithZod: number;
  gzipWithZod: number;
}
let bundle: { built: string | undefined; rows: BundleRow[] } | undefined;
if (!args.includes('--skip-bundle')) {
  // A plain .mjs script (also run on its own); imported by URL, so typed by hand here.
  const sizes = (await import(new URL('../scripts/bundle-size.mjs', import.meta.url).href)) as {
    measureBundleSizes: () => Promise<NonNullable<typeof bundle>>;
    formatBundleSizes: (s: NonNullable<typeof bundle>) => string;
  };
  bundle = await sizes.measureBundleSizes();
  console.log();
  console.log(sizes.formatBundleSizes(bundle));
}

const missed = rows.filter((r) => r.met === false);
const seconds = (performance.now() - started) / 1000;
const endLoad = loadavg()
  .map((l) => l.toFixed(2))
  .join(', ');
console.log();
console.log(`load average at end: ${endLoad}; total ${seconds.toFixed(0)} s`);
console.log(
  missed.length === 0
    ? 'All targets met.'
    : `Targets missed on this run: ${missed.map((r) => r.name).join('; ')}`,
);

if (jsonPath !== undefined) {
  const bundles = Object.fromEntries((bundle?.rows ?? []).map(({ id, ...sizes }) => [id, sizes]));
  const date = new Date().toISOString();
  writeFileSync(
    jsonPath,
    `${JSON.stringify({ date, machine: { ...info, 'load average at end': endLoad }, rows, memory, bundles, seconds }, null, 2)}\n`,
  );
}
