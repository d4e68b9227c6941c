/**
 * Stress run of every exported function on hostile input (`npm run stress`).
 *
 * Each exported function is called with a hostile value in each argument
 * position (the other arguments valid), with no arguments and with one extra
 * hostile argument. For each function the script reports the slowest call
 * (time) and the call that grew the heap most, and lists every finding:
 * a call over 100 ms, a call over 50 MB, or a throw that is not a
 * `SupportedEmploymentError` (a library error with a code is a correct
 * answer). Times and memory are read on this machine, once per call, so read
 * them as orders of magnitude. Memory is the growth of the V8 heap and array
 * buffers during the call, after a full collection before it (run with
 * `--expose-gc`, as the npm script does).
 *
 * Each function runs in its own child process with a time limit of
 * `--timeout SECONDS` (default 120), so that one hanging function is reported
 * as a finding instead of stopping the run.
 *
 * Options: `--json FILE` writes the rows; `--strict` exits with 1 on any finding;
 * `--only NAME[,NAME]` runs only those functions (in this process).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SupportedEmploymentError } from '../src';
import { exportedFunctions, VALID_CALLS } from '../test/trust/callTable';
import { HOSTILE_VALUES } from '../test/trust/hostileValues';

const TIME_BUDGET_MS = 100;
const MEMORY_BUDGET_MB = 50;

interface Row {
  readonly fn: string;
  readonly input: string;
  readonly ms: number;
  readonly mb: number;
  readonly outcome: string;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const only = option('--only')?.split(',');
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) console.warn('Run with --expose-gc (npm run stress) for memory figures.');

function used(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function call(
  fn: (...a: unknown[]) => unknown,
  callArgs: unknown[],
): { ms: number; mb: number; outcome: string } {
  gc?.();
  const before = used();
  const start = performance.now();
  let outcome = 'returned';
  try {
    fn(...callArgs);
  } catch (error) {
    outcome =
      error instanceof SupportedEmploymentError
        ? `SupportedEmploymentError ${error.code}`
        : `RAW ${error instanceof Error ? error.constructor.name : typeof error}`;
  }
  const ms = performance.now() - start;
  const mb = Math.max(0, used() - before) / 2 ** 20;
  return { ms, mb, outcome };
}

const rows: Row[] = [];
const table = VALID_CALLS as Readonly<Record<string, () => unknown[]>>;
if (only === undefined) {
  // One child per function, with a time limit.
  const limit = Number(option('--timeout') ?? '120') * 1000;
  for (const [name] of exportedFunctions()) {
    const file = join(tmpdir(), `se-stress-${process.pid}-${name}.json`);
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1] as string, '--only', name, '--json', file, '--quiet'],
      { stdio: 'inherit', timeout: limit },
    );
    try {
      rows.push(...(JSON.parse(readFileSync(file, 'utf8')) as { rows: Row[] }).rows);
      rmSync(file);
    } catch {
      rows.push({
        fn: name,
        input: `(child ${child.signal === null ? `exited ${String(child.status)}` : `stopped after ${limit / 1000} s`})`,
        ms: limit,
        mb: 0,
        outcome: 'RAW timeout or crash',
      });
    }
  }
}
for (const [name, fn] of only === undefined ? [] : exportedFunctions()) {
  if (only !== undefined && !only.includes(name)) continue;
  const valid = table[name];
  if (valid === undefined) {
    rows.push({
      fn: name,
      input: '(no valid call in test/trust/callTable.ts)',
      ms: 0,
      mb: 0,
      outcome: 'RAW missing',
    });
    continue;
  }
  const arity = Math.max(1, valid().length);
  rows.push({ fn: name, input: 'no arguments', ...call(fn, []) });
  for (const [label, make] of HOSTILE_VALUES) {
    for (let position = 0; position <= arity; position += 1) {
      const callArgs = valid();
      callArgs[position] = make();
      const input = position === arity ? `extra argument: ${label}` : `argument ${position + 1}: ${label}`;
      rows.push({ fn: name, input, ...call(fn, callArgs) });
    }
  }
}

const quiet = args.includes('--quiet');
const isFinding = (r: Row): boolean =>
  r.ms > TIME_BUDGET_MS || r.mb > MEMORY_BUDGET_MB || r.outcome.startsWith('RAW');
const byFn = new Map<string, Row[]>();
for (const row of rows) byFn.set(row.fn, [...(byFn.get(row.fn) ?? []), row]);

const log: (...parts: unknown[]) => void = quiet ? () => undefined : console.log;
log(
  `stress: ${rows.length} calls over ${byFn.size} exported functions, budget ${TIME_BUDGET_MS} ms and ${MEMORY_BUDGET_MB} MB per call\n`,
);
log(
  'function'.padEnd(28),
  'slowest ms'.padStart(10),
  ' slowest input'.padEnd(58),
  'max MB'.padStart(8),
  ' input',
);
for (const [fn, list] of byFn) {
  const slow = list.reduce((a, b) => (b.ms > a.ms ? b : a));
  const big = list.reduce((a, b) => (b.mb > a.mb ? b : a));
  log(
    fn.padEnd(28),
    slow.ms.toFixed(1).padStart(10),
    ` ${slow.input}`.slice(0, 58).padEnd(58),
    big.mb.toFixed(1).padStart(8),
    ` ${big.input}`,
  );
}
const findings = rows.filter(isFinding);
log(`\nfindings: ${findings.length}`);
for (const f of findings)
  log(`  ${f.fn} — ${f.input}: ${f.ms.toFixed(1)} ms, ${f.mb.toFixed(1)} MB, ${f.outcome}`);

const json = option('--json');
if (json !== undefined) writeFileSync(json, `${JSON.stringify({ rows, findings }, null, 2)}\n`);
if (args.includes('--strict') && findings.length > 0) process.exitCode = 1;
