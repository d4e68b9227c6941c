import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  calendarDaysBetween,
  DEFAULT_FOLLOW_UP_PHASES,
  DEFAULT_TRIANGULAR_MEETINGS,
  FollowUpPlanSchema,
  resolvePolicy,
  scheduleFollowUp,
  SupportedEmploymentError,
  validateFollowUpPlan,
} from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { ALL_CONSENTS, employmentInput } from '../fixtures/plans/factories';

const dates = (anchor: string, options = {}): string[] =>
  scheduleFollowUp({ firstWorkingDay: anchor }, options).contacts.map((c) => c.date);

describe('scheduleFollowUp', () => {
  it('starts on the first working day and thins out: weekly, fortnightly, then monthly to one year', () => {
    const schedule = scheduleFollowUp({ firstWorkingDay: '2026-08-17' });
    expect(schedule.startDate).toBe('2026-08-17');
    expect(schedule.plannedEndDate).toBe('2027-08-17');
    expect(schedule.contacts.map((c) => c.date)).toEqual([
      '2026-08-17',
      '2026-08-24',
      '2026-08-31',
      '2026-09-07',
      '2026-09-14',
      '2026-09-17',
      '2026-10-01',
      '2026-10-15',
      '2026-10-29',
      '2026-11-12',
      '2026-11-17',
      '2026-12-17',
      '2027-01-17',
      '2027-02-17',
      '2027-03-17',
      '2027-04-17',
      '2027-05-17',
      '2027-06-17',
      '2027-07-17',
      '2027-08-17',
    ]);
    expect(schedule.triangularMeetings.map((m) => m.date)).toEqual([
      '2026-08-31',
      '2026-11-17',
      '2027-02-17',
      '2027-08-17',
    ]);
  });

  it('meets the participant and the employer on the first day and phones the participant after', () => {
    const [first, second] = scheduleFollowUp({ firstWorkingDay: '2026-08-17' }).contacts;
    expect(first).toEqual({
      date: '2026-08-17',
      kind: 'workplace-visit',
      withWhom: ['participant', 'employer'],
      status: 'planned',
    });
    expect(second).toEqual({
      date: '2026-08-24',
      kind: 'phone',
      withWhom: ['participant'],
      status: 'planned',
    });
  });

  it('continues quarterly to the end when follow-up lasts three years', () => {
    const schedule = scheduleFollowUp({ firstWorkingDay: '2026-08-17' }, { months: 36 });
    const late = schedule.contacts.map((c) => c.date).filter((d) => d >= '2027-08-17');
    expect(late).toEqual([
      '2027-08-17',
      '2027-11-17',
      '2028-02-17',
      '2028-05-17',
      '2028-08-17',
      '2028-11-17',
      '2029-02-17',
      '2029-05-17',
      '2029-08-17',
    ]);
    expect(schedule.triangularMeetings.map((m) => m.date).slice(3)).toEqual([
      '2027-08-17',
      '2028-02-17',
      '2028-08-17',
      '2029-02-17',
      '2029-08-17',
    ]);
  });

  it('takes its default length from the policy', () => {
    const schedule = scheduleFollowUp(
      { firstWorkingDay: '2026-08-17' },
      { policy: resolvePolicy({ followUpMinimumMonths: 24 }) },
    );
    expect(schedule.plannedEndDate).toBe('2028-08-17');
  });

  it('keeps to the last day of shorter months without drifting', () => {
    expect(dates('2026-01-31')).toEqual([
      '2026-01-31',
      '2026-02-07',
      '2026-02-14',
      '2026-02-21',
      '2026-02-28',
      '2026-03-14',
      '2026-03-28',
      '2026-04-11',
      '2026-04-25',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
      '2027-01-31',
    ]);
  });

  it('handles a first working day on a leap day', () => {
    const schedule = scheduleFollowUp({ firstWorkingDay: '2028-02-29' }, { months: 48 });
    const list = schedule.contacts.map((c) => c.date);
    expect(schedule.plannedEndDate).toBe('2032-02-29');
    expect(list).toContain('2029-02-28');
    expect(list).toContain('2029-05-29');
    expect(list).toContain('2031-02-28');
    expect(list.at(-1)).toBe('2032-02-29');
    expect(list.slice(0, 5)).toEqual(['2028-02-29', '2028-03-07', '2028-03-14', '2028-03-21', '2028-03-28']);
  });

  it('crosses a leap day in the weekly phase', () => {
    expect(dates('2028-02-15').slice(0, 5)).toEqual([
      '2028-02-15',
      '2028-02-22',
      '2028-02-29',
      '2028-03-07',
      '2028-03-14',
    ]);
  });

  it.each([
    [
      'the US spring change',
      '2026-03-05',
      ['2026-03-05', '2026-03-12', '2026-03-19', '2026-03-26', '2026-04-02'],
    ],
    [
      'the European spring change',
      '2026-03-26',
      ['2026-03-26', '2026-04-02', '2026-04-09', '2026-04-16', '2026-04-23'],
    ],
    [
      'the European autumn change',
      '2026-10-22',
      ['2026-10-22', '2026-10-29', '2026-11-05', '2026-11-12', '2026-11-19'],
    ],
    [
      'the US autumn change',
      '2026-10-29',
      ['2026-10-29', '2026-11-05', '2026-11-12', '2026-11-19', '2026-11-26'],
    ],
  ])('keeps weekly contacts seven days apart across %s', (_name, anchor, expected) => {
    expect(dates(anchor).slice(0, 5)).toEqual(expected);
  });

  it('accepts a custom rhythm, meetings and contact kinds', () => {
    const schedule = scheduleFollowUp(
      { firstWorkingDay: '2026-08-17' },
      {
        months: 6,
        phases: [
          { fromMonth: 0, every: { weeks: 2 } },
          { fromMonth: 2, every: { months: 2 } },
        ],
        triangularMeetingsAt: [{ months: 1 }],
        triangularMeetingsEveryMonths: 0,
        contactKind: 'message',
        contactWith: ['participant', 'employer'],
        firstDayKind: 'meeting',
        firstDayWith: ['participant'],
      },
    );
    expect(schedule.contacts.map((c) => c.date)).toEqual([
      '2026-08-17',
      '2026-08-31',
      '2026-09-14',
      '2026-09-28',
      '2026-10-12',
      '2026-10-17',
      '2026-12-17',
      '2027-02-17',
    ]);
    expect(schedule.contacts[0]).toMatchObject({ kind: 'meeting', withWhom: ['participant'] });
    expect(schedule.contacts[1]).toMatchObject({ kind: 'message', withWhom: ['participant', 'employer'] });
    expect(schedule.triangularMeetings).toEqual([{ date: '2026-09-17', status: 'planned' }]);
  });

  it('gives a single contact for zero months', () => {
    const schedule = scheduleFollowUp({ firstWorkingDay: '2026-08-17' }, { months: 0 });
    expect(schedule.contacts.map((c) => c.date)).toEqual(['2026-08-17']);
    expect(schedule.plannedEndDate).toBe('2026-08-17');
  });

  it('exposes its defaults as data', () => {
    expect(DEFAULT_FOLLOW_UP_PHASES.map((p) => p.fromMonth)).toEqual([0, 1, 3, 12]);
    expect(DEFAULT_TRIANGULAR_MEETINGS).toEqual([{ weeks: 2 }, { months: 3 }, { months: 6 }]);
    expect(Object.isFrozen(DEFAULT_FOLLOW_UP_PHASES)).toBe(true);
  });

  it.each([
    ['months above 120', { months: 121 }],
    ['fractional months', { months: 1.5 }],
    ['no phases', { phases: [] }],
    ['a first phase not at month 0', { phases: [{ fromMonth: 1, every: { weeks: 1 } }] }],
    [
      'phases out of order',
      {
        phases: [
          { fromMonth: 0, every: { weeks: 1 } },
          { fromMonth: 3, every: { weeks: 2 } },
          { fromMonth: 2, every: { months: 1 } },
        ],
      },
    ],
    ['a zero interval', { phases: [{ fromMonth: 0, every: { weeks: 0 } }] }],
    ['an interval of neither weeks nor months', { phases: [{ fromMonth: 0, every: { days: 3 } as never }] }],
    ['a bad meeting offset', { triangularMeetingsAt: [{ months: -1 }] }],
    ['a negative meeting rhythm', { triangularMeetingsEveryMonths: -6 }],
    ['nobody to contact', { contactWith: [] }],
  ])('throws invalid_option for %s', (_name, options) => {
    expect(() => scheduleFollowUp({ firstWorkingDay: '2026-08-17' }, options)).toThrow(
      expect.objectContaining({ code: 'invalid_option' }),
    );
  });

  it('throws invalid_date for a first working day that does not exist', () => {
    expect(() => scheduleFollowUp({ firstWorkingDay: '2026-02-29' })).toThrow(SupportedEmploymentError);
  });

  it('does not change its inputs', () => {
    const employment = deepFreeze({ firstWorkingDay: '2026-08-17' });
    const options = deepFreeze({
      months: 36,
      phases: DEFAULT_FOLLOW_UP_PHASES,
      contactWith: ['participant' as const],
    });
    expect(() => scheduleFollowUp(employment, options)).not.toThrow();
  });

  const anchor = fc.integer({ min: 0, max: 36_500 }).map((n) => addCalendarDays('2000-01-01', n));

  it('always runs from the first day to the end in strictly increasing dates with no gap over a quarter', () => {
    fc.assert(
      fc.property(anchor, fc.integer({ min: 0, max: 60 }), (first, months) => {
        const schedule = scheduleFollowUp({ firstWorkingDay: first }, { months });
        const list = schedule.contacts.map((c) => c.date);
        expect(list[0]).toBe(first);
        expect(list.at(-1)).toBe(addCalendarMonths(first, months));
        expect(schedule.plannedEndDate).toBe(addCalendarMonths(first, months));
        for (let i = 1; i < list.length; i++) {
          const gap = calendarDaysBetween(list[i - 1]!, list[i]!);
          expect(gap).toBeGreaterThan(0);
          expect(gap).toBeLessThanOrEqual(92);
        }
        for (const m of schedule.triangularMeetings) {
          expect(m.date > first && m.date <= schedule.plannedEndDate).toBe(true);
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('produces plans that pass the follow-up contact rules', () => {
    fc.assert(
      fc.property(anchor, fc.integer({ min: 12, max: 48 }), (first, months) => {
        const employment = { ...employmentInput(), firstWorkingDay: first, navMeasures: [] };
        const plan = FollowUpPlanSchema.parse({
          id: 'f',
          participantRef: 'p',
          employment,
          ...scheduleFollowUp(employment, { months }),
          introducedOn: first,
          topics: [],
          responsible: [],
        });
        const codes = validateFollowUpPlan(plan, {
          asOf: first,
          consents: [{ ...ALL_CONSENTS[3]!, givenOn: '1999-01-01' }],
        }).issues.map((i) => i.code);
        for (const code of [
          'plan_follow_up_starts_late',
          'plan_follow_up_too_short',
          'plan_follow_up_first_contact_late',
          'plan_follow_up_contact_gap',
          'plan_follow_up_no_triangular_meeting',
          'plan_employer_consent_missing',
          'plan_contact_overdue',
        ] as const) {
          expect(codes).not.toContain(code);
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
