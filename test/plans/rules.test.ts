import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PLANS_ISSUE_CODES,
  SupportedEmploymentError,
  validateActionPlan,
  validateFollowUpPlan,
  validateTrainingPlan,
  type Issue,
} from '../../src';
import { ACTION_PLAN_RULES, FOLLOW_UP_PLAN_RULES, TRAINING_PLAN_RULES, type PlanRule } from '../../src';
import { resolveContext } from '../../src/plans/internal/context';
import { runRules } from '../../src/plans/internal/rule';
import { toReport } from '../../src/_lib/result';
import { deepFreeze } from '../fixtures/deepFreeze';
import { expectIssues } from '../fixtures/expectIssues';
import {
  actionContext,
  actionPlan,
  followUpContext,
  followUpPlan,
  trainingContext,
  trainingPlan,
} from '../fixtures/plans/factories';
import { meetsExpectations, RULE_CASES, type RuleCase } from '../fixtures/plans/ruleCases';

type AnyRule = PlanRule<never>;

const TABLES = {
  action: ACTION_PLAN_RULES as readonly AnyRule[],
  training: TRAINING_PLAN_RULES as readonly AnyRule[],
  'follow-up': FOLLOW_UP_PLAN_RULES as readonly AnyRule[],
} as const;

/** Runs a case through the public validator, or through a given rule table. */
function run(c: RuleCase, rules?: readonly AnyRule[]): readonly Issue[] {
  const context = deepFreeze({ ...c.context });
  switch (c.kind) {
    case 'action':
      return rules === undefined
        ? validateActionPlan(c.plan, context, c.options).issues
        : toReport(runRules(rules as never, c.plan, resolveContext(context, c.options))).issues;
    case 'training':
      return rules === undefined
        ? validateTrainingPlan(c.plan, context).issues
        : toReport(runRules(rules as never, c.plan, resolveContext(context))).issues;
    case 'follow-up':
      return rules === undefined
        ? validateFollowUpPlan(c.plan, context, c.options).issues
        : toReport(runRules(rules as never, c.plan, resolveContext(context, c.options))).issues;
  }
}

function casesOf(kind: RuleCase['kind']): RuleCase[] {
  return RULE_CASES.filter((c) => c.kind === kind);
}

describe.each([
  ['validateActionPlan', 'action'],
  ['validateTrainingPlan', 'training'],
  ['validateFollowUpPlan', 'follow-up'],
] as const)('%s', (_name, kind) => {
  it.each(casesOf(kind).map((c) => [c.name, c] as const))('%s', (_title, c) => {
    const issues = run(c);
    expectIssues(issues, c.expect);
    for (const code of c.absent ?? []) expect(issues.map((i) => i.code)).not.toContain(code);
  });
});

