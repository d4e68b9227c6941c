import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ACTION_PLAN_RULES,
  DEFAULT_PLAN_RULE_SETTINGS,
  FOLLOW_UP_PLAN_RULES,
  PLAN_RULE_SETTING_SOURCES,
  PlanRuleSettingsSchema,
  SupportedEmploymentError,
  TRAINING_PLAN_RULES,
  validateActionPlan,
  validateTrainingPlan,
  type PlanRule,
  type TrainingPlan,
} from '../../src';
import { TrainingPlanSchema } from '../../src/plans/trainingPlan';
import { validatePlan } from '../../src/plans/internal/validatePlan';
import { ValidateTrainingPlanOptionsSchema } from '../../src/plans/validateTrainingPlan';
import { GUIDE, PLAN_RULE_TABLES, renderRuleTable, tableInGuide } from '../../scripts/plan-rule-tables';
import {
  actionContext,
  actionPlan,
  need,
  needsProfile,
  trainingContext,
  trainingPlan,
} from '../fixtures/plans/factories';

const guide = readFileSync(GUIDE, 'utf8');
const ALL: readonly PlanRule<never>[] = [
  ...ACTION_PLAN_RULES,
  ...TRAINING_PLAN_RULES,
  ...FOLLOW_UP_PLAN_RULES,
];

describe('the plan rule catalogues', () => {
  it.each(Object.keys(PLAN_RULE_TABLES))(
    'drive the %s table in docs/plans.md (run npm run docs:rules when this fails)',
    (name) => {
      const rules = PLAN_RULE_TABLES[name] ?? [];
      expect(rules.length).toBeGreaterThan(0);
      expect(tableInGuide(guide, name)).toBe(renderRuleTable(rules));
    },
  );

  it('give every row a code, severity, source and a one-paragraph summary', () => {
    for (const rule of ALL) {
      expect(rule.code).toMatch(/^plan_[a-z_]+$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.source.section.length).toBeGreaterThan(3);
      expect(rule.summary.length).toBeGreaterThan(20);
      expect(rule.summary).not.toContain('\n');
    }
  });

  it('name each code once per table', () => {
    for (const rules of Object.values(PLAN_RULE_TABLES)) {
      const codes = rules.map((r) => r.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('quote the defaults of the settings they read', () => {
    const text = (code: string): string =>
      ALL.filter((r) => r.code === code)
        .map((r) => r.summary)
        .join(' ');
    expect(text('plan_interpreter_missing')).toContain(
      `\`${DEFAULT_PLAN_RULE_SETTINGS.interpreterBelowLevel}\``,
    );
    expect(text('plan_form_not_adapted')).toContain(
      `\`${DEFAULT_PLAN_RULE_SETTINGS.adaptedFormBelowLevel}\``,
    );
    expect(text('plan_follow_up_first_contact_late')).toContain(
      `default ${DEFAULT_PLAN_RULE_SETTINGS.firstContactWithinDays}`,
    );
    expect(text('plan_follow_up_contact_gap')).toContain(
      `default ${DEFAULT_PLAN_RULE_SETTINGS.maxContactGapDays}`,
    );
    for (const id of DEFAULT_PLAN_RULE_SETTINGS.onSiteSupportNeeds)
      expect(text('plan_training_on_site_support_missing')).toContain(`\`${id}\``);
  });
});

describe('plan rule settings', () => {
  it('are the defaults of their schema, each with a source', () => {
    expect(PlanRuleSettingsSchema.parse({})).toEqual(DEFAULT_PLAN_RULE_SETTINGS);
    expect(Object.keys(PLAN_RULE_SETTING_SOURCES).sort()).toEqual(
      Object.keys(DEFAULT_PLAN_RULE_SETTINGS).sort(),
    );
  });

  it('let a programme ask for on-site support only at high severity', () => {
    const moderateLiteracy = trainingContext({ needsProfile: needsProfile([need('literacy', 'moderate')]) });
    const plan = trainingPlan((d) => {
      d.support = [{ kind: 'mentor' }];
    });
    const codes = (options?: Parameters<typeof validateTrainingPlan>[2]): string[] =>
      validateTrainingPlan(plan, moderateLiteracy, options).issues.map((i) => i.code);
    expect(codes()).toContain('plan_training_on_site_support_missing');
    expect(codes({ onSiteSupportMinSeverity: 'high' })).not.toContain(
      'plan_training_on_site_support_missing',
    );
    expect(codes({ onSiteSupportNeeds: ['health'] })).not.toContain('plan_training_on_site_support_missing');
  });

  it('let a programme ask for a plain-form plan only at high literacy needs', () => {
    const context = actionContext({ needsProfile: needsProfile([need('literacy', 'moderate')]) });
    const codes = (options?: Parameters<typeof validateActionPlan>[2]): string[] =>
      validateActionPlan(actionPlan(), context, options).issues.map((i) => i.code);
    expect(codes()).toContain('plan_form_not_adapted');
    expect(codes({ literacyMinSeverity: 'high' })).not.toContain('plan_form_not_adapted');
  });

  it.each([
    ['an unknown severity', { onSiteSupportMinSeverity: 'very' }],
    ['an unknown need', { onSiteSupportNeeds: ['not-a-need'] }],
  ])('throw invalid_option for %s', (_name, options) => {
    expect(() => validateTrainingPlan(trainingPlan(), trainingContext(), options as never)).toThrow(
      expect.objectContaining({ code: 'invalid_option' }),
    );
  });
});

describe('validatePlan', () => {
  const broken: PlanRule<TrainingPlan> = {
    ...(TRAINING_PLAN_RULES[0] as PlanRule<TrainingPlan>),
    check: () => {
      throw new TypeError('a bug in a rule');
    },
  };
  const validator = {
    rules: [broken],
    planSchema: TrainingPlanSchema,
    optionsSchema: ValidateTrainingPlanOptionsSchema,
    name: 'validateTrainingPlan',
    what: 'training plan',
    parser: 'parseTrainingPlan',
  };

  it('rethrows a bug in a rule when the plan and context fit their schemas', () => {
    expect(() => validatePlan(validator, trainingPlan(), trainingContext(), undefined)).toThrow(TypeError);
  });

  it('reports invalid_input when the plan does not fit its schema', () => {
    const call = (): unknown =>
      validatePlan(validator, { tasks: 'none' } as never, trainingContext(), undefined);
    expect(call).toThrow(SupportedEmploymentError);
    expect(call).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });

  it('reports invalid_input when the context does not fit its schema', () => {
    const context = { ...trainingContext(), consents: 'all' as never };
    expect(() => validatePlan(validator, trainingPlan(), context, undefined)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
