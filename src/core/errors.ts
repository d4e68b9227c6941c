import { describeIssues } from '../_lib/issueText';
import type { ErrorCode } from './errorCodes';
import type { IssueOf } from './issue';

/**
 * The error class the library throws at run time.
 *
 * @remarks
 * Core depends on no module, so this class knows issues only by their shape
 * ({@link IssueOf}); the library exports it from `src/errors.ts` as
 * `SupportedEmploymentError` with its issues typed as the closed `Issue` list.
 * Both names are this one class: `instanceof` holds for every error the
 * library throws.
 *
 * @example
 * ```ts
 * new SupportedEmploymentError('unknown_id', 'The programme is not known.').code; // => 'unknown_id'
 * ```
 */
export class SupportedEmploymentError extends Error {
  /** The stable error code. */
  readonly code: ErrorCode;
  /** The issues behind the error, when it comes from parsing. */
  readonly issues: readonly IssueOf<string>[];

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
    options: { readonly issues?: readonly IssueOf<string>[]; readonly cause?: unknown } = {},
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
