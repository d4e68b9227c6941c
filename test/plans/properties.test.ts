import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ActionPlanSchema,
  addCalendarDays,
  calendarDaysBetween,
  FollowUpPlanSchema,
  IssueSchema,
  parseActionPlan,
  parseFollowUpPlan,
  parseTrainingPlan,
  PLANS_ISSUE_CODES,
  TrainingPlanSchema,
  validateActionPlan,
  validateFollowUpPlan,
  validateTrainingPlan,
  type ActionPlan,
  type PlanValidationContext,
  type ValidationReport,
} from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { firstOverload } from '../../src/plans/internal/hours';
import {
  actionPlanInputArb,
  contextArb,
  followUpPlanInputArb,
  trainingPlanInputArb,
} from '../fixtures/plans/arbitraries';
import { ACTION_AS_OF, actionContext, actionPlan } from '../fixtures/plans/factories';
import { RULE_CASES } from '../fixtures/plans/ruleCases';

const RUNS = { seed: 42, numRuns: 200 } as const;
type Validate = (plan: unknown, context: PlanValidationContext) => ValidationReport;
const PLAN_CODES: readonly string[] = PLANS_ISSUE_CODES;

function wellFormed(report: ValidationReport): void {
  for (const issue of report.issues) {
    expect(IssueSchema.safeParse(issue).success).toBe(true);
    expect(PLAN_CODES).toContain(issue.code);
  }
  expect(report.valid).toBe(!report.issues.some((i) => i.severity === 'error'));
}

