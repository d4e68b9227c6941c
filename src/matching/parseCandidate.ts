import { parseWith } from '../_lib/parseWith';
import { CandidateSchema, type Candidate } from './candidate';

/**
 * Parses a candidate for matching, throwing when it does not fit the schema.
 *
 * @remarks
 * Use at the edge of a system, where invalid input is a programmer error; use
 * {@link safeParseCandidate} to get the issues back instead. Messages never repeat
 * the input's values.
 *
 * @param input - The unparsed candidate.
 * @returns The parsed candidate.
 * @throws {@link SupportedEmploymentError} `invalid_input`, with the issues attached, when the input does not fit.
 * @example
 * ```ts
 * const x = parseCandidate(json);
 * x.id;
 * ```
 * @category Matching
 */
export function parseCandidate(input: unknown): Candidate {
  return parseWith(CandidateSchema, input, 'candidate');
}
