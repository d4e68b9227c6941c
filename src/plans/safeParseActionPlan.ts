import type { Result } from '../issue';
import { safeParseWith } from '../_lib/parseWith';
import { ActionPlanSchema, type ActionPlan } from './actionPlan';
import { ACTION_PLAN } from '../_lib/schemaDescriptions';

/**
 * Parses untrusted input into an {@link ActionPlan}, returning a result instead of throwing.
 *
 * @remarks
 * Each problem becomes a coded issue with a path, such as
 * `schema_invalid_date` at `['mainGoal', 'targetDate']` for a date that does not exist.
 * Messages never repeat the rejected values.
 *
 * The parsed model is frozen, all the way down, and the functions that take
 * it do not check it again (see docs/architecture.md, "Parsed models
 * are frozen"); to change it, make a changed copy.
 *
 * @param input - The untrusted input.
 * @returns `{ ok: true, value }` with the parsed action plan, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const result = safeParseActionPlan(input);
 * if (!result.ok) console.log(result.issues.map((i) => i.path.join('.')));
 * ```
 * @category Plans
 */
export function safeParseActionPlan(input: unknown): Result<ActionPlan> {
  return safeParseWith(ActionPlanSchema, input, ACTION_PLAN);
}
