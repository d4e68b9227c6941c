import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_KINDS,
  ACTIVITY_OWNERS,
  ActionPlanSchema,
  CONTACT_KINDS,
  EMPLOYMENT_CONTRACT_TYPES,
  FOLLOW_UP_ADJACENT_TOPICS,
  FOLLOW_UP_JOB_TOPICS,
  FOLLOW_UP_ROLES,
  FOLLOW_UP_TOPICS,
  GOAL_STATUSES,
  ISSUE_CODES,
  MEETING_STATUSES,
  NAV_MEASURE_IDS,
  NAV_NEEDS_GROUPS,
  PLAN_FORMS,
  PLANS_ISSUE_CODES,
  parseActionPlan,
  parseFollowUpPlan,
  parseTrainingPlan,
  RecordedConsentSchema,
  safeParseActionPlan,
  safeParseFollowUpPlan,
  safeParseTrainingPlan,
  SupportedEmploymentError,
  TRAINING_SUPPORT_KINDS,
} from '../../src';
import { actionPlanInput, followUpPlanInput, trainingPlanInput } from '../fixtures/plans/factories';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('plan vocabularies', () => {
  it.each([
    ['ACTIVITY_KINDS', ACTIVITY_KINDS, 13],
    ['ACTIVITY_OWNERS', ACTIVITY_OWNERS, 5],
    ['CONTACT_KINDS', CONTACT_KINDS, 6],
    ['EMPLOYMENT_CONTRACT_TYPES', EMPLOYMENT_CONTRACT_TYPES, 6],
    ['FOLLOW_UP_ROLES', FOLLOW_UP_ROLES, 5],
    ['FOLLOW_UP_TOPICS', FOLLOW_UP_TOPICS, 10],
    ['GOAL_STATUSES', GOAL_STATUSES, 3],
    ['MEETING_STATUSES', MEETING_STATUSES, 4],
    ['NAV_MEASURE_IDS', NAV_MEASURE_IDS, 4],
    ['NAV_NEEDS_GROUPS', NAV_NEEDS_GROUPS, 2],
    ['PLAN_FORMS', PLAN_FORMS, 3],
    ['TRAINING_SUPPORT_KINDS', TRAINING_SUPPORT_KINDS, 5],
  ] as const)('%s holds %i distinct kebab-case ids', (_name, ids, count) => {
    expect(ids).toHaveLength(count);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it('splits the follow-up topics into six job topics and four job-adjacent ones', () => {
    expect(FOLLOW_UP_JOB_TOPICS).toHaveLength(6);
    expect(FOLLOW_UP_ADJACENT_TOPICS).toEqual(['family', 'housing', 'health', 'public-services']);
    expect([...FOLLOW_UP_JOB_TOPICS, ...FOLLOW_UP_ADJACENT_TOPICS]).toEqual([...FOLLOW_UP_TOPICS]);
  });

  it('keeps the plans codes snake_case, prefixed and in the one closed union', () => {
    for (const code of PLANS_ISSUE_CODES) {
      expect(code).toMatch(/^plan_[a-z]+(_[a-z]+)*$/);
      expect(ISSUE_CODES).toContain(code);
    }
    expect(new Set(PLANS_ISSUE_CODES).size).toBe(PLANS_ISSUE_CODES.length);
  });
});

describe('parseActionPlan', () => {
  it('fills defaults for omitted lists and sub-goal statuses', () => {
    const plan = parseActionPlan({
      id: 'p',
      participantRef: 'pt',
      mainGoal: { kind: 'education', occupation: 'health worker', targetDate: '2028-06-20' },
    });
    expect(plan).toMatchObject({ subGoals: [], activities: [], reviews: [], versions: [] });
    expect(parseActionPlan(actionPlanInput()).subGoals[0]?.status).toBe('open');
    expect(parseActionPlan(actionPlanInput()).activities[0]?.consentScopes).toEqual([]);
  });

  it('requires paid and declared on a work goal but not on an education goal', () => {
    const input = actionPlanInput();
    const goal: Record<string, unknown> = { ...input.mainGoal };
    delete goal['paid'];
    const result = safeParseActionPlan({ ...input, mainGoal: goal });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({ code: 'schema_required', path: ['mainGoal', 'paid'] });
  });

  it('throws SupportedEmploymentError with the issues attached', () => {
    try {
      parseActionPlan({ ...actionPlanInput(), id: '' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SupportedEmploymentError);
      expect((e as SupportedEmploymentError).code).toBe('invalid_input');
      expect((e as SupportedEmploymentError).issues[0]).toMatchObject({
        code: 'schema_too_small',
        path: ['id'],
      });
    }
  });

  it('rejects an unknown activity kind and hours out of range', () => {
    const input = actionPlanInput();
    const bad = {
      ...input,
      activities: [{ ...input.activities![0]!, kind: 'volunteering', hoursPerWeek: 100 }],
    };
    const result = safeParseActionPlan(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.code, i.path])).toEqual(
        expect.arrayContaining([
          ['schema_invalid_value', ['activities', 0, 'kind']],
          ['schema_too_big', ['activities', 0, 'hoursPerWeek']],
        ]),
      );
    }
  });
});

