import type { ErrorCode } from './core/errorCodes';
import { SupportedEmploymentError as ErrorClass } from './core/errors';
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
export interface SupportedEmploymentError extends Error {
  /** The stable error code. */
  readonly code: ErrorCode;
  /** The issues behind the error, when it comes from parsing. */
  readonly issues: readonly Issue[];
}

/**
 * The one error class the library throws, for programmer errors only: `new`
 * it, extend it, or test `error instanceof SupportedEmploymentError`.
 *
 * @remarks
 * The class is defined in core, which depends on no module and so knows an
 * issue only by its shape ({@link IssueOf}); here its issues are typed as the
 * closed {@link Issue} list. It is the same class at run time, so every error
 * the library throws is an instance of it.
 *
 * @example
 * ```ts
 * const error = new SupportedEmploymentError('unknown_id', 'The programme is not known.');
 * error instanceof Error; // => true
 * ```
 * @category Errors
 */
export const SupportedEmploymentError: {
  /**
   * Creates an error.
   *
   * @param code - The stable error code.
   * @param message - What went wrong; never include input values.
   * @param options - Issues behind the error and an optional cause.
   * @param options.issues - The issues behind the error, when it comes from parsing.
   * @param options.cause - The underlying error, if any.
   */
  new (
    code: ErrorCode,
    message: string,
    options?: { readonly issues?: readonly Issue[]; readonly cause?: unknown },
  ): SupportedEmploymentError;
  /** The prototype every error the library throws has. */
  readonly prototype: SupportedEmploymentError;
  // The same class, seen with its issues typed as the closed list: the library only ever
  // attaches `Issue`s, which core's class can take but cannot name.
} = ErrorClass as unknown as typeof SupportedEmploymentError;
