import type { Result } from '../issue';
import { safeParseWith } from '../_lib/parseWith';
import { CandidateSchema, type Candidate } from './candidate';

/**
 * Parses a candidate for matching, returning the issues instead of throwing.
 *
 * @remarks
 * Each issue has a code (`schema_required`, `schema_invalid_value`, …), a
 * path to the field and a fixed message in bokmål and English that never
 * repeats the rejected value.
 *
 * @param input - The unparsed candidate.
 * @returns `{ ok: true, value }` with the parsed candidate, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const result = safeParseCandidate(json);
 * if (!result.ok) result.issues.map((i) => i.path);
 * ```
 * @category Matching
 */
export function safeParseCandidate(input: unknown): Result<Candidate> {
  return safeParseWith(CandidateSchema, input);
}
