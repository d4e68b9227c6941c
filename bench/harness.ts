/**
 * The measuring harness of `npm run bench`: runs a function and its floor
 * side by side in one tinybench run, on a pool of generated inputs, and turns
 * tinybench's latency samples into a median per call.
 *
 * Fast functions (a few microseconds) are timed in batches: one tinybench
 * iteration makes `batch` calls over consecutive inputs of the pool, and the
 * median of the iterations is divided by `batch`. That keeps the timer's own
 * cost (tens of nanoseconds per reading) out of the figures and keeps the
 * ratio to the floor honest.
 */
import { Bench, type Task } from 'tinybench';

/** A value every measured call adds to, so the engine cannot drop the work as dead code. */
let sink = 0;

/** Feeds a result into the sink (length of an array, a number, or 1 for anything truthy). */
export function consume(value: unknown): void {
  if (typeof value === 'number') sink += value;
  else if (Array.isArray(value)) sink += value.length;
  else if (value) sink += 1;
}

/** The sink's current value, printed at the end so it is observable. */
export function checksum(): number {
  return sink;
}

/** One measured subject: the function under test, or its floor. */
export interface Subject {
  /** The stable id of the floor's own row in the JSON output (a floor without an id gets no row of its own). */
  readonly id?: string | undefined;
  /** The label in the table. */
  readonly name: string;
  /** One call on the pool's `i`-th input. */
  readonly run: (i: number) => unknown;
}

/** A function under test beside its floor, with the target it is held to. */
export interface Comparison {
  /** The stable id of the row in the JSON output (`parse-classify`, `assign-2000`, …). */
  readonly id: string;
  /** The subject measured. */
  readonly subject: Subject;
  /** The floor: the least work that reads the same input as the subject (the same records, the same pairs, the same matrix). */
  readonly floor?: Subject | undefined;
  /** How many inputs the pool holds; calls go round it. */
  readonly pool: number;
  /** Calls per tinybench iteration (1 for the heavy tasks). */
  readonly batch: number;
  /** The target in words, for the table. */
  readonly target?: string | undefined;
  /** Whether the measured row meets its target. */
  readonly meets?: ((row: Measured) => boolean) | undefined;
}

/** The medians of one comparison. */
export interface Measured {
  /** The stable id of the row. */
  readonly id: string;
  /** The function's label. */
  readonly name: string;
  /** Median time per call, in microseconds. */
  readonly medianUs: number;
  /** Calls per second at the median. */
  readonly opsPerSecond: number;
  /** Number of tinybench samples behind the median. */
  readonly samples: number;
  /** The floor's label, when there is one. */
  readonly floorName?: string | undefined;
  /** The id of the floor's own row, when it has one. */
  readonly floorId?: string | undefined;
  /** The floor's median time per call, in microseconds. */
  readonly floorMedianUs?: number | undefined;
  /** The function's median divided by the floor's. */
  readonly ratio?: number | undefined;
  /** The target in words. */
  readonly target?: string | undefined;
  /** Whether the target is met (undefined when there is no target). */
  readonly met?: boolean | undefined;
  /** Further figures of the row (a peak memory, a total), by name. */
  readonly extra?: Readonly<Record<string, number>> | undefined;
}

/**
 * A source of rows for `npm run bench`: bench/index.ts runs every provider in
 * its list, in order, and prints and writes their rows. A new benchmark file
 * exports one provider and is added to that list.
 */
export interface RowProvider {
  /** A short name, for `--only` and the log. */
  readonly name: string;
  /** Measures and returns the rows. */
  readonly run: () => Promise<Measured[]>;
}

/** The row of a floor that has an id of its own (its median is the floor median of the comparison). */
export function floorRows(rows: readonly Measured[]): Measured[] {
  return rows
    .filter((r) => r.floorId !== undefined && r.floorMedianUs !== undefined)
    .map((r) => ({
      id: r.floorId as string,
      name: r.floorName ?? r.floorId ?? '',
      medianUs: r.floorMedianUs as number,
      opsPerSecond: 1e6 / (r.floorMedianUs as number),
      samples: r.samples,
    }));
}

