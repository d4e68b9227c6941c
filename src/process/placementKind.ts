import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The kinds of workplace placement a case can record.
 *
 * @remarks
 * - `work-trial`: a short, unpaid trial to test a wish and a workplace
 *   (AFI report 6.5.2, L11191–11220).
 * - `job-tasting`: a job tasting (*jobbsmaking*) of a few days, an early
 *   placement (AFI report L11191–11199, L12416–12418).
 * - `unpaid-placement`: unpaid work practice (*arbeidspraksis*); SE prefers paid
 *   work and keeps these short (AFI report table 1, L2249; L11187).
 * - `paid-placement`: a placement where the participant is paid, for example
 *   with a wage subsidy (*lønnstilskudd*).
 *
 * Work trials, unpaid placements and job tastings are unpaid; see {@link UNPAID_PLACEMENT_KINDS}.
 *
 * @example
 * ```ts
 * PLACEMENT_KINDS.includes('work-trial'); // => true
 * ```
 * @category Process
 */
export const PLACEMENT_KINDS = deepFreeze([
  'work-trial',
  'unpaid-placement',
  'paid-placement',
  'job-tasting',
] as const);

/**
 * One value of {@link PLACEMENT_KINDS}.
 *
 * @example
 * ```ts
 * const kind: PlacementKind = 'unpaid-placement';
 * ```
 * @category Process
 */
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

/**
 * Schema of a {@link PlacementKind}.
 *
 * @example
 * ```ts
 * PlacementKindSchema.parse('paid-placement'); // => 'paid-placement'
 * ```
 * @category Process
 */
export const PlacementKindSchema = z.enum(PLACEMENT_KINDS);

/**
 * The placement kinds that are unpaid: `work-trial`, `unpaid-placement` and `job-tasting`.
 *
 * @remarks
 * Summaries add up the weeks of these kinds, because SE prefers paid work over
 * unpaid practice and warns against the practice trap (AFI report table 1, L2249).
 *
 * @example
 * ```ts
 * UNPAID_PLACEMENT_KINDS.includes('paid-placement'); // => false
 * ```
 * @category Process
 */
export const UNPAID_PLACEMENT_KINDS: readonly PlacementKind[] = deepFreeze([
  'work-trial',
  'unpaid-placement',
  'job-tasting',
]);