describe('dates that are not real dates', () => {
  it.each([
    [
      'mainGoal.targetDate',
      (d: any) => void (d.mainGoal.targetDate = '2026-02-30'),
      ['mainGoal', 'targetDate'],
    ],
    [
      'a sub-goal date',
      (d: any) => void (d.subGoals[1].targetDate = '2025-02-29'),
      ['subGoals', 1, 'targetDate'],
    ],
    [
      'an activity end',
      (d: any) => void (d.activities[2].endDate = '2026-04-31'),
      ['activities', 2, 'endDate'],
    ],
    [
      'a NAV measure end',
      (d: any) => void (d.activities[4].navMeasure.endDate = '2027-13-01'),
      ['activities', 4, 'navMeasure', 'endDate'],
    ],
    ['the agreement', (d: any) => void (d.agreement.agreedOn = '2026-2-16'), ['agreement', 'agreedOn']],
    ['a review', (d: any) => void (d.reviews[0].date = '16.02.2026'), ['reviews', 0, 'date']],
  ])('gives schema_invalid_date with the path for %s in an action plan', (_name, change, path) => {
    const input = actionPlanInput();
    change(input);
    const result = safeParseActionPlan(input);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([
        expect.objectContaining({ code: 'schema_invalid_date', path, severity: 'error' }),
      ]);
  });

  it('gives schema_invalid_date with the path in a training plan', () => {
    const input = trainingPlanInput();
    input.evaluations![1]!.date = '2026-09-31';
    const result = safeParseTrainingPlan(input);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['schema_invalid_date', ['evaluations', 1, 'date']],
    ]);
  });

  it('gives schema_invalid_date with the path in a follow-up plan', () => {
    const input = followUpPlanInput();
    input.employment.firstWorkingDay = '2026-02-29';
    input.contacts![3]!.date = '2026-11-31';
    const result = safeParseFollowUpPlan(input);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['schema_invalid_date', ['employment', 'firstWorkingDay']],
      ['schema_invalid_date', ['contacts', 3, 'date']],
    ]);
  });

  it('accepts a leap day', () => {
    const input = followUpPlanInput();
    input.employment.firstWorkingDay = '2028-02-29';
    input.startDate = '2028-02-29';
    expect(safeParseFollowUpPlan(input).ok).toBe(true);
  });

  it('never repeats the rejected value in the message', () => {
    const input = actionPlanInput();
    input.mainGoal.targetDate = '2026-02-30';
    const result = safeParseActionPlan(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result.issues)).not.toContain('2026-02-30');
  });
});

describe('parseTrainingPlan', () => {
  it('parses the fixture and fills defaults', () => {
    const plan = parseTrainingPlan({
      id: 'tp',
      participantRef: 'pt',
      employerRef: 'emp',
      startDate: '2026-04-06',
    });
    expect(plan).toMatchObject({
      tasks: [],
      learningGoals: [],
      support: [],
      evaluations: [],
      consentScopes: [],
    });
    expect(parseTrainingPlan(trainingPlanInput()).tasks).toHaveLength(2);
  });

  it('throws for an unknown support kind', () => {
    expect(() => parseTrainingPlan({ ...trainingPlanInput(), support: [{ kind: 'friend' }] })).toThrow(
      SupportedEmploymentError,
    );
  });
});

describe('parseFollowUpPlan', () => {
  it('parses the fixture and requires at least one party per contact', () => {
    expect(parseFollowUpPlan(followUpPlanInput()).topics).toHaveLength(10);
    const input = followUpPlanInput();
    input.contacts![0]!.withWhom = [];
    const result = safeParseFollowUpPlan(input);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['schema_too_small', ['contacts', 0, 'withWhom']],
    ]);
  });

  it('rejects a position share of zero or above 100 %', () => {
    for (const positionPercent of [0, 101]) {
      const input = followUpPlanInput();
      input.employment.positionPercent = positionPercent;
      expect(safeParseFollowUpPlan(input).ok).toBe(false);
    }
  });
});

describe('RecordedConsentSchema', () => {
  it('accepts a consent with a withdrawal date and rejects an unknown scope', () => {
    expect(
      RecordedConsentSchema.safeParse({
        scope: 'family-contact',
        givenOn: '2026-01-05',
        withdrawnOn: '2026-03-01',
      }).success,
    ).toBe(true);
    expect(RecordedConsentSchema.safeParse({ scope: 'everything', givenOn: '2026-01-05' }).success).toBe(
      false,
    );
  });
});

describe('ActionPlanSchema', () => {
  it('is a zod schema consumers can compose', () => {
    const extended = ActionPlanSchema.extend({ office: ActionPlanSchema.shape.id });
    expect(extended.safeParse({ ...actionPlanInput(), office: 'oslo' }).success).toBe(true);
  });
});
