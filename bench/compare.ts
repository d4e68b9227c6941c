/**
 * `npm run bench:compare -- --base <dir>`: the parse paths of another build
 * of the library (an earlier release, a commit before a change) against this
 * one's built dist/, in one process, on the same inputs, in alternating rounds
 * (./rounds.ts).
 *
 * Two `npm run bench` runs made one after the other compare two moments of a
 * shared machine as much as two builds; here each round times both builds
 * within a few milliseconds of each other. The inputs are the benchmark's own
 * (./generate.ts, the seeds of ./core.bench.ts), kept only where both builds
 * accept them: a build that refuses an input would skip the library call on
 * it and look faster than it is. How many were kept is printed.
 *
 * Options:
 *   --base <dir>    the other build: a dist/ directory, or a checkout holding one (required)
 *   --rounds <n>    rounds per series (41)
 *   --series <n>    series per path (6)
 *   --calls <n>     calls per round (1,000; one call per generated input)
 *   --json <file>   also write every series as JSON
 *
 * Example, against the build of an earlier commit:
 *   git worktree add ../base <commit> && (cd ../base && npm ci && npx tsup)
 *   npm run bench:compare -- --base ../base
 */
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Library from '../src/index';
import { PLAN_ACTIVITIES, SEEDS } from './core.bench';
import { generateActionPlans, generateAssessments, withProfiles } from './generate';
import { distDir, se } from './lib';
import { alternatingRounds, summarizeRounds, type RoundsSummary } from './rounds';

type Build = typeof Library;

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const count = (name: string, fallback: number): number => {
  const value = Number(option(name) ?? fallback);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} takes a whole number ≥ 1.`);
  return value;
};

const baseArg = option('base');
if (baseArg === undefined)
  throw new Error('Name the other build: npm run bench:compare -- --base <dist dir or checkout>');
const baseDir = [resolve(baseArg), resolve(baseArg, 'dist')].find((d) => existsSync(join(d, 'index.js')));
if (baseDir === undefined)
  throw new Error(`No index.js in ${baseArg} or its dist/; build it first (npx tsup).`);
if (resolve(baseDir) === resolve(distDir))
  throw new Error('--base names the build under measurement itself.');

const rounds = count('rounds', 41);
const series = count('series', 6);
const calls = count('calls', 1000);
const jsonPath = option('json');

const base = (await import(pathToFileURL(join(baseDir, 'index.js')).href)) as Build;
const builds = { base, current: se } as const;

// The inputs both builds accept, and each build's own profiles of them (a plan's context holds one).
const generated = generateAssessments(SEEDS.assessments, calls);
const assessments = generated.filter(
  (a) => base.safeParseNeedsAssessment(a).ok && se.safeParseNeedsAssessment(a).ok,
);
const plansOf = (build: Build) =>
  withProfiles(
    generateActionPlans(SEEDS.plans, calls, PLAN_ACTIVITIES),
    assessments.map((a) => build.classifyNeeds(build.parseNeedsAssessment(a))),
  );
const plans = { base: plansOf(base), current: plansOf(se) };
const accepted = plans.current.flatMap((p, i) =>
  base.safeParseActionPlan(plans.base[i]!.input).ok && se.safeParseActionPlan(p.input).ok ? [i] : [],
);

let sink = 0;
const PATHS: Record<string, { inputs: number; run: (build: 'base' | 'current') => void }> = {
  'parse-classify': {
    inputs: assessments.length,
    run: (which) => {
      const lib = builds[which];
      for (const a of assessments) {
        const parsed = lib.safeParseNeedsAssessment(a);
        sink += parsed.ok ? lib.classifyNeeds(parsed.value).needs.length : -1;
      }
    },
  },
  'parse-validate-plan': {
    inputs: accepted.length,
    run: (which) => {
      const lib = builds[which];
      const own = plans[which];
      for (const i of accepted) {
        const plan = own[i]!;
        const parsed = lib.safeParseActionPlan(plan.input);
        sink += parsed.ok ? lib.validateActionPlan(parsed.value, plan.context).issues.length : -1;
      }
    },
  },
};

const fmt = (x: number, digits = 1): string => x.toFixed(digits);
console.log('supported-employment: two builds, one process, alternating rounds');
console.log(`  base:    ${baseDir}\n  current: ${distDir}`);
console.log(`  cpu: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}`);
console.log(
  `  load average at start: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
console.log(`  ${series} series × ${rounds} rounds per path\n`);

const results: Record<string, { inputs: number; series: RoundsSummary[] }> = {};
for (const [id, path] of Object.entries(PATHS)) {
  const summaries: RoundsSummary[] = [];
  for (let s = 0; s < series; s++)
    summaries.push(
      summarizeRounds(alternatingRounds(path.run, { rounds, warmup: 5, perRound: path.inputs })),
    );
  results[id] = { inputs: path.inputs, series: summaries };
  const range = (pick: (r: RoundsSummary) => number, digits = 2): string => {
    const values = summaries.map(pick);
    return `${fmt(Math.min(...values), digits)}–${fmt(Math.max(...values), digits)}`;
  };
  console.log(`${id} (${path.inputs} of ${calls} inputs, accepted by both builds)`);
  console.log(
    `  base ${range((r) => r.baseMedianUs)} µs, current ${range((r) => r.currentMedianUs)} µs per call`,
  );
  console.log(
    `  base ÷ current: median of rounds ${range((r) => r.medianRatio)} ×, fastest rounds ${range((r) => r.fastestRatio)} ×, totals ${range((r) => r.totalRatio)} ×\n`,
  );
}
console.log(
  `load average at end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} (checksum ${sink})`,
);

if (jsonPath !== undefined) {
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    base: baseDir,
    current: distDir,
    rounds,
    results,
  };
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
}
