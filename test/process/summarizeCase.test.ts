import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  CaseSummarySchema,
  scheduleFollowUp,
  resolvePolicy,
  summarizeCase,
  SupportedEmploymentError,
  type CaseEvent,
  type SummarizeCaseOptions,
} from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { caseOf, JOB, OPENING, REFERRAL, STARTED } from '../fixtures/process/cases';

const placement = (
  id: string,
  date: string,
  kind: 'work-trial' | 'unpaid-placement' | 'paid-placement',
): CaseEvent => ({
  type: 'placement-started',
  id,
  date,
  placementId: id,
  kind,
  employerId: 'org-7',
  hoursPerWeek: 15,
});
const ended = (id: string, date: string): CaseEvent => ({
  type: 'placement-ended',
  id: `${id}-end`,
  date,
  placementId: id,
  reason: 'completed',
});
const job = (date: string, employmentId = 'emp-1'): CaseEvent => ({
  ...JOB,
  id: `job-${employmentId}`,
  date,
  employmentId,
});
const contact = (id: string, date: string): CaseEvent => ({
  type: 'follow-up-contact',
  id,
  date,
  channel: 'phone',
  with: 'participant',
});

describe('summarizeCase', () => {
  describe('time from referral', () => {
    it('dates the first employer contact by the first entry into step 4 when nothing else came first', () => {
      const c = caseOf([
        ...STARTED,
        { type: 'step-entered', id: 's4', date: '2026-02-16', step: 'employer-engagement' },
      ]);
      const s = summarizeCase(c, { asOf: '2026-02-20' });
      expect(s.weeksToFirstEmployerContact).toBe(6);
      expect(s.weeksToFirstPlacement).toBeNull();
      expect(s.weeksToPaidWork).toBeNull();
    });

    it('counts a work trial as the first employer contact and the first placement', () => {
      const c = caseOf([
        ...STARTED,
        placement('wt', '2026-01-26', 'work-trial'),
        { type: 'step-entered', id: 's4', date: '2026-02-16', step: 'employer-engagement' },
      ]);
      const s = summarizeCase(c, { asOf: '2026-02-20' });
      expect(s.weeksToFirstEmployerContact).toBe(3);
      expect(s.weeksToFirstPlacement).toBe(3);
      expect(s.weeksToPaidWork).toBeNull();
    });

    it('counts a direct hire as the first placement and the first paid work', () => {
      const s = summarizeCase(caseOf([...STARTED, JOB]), { asOf: '2026-03-02' });
      expect([s.weeksToFirstEmployerContact, s.weeksToFirstPlacement, s.weeksToPaidWork]).toEqual([8, 8, 8]);
    });

    it('counts a paid placement as paid work, before the employment it leads to', () => {
      const c = caseOf([...STARTED, placement('pp', '2026-02-02', 'paid-placement'), job('2026-04-06')]);
      expect(summarizeCase(c, { asOf: '2026-04-06' }).weeksToPaidWork).toBe(4);
    });

    it('counts whole weeks across a leap day', () => {
      const opening = { id: 'leap', openedOn: '2028-02-22' };
      const c = caseOf(
        [{ ...REFERRAL, date: '2028-02-22' }, { ...STARTED[1]!, date: '2028-02-22' }, job('2028-03-07')],
        opening,
      );
      expect(summarizeCase(c, { asOf: '2028-03-07' }).weeksToPaidWork).toBe(2);
    });
  });

  describe('unpaid placement', () => {
    it('adds up work trials and unpaid placements, not paid ones, counting an ongoing one to asOf', () => {
      const c = caseOf([
        ...STARTED,
        placement('wt', '2026-01-12', 'work-trial'),
        ended('wt', '2026-01-16'),
        placement('pp', '2026-01-19', 'paid-placement'),
        ended('pp', '2026-02-19'),
        placement('up', '2026-03-02', 'unpaid-placement'),
      ]);
      const s = summarizeCase(c, { asOf: '2026-04-13' });
      expect(s.unpaidPlacementCount).toBe(2);
      expect(s.unpaidPlacementDays).toBe(4 + 42);
      expect(s.unpaidPlacementWeeks).toBe(6);
    });

    it('stops counting an open placement at the closing date', () => {
      const c = caseOf([
        ...STARTED,
        placement('up', '2026-03-02', 'unpaid-placement'),
        { type: 'case-closed', id: 'x', date: '2026-03-16', outcome: 'health' },
      ]);
      expect(summarizeCase(c, { asOf: '2026-12-31' }).unpaidPlacementDays).toBe(14);
    });
  });

  describe('steps and consents', () => {
    it('reports the current step, days in it, the steps included and moves back', () => {
      const c = caseOf([
        ...STARTED,
        { type: 'step-entered', id: 's2', date: '2026-01-12', step: 'vocational-profiling' },
        {
          type: 'step-entered',
          id: 's1b',
          date: '2026-01-19',
          step: 'initial-contact',
          reason: 'needs-changed',
        },
      ]);
      const s = summarizeCase(c, { asOf: '2026-02-18' });
      expect(s).toMatchObject({
        currentStep: 'initial-contact',
        daysInCurrentStep: 30,
        movesBack: 1,
        stepsIncluded: ['initial-contact', 'vocational-profiling'],
      });
    });

    it('counts a leap day among the days in a step', () => {
      const in2028 = caseOf(
        [
          { ...REFERRAL, date: '2028-02-28' },
          { type: 'step-entered', id: 's1', date: '2028-02-28', step: 'initial-contact' },
        ],
        {
          id: 'a',
          openedOn: '2028-02-28',
        },
      );
      const in2027 = caseOf(
        [
          { ...REFERRAL, date: '2027-02-28' },
          { type: 'step-entered', id: 's1', date: '2027-02-28', step: 'initial-contact' },
        ],
        {
          id: 'b',
          openedOn: '2027-02-28',
        },
      );
      expect(summarizeCase(in2028, { asOf: '2028-03-01' }).daysInCurrentStep).toBe(2);
      expect(summarizeCase(in2027, { asOf: '2027-03-01' }).daysInCurrentStep).toBe(1);
    });

    it('lists the consents in force in scope order, leaving out withdrawn ones', () => {
      const c = caseOf([
        ...STARTED,
        { type: 'consent-given', id: 'c2', date: '2026-01-07', scope: 'employer-sharing' },
        { type: 'consent-given', id: 'c3', date: '2026-01-07', scope: 'family-contact' },
        { type: 'consent-withdrawn', id: 'w3', date: '2026-01-08', scope: 'family-contact' },
      ]);
      expect(summarizeCase(c, { asOf: '2026-01-08' }).openConsents).toEqual([
        'se-participation',
        'employer-sharing',
      ]);
    });

    it('gives nulls and zeros for a case that has just been opened', () => {
      const s = summarizeCase(caseOf([]), { asOf: OPENING.openedOn });
      expect(s).toMatchObject({
        status: 'open',
        referredOn: null,
        currentStep: null,
        daysInCurrentStep: null,
        followUpMonths: null,
        nextFollowUpDue: null,
        unpaidPlacementDays: 0,
      });
      expect(CaseSummarySchema.parse(s)).toEqual(s);
    });
  });

  describe('follow-up after employment', () => {
    it('makes the first contact due on the first working day, and overdue after it', () => {
      const c = caseOf([...STARTED, JOB]);
      expect(summarizeCase(c, { asOf: '2026-03-02' })).toMatchObject({
        nextFollowUpDue: '2026-03-02',
        followUpOverdue: false,
        followUpStartedOn: '2026-03-02',
      });
      expect(summarizeCase(c, { asOf: '2026-03-03' }).followUpOverdue).toBe(true);
    });

    it('makes the next contact due at the next date of the default schedule, or at the interval given', () => {
      const c = caseOf([...STARTED, JOB, contact('f1', '2026-03-02'), contact('f2', '2026-03-16')]);
      // Weekly in the first month: the contact after 16 March is 23 March.
      expect(summarizeCase(c, { asOf: '2026-03-20' }).nextFollowUpDue).toBe('2026-03-23');
      const schedule = scheduleFollowUp({ firstWorkingDay: '2026-03-02' });
      expect(schedule.contacts.map((x) => x.date).find((d) => d > '2026-03-16')).toBe('2026-03-23');
      expect(summarizeCase(c, { asOf: '2026-03-20', followUpIntervalWeeks: 4 }).nextFollowUpDue).toBe(
        '2026-04-13',
      );
      expect(summarizeCase(c, { asOf: '2026-03-20', followUpIntervalWeeks: 2 }).nextFollowUpDue).toBe(
        '2026-03-30',
      );
    });

    it('ends the follow-up period after the policy minimum, or the months given', () => {
      const c = caseOf([...STARTED, JOB]);
      expect(summarizeCase(c, { asOf: '2026-03-02' }).followUpWindowEndsOn).toBe('2027-03-02');
      expect(
        summarizeCase(c, { asOf: '2026-03-02', policy: resolvePolicy({ followUpMinimumMonths: 36 }) })
          .followUpWindowEndsOn,
      ).toBe('2029-03-02');
      expect(summarizeCase(c, { asOf: '2026-03-02', followUpMonths: 24 }).followUpWindowEndsOn).toBe(
        '2028-03-02',
      );
    });

    it('has nothing due once the next date would fall after the follow-up period', () => {
      const c = caseOf([...STARTED, JOB, contact('f1', '2027-02-15')]);
      expect(summarizeCase(c, { asOf: '2027-02-20', followUpIntervalWeeks: 4 })).toMatchObject({
        followUpWindowEndsOn: '2027-03-02',
        nextFollowUpDue: null,
        followUpOverdue: false,
      });
    });

    it('has nothing due for a closed case', () => {
      const c = caseOf([
        ...STARTED,
        JOB,
        { type: 'case-closed', id: 'x', date: '2026-03-05', outcome: 'work' },
      ]);
      expect(summarizeCase(c, { asOf: '2026-06-01' })).toMatchObject({
        status: 'closed',
        outcome: 'work',
        nextFollowUpDue: null,
        followUpMonths: 0,
      });
    });

    it('counts whole months from a month end to a shorter month end', () => {
      const c = caseOf([...STARTED, job('2026-01-31')]);
      expect(summarizeCase(c, { asOf: '2026-02-27' }).followUpMonths).toBe(0);
      expect(summarizeCase(c, { asOf: '2026-02-28' }).followUpMonths).toBe(1);
      expect(summarizeCase(c, { asOf: '2026-02-28', followUpMonths: 1 }).followUpWindowEndsOn).toBe(
        '2026-02-28',
      );
    });

    it('ends a year of follow-up from a leap day on 28 February', () => {
      const opening = { id: 'leap', openedOn: '2028-01-03' };
      const c = caseOf(
        [
          { ...REFERRAL, date: '2028-01-03' },
          { ...STARTED[1]!, date: '2028-01-03' },
          job('2028-02-29'),
          contact('f1', '2029-02-01'),
        ],
        opening,
      );
      const s = summarizeCase(c, { asOf: '2029-02-01', followUpIntervalWeeks: 4 });
      expect(s.followUpWindowEndsOn).toBe('2029-02-28');
      expect(s.nextFollowUpDue).toBe(null);
      // The default schedule ends with a contact on the last day of the period.
      expect(summarizeCase(c, { asOf: '2029-02-01' }).nextFollowUpDue).toBe('2029-02-28');
      expect(summarizeCase(c, { asOf: '2029-02-01', followUpIntervalWeeks: 3 }).nextFollowUpDue).toBe(
        '2029-02-22',
      );
      expect(summarizeCase(c, { asOf: '2029-02-27' }).followUpMonths).toBe(11);
      expect(summarizeCase(c, { asOf: '2029-02-28' }).followUpMonths).toBe(12);
    });

    it('lands a four-week cadence on a leap day', () => {
      const opening = { id: 'leap', openedOn: '2028-01-03' };
      const c = caseOf(
        [
          { ...REFERRAL, date: '2028-01-03' },
          { ...STARTED[1]!, date: '2028-01-03' },
          job('2028-01-10'),
          contact('f1', '2028-02-01'),
        ],
        opening,
      );
      expect(summarizeCase(c, { asOf: '2028-02-10', followUpIntervalWeeks: 4 }).nextFollowUpDue).toBe(
        '2028-02-29',
      );
    });

    it('restarts the follow-up period when a new employment starts', () => {
      const c = caseOf([
        ...STARTED,
        JOB,
        {
          type: 'employment-ended',
          id: 'ee',
          date: '2026-09-30',
          employmentId: 'emp-1',
          reason: 'contract-expired',
        },
        job('2026-10-01', 'emp-2'),
      ]);
      const s = summarizeCase(c, { asOf: '2026-10-01' });
      expect(s).toMatchObject({
        followUpStartedOn: '2026-03-02',
        followUpWindowEndsOn: '2027-10-01',
        nextFollowUpDue: '2026-10-01',
        followUpMonths: 6,
        inEmployment: true,
      });
    });
  });

  it('never shows a kept default schedule as overdue', () => {
    const schedule = scheduleFollowUp({ firstWorkingDay: '2026-03-02' });
    const dates = [
      ...new Set([
        ...schedule.contacts.map((x) => x.date),
        ...schedule.triangularMeetings.map((m) => m.date),
      ]),
    ].sort();
    const kept = dates.map((d, i) => contact(`k${i}`, d));
    for (let i = 0; i < dates.length - 1; i++) {
      const c = caseOf([...STARTED, JOB, ...kept.slice(0, i + 1)]);
      const dayBefore = addCalendarDays(dates[i + 1]!, -1);
      expect(summarizeCase(c, { asOf: dayBefore })).toMatchObject({
        nextFollowUpDue: dates[i + 1],
        followUpOverdue: false,
      });
    }
  });

  it('summarises the case as it stood on an earlier asOf', () => {
    const events = [
      ...STARTED,
      JOB,
      contact('f1', '2026-03-02'),
      { type: 'case-closed', id: 'x', date: '2026-05-01', outcome: 'work' } as const,
    ];
    const full = caseOf(events);
    expect(summarizeCase(full, { asOf: '2026-03-10' })).toEqual(
      summarizeCase(caseOf(events.slice(0, 5)), { asOf: '2026-03-10' }),
    );
    expect(summarizeCase(full, { asOf: '2026-03-10' }).status).toBe('open');
  });

  it.each([
    ['asOf before the case was opened', { asOf: '2026-01-04' }],
    ['asOf that is not a real date', { asOf: '2026-02-30' }],
    ['a follow-up interval of zero weeks', { asOf: '2026-03-02', followUpIntervalWeeks: 0 }],
    ['a fractional follow-up interval', { asOf: '2026-03-02', followUpIntervalWeeks: 1.5 }],
    ['a follow-up period over ten years', { asOf: '2026-03-02', followUpMonths: 121 }],
  ] as const)('throws invalid_option for %s', (_what, options) => {
    const c = caseOf(STARTED);
    expect(() => summarizeCase(c, options as SummarizeCaseOptions)).toThrow(SupportedEmploymentError);
    try {
      summarizeCase(c, options);
    } catch (error) {
      expect((error as SupportedEmploymentError).code).toBe('invalid_option');
    }
  });

  it('does not change the case', () => {
    const c = deepFreeze(caseOf([...STARTED, JOB]));
    const snapshot = JSON.stringify(c);
    summarizeCase(c, { asOf: '2026-02-01' });
    summarizeCase(c, { asOf: '2026-06-01' });
    expect(JSON.stringify(c)).toBe(snapshot);
  });
});
