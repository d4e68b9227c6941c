import { deepFreeze } from '../_lib/deepFreeze';
/**
 * Issue codes raised by the `needs` module.
 *
 * @remarks
 * Part of the one closed union {@link IssueCode}; see `src/issueCodes.ts`.
 * Codes are snake_case and never change meaning once published.
 * - `needs_reassessment_out_of_order`: a re-assessment is dated before the profile it is compared with.
 * - `programme_criterion_unmet`: the facts show that a programme criterion is not met.
 * - `programme_criterion_unknown`: a programme criterion cannot be decided because a fact is unknown.
 * - `programme_criteria_not_catalogued`: the library holds no eligibility criteria for the programme.
 *
 * @example
 * ```ts
 * NEEDS_ISSUE_CODES.includes('programme_criterion_unmet'); // => true
 * ```
 * @category Issues
 */
export const NEEDS_ISSUE_CODES = deepFreeze([
  'needs_reassessment_out_of_order',
  'programme_criterion_unmet',
  'programme_criterion_unknown',
  'programme_criteria_not_catalogued',
] as const);
