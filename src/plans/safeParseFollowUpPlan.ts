import type { Result } from '../issue';
import { safeParseWith } from '../_lib/parseWith';
import { FollowUpPlanSchema, type FollowUpPlan } from './followUpPlan';

/**
 * Parses untrusted input into a {@link FollowUpPlan}, returning a result instead of throwing.
 *
 * @remarks
 * Each problem becomes a coded issue with a path, such as
 * `schema_invalid_date` at `['employment', 'firstWorkingDay']` for a date that does not exist.
 * Messages never repeat the rejected values.
 *
 * @param input - The untrusted input.
 * @returns `{ ok: true, value }` with the parsed follow-up plan, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const result = safeParseFollowUpPlan(input);
 * if (!result.ok) console.log(result.issues.map((i) => i.path.join('.')));
 * ```
 * @category Plans
 */
export function safeParseFollowUpPlan(input: unknown): Result<FollowUpPlan> {
  return safeParseWith(FollowUpPlanSchema, input);
}
