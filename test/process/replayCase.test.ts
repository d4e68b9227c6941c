import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCaseEvent,
  canEnterStep,
  createCase,
  isSupportedEmployment,
  replayCase,
  SeCaseSchema,
  summarizeCase,
  type CaseEvent,
  type SeCase,
} from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { expectIssues } from '../fixtures/expectIssues';
import { journeyArb } from '../fixtures/process/arbitraries';
import { JOB, OPENING, REFERRAL, STARTED } from '../fixtures/process/cases';

const RUNS = { seed: 42, numRuns: 200 } as const;

function fold(seCase: SeCase, events: readonly CaseEvent[]): SeCase {
  return events.reduce((c, event) => {
    const result = applyCaseEvent(c, event);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.issues)}`);
    return result.value;
  }, seCase);
}

describe('replayCase', () => {
  it('stops at the first refused event and puts its index in front of each path', () => {
    const result = replayCase(OPENING, [...STARTED, { ...JOB, date: '2026-01-01' }, REFERRAL]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expectIssues(result.issues, [{ code: 'event_before_case_opened', path: [3, 'date'] }]);
      expect(result.issues.every((i) => i.path[0] === 3)).toBe(true);
    }
  });

  it('refuses a journey that enters a step before any referral', () => {
    const result = replayCase(OPENING, [
      { type: 'step-entered', id: 's1', date: '2026-01-05', step: 'initial-contact' },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expectIssues(result.issues, [{ code: 'referral_missing', path: [0] }]);
  });

  it('returns the opened case for an empty event list', () => {
    expect(replayCase(OPENING, [])).toEqual({ ok: true, value: createCase(OPENING) });
  });

  it('accepts every event of generated valid journeys', () => {
    fc.assert(
      fc.property(journeyArb, ({ opening, events }) => {
        const result = replayCase(opening, events);
        if (!result.ok) throw new Error(JSON.stringify(result.issues.map((i) => [i.code, i.path])));
        expect(result.value.events).toHaveLength(events.length);
      }),
      RUNS,
    );
  });

  it('equals folding applyCaseEvent over createCase (replay equals fold)', () => {
    fc.assert(
      fc.property(journeyArb, ({ opening, events }) => {
        const replayed = replayCase(opening, events);
        expect(replayed.ok).toBe(true);
        if (replayed.ok) expect(replayed.value).toEqual(fold(createCase(opening), events));
      }),
      RUNS,
    );
  });

  it('equals replaying a prefix and folding the rest', () => {
    fc.assert(
      fc.property(journeyArb, fc.nat(), ({ opening, events }, cut) => {
        const at = events.length === 0 ? 0 : cut % (events.length + 1);
        const head = replayCase(opening, events.slice(0, at));
        const whole = replayCase(opening, events);
        expect(head.ok && whole.ok).toBe(true);
        if (head.ok && whole.ok) expect(fold(head.value, events.slice(at))).toEqual(whole.value);
      }),
      RUNS,
    );
  });

  it('never changes the events it is given, and yields a case that fits its schema', () => {
    fc.assert(
      fc.property(journeyArb, ({ opening, events }) => {
        const frozen = deepFreeze(events.map((e) => ({ ...e })));
        const snapshot = JSON.stringify(frozen);
        const result = replayCase(opening, frozen);
        expect(JSON.stringify(frozen)).toBe(snapshot);
        if (result.ok) expect(SeCaseSchema.safeParse(result.value).success).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives summaries and readiness reports that agree with the case', () => {
    fc.assert(
      fc.property(journeyArb, ({ opening, events }) => {
        const result = replayCase(opening, events);
        if (!result.ok) throw new Error('refused');
        const c = result.value;
        const asOf = events[events.length - 1]?.date ?? opening.openedOn;
        const summary = summarizeCase(c, { asOf });
        const fidelity = isSupportedEmployment(c);
        expect(summary.stepsIncluded).toEqual(fidelity.includedSteps);
        expect(fidelity.supportedEmployment).toBe(fidelity.missingSteps.length === 0);
        expect(summary.unpaidPlacementWeeks).toBe(Math.floor(summary.unpaidPlacementDays / 7));
        if (summary.weeksToFirstEmployerContact !== null && summary.weeksToFirstPlacement !== null) {
          expect(summary.weeksToFirstEmployerContact).toBeLessThanOrEqual(summary.weeksToFirstPlacement);
        }
        if (summary.weeksToFirstPlacement !== null && summary.weeksToPaidWork !== null) {
          expect(summary.weeksToFirstPlacement).toBeLessThanOrEqual(summary.weeksToPaidWork);
        }
        if (c.currentStep !== null) {
          expect(canEnterStep(c, c.currentStep).valid).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('refuses every event once the case is closed', () => {
    fc.assert(
      fc.property(journeyArb, ({ opening, events }) => {
        const result = replayCase(opening, events);
        if (!result.ok) throw new Error('refused');
        const last = events[events.length - 1]?.date ?? opening.openedOn;
        const closed = applyCaseEvent(result.value, {
          type: 'case-closed',
          id: 'close-now',
          date: last,
          outcome: 'unknown',
        });
        if (!closed.ok) return; // already closed by the journey
        const after = applyCaseEvent(closed.value, {
          type: 'consent-given',
          id: 'later',
          date: last,
          scope: 'se-participation',
        });
        expect(after.ok).toBe(false);
        if (!after.ok) expectIssues(after.issues, [{ code: 'case_closed' }]);
      }),
      RUNS,
    );
  });
});