describe('validateActionPlan (properties)', () => {
  it('never throws on a schema-valid plan and returns well-formed issues', () => {
    fc.assert(
      fc.property(actionPlanInputArb, contextArb, (input, context) => {
        const plan = deepFreeze(ActionPlanSchema.parse(input));
        wellFormed(validateActionPlan(plan, deepFreeze(context)));
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(actionPlanInputArb, contextArb, (input, context) => {
        const plan = ActionPlanSchema.parse(input);
        expect(validateActionPlan(plan, context)).toEqual(
          validateActionPlan(ActionPlanSchema.parse(structuredClone(input)), structuredClone(context)),
        );
      }),
      RUNS,
    );
  });

  // Each plan kind: its input arbitrary, its parser and its validator.
  const KINDS: readonly [string, fc.Arbitrary<unknown>, (input: unknown) => unknown, Validate][] = [
    ['action', actionPlanInputArb, parseActionPlan, validateActionPlan as Validate],
    ['follow-up', followUpPlanInputArb, parseFollowUpPlan, validateFollowUpPlan as Validate],
    ['training', trainingPlanInputArb, parseTrainingPlan, validateTrainingPlan as Validate],
  ];

  it.each(KINDS)(
    'finds the same issues in a parsed %s plan as in a plain copy of it',
    (_, arb, parse, validate) => {
      // A parsed plan's lists are read through plain copies (src/plans/internal/validatePlan.ts); a copy
      // built by hand is read as it is. Both must give the same report, and the parsed plan stays as it was.
      fc.assert(
        fc.property(arb, contextArb, (input, context) => {
          const parsed = parse(input);
          const before = structuredClone(parsed);
          expect(validate(parsed, context)).toEqual(validate(structuredClone(parsed), context));
          expect(parsed).toStrictEqual(before);
        }),
        RUNS,
      );
    },
  );

  // Plans with no issues at all: the clean fixture and every clean variant in the rule suite.
  const cleanSeeds = [
    { plan: actionPlan(), context: actionContext() },
    ...RULE_CASES.flatMap((c) => (c.kind === 'action' ? [{ plan: c.plan, context: c.context }] : [])),
  ].filter((s) => validateActionPlan(s.plan, s.context).issues.length === 0);

  it('has several clean plans to start from', () => {
    expect(cleanSeeds.length).toBeGreaterThanOrEqual(3);
  });

  const unrelated = (seed: { plan: ActionPlan; context: (typeof cleanSeeds)[number]['context'] }) => {
    const hoursUsed = seed.plan.activities
      .filter((a) => a.status !== 'cancelled')
      .reduce((sum, a) => sum + a.hoursPerWeek, 0);
    const available = Math.max(seed.context.availableHoursPerWeek ?? 0, hoursUsed + 10);
    const asOf = seed.context.asOf;
    const room = calendarDaysBetween(asOf, seed.plan.mainGoal.targetDate);
    return fc
      .record({
        kind: fc.constantFrom(
          'network-activity',
          'meeting',
          'transport-training',
          'job-preparation-course',
          'norwegian-training',
          'education',
          'other' as const,
        ),
        owner: fc.constantFrom('participant', 'job-specialist' as const),
        status: fc.constantFrom('planned', 'in-progress' as const),
        hoursPerWeek: fc.double({ min: 0, max: available - hoursUsed, noNaN: true }),
        startOffset: fc.integer({ min: -30, max: room }),
        length: fc.integer({ min: 0, max: room }),
        subGoalIds: fc.subarray(seed.plan.subGoals.map((g) => g.id)),
        position: fc.nat({ max: seed.plan.activities.length }),
      })
      .map((a) => {
        const startDate = addCalendarDays(asOf, a.startOffset);
        const endOffset = Math.max(0, Math.min(room, a.startOffset + a.length));
        const activity = {
          id: 'unrelated',
          kind: a.kind,
          owner: a.owner,
          status: a.status,
          hoursPerWeek: a.hoursPerWeek,
          subGoalIds: a.subGoalIds,
          startDate,
          endDate: addCalendarDays(asOf, endOffset),
          consentScopes: [],
        };
        const activities = [...seed.plan.activities];
        activities.splice(a.position, 0, activity as never);
        return {
          plan: deepFreeze(ActionPlanSchema.parse({ ...seed.plan, activities })),
          context: { ...seed.context, availableHoursPerWeek: available },
        };
      });
  };

  it('keeps a clean plan clean when an unrelated activity is added', () => {
    expect(ACTION_AS_OF).toBe(actionContext().asOf);
    for (const seed of cleanSeeds) {
      expect(
        validateActionPlan(seed.plan, {
          ...seed.context,
          availableHoursPerWeek: Math.max(seed.context.availableHoursPerWeek ?? 0, 40),
        }).issues,
      ).toEqual([]);
      fc.assert(
        fc.property(unrelated(seed), ({ plan, context }) => {
          expect(validateActionPlan(plan, context).issues).toEqual([]);
        }),
        { seed: 42, numRuns: 50 },
      );
    }
  });
});

describe('validateTrainingPlan (properties)', () => {
  it('never throws on a schema-valid plan, and is deterministic', () => {
    fc.assert(
      fc.property(trainingPlanInputArb, contextArb, (input, context) => {
        const plan = deepFreeze(TrainingPlanSchema.parse(input));
        const report = validateTrainingPlan(plan, deepFreeze(context));
        wellFormed(report);
        expect(
          validateTrainingPlan(TrainingPlanSchema.parse(structuredClone(input)), structuredClone(context)),
        ).toEqual(report);
      }),
      RUNS,
    );
  });
});

describe('validateFollowUpPlan (properties)', () => {
  it('never throws on a schema-valid plan, and is deterministic', () => {
    fc.assert(
      fc.property(followUpPlanInputArb, contextArb, (input, context) => {
        const plan = deepFreeze(FollowUpPlanSchema.parse(input));
        const report = validateFollowUpPlan(plan, deepFreeze(context));
        wellFormed(report);
        expect(
          validateFollowUpPlan(FollowUpPlanSchema.parse(structuredClone(input)), structuredClone(context)),
        ).toEqual(report);
      }),
      RUNS,
    );
  });
});

describe('the weekly-hours sweep (firstOverload)', () => {
  const day = fc.integer({ min: 0, max: 40 }).map((d) => addCalendarDays('2026-03-01', d));
  const activity = fc.record({
    startDate: day,
    endDate: fc.option(day, { nil: undefined }),
    hoursPerWeek: fc.integer({ min: 0, max: 20 }).map((h) => h / 2),
    status: fc.constantFrom('planned', 'in-progress', 'done', 'cancelled'),
  });
  type Sample = typeof activity extends fc.Arbitrary<infer T> ? T : never;

  /** The same question asked the slow way: the load at each start, in event order, over every activity. */
  function slowFirstOverload(activities: readonly Sample[], asOf: string, limit: number): number {
    const counted = activities
      .map((a, i) => ({ ...a, i }))
      .filter(
        (a) =>
          a.hoursPerWeek > 0 &&
          (a.status === 'planned' || a.status === 'in-progress') &&
          (a.endDate === undefined || (a.endDate >= asOf && a.endDate >= a.startDate)),
      )
      .sort((x, y) => (x.startDate < y.startDate ? -1 : x.startDate > y.startDate ? 1 : x.i - y.i));
    for (let k = 0; k < counted.length; k++) {
      const at = counted[k]!;
      let load = 0;
      for (let j = 0; j <= k; j++) {
        const other = counted[j]!;
        if (other.endDate === undefined || other.endDate >= at.startDate) load += other.hoursPerWeek;
      }
      if (load > limit + 1e-9) return at.i;
    }
    return -1;
  }

  it('finds the same first overloaded activity as a day-by-day count', () => {
    fc.assert(
      fc.property(
        fc.array(activity, { maxLength: 12 }),
        day,
        fc.integer({ min: 0, max: 40 }).map((h) => h / 2),
        (activities, asOf, limit) => {
          expect(firstOverload(activities as never, asOf, limit)).toBe(
            slowFirstOverload(activities, asOf, limit),
          );
        },
      ),
      { seed: 20261206, numRuns: 2000 },
    );
  });
});