/** Options of one measurement. */
export interface RunOptions {
  /** Milliseconds each task is sampled for, in all rounds together. */
  readonly time: number;
  /** Milliseconds of warm-up before the first round. */
  readonly warmupTime: number;
  /** Least number of samples per task, in all rounds together. */
  readonly iterations: number;
  /** Warm-up iterations before the first round. */
  readonly warmupIterations: number;
  /**
   * Rounds: the subject and its floor take turns (subject first, then floor
   * first, …), so a change in machine load during the run hits both alike.
   */
  readonly rounds: number;
}

/** The small, fast functions: half a second each in four alternating rounds, after a short warm-up. */
export const LIGHT: RunOptions = {
  time: 500,
  warmupTime: 150,
  iterations: 12,
  warmupIterations: 5,
  rounds: 4,
};

/** The heavy tasks (whole grids): a few full iterations each, alternating with the floor. */
export const HEAVY: RunOptions = { time: 0, warmupTime: 0, iterations: 6, warmupIterations: 1, rounds: 3 };

/** The tasks of seconds (municipal-scale assignment): three iterations in two alternating rounds, no warm-up. */
export const SCALE: RunOptions = { time: 0, warmupTime: 0, iterations: 3, warmupIterations: 0, rounds: 2 };

function samplesOf(task: Task | undefined): number[] {
  const result = task?.result as { latency?: { samples?: number[] }; error?: Error } | undefined;
  if (result?.error !== undefined) throw result.error;
  return result?.latency?.samples ?? [];
}

/** The median of a list (the mean of the two middle values for an even count; NaN for none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Measures each comparison: the subject and its floor run next to each other
 * in alternating rounds, and the median is taken over the samples of all
 * rounds, so both see the same machine load.
 */
export async function measure(comparisons: readonly Comparison[], options: RunOptions): Promise<Measured[]> {
  const samples = new Map<string, number[]>();
  const next = new Map<string, number>();
  const add = (bench: Bench, subject: Subject, c: Comparison, key: string): void => {
    bench.add(key, () => {
      let i = next.get(key) ?? 0;
      for (let k = 0; k < c.batch; k++) {
        consume(subject.run(i));
        i = i + 1 === c.pool ? 0 : i + 1;
      }
      next.set(key, i);
    });
  };
  for (let round = 0; round < options.rounds; round++) {
    const first = round === 0;
    const bench = new Bench({
      time: options.time / options.rounds,
      iterations: Math.ceil(options.iterations / options.rounds),
      warmup: first && (options.warmupIterations > 0 || options.warmupTime > 0),
      warmupTime: options.warmupTime,
      warmupIterations: options.warmupIterations,
      throws: true,
    });
    comparisons.forEach((c, n) => {
      const keys =
        c.floor === undefined
          ? [`${n}:subject`]
          : round % 2 === 0
            ? [`${n}:subject`, `${n}:floor`]
            : [`${n}:floor`, `${n}:subject`];
      for (const key of keys) add(bench, key.endsWith('subject') ? c.subject : (c.floor as Subject), c, key);
    });
    await bench.run();
    for (const task of bench.tasks)
      samples.set(task.name, [...(samples.get(task.name) ?? []), ...samplesOf(task)]);
  }
  return comparisons.map((c, n) => {
    const own = samples.get(`${n}:subject`) ?? [];
    const medianUs = (median(own) * 1000) / c.batch;
    const floor =
      c.floor === undefined ? undefined : (median(samples.get(`${n}:floor`) ?? []) * 1000) / c.batch;
    const row: Measured = {
      id: c.id,
      name: c.subject.name,
      medianUs,
      opsPerSecond: 1e6 / medianUs,
      samples: own.length,
      floorName: c.floor?.name,
      floorId: c.floor?.id,
      floorMedianUs: floor,
      ratio: floor === undefined ? undefined : medianUs / floor,
      target: c.target,
    };
    return { ...row, met: c.meets?.(row) };
  });
}
