/**
 * Memory of classified needs profiles held at once.
 *
 * Run in its own process with the garbage collector exposed (bench/index.ts
 * does this):  node --expose-gc --import tsx bench/memory.ts
 *
 * Parses a pool of 1,000 generated assessments, then measures the heap
 * (`process.memoryUsage().heapUsed`, after a full collection) before and after
 * building an array of 100,000 profiles with classifyNeeds, and likewise for
 * 100,000 parsed assessments. Prints one line of JSON.
 */
import { classifyNeeds, NeedsAssessmentSchema, type NeedsAssessment, type NeedsProfile } from '../src';
import { SEEDS } from './core.bench';
import { generateAssessments } from './generate';

/** How many profiles are held at once. */
export const HELD = 100_000;

/** The figures printed by this script. */
export interface MemoryReport {
  /** Profiles held. */
  readonly profiles: number;
  /** Heap growth for the profiles, in bytes. */
  readonly profileBytes: number;
  /** Parsed assessments held. */
  readonly assessments: number;
  /** Heap growth for the parsed assessments, in bytes. */
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
  const pool: NeedsAssessment[] = generateAssessments(SEEDS.assessments, 1000).map((a) => NeedsAssessmentSchema.parse(a));
  // Warm up the code paths so that compiled code is not counted as data.
  for (let i = 0; i < 5000; i++) classifyNeeds(pool[i % pool.length]!);

  let before = settledHeap();
  const profiles: NeedsProfile[] = new Array<NeedsProfile>(HELD);
  for (let i = 0; i < HELD; i++) profiles[i] = classifyNeeds(pool[i % pool.length]!);
  const profileBytes = settledHeap() - before;

  // Parsed assessments: parse the raw pool round-robin (each parse builds a new object).
  const raw = generateAssessments(SEEDS.assessments, 1000);
  before = settledHeap();
  const parsed: NeedsAssessment[] = new Array<NeedsAssessment>(HELD);
  for (let i = 0; i < HELD; i++) parsed[i] = NeedsAssessmentSchema.parse(raw[i % raw.length]);
  const assessmentBytes = settledHeap() - before;

  // Keep both arrays alive until after the last measurement.
  if (profiles.length + parsed.length !== 2 * HELD) throw new Error('lost a value');
  return { profiles: HELD, profileBytes, assessments: HELD, assessmentBytes, gcExposed: gc !== undefined };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  console.log(JSON.stringify(measureMemory()));
}
