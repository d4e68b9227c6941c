import { deepFreeze } from '../_lib/deepFreeze';
import { checkCaseEvent } from '../_lib/process/checkCaseEvent';
import { foldCaseEvent } from '../_lib/process/foldCaseEvent';
import { mutableCopy } from '../_lib/process/mutableCopy';
import { fail, ok } from '../_lib/result';
import type { Result } from '../core/issue';
import type { CaseEvent } from './caseEvent';
import { createCase } from './createCase';
import type { NewCase } from './newCase';
import type { SeCase } from './seCase';
import { GUARD_MAX_ITEMS, guardList, guardObject } from '../_lib/guards';
import { CaseEventSchema } from './caseEvent';

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
  guardObject(opening, 'opening', 'replayCase');
  guardList(CaseEventSchema, events, 'events', 'replayCase', GUARD_MAX_ITEMS);
  // The same checks and the same fold as applyCaseEvent, on one working copy that
  // is frozen once at the end: applying event by event would copy the growing case
  // (and re-check against frozen arrays) for every event, quadratic in the events.
  const seCase = mutableCopy(createCase(opening));
  for (const [index, event] of events.entries()) {
    const [first, ...rest] = checkCaseEvent(seCase, event).map((issue) => ({ ...issue, path: [index, ...issue.path] }));
    if (first !== undefined) return fail([first, ...rest]);
    foldCaseEvent(seCase, event);
  }
  return ok(deepFreeze(seCase));
}
