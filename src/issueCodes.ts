import { deepFreeze } from './_lib/deepFreeze';
import { ADAPTATIONS_ISSUE_CODES } from './adaptations/issueCodes';
import { SCHEMA_ISSUE_CODES } from './core/issueCodes';
import { MATCHING_ISSUE_CODES } from './matching/issueCodes';
import { NEEDS_ISSUE_CODES } from './needs/issueCodes';
import { OUTCOMES_ISSUE_CODES } from './outcomes/issueCodes';
import { PLANS_ISSUE_CODES } from './plans/issueCodes';
import { PRIVACY_ISSUE_CODES } from './privacy/issueCodes';
import { PROCESS_ISSUE_CODES } from './process/issueCodes';
import { QUALITY_ISSUE_CODES } from './quality/issueCodes';

/**
 * Every issue code the library can return, in one closed list.
 *
 * @remarks
 * Each module keeps its own codes beside its rules (`src/<module>/issueCodes.ts`,
 * lists that import nothing); this list, assembled at the top of the source
 * tree (`src/issueCodes.ts`), joins them so that consumers can switch over one
 * union, {@link IssueCode}, and tests can walk every code.
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
  ...OUTCOMES_ISSUE_CODES,
  ...QUALITY_ISSUE_CODES,
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
