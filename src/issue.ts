import { z } from 'zod';
import type { NonEmptyArray } from './core/issue';
import { SEVERITIES } from './core/issue';
import { LocalizedTextSchema } from './core/localizedTextSchema';
import { SourceRefSchema } from './core/sourceRefSchema';
import { ISSUE_CODES } from './issueCodes';

/**
 * Schema of an {@link Issue}, for consumers that store or forward issues.
 *
 * @example
 * ```ts
 * IssueSchema.safeParse(someIssue).success; // => true
 * ```
 * @category Issues
 */
export const IssueSchema = z.object({
  /** The closed, stable issue code. */
  code: z.enum(ISSUE_CODES),
  /** How serious the finding is. */
  severity: z.enum(SEVERITIES),
  /** Where in the input the finding is, as keys and indexes from the root. */
  path: z.array(z.union([z.string(), z.number()])),
  /** What is wrong, in bokmål and English, never quoting the person's data. */
  message: LocalizedTextSchema,
  /** The document and section the rule comes from, when it is a domain rule. */
  source: SourceRefSchema.optional(),
  /**
   * What would have fitted, for schema and guard issues: the allowed values
   * (`one of: yes | no | unsure`), the expected type (`string`), the bound
   * (`at most 200 characters`) or the format. Read from the schema, never from the input.
   */
  expected: z.string().optional(),
});

/**
 * One finding about an input: coded, located, explained and sourced.
 *
 * @remarks
 * Expected domain findings are returned as issues, never thrown. The `message`
 * never contains a value from the input (names, health, religion and the like
 * are special-category data under GDPR art. 9); `path` says where to look.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'schema_required', severity: 'error', path: ['assessedOn'],
 *   message: { nb: 'Feltet mangler.', en: 'The field is missing.' },
 * };
 * ```
 * @category Issues
 */
export interface Issue extends z.output<typeof IssueSchema> {}

/**
 * The outcome of an operation that can fail for expected reasons.
 *
 * @remarks
 * `{ ok: true, value }` on success, `{ ok: false, issues }` with at least one
 * issue otherwise. Returned by every `safeParse…` function and by domain
 * operations such as applying a case event.
 *
 * @example
 * ```ts
 * const result: Result<number> = { ok: true, value: 42 };
 * if (!result.ok) console.log(result.issues[0].code);
 * ```
 * @category Core
 */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: NonEmptyArray<Issue> };

/**
 * A validation report: every finding, and whether any of them is an error.
 *
 * @remarks
 * Validators (plans, readiness checks) return a report rather than a
 * {@link Result}, because warnings and notes are useful even when the input is
 * valid. `valid` is `true` when no issue has severity `error`.
 *
 * @example
 * ```ts
 * const report: ValidationReport = { valid: true, issues: [] };
 * ```
 * @category Core
 */
export interface ValidationReport {
  /** True when no issue has severity `error`. */
  readonly valid: boolean;
  /** Every finding, errors first, then warnings, then notes. */
  readonly issues: readonly Issue[];
}
