import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  resolvePolicy,
  validateActionPlan,
  validateFollowUpPlan,
  type FollowUpContact,
} from '../../src';
import { actionContext, actionPlan, followUpContext, followUpPlan } from '../fixtures/plans/factories';

const contact = (date: string): FollowUpContact => ({
  date,
  kind: 'phone',
  withWhom: ['participant'],
  status: 'planned',
});
const codes = (issues: readonly { code: string }[]): string[] => issues.map((i) => i.code);

describe('validateFollowUpPlan at the boundaries', () => {
  it.each([
    [92, false],
    [93, true],
  ])('treats a gap of %i days as too long: %s', (days, flagged) => {
    const plan = followUpPlan((d) => {
      d.contacts = [contact('2026-10-01'), contact(addCalendarDays('2026-10-01', days))];
      d.triangularMeetings = [{ date: '2026-10-01', status: 'planned' }];
      d.plannedEndDate = addCalendarDays('2026-10-01', days);
    });
    expect(
      codes(validateFollowUpPlan(plan, followUpContext()).issues).includes('plan_follow_up_contact_gap'),
    ).toBe(flagged);
  });

  it.each([
    ['2026-10-08', false],
    ['2026-10-09', true],
  ])('expects the first contact within seven days (first contact %s late: %s)', (date, flagged) => {
    const plan = followUpPlan((d) => {
      d.contacts = [contact(date), ...d.contacts!.filter((c) => c.date > '2026-10-09')];
      d.triangularMeetings = d.triangularMeetings!.filter((m) => m.date > '2026-10-09');
    });
    expect(
      codes(validateFollowUpPlan(plan, followUpContext()).issues).includes(
        'plan_follow_up_first_contact_late',
      ),
    ).toBe(flagged);
  });

  it('measures the minimum from the first working day, both ends included, across a leap day', () => {
    const plan = (end: string) =>
      followUpPlan((d) => {
        d.employment.firstWorkingDay = '2028-02-29';
        d.startDate = '2028-02-29';
        d.introducedOn = '2028-02-20';
        d.contacts = [contact('2028-02-29')];
        d.plannedEndDate = end;
        d.employment.navMeasures = [];
      });
    const ok = validateFollowUpPlan(plan('2029-02-27'), followUpContext({ asOf: '2028-02-29' }), {
      maxContactGapDays: 3660,
    });
    const short = validateFollowUpPlan(plan('2029-02-26'), followUpContext({ asOf: '2028-02-29' }), {
      maxContactGapDays: 3660,
    });
    expect(codes(ok.issues)).not.toContain('plan_follow_up_too_short');
    expect(codes(short.issues)).toContain('plan_follow_up_too_short');
  });

  it('flags meeting the employer after consent was withdrawn, once, at the first such meeting', () => {
    const context = followUpContext({
      asOf: '2026-10-01',
      consents: [{ scope: 'employer-sharing', givenOn: '2026-09-01', withdrawnOn: '2027-01-15' }],
    });
    const issues = validateFollowUpPlan(followUpPlan(), context).issues.filter(
      (i) => i.code === 'plan_employer_consent_missing',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['triangularMeetings', 2]);
  });
});

describe('validateActionPlan at the boundaries', () => {
  it.each([
    ['2027-08-16', false],
    ['2027-08-17', true],
  ])('limits a twelve-month wage subsidy from 17 August (end %s too long: %s)', (endDate, flagged) => {
    const plan = actionPlan((d) => {
      d.activities![4]!.navMeasure = { measure: 'wage-subsidy', startDate: '2026-08-17', endDate };
    });
    expect(
      codes(validateActionPlan(plan, actionContext()).issues).includes('plan_nav_measure_too_long'),
    ).toBe(flagged);
  });

  it('keeps a month-end start to the end of the shorter month', () => {
    const plan = (endDate: string) =>
      actionPlan((d) => {
        d.activities![4]!.navMeasure = { measure: 'mentor', startDate: '2026-08-31', endDate };
      });
    expect(codes(validateActionPlan(plan('2027-02-27'), actionContext()).issues)).not.toContain(
      'plan_nav_measure_too_long',
    );
    expect(codes(validateActionPlan(plan('2027-02-28'), actionContext()).issues)).toContain(
      'plan_nav_measure_too_long',
    );
  });

  it('flags an unpaid placement with no end date', () => {
    const plan = actionPlan((d) => {
      d.activities!.push({
        id: 'a6',
        kind: 'work-trial',
        owner: 'employer',
        startDate: '2026-04-06',
        hoursPerWeek: 4,
        status: 'planned',
      });
    });
    const issue = validateActionPlan(plan, actionContext()).issues.find(
      (i) => i.code === 'plan_unpaid_placement_too_long',
    );
    expect(issue?.path).toEqual(['activities', 5, 'endDate']);
  });

  it('follows a programme override of the placement limit', () => {
    const plan = actionPlan((d) => {
      d.activities!.push({
        id: 'a6',
        kind: 'unpaid-placement',
        owner: 'employer',
        startDate: '2026-07-06',
        endDate: '2026-08-28',
        hoursPerWeek: 5,
        status: 'planned',
        trainingPlanRef: 'tp-2',
      });
    });
    expect(codes(validateActionPlan(plan, actionContext()).issues)).toContain(
      'plan_unpaid_placement_too_long',
    );
    const eight = validateActionPlan(
      plan,
      actionContext({ policy: resolvePolicy({ unpaidPlacementMaxWeeks: 8 }) }),
    );
    expect(codes(eight.issues)).not.toContain('plan_unpaid_placement_too_long');
  });
});
