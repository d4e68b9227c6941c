import { parseWith } from '../_lib/parseWith';
import { FollowUpPlanSchema, type FollowUpPlan } from './followUpPlan';

/**
 * Parses untrusted input into a {@link FollowUpPlan}, throwing when it does not fit the schema.
 *
 * @remarks
 * Parsing happens at the edge; domain functions take the parsed type. Dates
 * that do not exist in the calendar (such as `2026-02-30`) are rejected with
 * `schema_invalid_date` and the path to the field. Messages never repeat the
 * rejected values.
 *
 * @param input - The untrusted input, for example JSON from a form or a store.
 * @returns The parsed follow-up plan, with defaults filled in.
 * @throws {@link SupportedEmploymentError} `invalid_input` with the issues in `error.issues`.
 * @example
 * ```ts
 * const plan = parseFollowUpPlan(JSON.parse(text));
 * validateFollowUpPlan(plan, { asOf: '2026-03-01' });
 * ```
 * @category Plans
 */
export function parseFollowUpPlan(input: unknown): FollowUpPlan {
  return parseWith(FollowUpPlanSchema, input, 'follow-up plan');
}
