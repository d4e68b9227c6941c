import { fail, ok } from '../_lib/result';
import type { Result } from '../core/issue';
import { applyCaseEvent } from './applyCaseEvent';
import type { CaseEvent } from './caseEvent';
import { createCase } from './createCase';
import type { NewCase } from './newCase';
import type { SeCase } from './seCase';

/**
 * Rebuilds a case from its opening and its events, in order.
 *
 * @remarks
 * The same as applying the events one by one to {@link createCase} with
 * {@link applyCaseEvent}: replay equals fold. Replay stops at the first event
 * that is refused, and reports its issues with the event's index in front of
 * each path (`[3, 'date']`). Store events, not cases: a case is always
 * derivable from them.
 *
 * @param opening - The case id and opening date.
 * @param events - The events in the order they were recorded.
 * @returns `{ ok: true, value }` with the case, or `{ ok: false, issues }` for the first refused event.
 * @throws {@link SupportedEmploymentError} `invalid_input` when the opening is invalid.
 * @example
 * ```ts
 * const result = replayCase({ id: 'case-17', openedOn: '2026-01-12' }, events);
 * if (result.ok) console.log(result.value.currentStep);
 * ```
 * @category Process
 */
export function replayCase(opening: NewCase, events: readonly CaseEvent[]): Result<SeCase> {
  let seCase = createCase(opening);
  for (const [index, event] of events.entries()) {
    const result = applyCaseEvent(seCase, event);
    if (!result.ok) {
      const [first, ...rest] = result.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }));
      return fail(first === undefined ? result.issues : [first, ...rest]);
    }
    seCase = result.value;
  }
  return ok(seCase);
}
