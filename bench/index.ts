/**
 * `npm run bench`: median time per call and throughput of the public functions
 * on seeded, generated data, each beside its floor (the bare zod parse of the
 * same input, or a bare loop over the same fields), the memory of 100,000
 * classified profiles, and the bundle size of the library.
 *
 * Options:
 *   --json <file>   also write every figure as JSON (used for docs/performance.md)
 *   --skip-bundle   leave out the bundle sizes (they need a built dist/)
 *   --skip-memory   leave out the memory measurement
 *
 * Exits 0 when a target is missed (the figures depend on the machine and its
 * load); it exits 1 only when a benchmark fails to run.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runCoreBench } from './core.bench';
import { checksum, type Measured } from './harness';
import { runMatchingBench } from './matching.bench';
import type { MemoryReport } from './memory';

const started = performance.now();
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonPath = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const root = fileURLToPath(new URL('..', import.meta.url));

/** The machine, as docs/performance.md records it. */
function machine(): Record<string, string> {
  const load = loadavg().map((l) => l.toFixed(2));
  return {
    cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
    ram: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
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
const fmtOps = (ops: number): string => (ops >= 100 ? Math.round(ops).toLocaleString('en-US') : ops.toFixed(ops >= 10 ? 1 : 2));

/** A plain-text table (fixed-width columns, readable in a CI log). */
function table(rows: readonly Measured[]): string {
  const head = ['function', 'median/call', 'ops/s', 'floor', 'floor median', 'ratio', 'target', 'met?'];
  const body = rows.map((r) => [
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
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 || i === 3 || i === 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Runs bench/memory.ts in a child process with the garbage collector exposed. */
function runMemory(): MemoryReport {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/memory.ts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as MemoryReport;
}

const info = machine();
console.log('supported-employment benchmarks (medians; seeded data; tinybench)');
for (const [k, v] of Object.entries(info)) console.log(`  ${k}: ${v}`);
console.log();

const core = await runCoreBench();
const matching = await runMatchingBench();
const rows = [...core, ...matching];
console.log(table(rows));
console.log(`(checksum ${checksum() > 0 ? 'ok' : 'zero'})`);

let memory: MemoryReport | undefined;
if (!args.includes('--skip-memory')) {
  memory = runMemory();
  const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
  console.log();
  console.log(`Memory (heapUsed growth${memory.gcExposed ? ', after full GC' : ', no --expose-gc: rough'}):`);
  console.log(`  ${memory.profiles.toLocaleString('en-US')} classified profiles held at once: ${mb(memory.profileBytes)} MB, ${Math.round(memory.profileBytes / memory.profiles)} bytes/profile`);
  console.log(`  ${memory.assessments.toLocaleString('en-US')} parsed assessments held at once: ${mb(memory.assessmentBytes)} MB, ${Math.round(memory.assessmentBytes / memory.assessments)} bytes/assessment`);
}

let bundle: { built: string | undefined; rows: { name: string; raw: number; minified: number; gzip: number }[] } | undefined;
if (!args.includes('--skip-bundle')) {
  // A plain .mjs script (also run on its own); imported by URL, so typed by hand here.
  const sizes = (await import(new URL('../scripts/bundle-size.mjs', import.meta.url).href)) as {
    measureBundleSizes: () => Promise<NonNullable<typeof bundle>>;
    formatBundleSizes: (s: NonNullable<typeof bundle>) => string;
  };
  bundle = await sizes.measureBundleSizes();
  console.log();
  if (bundle.built !== undefined) console.log(`(built the library first: ${bundle.built})`);
  console.log(sizes.formatBundleSizes(bundle));
}

const missed = rows.filter((r) => r.met === false);
const seconds = (performance.now() - started) / 1000;
const endLoad = loadavg()
  .map((l) => l.toFixed(2))
  .join(', ');
console.log();
console.log(`load average at end: ${endLoad}; total ${seconds.toFixed(0)} s`);
console.log(missed.length === 0 ? 'All targets met.' : `Targets missed on this run: ${missed.map((r) => r.name).join('; ')}`);

if (jsonPath !== undefined) {
  writeFileSync(jsonPath, `${JSON.stringify({ machine: { ...info, 'load average at end': endLoad }, rows, memory, bundle: bundle?.rows, seconds }, null, 2)}\n`);
}
