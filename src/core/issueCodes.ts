import { deepFreeze } from '../_lib/deepFreeze';
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
 * One schema issue code; see {@link SCHEMA_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * const code: SchemaIssueCode = 'schema_too_big';
 * ```
 * @category Issues
 */
export type SchemaIssueCode = (typeof SCHEMA_ISSUE_CODES)[number];
