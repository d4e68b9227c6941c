import type { Result } from '../issue';
import { safeParseWith } from '../_lib/parseWith';
import { JobOpeningSchema, type JobOpening } from './jobOpening';

/**
 * Parses a job opening for matching, returning the issues instead of throwing.
 *
 * @remarks
 * Each issue has a code (`schema_required`, `schema_invalid_value`, …), a
 * path to the field and a fixed message in bokmål and English that never
 * repeats the rejected value.
 *
 * @param input - The unparsed job opening.
 * @returns `{ ok: true, value }` with the parsed job opening, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const result = safeParseJobOpening(json);
 * if (!result.ok) result.issues.map((i) => i.path);
 * ```
 * @category Matching
 */
export function safeParseJobOpening(input: unknown): Result<JobOpening> {
  return safeParseWith(JobOpeningSchema, input);
}
