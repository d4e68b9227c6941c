import type { Result } from '../issue';
import { safeParseWith } from '../_lib/parseWith';
import { NeedsAssessmentSchema, type NeedsAssessment } from './needsAssessment';
import { NEEDS_ASSESSMENT } from '../_lib/schemaDescriptions';

/**
 * Parses a needs assessment, returning the issues instead of throwing.
 *
 * @remarks
 * Each issue has a code (`schema_required`, `schema_invalid_value`, …), a path
 * to the offending field (such as `['norwegian', 'oral']`) and a fixed message
 * in bokmål and English that never repeats the rejected value, because an
 * assessment holds special-category data (domain specification §8).
 *
 * The parsed model is frozen, all the way down, and the functions that take
 * it do not check it again (see docs/architecture.md, "Parsed models
 * are frozen"); to change it, make a changed copy.
 *
 * @param input - The unparsed assessment.
 * @returns `{ ok: true, value }` with the parsed assessment, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const result = safeParseNeedsAssessment({ id: 'a-1', assessedOn: '2026-02-30' });
 * if (!result.ok) result.issues[0].path; // => ['assessedOn']
 * ```
 * @category Needs
 */
export function safeParseNeedsAssessment(input: unknown): Result<NeedsAssessment> {
  return safeParseWith(NeedsAssessmentSchema, input, NEEDS_ASSESSMENT);
}
