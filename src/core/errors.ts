import { describeIssues } from '../_lib/issueText';
import type { ErrorCode } from './errorCodes';
import type { Issue } from './issue';

/**
 * The one error class the library throws, for programmer errors only.
 *
 * @remarks
 * Expected findings (a plan that breaks a rule, an assessment with a missing
 * date) are returned as {@link Issue}s. This class is thrown by `parse…`
 * functions (with the issues attached) and when a caller breaks a documented
 * precondition. Its message lists each issue as `code at path (expected …)`,
 * the first five and a count of the rest, and never contains input values.
 *
 * @example
 * ```ts
 * try { parseIsoDate('2026-02-30'); }
 * catch (e) { if (e instanceof SupportedEmploymentError) console.log(e.code); } // => 'invalid_input'
 * ```
 * @category Errors
 */
export class SupportedEmploymentError extends Error {
  /** The stable error code. */
  readonly code: ErrorCode;
  /** The issues behind the error, when it comes from parsing. */
  readonly issues: readonly Issue[];

  /**
   * Creates an error.
   *
   * @param code - The stable error code.
   * @param message - What went wrong; never include input values.
   * @param options - Issues behind the error and an optional cause.
   * @param options.issues - The issues behind the error, when it comes from parsing.
   * @param options.cause - The underlying error, if any.
   */
  constructor(
    code: ErrorCode,
    message: string,
    options: { readonly issues?: readonly Issue[]; readonly cause?: unknown } = {},
  ) {
    const issues = options.issues ?? [];
    const listed = issues.length === 0 ? '' : ` Issues: ${describeIssues(issues)}.`;
    super(
      `[supported-employment] ${message}${listed}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'SupportedEmploymentError';
    this.code = code;
    this.issues = issues;
  }
}
