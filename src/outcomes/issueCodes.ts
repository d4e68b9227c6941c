import { deepFreeze } from '../_lib/deepFreeze';
/**
 * Issue codes raised by the `outcomes` module.
 *
 * @remarks
 * Part of the one closed union {@link IssueCode}; see `src/core/issueCodes.ts`.
 *
 * Raised by {@link computeOutcomeKpis} and {@link compareWithTargets}:
 * `outcomes_low_n` (info), `outcomes_groups_suppressed` (info),
 * `outcomes_below_target` (warning), `outcomes_target_definition_mismatch` (info),
 * `outcomes_possible_creaming` (warning), `outcomes_insecure_employment` (info).
 *
 * Raised by {@link checkCaseload}: `caseload_above_policy`,
 * `caseload_start_above_policy` (warnings).
 *
 * @example
 * ```ts
 * OUTCOMES_ISSUE_CODES.includes('outcomes_below_target'); // => true
 * ```
 * @category Issues
 */
export const OUTCOMES_ISSUE_CODES = deepFreeze([
  'outcomes_low_n',
  'outcomes_groups_suppressed',
  'outcomes_below_target',
  'outcomes_target_definition_mismatch',
  'outcomes_possible_creaming',
  'outcomes_insecure_employment',
  'caseload_above_policy',
  'caseload_start_above_policy',
] as const);

/**
 * One issue code of the `outcomes` module; see {@link OUTCOMES_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * const code: OutcomesIssueCode = 'caseload_above_policy';
 * ```
 * @category Issues
 */
export type OutcomesIssueCode = (typeof OUTCOMES_ISSUE_CODES)[number];
