import { parseWith } from '../_lib/parseWith';
import { JobOpeningSchema, type JobOpening } from './jobOpening';

/**
 * Parses a job opening for matching, throwing when it does not fit the schema.
 *
 * @remarks
 * Use at the edge of a system, where invalid input is a programmer error; use
 * {@link safeParseJobOpening} to get the issues back instead. Messages never repeat
 * the input's values.
 *
 * @param input - The unparsed job opening.
 * @returns The parsed job opening.
 * @throws {@link SupportedEmploymentError} `invalid_input`, with the issues attached, when the input does not fit.
 * @example
 * ```ts
 * const x = parseJobOpening(json);
 * x.id;
 * ```
 * @category Matching
 */
export function parseJobOpening(input: unknown): JobOpening {
  return parseWith(JobOpeningSchema, input, 'job opening');
}
