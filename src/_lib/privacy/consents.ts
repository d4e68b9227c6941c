import type { IsoDate } from '../../core/dates/isoDate';
import type { ConsentScope } from '../../process/consentScope';
import type { SeCase } from '../../process/seCase';

/** The state of one consent scope on a date. */
export type ConsentState = 'given' | 'withdrawn' | 'none';

/**
 * The state of every consent scope as of a date: the case's consent events up
 * to and including that date, folded in order. A consent given on `asOf` is
 * in force on it; one withdrawn on `asOf` is not.
 */
export function consentStatesAsOf(seCase: SeCase, asOf: IsoDate): ReadonlyMap<ConsentScope, ConsentState> {
  const states = new Map<ConsentScope, ConsentState>();
  for (const event of seCase.events) {
    if (event.date > asOf) continue;
    if (event.type === 'consent-given') states.set(event.scope, 'given');
    else if (event.type === 'consent-withdrawn') states.set(event.scope, 'withdrawn');
  }
  return states;
}
