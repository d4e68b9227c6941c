import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  NAV_MEASURE_IDS,
  NAV_MEASURES,
  NAV_NEEDS_GROUPS,
  navMeasureLimitMonths,
  NavMeasureSchema,
  PolicySchema,
  resolvePolicy,
  validateActionPlan,
} from '../../src';
import { actionContext, actionPlan } from '../fixtures/plans/factories';

describe('NAV_MEASURES', () => {
  it('has one valid entry per measure id, applying to both needs groups', () => {
    expect(Object.keys(NAV_MEASURES).sort()).toEqual([...NAV_MEASURE_IDS].sort());
    for (const id of NAV_MEASURE_IDS) {
      const entry = NAV_MEASURES[id];
      expect(NavMeasureSchema.parse(entry)).toEqual(entry);
      expect(entry.id).toBe(id);
      expect(entry.appliesTo).toEqual([...NAV_NEEDS_GROUPS]);
      expect(entry.source.document).toBe('nav');
      expect(entry.summary.nb).not.toBe(entry.summary.en);
    }
  });

  it('names only keys that exist in the policy', () => {
    const keys = Object.keys(PolicySchema.shape.navMeasureLimits.shape);
    for (const entry of Object.values(NAV_MEASURES)) {
      expect(keys).toContain(entry.limitKeys.ordinary);
      expect(keys).toContain(entry.limitKeys['reduced-work-capacity']);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(NAV_MEASURES)).toBe(true);
    expect(Object.isFrozen(NAV_MEASURES.mentor)).toBe(true);
  });
});

describe('navMeasureLimitMonths', () => {
  it.each([
    ['mentor', 'ordinary', 6],
    ['mentor', 'reduced-work-capacity', 36],
    ['wage-subsidy', 'ordinary', 12],
    ['wage-subsidy', 'reduced-work-capacity', 24],
    ['work-training', 'ordinary', 18],
    ['work-training', 'reduced-work-capacity', 18],
    ['inclusion-grant', 'ordinary', 12],
    ['inclusion-grant', 'reduced-work-capacity', 12],
  ] as const)('gives %s for %s %i months by default', (measure, group, months) => {
    expect(navMeasureLimitMonths(measure, group)).toBe(months);
    expect(navMeasureLimitMonths(measure, group, DEFAULT_POLICY)).toBe(months);
  });

  it('reads overridden numbers from the policy', () => {
    const policy = resolvePolicy({ navMeasureLimits: { mentorMonths: 9, workTrainingMonths: 12 } });
    expect(navMeasureLimitMonths('mentor', 'ordinary', policy)).toBe(9);
    expect(navMeasureLimitMonths('work-training', 'reduced-work-capacity', policy)).toBe(12);
    expect(navMeasureLimitMonths('mentor', 'reduced-work-capacity', policy)).toBe(36);
  });

  it('lets a programme override change what validation accepts', () => {
    const plan = actionPlan((d) => {
      d.activities![4]!.navMeasure = {
        measure: 'work-training',
        startDate: '2026-08-17',
        endDate: '2027-08-16',
      };
    });
    const codes = (policy = DEFAULT_POLICY): string[] =>
      validateActionPlan(plan, actionContext({ policy })).issues.map((i) => i.code);
    expect(codes()).not.toContain('plan_nav_measure_too_long');
    expect(codes(resolvePolicy({ navMeasureLimits: { workTrainingMonths: 6 } }))).toContain(
      'plan_nav_measure_too_long',
    );
  });

  it('measures a period by the calendar, up to the last supported day', () => {
    const codes = (startDate: string, endDate: string): string[] =>
      validateActionPlan(
        actionPlan((d) => {
          d.activities![4]!.navMeasure = { measure: 'mentor', startDate, endDate };
        }),
        actionContext({ navNeedsGroup: 'ordinary' }),
      ).issues.map((i) => i.code);
    const limit = navMeasureLimitMonths('mentor', 'ordinary');
    expect(limit).toBe(6);
    // Six months from 31 August end on the last day of February: the end on that day is too long.
    expect(codes('2026-08-31', '2027-02-27')).not.toContain('plan_nav_measure_too_long');
    expect(codes('2026-08-31', '2027-02-28')).toContain('plan_nav_measure_too_long');
    // A limit that would end past 9999-12-31 is not reached by any end date.
    expect(codes('9999-10-01', '9999-12-31')).not.toContain('plan_nav_measure_too_long');
    expect(codes('9999-06-01', '9999-12-31')).toContain('plan_nav_measure_too_long');
  });
});
