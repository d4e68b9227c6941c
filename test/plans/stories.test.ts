import { describe, expect, it } from 'vitest';
import { validateActionPlan, validateFollowUpPlan, validateTrainingPlan, type Issue } from '../../src';
import { STORIES } from '../fixtures/plans/stories';

const codes = (issues: readonly Issue[]): string[] => [...new Set(issues.map((i) => i.code))].sort();

describe('the handbook stories', () => {
  it.each(STORIES.map((s) => [s.name, s] as const))(
    "%s's action plan shows the issues a job specialist expects",
    (_name, story) => {
      const report = validateActionPlan(story.actionPlan, story.context);
      expect(codes(report.issues)).toEqual([...story.expectedAction].sort());
      expect(report.valid).toBe(true);
    },
  );

  it.each(STORIES.filter((s) => s.trainingPlan).map((s) => [s.name, s] as const))(
    "%s's training plan shows the expected issues",
    (_name, story) => {
      const { plan, context, expected } = story.trainingPlan!;
      expect(codes(validateTrainingPlan(plan, context).issues)).toEqual([...expected].sort());
    },
  );

  it.each(STORIES.filter((s) => s.followUp).map((s) => [s.name, s] as const))(
    "%s's follow-up plan shows the expected issues",
    (_name, story) => {
      const { plan, context, expected } = story.followUp!;
      const report = validateFollowUpPlan(plan, context);
      expect(codes(report.issues)).toEqual([...expected].sort());
      expect(report.valid).toBe(true);
    },
  );

  it('flags the practice trap for Zahra at the laundry placement', () => {
    const zahra = STORIES.find((s) => s.name === 'Zahra')!;
    const trap = validateActionPlan(zahra.actionPlan, zahra.context).issues.find(
      (i) => i.code === 'plan_practice_trap',
    );
    expect(trap?.path).toEqual(['activities', 3]);
    expect(trap?.source?.document).toBe('afi-report');
  });

  it('sees no practice trap for Zahra without her history of measures', () => {
    const zahra = STORIES.find((s) => s.name === 'Zahra')!;
    const issues = validateActionPlan(zahra.actionPlan, { ...zahra.context, case: undefined }).issues;
    expect(codes(issues)).not.toContain('plan_practice_trap');
  });

  it('asks for no family consent for Amina, whose plan has no family activity', () => {
    const amina = STORIES.find((s) => s.name === 'Amina')!;
    const issues = validateActionPlan(amina.actionPlan, amina.context).issues;
    expect(codes(issues)).not.toContain('plan_family_consent_missing');
    expect(amina.actionPlan.activities.some((a) => a.kind === 'family-council')).toBe(false);
  });

  it('would flag a written plan for Zahra, who cannot read', () => {
    const zahra = STORIES.find((s) => s.name === 'Zahra')!;
    const written = {
      ...zahra.actionPlan,
      agreement: { ...zahra.actionPlan.agreement!, form: 'written' as const },
    };
    expect(codes(validateActionPlan(written, zahra.context).issues)).toContain('plan_form_not_adapted');
  });
});
