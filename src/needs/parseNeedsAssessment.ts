import { parseWith } from '../_lib/parseWith';
import { NeedsAssessmentSchema, type NeedsAssessment } from './needsAssessment';
import { NEEDS_ASSESSMENT } from '../_lib/schemaDescriptions';

/**
 * Parses a needs assessment, throwing when it does not fit the schema.
 *
 * @remarks
 * Use at the edge of a system (an HTTP handler, a file import) where invalid
 * input is a programmer error. Use {@link safeParseNeedsAssessment} to get the
 * issues back instead. Messages never repeat the person's data.
 *
 * The parsed model is frozen, all the way down, and the functions that take
 * it do not check it again (see docs/architecture.md, "Parsed models
 * are frozen"); to change it, make a changed copy.
 *
 * @param input - The unparsed assessment.
 * @returns The parsed assessment.
 * @throws {@link SupportedEmploymentError} `invalid_input`, with the issues attached, when the input does not fit.
 * @example
 * ```ts
 * const assessment = parseNeedsAssessment({ id: 'a-1', assessedOn: '2026-03-02', travelsAlone: false });
 * classifyNeeds(assessment);
 * ```
 * @category Needs
 */
export function parseNeedsAssessment(input: unknown): NeedsAssessment {
  return parseWith(NeedsAssessmentSchema, input, 'needs assessment', NEEDS_ASSESSMENT);
}
