import { parseWith } from '../_lib/parseWith';
import { ActionPlanSchema, type ActionPlan } from './actionPlan';
import { ACTION_PLAN } from '../_lib/schemaDescriptions';

/**
 * Parses untrusted input into an {@link ActionPlan}, throwing when it does not fit the schema.
 *
 * @remarks
 * Parsing happens at the edge; domain functions take the parsed type. Dates
 * that do not exist in the calendar (such as `2026-02-30`) are rejected with
 * `schema_invalid_date` and the path to the field. Messages never repeat the
 * rejected values.
 *
 * The parsed model is frozen, all the way down, and the functions that take
 * it do not check it again (see docs/architecture.md, "Parsed models
 * are frozen"); to change it, make a changed copy.
 *
 * @param input - The untrusted input, for example JSON from a form or a store.
 * @returns The parsed action plan, with defaults filled in.
 * @throws {@link SupportedEmploymentError} `invalid_input` with the issues in `error.issues`.
 * @example
 * ```ts
 * const plan = parseActionPlan(JSON.parse(text));
 * validateActionPlan(plan, { asOf: '2026-03-01' });
 * ```
 * @category Plans
 */
export function parseActionPlan(input: unknown): ActionPlan {
  return parseWith(ActionPlanSchema, input, 'action plan', ACTION_PLAN);
}
