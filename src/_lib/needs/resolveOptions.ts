import { DEFAULT_POLICY, PolicySchema, type Policy } from '../../core/policy';
import { DEFAULT_NEED_RULE_CONTEXT, type NeedRuleContext } from '../../needs/needRuleContext';
import { NeedThresholdsSchema, type NeedThresholds } from '../../needs/needThresholds';
import { resolveOptions } from '../resolveOptions';

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

/** The policy numbers the needs rules read, with the policy's own bounds. */
const NeedsPolicySchema = PolicySchema.pick({ complexNeeds: true, unpaidPlacementMaxWeeks: true, unpaidPlacementsBeforePracticeTrap: true });

/** Resolves options against the defaults; throws `invalid_option` for values out of range. */
export function resolveRuleOptions(options: RuleOptions | undefined): ResolvedRuleOptions {
  if (options === undefined) return DEFAULT_RESOLVED;
  const policy = options.policy ?? DEFAULT_POLICY;
  const { complexNeeds } = resolveOptions(
    NeedsPolicySchema,
    {
      complexNeeds: {
        minModerateNeeds: options.complexNeeds?.minModerateNeeds ?? policy.complexNeeds.minModerateNeeds,
        minLevels: options.complexNeeds?.minLevels ?? policy.complexNeeds.minLevels,
      },
      unpaidPlacementMaxWeeks: policy.unpaidPlacementMaxWeeks,
      unpaidPlacementsBeforePracticeTrap: policy.unpaidPlacementsBeforePracticeTrap,
    },
    'the needs rules (complexNeeds and policy)',
  );
  const { minModerateNeeds, minLevels } = complexNeeds;
  const thresholds =
    options.thresholds === undefined
      ? DEFAULT_NEED_RULE_CONTEXT.thresholds
      : resolveOptions(NeedThresholdsSchema, { ...DEFAULT_NEED_RULE_CONTEXT.thresholds, ...options.thresholds }, 'the need thresholds');
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
