import { describe, expect, it } from 'vitest';
import {
  canEnterStep,
  createCase,
  isSupportedEmployment,
  replayCase,
  summarizeCase,
  applyCaseEvent,
  type SeCase,
} from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { JOURNEY_EVENTS, JOURNEY_OPENING } from '../fixtures/process/journey';

const events = deepFreeze(JOURNEY_EVENTS);

function journey(): SeCase {
  const result = replayCase(JOURNEY_OPENING, events);
  if (!result.ok) expect.fail(JSON.stringify(result.issues));
  return result.value;
}

describe('a journey from referral to a kept job with a year of follow-up', () => {
  it('is accepted event by event', () => {
    expect(journey().events).toHaveLength(JOURNEY_EVENTS.length);
  });

  it('finds no readiness error at any step it enters, and warns only where the method says "usually first"', () => {
    let seCase = createCase(JOURNEY_OPENING);
    const warnings: string[] = [];
    for (const event of events) {
      if (event.type === 'step-entered') {
        const report = canEnterStep(seCase, event.step);
        expect(report.valid).toBe(true);
        warnings.push(
          ...report.issues.filter((i) => i.severity === 'warning').map((i) => `${event.id}:${i.code}`),
        );
      }
      const next = applyCaseEvent(seCase, event);
      if (!next.ok) expect.fail(event.id);
      seCase = next.value;
    }
    expect(warnings).toEqual([]);
  });

  it('includes all five steps, so it is Supported Employment', () => {
    expect(isSupportedEmployment(journey())).toMatchObject({ supportedEmployment: true, missingSteps: [] });
  });

  it('records the move back to job finding with its reason', () => {
    const back = journey().stepHistory.filter((e) => e.direction === 'back');
    expect(back).toEqual([
      {
        eventId: 'e30',
        step: 'job-finding',
        enteredOn: '2027-04-12',
        direction: 'back',
        reason: 'placement-ended',
      },
    ]);
  });

  it('summarises the journey at its close', () => {
    expect(summarizeCase(journey(), { asOf: '2028-06-05' })).toEqual({
      asOf: '2028-06-05',
      status: 'closed',
      outcome: 'work',
      referredOn: '2027-01-11',
      programme: 'jobbsjansen',
      currentStep: 'on-off-job-support',
      daysInCurrentStep: 413,
      stepsIncluded: [
        'initial-contact',
        'vocational-profiling',
        'job-finding',
        'employer-engagement',
        'on-off-job-support',
      ],
      movesBack: 1,
      weeksToFirstEmployerContact: 4,
      weeksToFirstPlacement: 4,
      weeksToPaidWork: 14,
      unpaidPlacementCount: 2,
      unpaidPlacementDays: 32,
      unpaidPlacementWeeks: 4,
      inEmployment: true,
      followUpStartedOn: '2027-06-01',
      followUpMonths: 12,
      openConsents: ['se-participation', 'cross-agency-contact', 'employer-sharing'],
      followUpWindowEndsOn: '2028-12-01',
      nextFollowUpDue: null,
      followUpOverdue: false,
    });
  });

  it.each([
    [
      'during profiling',
      '2027-02-10',
      {
        currentStep: 'vocational-profiling',
        weeksToPaidWork: null,
        followUpMonths: null,
        nextFollowUpDue: null,
      },
    ],
    [
      'in the unpaid placement',
      '2027-04-01',
      { currentStep: 'on-off-job-support', unpaidPlacementDays: 4 + 17, inEmployment: false },
    ],
    [
      'on the first working day',
      '2027-06-01',
      { inEmployment: true, followUpMonths: 0, nextFollowUpDue: '2027-06-29', followUpOverdue: false },
    ],
    [
      'in the autumn, after family contact was withdrawn',
      '2027-10-20',
      {
        followUpMonths: 4,
        nextFollowUpDue: '2027-11-02',
        openConsents: ['se-participation', 'cross-agency-contact', 'employer-sharing'],
      },
    ],
    [
      'on the leap day',
      '2028-02-29',
      { followUpMonths: 8, nextFollowUpDue: '2028-03-28', followUpWindowEndsOn: '2028-12-01' },
    ],
    [
      'the day before a contact is due',
      '2028-05-22',
      { nextFollowUpDue: '2028-05-23', followUpOverdue: false },
    ],
  ] as const)('summarises the journey %s', (_when, asOf, expected) => {
    expect(summarizeCase(journey(), { asOf, followUpIntervalWeeks: 4 })).toMatchObject(expected);
  });

  it('shows an overdue contact when the case is read at a later date than the next due one', () => {
    const untilApril = replayCase(
      JOURNEY_OPENING,
      events.filter((e) => e.date <= '2028-04-25'),
    );
    if (!untilApril.ok) expect.fail('prefix refused');
    expect(summarizeCase(untilApril.value, { asOf: '2028-05-24', followUpIntervalWeeks: 4 })).toMatchObject({
      nextFollowUpDue: '2028-05-23',
      followUpOverdue: true,
    });
  });

  it('leaves the deep-frozen event list as it was', () => {
    const snapshot = JSON.stringify(events);
    journey();
    expect(JSON.stringify(events)).toBe(snapshot);
  });
});
