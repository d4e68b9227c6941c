import type { ConsentScope } from '../../process/consentScope';
import type { SeCase } from '../../process/seCase';
import { SE_STEP_IDS, type SeStepId } from '../../process/seStep';

/** The step's number, 1 to 5. */
export function stepNumber(step: SeStepId): number {
  return SE_STEP_IDS.indexOf(step) + 1;
}

/** The state of one consent scope: `given`, `withdrawn`, or `none` when never given. */
export function consentStatus(seCase: SeCase, scope: ConsentScope): 'given' | 'withdrawn' | 'none' {
  return seCase.consents[scope]?.status ?? 'none';
}

/** The date of the case's latest event, or null when it has none. */
export function lastEventDate(seCase: SeCase): string | null {
  return seCase.events[seCase.events.length - 1]?.date ?? null;
}

/** The earliest of some ISO dates, ignoring nulls; null when none. */
export function earliest(dates: readonly (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const d of dates) {
    if (d !== null && d !== undefined && (best === null || d < best)) best = d;
  }
  return best;
}

/** The latest of some ISO dates, ignoring nulls; null when none. */
export function latest(dates: readonly (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const d of dates) {
    if (d !== null && d !== undefined && (best === null || d > best)) best = d;
  }
  return best;
}
