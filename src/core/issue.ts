import { deepFreeze } from '../_lib/deepFreeze';
import type { LocalizedText } from './localizedText';
import type { SourceRef } from './sourceRef';

/**
 * How serious an issue is.
 *
 * @remarks
 * - `error`: the sources make this a precondition or a hard rule; the thing
 *   checked is not valid.
 * - `warning`: the method advises otherwise ("usually first", "not too
 *   ambitious"); a job specialist should look, but may go on.
 * - `info`: worth knowing, nothing to fix (a recommended value, a note).
 *
 * @example
 * ```ts
 * SEVERITIES[0]; // => 'error'
 * ```
 * @category Issues
 */
export const SEVERITIES = deepFreeze(['error', 'warning', 'info'] as const);

/**
 * Severity of an issue: `error`, `warning` or `info`.
 *
 * @example
 * ```ts
 * const severity: Severity = 'warning';
 * ```
 * @category Issues
 */
export type Severity = (typeof SEVERITIES)[number];

/**
 * The shape of one finding, for any set of codes: what core needs to know of an issue.
 *
 * @remarks
 * Core depends on no module, so it cannot name the closed list of codes the
 * modules assemble ({@link IssueCode}); {@link Issue} is this shape with that
 * list. Core's own error class carries issues of this shape; the library's
 * exported {@link SupportedEmploymentError} carries {@link Issue}s.
 *
 * @typeParam Code - The codes an issue may have.
 * @example
 * ```ts
 * const issue: IssueOf<'schema_required'> = {
 *   code: 'schema_required', severity: 'error', path: ['assessedOn'],
 *   message: { nb: 'Feltet mangler.', en: 'The field is missing.' },
 * };
 * ```
 * @category Issues
 */
export interface IssueOf<Code extends string> {
  /** The closed, stable issue code. */
  code: Code;
  /** How serious the finding is. */
  severity: Severity;
  /** Where in the input the finding is, as keys and indexes from the root. */
  path: (string | number)[];
  /** What is wrong, in bokmål and English, never quoting the person's data. */
  message: LocalizedText;
  /** The document and section the rule comes from, when it is a domain rule. */
  source?: SourceRef | undefined;
  /** What would have fitted, for schema and guard issues; read from the schema, never from the input. */
  expected?: string | undefined;
}

/**
 * A list with at least one element.
 *
 * @example
 * ```ts
 * const issues: NonEmptyArray<number> = [1];
 * ```
 * @category Core
 */
export type NonEmptyArray<T> = [T, ...T[]];
