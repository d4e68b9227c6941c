import { deepFreeze } from '../_lib/deepFreeze';
/**
 * Issue codes raised by the `matching` module.
 *
 * @remarks
 * Part of the one closed union {@link IssueCode}; see `src/issueCodes.ts`.
 * Codes are snake_case and never change meaning once published.
 *
 * @example
 * ```ts
 * MATCHING_ISSUE_CODES.length >= 0; // => true
 * ```
 * @category Issues
 */
export const MATCHING_ISSUE_CODES = deepFreeze([] as const);