describe('the clean fixture plans', () => {
  it('give no issue at all', () => {
    expect(validateActionPlan(actionPlan(), actionContext()).issues).toEqual([]);
    expect(validateTrainingPlan(trainingPlan(), trainingContext()).issues).toEqual([]);
    expect(validateFollowUpPlan(followUpPlan(), followUpContext()).issues).toEqual([]);
  });

  it('are not changed by validation', () => {
    const plans = [actionPlan(), trainingPlan(), followUpPlan()].map((p) => structuredClone(p));
    const before = JSON.stringify(plans);
    const context = { ...actionContext(), trainingPlans: [structuredClone(trainingPlan())] };
    const contextBefore = JSON.stringify(context);
    validateActionPlan(plans[0] as never, context);
    validateTrainingPlan(plans[1] as never, context);
    validateFollowUpPlan(plans[2] as never, context);
    expect(JSON.stringify(plans)).toBe(before);
    expect(JSON.stringify(context)).toBe(contextBefore);
  });

  it('report valid only when no issue is an error', () => {
    for (const c of RULE_CASES) {
      const report =
        c.kind === 'action'
          ? validateActionPlan(c.plan, c.context, c.options)
          : c.kind === 'training'
            ? validateTrainingPlan(c.plan, c.context)
            : validateFollowUpPlan(c.plan, c.context, c.options);
      expect(report.valid).toBe(!report.issues.some((i) => i.severity === 'error'));
      const ranks = report.issues.map((i) => ['error', 'warning', 'info'].indexOf(i.severity));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

describe('the rule tables', () => {
  it('meet every fixture expectation when complete', () => {
    const failing = RULE_CASES.filter((c) => !meetsExpectations(c, run(c, TABLES[c.kind]))).map(
      (c) => c.name,
    );
    expect(failing).toEqual([]);
  });

  const everyRule = Object.entries(TABLES).flatMap(([kind, rules]) =>
    rules.map((rule) => [`${kind}: ${rule.code}`, kind as RuleCase['kind'], rule] as const),
  );

  it.each(everyRule)('miss some fixture expectation without %s', (_title, kind, rule) => {
    const without = TABLES[kind].filter((r) => r !== rule);
    const broken = casesOf(kind).filter((c) => !meetsExpectations(c, run(c, without)));
    expect(broken.length).toBeGreaterThan(0);
  });

  it('hold each code once per table', () => {
    for (const rules of Object.values(TABLES)) {
      const codes = rules.map((r) => r.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('raise exactly the codes of PLANS_ISSUE_CODES', () => {
    const raised = new Set(Object.values(TABLES).flatMap((rules) => rules.map((r) => r.code)));
    expect([...raised].sort()).toEqual([...PLANS_ISSUE_CODES].sort());
  });

  it('cite a source for every rule, and every issue carries it', () => {
    for (const rules of Object.values(TABLES)) {
      for (const rule of rules) {
        expect(rule.source.section.length).toBeGreaterThan(0);
        if (rule.source.document === 'handbook' || rule.source.document === 'afi-report')
          expect(rule.source.lines).toMatch(/^L\d/);
      }
    }
    for (const c of RULE_CASES) {
      for (const issue of run(c)) {
        const rule = TABLES[c.kind].find((r) => r.code === issue.code);
        expect(issue.source).toEqual(rule?.source);
      }
    }
  });

  it('write messages in both languages without any value from the input', () => {
    for (const c of RULE_CASES) {
      for (const issue of run(c)) {
        for (const text of [issue.message.nb, issue.message.en]) {
          expect(text.length).toBeGreaterThan(10);
          expect(text).not.toMatch(/\d/);
          expect(text).not.toMatch(/emp-|pt-|tp-|sg-/);
        }
        expect(issue.message.nb).not.toBe(issue.message.en);
      }
    }
  });

  it('are each listed in the plans guide with severity and source', () => {
    const guide = readFileSync(new URL('../../docs/plans.md', import.meta.url), 'utf8');
    for (const rules of Object.values(TABLES)) {
      for (const rule of rules) {
        const row = guide.split('\n').find((line) => line.startsWith(`| \`${rule.code}\``));
        expect(row, rule.code).toBeDefined();
        expect(row).toContain(rule.severity);
      }
    }
  });
});

describe('validation context', () => {
  it('throws invalid_date for an asOf that is not a real date', () => {
    for (const asOf of ['2026-02-30', '2026-3-1', '']) {
      const call = (): unknown => validateActionPlan(actionPlan(), actionContext({ asOf }));
      expect(call).toThrow(SupportedEmploymentError);
      try {
        call();
      } catch (e) {
        expect((e as SupportedEmploymentError).code).toBe('invalid_date');
      }
    }
  });

  it.each([
    ['negative hours', () => validateActionPlan(actionPlan(), actionContext({ availableHoursPerWeek: -1 }))],
    [
      'hours that are not a number',
      () => validateActionPlan(actionPlan(), actionContext({ availableHoursPerWeek: Number.NaN })),
    ],
    [
      'an unknown level',
      () => validateActionPlan(actionPlan(), actionContext({ norwegianLevel: 'fluent' as never })),
    ],
    [
      'an unknown threshold',
      () => validateActionPlan(actionPlan(), actionContext(), { interpreterBelowLevel: 'x' as never }),
    ],
    [
      'a negative first-contact window',
      () => validateFollowUpPlan(followUpPlan(), followUpContext(), { firstContactWithinDays: -1 }),
    ],
    [
      'a fractional gap',
      () => validateFollowUpPlan(followUpPlan(), followUpContext(), { maxContactGapDays: 1.5 }),
    ],
    [
      'a fractional count of earlier placements',
      () => validateActionPlan(actionPlan(), actionContext({ case: { unpaidPlacementsWithoutHiring: 0.5 } })),
    ],
  ])('throws invalid_option for %s', (_name, call) => {
    expect(call).toThrow(expect.objectContaining({ code: 'invalid_option' }));
  });
});
