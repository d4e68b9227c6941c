import type { Result } from '../issue';
import { safeParseWith } from '../_lib/parseWith';
import { TrainingPlanSchema, type TrainingPlan } from './trainingPlan';

/**
 * Parses untrusted input into a {@link TrainingPlan}, returning a result instead of throwing.
 *
 * @remarks
 * Each problem becomes a coded issue with a path, such as
 * `schema_invalid_date` at `['startDate']` for a date that does not exist.
 * Messages never repeat the rejected values.
 *
 * @param input - The untrusted input.
 * @returns `{ ok: true, value }` with the parsed training plan, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const result = safeParseTrainingPlan(input);
 * if (!result.ok) console.log(result.issues.map((i) => i.path.join('.')));
 * ```
 * @category Plans
 */
export function safeParseTrainingPlan(input: unknown): Result<TrainingPlan> {
  return safeParseWith(TrainingPlanSchema, input);
}
