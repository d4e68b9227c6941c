import { z } from 'zod';
import { freezeFresh } from '../_lib/deepFreeze';
import { precheckList } from '../_lib/inputGuard';
import { safeParseWith } from '../_lib/parseWith';
import { checkCaseEvent } from '../_lib/process/checkCaseEvent';
import { foldCaseEvent } from '../_lib/process/foldCaseEvent';
import { IdIndex } from '../_lib/process/idIndex';
import { mutableCopy } from '../_lib/process/mutableCopy';
import { fail, ok } from '../_lib/result';
import { INPUT_LIMITS } from '../core/inputLimits';
import type { Issue, Result } from '../issue';
import { CaseEventSchema, type CaseEvent } from './caseEvent';
import { createCase } from './createCase';
import type { NewCase } from './newCase';
import type { SeCase } from './seCase';
import { GUARD_MAX_ITEMS, guardList, guardObject } from '../_lib/guards';

/** Any value: the events are parsed one by one in replayCase. */
const ANY_EVENT = z.unknown();

/**
 * Rebuilds a case from its opening and its events, in order.
 *
 * @remarks
 * The same as applying the events one by one to {@link createCase} with
 * {@link applyCaseEvent}: replay equals fold. Replay stops at the first event
 * that is refused, and reports its issues with the event's index in front of
 * each path (`[3, 'date']`). Each event is checked against {@link CaseEventSchema}
 * first, so a malformed stored event (a `consent-given` with no date, a scope of
 * the wrong type) is refused with coded `schema_…` issues; more than
 * `INPUT_LIMITS.caseEvents` events, or a list with holes, is refused before any
 * event is read. The replay is linear in the number of events. Store events, not cases: a case is always
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
  // Only the list itself is checked here: each event is data from a stored log, parsed below,
  // so a malformed one comes back as a coded issue with its index rather than as a throw.
  let isList = false;
  try {
    isList = Array.isArray(events);
  } catch {
    // A revoked Proxy: guardList below refuses it.
  }
  const refused = isList ? precheckList(events, INPUT_LIMITS.caseEvents) : null;
  if (refused !== null) return fail([refused]);
  guardList(ANY_EVENT, events, 'events', 'replayCase', GUARD_MAX_ITEMS);
  // The same checks and the same fold as applyCaseEvent, on one working copy that
  // is frozen once at the end: applying event by event would copy the growing case
  // (and re-check against frozen arrays) for every event, quadratic in the events.
  //
  // Each event is parsed against CaseEventSchema where it enters (a stored log is
  // exactly what gets replayed), and an index of event ids keeps the duplicate
  // check constant-time, so the whole replay is one linear pass.
  const seCase = mutableCopy(createCase(opening));
  const ids = new IdIndex(events.length);
  const at = (index: number, issues: readonly Issue[]): Result<SeCase> => {
    const [first, ...rest] = issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }));
    return first === undefined ? ok(freezeFresh(seCase)) : fail([first, ...rest]);
  };
  for (let index = 0; index < events.length; index++) {
    const parsed = safeParseWith(CaseEventSchema, events[index]);
    if (!parsed.ok) return at(index, parsed.issues);
    const event = parsed.value;
    const issues = checkCaseEvent(seCase, event, ids);
    if (issues.length > 0) return at(index, issues);
    foldCaseEvent(seCase, event);
    ids.add(event.id);
  }
  return ok(freezeFresh(seCase));
}
