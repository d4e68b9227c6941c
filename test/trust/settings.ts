/**
 * The fixed fast-check settings of the trust and privacy suites.
 *
 * Every property runs with the same seed, so a failure found once is found on
 * every run and on every machine; `numRuns` is the number of generated inputs
 * per property. Properties that rank or assign many candidates use
 * {@link FUZZ_HEAVY}. Both are documented in docs/privacy.md.
 */
export const FUZZ = { seed: 20261122, numRuns: 300 } as const;

/** The settings of the few properties whose single run is expensive (ranking and assignment). */
export const FUZZ_HEAVY = { seed: FUZZ.seed, numRuns: 60 } as const;
