import { safeParseWith } from '../_lib/parseWith';
import type { Result } from '../issue';
import { CaseEventSchema, type CaseEvent } from './caseEvent';

/**
 * Parses an unknown value as a {@link CaseEvent}, returning a result instead of throwing.
 *
 * @remarks
 * Failures are coded `schema_…` issues with a path and a message that never
 * repeats the rejected value. A date such as `2027-02-29` is rejected with
 * `schema_invalid_date`.
 *
 * @param input - The value to parse.
 * @returns `{ ok: true, value }` with the event, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const result = safeParseCaseEvent({ type: 'case-closed', id: 'e9', date: '2026-13-01', outcome: 'work' });
 * result.ok; // => false
 * ```
 * @category Process
 */
export function safeParseCaseEvent(input: unknown): Result<CaseEvent> {
  return safeParseWith(CaseEventSchema, input);
}
