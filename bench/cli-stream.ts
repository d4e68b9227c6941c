/**
 * Memory of `supported-employment classify` on a long stream: does it stay
 * flat however many assessments go through?
 *
 *   npm run bench:cli                      # builds, then 10,000 and 100,000 assessments
 *   npx tsx bench/cli-stream.ts 100000     # one run of the given size (dist/ must be built)
 *
 * For each size, generated assessments are written one NDJSON line at a time
 * into the built command (dist/cli/main.js) as a child process, waiting when
 * its input is full, and its output is counted and dropped. The child's
 * resident memory is read from /proc/<pid>/status while it runs (Linux):
 * VmHWM, the peak resident set, is the figure. Flat memory means the peak for
 * 100,000 assessments is about the peak for 10,000. Prints one JSON line per
 * size and a last line with the ratio.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { generateAssessment } from './generate';
import { createRng } from './rng';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'cli', 'main.js');
const SEED = 20_261_204;

/** The figures of one run. */
export interface StreamReport {
  readonly assessments: number;
  readonly outputLines: number;
  readonly exitCode: number | null;
  /** The child's peak resident set (VmHWM), in MiB. */
  readonly peakRssMiB: number;
  /** The child's resident set when a tenth of the input had gone through, in MiB. */
  readonly rssAtTenthMiB: number;
  readonly seconds: number;
}

function statusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

async function run(count: number): Promise<StreamReport> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [bin, 'classify', '-'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const pid = child.pid ?? 0;
  let peakKiB = 0;
  let atTenthKiB = 0;
  let outputLines = 0;
  const sample = (): void => {
    peakKiB = Math.max(peakKiB, statusKiB(pid, 'VmHWM') ?? 0);
  };
  const timer = setInterval(sample, 100);
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  lines.on('line', () => {
    outputLines++;
    if (outputLines === Math.floor(count / 10)) atTenthKiB = statusKiB(pid, 'VmRSS') ?? 0;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  const rng = createRng(SEED);
  for (let i = 0; i < count; i++) {
    if (!child.stdin.write(`${JSON.stringify(generateAssessment(rng, i))}\n`)) {
      await new Promise<void>((resolve) => child.stdin.once('drain', resolve));
    }
    if (i % 1000 === 0) sample();
  }
  child.stdin.end();
  // The last sample before the child ends: wait for the output to close first.
  await new Promise<void>((resolve) => lines.once('close', resolve));
  sample();
  const exitCode = await exited;
  clearInterval(timer);
  return {
    assessments: count,
    outputLines,
    exitCode,
    peakRssMiB: Math.round((peakKiB / 1024) * 10) / 10,
    rssAtTenthMiB: Math.round((atTenthKiB / 1024) * 10) / 10,
    seconds: Math.round(Number(process.hrtime.bigint() - started) / 1e8) / 10,
  };
}

if (!existsSync(bin)) {
  console.error('dist/cli/main.js is missing: run `npm run build` first (npm run bench:cli does).');
  process.exit(2);
}
if (!existsSync('/proc/self/status')) {
  console.error('This benchmark reads /proc/<pid>/status and runs on Linux only.');
  process.exit(2);
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const reports: StreamReport[] = [];
for (const size of sizes.length > 0 ? sizes : [10_000, 100_000]) {
  const report = await run(size);
  reports.push(report);
  console.log(JSON.stringify(report));
  if (report.exitCode !== 0 || report.outputLines !== size) {
    console.error(
      `classify did not answer every line (exit ${String(report.exitCode)}, ${report.outputLines} of ${size} lines)`,
    );
    process.exitCode = 1;
  }
}
const first = reports[0];
const last = reports.at(-1);
if (first && last && last !== first) {
  console.log(
    JSON.stringify({
      peakRatio: Math.round((last.peakRssMiB / first.peakRssMiB) * 100) / 100,
      sizes: [first.assessments, last.assessments],
      unit: 'peak RSS, larger run / smaller run',
    }),
  );
}
