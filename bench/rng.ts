/**
 * A seeded pseudo-random generator for the benchmark data: the same seed gives
 * the same sequence on every machine, so every run measures the same inputs.
 */

/** A function returning the next number in [0, 1). */
export type Rng = () => number;

/** mulberry32: small, fast and good enough for generating test data. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One item of a list, chosen uniformly. */
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/** True with probability `p`. */
export const chance = (rng: Rng, p = 0.5): boolean => rng() < p;

/** A whole number from `min` to `max` (both included). */
export const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

/** Each item of a list kept with probability `p`, order kept. */
export const some = <T>(rng: Rng, items: readonly T[], p: number): T[] => items.filter(() => rng() < p);

/** Sets `key` on `target` with probability `p` (a recorded fact); otherwise leaves it unknown. */
export function maybeSet(
  rng: Rng,
  target: Record<string, unknown>,
  key: string,
  value: () => unknown,
  p = 0.85,
): void {
  if (rng() < p) target[key] = value();
}
