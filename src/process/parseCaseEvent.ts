import { parseWith } from '../_lib/parseWith';
import { CaseEventSchema, type CaseEvent } from './caseEvent';

/**
 * Parses an unknown value as a {@link CaseEvent}, throwing when it does not fit.
 *
 * @remarks
 * Use at the edge of your system (an API body, a stored row). Domain functions
 * such as {@link applyCaseEvent} take parsed events. Unknown fields are dropped.
 *
 * @param input - The value to parse.
 * @returns The parsed event.
 * @throws {@link SupportedEmploymentError} `invalid_input` with the coded issues attached, when the value is not a valid event.
 * @example
 * ```ts
 * const event = parseCaseEvent(JSON.parse(body));
 * event.type; // => 'referral'
 * ```
 * @category Process
 */
export function parseCaseEvent(input: unknown): CaseEvent {
  return parseWith(CaseEventSchema, input, 'case event');
}
