import { deepFreeze } from '../_lib/deepFreeze';
import { ADAPTATIONS_ISSUE_CODES } from '../adaptations/issueCodes';
import { MATCHING_ISSUE_CODES } from '../matching/issueCodes';
import { NEEDS_ISSUE_CODES } from '../needs/issueCodes';
import { PLANS_ISSUE_CODES } from '../plans/issueCodes';
import { PRIVACY_ISSUE_CODES } from '../privacy/issueCodes';
import { PROCESS_ISSUE_CODES } from '../process/issueCodes';

/**
 * Issue codes for input that does not fit a schema (raised by every `safeParse…`).
 *
 * @remarks
 * These translate zod's findings into the library's own closed vocabulary, with
 * messages that never repeat the rejected value. `too_many_issues` closes a
 * list cut at `INPUT_LIMITS.issues` entries (see {@link INPUT_LIMITS}).
 *
 * @example
 * ```ts
 * SCHEMA_ISSUE_CODES.includes('schema_required'); // => true
 * ```
 * @category Issues
 */
export const SCHEMA_ISSUE_CODES = deepFreeze([
  'schema_required',
  'schema_invalid_type',
  'schema_invalid_value',
  'schema_invalid_date',
  'schema_invalid_format',
  'schema_too_small',
  'schema_too_big',
  'schema_unrecognized_key',
  'schema_invalid',
  'too_many_issues',
] as const);

/**
 * Every issue code the library can return, in one closed list.
 *
 * @remarks
 * Each module keeps its own codes beside its rules (`src/<module>/issueCodes.ts`);
 * this list joins them so that consumers can switch over one union,
 * {@link IssueCode}, and tests can walk every code.
 *
 * @example
 * ```ts
 * ISSUE_CODES.includes('schema_invalid_date'); // => true
 * ```
 * @category Issues
 */
export const ISSUE_CODES = deepFreeze([
  ...SCHEMA_ISSUE_CODES,
  ...PROCESS_ISSUE_CODES,
  ...NEEDS_ISSUE_CODES,
  ...ADAPTATIONS_ISSUE_CODES,
  ...MATCHING_ISSUE_CODES,
  ...PLANS_ISSUE_CODES,
  ...PRIVACY_ISSUE_CODES,
] as const);

/**
 * One issue code: a snake_case id from {@link ISSUE_CODES}.
 *
 * @example
 * ```ts
 * const code: IssueCode = 'schema_required';
 * ```
 * @category Issues
 */
export type IssueCode = (typeof ISSUE_CODES)[number];
