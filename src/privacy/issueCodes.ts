import { deepFreeze } from '../_lib/deepFreeze';
/**
 * Issue codes raised by the `privacy` module.
 *
 * @remarks
 * Part of the one closed union {@link IssueCode}; see `src/issueCodes.ts`.
 * Codes are snake_case and never change meaning once published. The privacy
 * functions raise no issues: {@link buildEmployerBrief} explains what it
 * leaves out with {@link WITHHOLD_REASONS}, and misuse throws
 * {@link SupportedEmploymentError}.
 *
 * @example
 * ```ts
 * PRIVACY_ISSUE_CODES.length >= 0; // => true
 * ```
 * @category Issues
 */
export const PRIVACY_ISSUE_CODES = deepFreeze([] as const);
