/**
 * Memory and cold-start figures, each measured in a fresh process so that
 * nothing else is on the heap (bench/index.ts runs them):
 *
 *   node --expose-gc --import tsx bench/memory.ts profiles
 *   node --expose-gc --import tsx bench/memory.ts assign 2000
 *   node --import tsx bench/memory.ts cold
 *
 * `profiles`: the heap growth (`process.memoryUsage().heapUsed`, after a full
 * collection) of holding 100,000 classified profiles at once, and likewise
 * 100,000 parsed assessments. `assign N`: the peak resident memory added by
 * one N × N `assignCandidates` (the growth of the process's maximum resident
 * set size, so typed arrays outside the heap count too). `cold`: the time of
 * each of the first 100 `classifyNeeds` calls in a fresh process. Each prints
 * one line of JSON.
 */
import type { NeedsAssessment, NeedsProfile } from '../src';
import { generateCandidates, generateOpenings } from '../test/fixtures/matching/generate';
import { SEEDS } from './core.bench';
import { generateAssessments } from './generate';
import { median } from './harness';
import { se } from './lib';
import { MATCHING_SEED } from './matching.bench';

/** How many profiles are held at once. */
export const HELD = 100_000;

/** The figures of `profiles`. */
export interface MemoryReport {
  /** Profiles held. */
  readonly profiles: number;
  /** Heap growth per profile, in bytes. */
  readonly profileBytes: number;
  /** Heap growth for all the profiles, in bytes. */
  readonly profilesTotalBytes: number;
  /** Parsed assessments held. */
  readonly assessments: number;
  /** Heap growth per parsed assessment, in bytes. */
  readonly assessmentBytes: number;
  /** Whether a full collection could be forced (node --expose-gc); without it the figures are rough. */
  readonly gcExposed: boolean;
}

const gc = (globalThis as { gc?: () => void }).gc;

function settledHeap(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** Measures the heap growth of holding `HELD` profiles and `HELD` parsed assessments. */
export function measureMemory(): MemoryReport {
  const pool: NeedsAssessment[] = generateAssessments(SEEDS.assessments, 1000).map((a) =>
    se.parseNeedsAssessment(a),
  );
  // Warm up the code paths so that compiled code is not counted as data.
  for (let i = 0; i < 5000; i++) se.classifyNeeds(pool[i % pool.length]!);

  let before = settledHeap();
  const profiles: NeedsProfile[] = new Array<NeedsProfile>(HELD);
  for (let i = 0; i < HELD; i++) profiles[i] = se.classifyNeeds(pool[i % pool.length]!);
  const profilesTotalBytes = settledHeap() - before;

  // Parsed assessments: parse the raw pool round-robin (each parse builds a new object).
  const raw = generateAssessments(SEEDS.assessments, 1000);
  before = settledHeap();
  const parsed: NeedsAssessment[] = new Array<NeedsAssessment>(HELD);
  for (let i = 0; i < HELD; i++) parsed[i] = se.parseNeedsAssessment(raw[i % raw.length]);
  const assessmentBytes = settledHeap() - before;

  // Keep both arrays alive until after the last measurement.
  if (profiles.length + parsed.length !== 2 * HELD) throw new Error('lost a value');
  return {
    profiles: HELD,
    profileBytes: Math.round(profilesTotalBytes / HELD),
    profilesTotalBytes,
    assessments: HELD,
    assessmentBytes: Math.round(assessmentBytes / HELD),
    gcExposed: gc !== undefined,
  };
}

/** The peak resident memory one `n × n` assignment adds, in bytes, and its time. */
export function measureAssignPeak(n: number): { n: number; peakBytes: number; ms: number } {
  const candidates = generateCandidates(MATCHING_SEED, n);
  const openings = generateOpenings(MATCHING_SEED + 1, n);
  // Warm up on a small problem, so that compiled code is not counted.
  se.assignCandidates(candidates.slice(0, 50), openings.slice(0, 50));
  gc?.();
  const before = process.resourceUsage().maxRSS * 1024;
  const rssNow = process.memoryUsage().rss;
  const started = performance.now();
  const result = se.assignCandidates(candidates, openings);
  const ms = performance.now() - started;
  const peak = process.resourceUsage().maxRSS * 1024;
  if (result.pairs.length < 0) throw new Error('unreachable');
  // maxRSS only grows: the peak added is measured from the larger of the earlier peak and the current size.
  return { n, peakBytes: Math.max(0, peak - Math.max(before, rssNow)), ms };
}

/** The time of each of the first 100 classifyNeeds calls in this process, in microseconds. */
export function measureCold(): { firstUs: number; medianUs: number; meanUs: number } {
  const pool = generateAssessments(SEEDS.assessments, 100).map((a) => se.parseNeedsAssessment(a));
  const times: number[] = [];
  for (const a of pool) {
    const t = performance.now();
    se.classifyNeeds(a);
    times.push((performance.now() - t) * 1000);
  }
  return {
    firstUs: times[0]!,
    medianUs: median(times),
    meanUs: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const mode = process.argv[2] ?? 'profiles';
  const out =
    mode === 'assign'
      ? measureAssignPeak(Number(process.argv[3] ?? 2000))
      : mode === 'cold'
        ? measureCold()
        : measureMemory();
  console.log(JSON.stringify(out));
}
