import { DEFAULT_POLICY, type Policy } from '../core/policy';
import type { NavMeasureId, NavNeedsGroup } from './navMeasureId';
import { NAV_MEASURES } from './navMeasures';
import { guard, guardOneOf } from '../_lib/guards';
import { NAV_MEASURE_IDS, NAV_NEEDS_GROUPS } from './navMeasureId';
import { POLICY } from '../_lib/schemaDescriptions';

/**
 * The longest duration of a NAV measure, in months, for a needs group under a policy.
 *
 * @remarks
 * Reads the number from `policy.navMeasureLimits` through the key the
 * {@link NAV_MEASURES} catalogue names, so overriding the policy changes the
 * limit everywhere (domain specification §7).
 *
 * @param measure - The NAV measure.
 * @param group - The participant's needs group: `ordinary` or `reduced-work-capacity`.
 * @param policy - The policy to read; defaults to {@link DEFAULT_POLICY}.
 * @returns The limit in whole months.
 * @example
 * ```ts
 * navMeasureLimitMonths('mentor', 'ordinary'); // => 6
 * navMeasureLimitMonths('mentor', 'reduced-work-capacity'); // => 36
 * navMeasureLimitMonths('mentor', 'ordinary', resolvePolicy({ navMeasureLimits: { mentorMonths: 9 } })); // => 9
 * ```
 * @category Plans
 */
export function navMeasureLimitMonths(
  measure: NavMeasureId,
  group: NavNeedsGroup,
  policy: Policy = DEFAULT_POLICY,
): number {
  guardOneOf(NAV_MEASURE_IDS, measure, 'measure', 'navMeasureLimitMonths');
  guardOneOf(NAV_NEEDS_GROUPS, group, 'group', 'navMeasureLimitMonths');
  // The schema's description, not the schema: the plan validators run without zod (src/_lib/describe.ts).
  // The library's own policy is frozen and fits its schema; only another is checked.
  if (policy !== DEFAULT_POLICY)
    guard(POLICY, policy, 'policy', 'navMeasureLimitMonths', { code: 'invalid_option' });
  return policy.navMeasureLimits[NAV_MEASURES[measure].limitKeys[group]];
}
