import type { IsoDate } from '../../core/dates/isoDate';
import { SupportedEmploymentError } from '../../core/errors';
import { INPUT_LIMITS } from '../../core/inputLimits';
import { CaseEventSchema, type CaseEvent } from '../../process/caseEvent';
import type { ConsentScope } from '../../process/consentScope';
import type { SeCase } from '../../process/seCase';
import { precheckList } from '../inputGuard';
import { safeParseWith } from '../parseWith';

/** The state of one consent scope on a date. */
export type ConsentState = 'given' | 'withdrawn' | 'none';

/**
 * The state of every consent scope as of a date: the case's consent events up
 * to and including that date, folded in order. A consent given on `asOf` is
 * in force on it; one withdrawn on `asOf` is not.
 */
/**
 * The events of a case, re-checked as replay would check them: at most
 * `INPUT_LIMITS.caseEvents`, each one fitting {@link CaseEventSchema}, none
 * dated before the case was opened or before the event before it. A hand-built
 * or altered case that fails is refused with `invalid_input` rather than read:
 * a malformed withdrawal that were skipped would leave a consent looking given.
 */
export function checkedEvents(seCase: SeCase): readonly CaseEvent[] {
  const events: unknown = (seCase as Partial<SeCase> | null | undefined)?.events;
  const openedOn: unknown = (seCase as Partial<SeCase> | null | undefined)?.openedOn;
  const refuse = (why: string): never => {
    throw new SupportedEmploymentError(
      'invalid_input',
      `The case ${why}; rebuild it with replayCase from its events.`,
    );
  };
  if (!Array.isArray(events) || typeof openedOn !== 'string') return refuse('is not a case');
  if (precheckList(events, INPUT_LIMITS.caseEvents) !== null)
    return refuse('has too many events or a list with holes');
  const out: CaseEvent[] = [];
  let last = openedOn;
  for (const raw of events as readonly unknown[]) {
    const parsed = safeParseWith(CaseEventSchema, raw);
    if (!parsed.ok) return refuse('holds an event that does not fit its schema');
    if (parsed.value.date < last) return refuse('holds events out of date order');
    last = parsed.value.date;
    out.push(parsed.value);
  }
  return out;
}

export function consentStatesAsOf(seCase: SeCase, asOf: IsoDate): ReadonlyMap<ConsentScope, ConsentState> {
  const states = new Map<ConsentScope, ConsentState>();
  for (const event of checkedEvents(seCase)) {
    if (event.date > asOf) continue;
    if (event.type === 'consent-given') states.set(event.scope, 'given');
    else if (event.type === 'consent-withdrawn') states.set(event.scope, 'withdrawn');
  }
  return states;
}
