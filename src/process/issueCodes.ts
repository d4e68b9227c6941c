/**
 * Issue codes raised by the `process` module.
 *
 * @remarks
 * Part of the one closed union {@link IssueCode}; see `src/core/issueCodes.ts`.
 * Codes are snake_case and never change meaning once published.
 *
 * @example
 * ```ts
 * PROCESS_ISSUE_CODES.length >= 0; // => true
 * ```
 * @category Issues
 */
export const PROCESS_ISSUE_CODES = [] as const;
