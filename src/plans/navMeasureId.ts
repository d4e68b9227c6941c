import { deepFreeze } from '../_lib/deepFreeze';

/**
 * The NAV measures (*virkemidler*) a job specialist can use to make a placement or job work.
 *
 * @remarks
 * The handbook names wage subsidy (*lønnstilskudd*), mentor and inclusion grant
 * (*inkluderingstilskudd*) as tools towards employers (handbook "Jobbsjansen
 * som rekrutterings- og samarbeidspartner", L612); the domain specification
 * §6–§7 adds work training (*arbeidstrening*). The catalogue with limits is
 * {@link NAV_MEASURES}.
 *
 * @example
 * ```ts
 * NAV_MEASURE_IDS.includes('mentor'); // => true
 * ```
 * @category Plans
 */
export const NAV_MEASURE_IDS = deepFreeze([
  'wage-subsidy',
  'mentor',
  'inclusion-grant',
  'work-training',
] as const);

/**
 * One NAV measure; see {@link NAV_MEASURE_IDS}.
 *
 * @example
 * ```ts
 * const measure: NavMeasureId = 'wage-subsidy';
 * ```
 * @category Plans
 */
export type NavMeasureId = (typeof NAV_MEASURE_IDS)[number];

/**
 * The needs groups whose NAV measure limits differ: `ordinary` and `reduced-work-capacity`.
 *
 * @remarks
 * NAV allows longer mentor support and wage subsidy for people assessed as
 * having reduced work capacity (*nedsatt arbeidsevne*) than for others (domain
 * specification §7). The group is NAV's decision; pass it in the validation
 * context rather than deriving it from needs.
 *
 * @example
 * ```ts
 * NAV_NEEDS_GROUPS; // => ['ordinary', 'reduced-work-capacity']
 * ```
 * @category Plans
 */
export const NAV_NEEDS_GROUPS = deepFreeze(['ordinary', 'reduced-work-capacity'] as const);

/**
 * One NAV needs group; see {@link NAV_NEEDS_GROUPS}.
 *
 * @example
 * ```ts
 * const group: NavNeedsGroup = 'reduced-work-capacity';
 * ```
 * @category Plans
 */
export type NavNeedsGroup = (typeof NAV_NEEDS_GROUPS)[number];
