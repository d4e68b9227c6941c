/**
 * The plain test behind each need rule that the rule table builds.
 *
 * A row's public `when` gives its severity when its test holds. `classifyNeeds` runs every row
 * for every assessment, so it calls the test itself and takes the row's fixed severity, which
 * spares one call per row; a row without a recorded test is run through `when`.
 */
import type { NeedRule } from '../../needs/needRules';
import type { NeedRuleContext } from '../../needs/needRuleContext';
import type { NeedsAssessment } from '../../needs/needsAssessment';

/** A row's condition: true when it holds. */
export type RuleTest = (assessment: NeedsAssessment, context: NeedRuleContext) => boolean;

const tests = new WeakMap<NeedRule, RuleTest>();

/**
 * Records the test of a row whose `when` is exactly "its severity when the test holds".
 *
 * @param rule - The row, as it is put in the table.
 * @param test - Its test.
 * @returns The row.
 */
export function withTest(rule: NeedRule, test: RuleTest): NeedRule {
  tests.set(rule, test);
  return rule;
}

/**
 * The recorded test of a row, or undefined.
 *
 * @param rule - A row.
 * @returns Its test.
 */
export function testOf(rule: NeedRule): RuleTest | undefined {
  return tests.get(rule);
}
