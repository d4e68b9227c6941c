import { SupportedEmploymentError } from '../../core/errors';
import { DEFAULT_POLICY, type Policy } from '../../core/policy';
import { DEFAULT_NEED_RULE_CONTEXT, type NeedRuleContext } from '../../needs/needRuleContext';
import { type NeedThresholds } from '../../needs/needThresholds';
import { checkThresholds } from './checkThresholds';

/** The options shared by classification and SE suitability. */
export interface RuleOptions {
  readonly policy?: Policy | undefined;
  readonly complexNeeds?: Partial<Policy['complexNeeds']> | undefined;
  readonly thresholds?: Partial<NeedThresholds> | undefined;
}

/** Resolved options: the rule context and the complex-needs rule. */
export interface ResolvedRuleOptions {
  readonly context: NeedRuleContext;
  readonly minModerateNeeds: number;
  readonly minLevels: number;
}

const DEFAULT_RESOLVED: ResolvedRuleOptions = Object.freeze({
  context: DEFAULT_NEED_RULE_CONTEXT,
  minModerateNeeds: DEFAULT_POLICY.complexNeeds.minModerateNeeds,
  minLevels: DEFAULT_POLICY.complexNeeds.minLevels,
});

function isIntIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Resolves options against the defaults; throws `invalid_option` for values out of range. */
export function resolveRuleOptions(options: RuleOptions | undefined): ResolvedRuleOptions {
  if (options === undefined) return DEFAULT_RESOLVED;
  const policy = options.policy ?? DEFAULT_POLICY;
  const minModerateNeeds = options.complexNeeds?.minModerateNeeds ?? policy.complexNeeds.minModerateNeeds;
  const minLevels = options.complexNeeds?.minLevels ?? policy.complexNeeds.minLevels;
  if (!isIntIn(minModerateNeeds, 1, 30) || !isIntIn(minLevels, 1, 3)) {
    throw new SupportedEmploymentError('invalid_option', 'complexNeeds needs whole numbers: minModerateNeeds 1–30 and minLevels 1–3.');
  }
  if (!isIntIn(policy.unpaidPlacementMaxWeeks, 1, 104) || !isIntIn(policy.unpaidPlacementsBeforePracticeTrap, 1, 10)) {
    throw new SupportedEmploymentError('invalid_option', 'The policy placement limits are out of range; use resolvePolicy to build a policy.');
  }
  let thresholds = DEFAULT_NEED_RULE_CONTEXT.thresholds;
  if (options.thresholds !== undefined) {
    const merged: NeedThresholds = { ...thresholds, ...options.thresholds };
    const issues = checkThresholds(merged);
    if (issues !== undefined) {
      throw new SupportedEmploymentError('invalid_option', 'A need threshold is out of range; see error.issues.', { issues });
    }
    thresholds = merged;
  }
  return {
    context: {
      thresholds,
      unpaidPlacementMaxWeeks: policy.unpaidPlacementMaxWeeks,
      unpaidPlacementsBeforePracticeTrap: policy.unpaidPlacementsBeforePracticeTrap,
    },
    minModerateNeeds,
    minLevels,
  };
}
