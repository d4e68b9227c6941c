import { SupportedEmploymentError } from '../../core/errors';
import { DEFAULT_POLICY, type Policy } from '../../core/policy';
import { PolicySchema } from '../../core/policySchema';
import { DEFAULT_NEED_RULE_CONTEXT, type NeedRuleContext } from '../../needs/needRuleContext';
import type { NeedThresholds } from '../../needs/needThresholds';
import { NeedThresholdsSchema } from '../../needs/needThresholdsSchema';
import { resolveOptions } from '../resolveOptions';

/** What the complex-needs rule counts: independent barriers (the default) or needs. */
export type ComplexNeedsCount = 'independent-barriers' | 'needs';

/** The options shared by classification and SE suitability. */
export interface RuleOptions {
  readonly policy?: Policy | undefined;
  readonly complexNeeds?: Partial<Policy['complexNeeds']> | undefined;
  readonly complexNeedsCount?: ComplexNeedsCount | undefined;
  readonly thresholds?: Partial<NeedThresholds> | undefined;
}

/** Resolved options: the rule context and the complex-needs rule. */
export interface ResolvedRuleOptions {
  readonly context: NeedRuleContext;
  readonly minModerateNeeds: number;
  readonly minLevels: number;
  readonly countBy: ComplexNeedsCount;
}

const DEFAULT_RESOLVED: ResolvedRuleOptions = Object.freeze({
  context: DEFAULT_NEED_RULE_CONTEXT,
  minModerateNeeds: DEFAULT_POLICY.complexNeeds.minModerateNeeds,
  minLevels: DEFAULT_POLICY.complexNeeds.minLevels,
  countBy: 'independent-barriers',
});

/** The policy numbers the needs rules read, with the policy's own bounds. */
const NeedsPolicySchema = PolicySchema.pick({
  complexNeeds: true,
  unpaidPlacementMaxWeeks: true,
  unpaidPlacementsBeforePracticeTrap: true,
});

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
      : resolveOptions(
          NeedThresholdsSchema,
          { ...DEFAULT_NEED_RULE_CONTEXT.thresholds, ...options.thresholds },
          'the need thresholds',
        );
  const countBy = options.complexNeedsCount ?? 'independent-barriers';
  if (countBy !== 'independent-barriers' && countBy !== 'needs') {
    throw new SupportedEmploymentError(
      'invalid_option',
      "complexNeedsCount is 'independent-barriers' or 'needs'.",
    );
  }
  return {
    context: {
      thresholds,
      unpaidPlacementMaxWeeks: policy.unpaidPlacementMaxWeeks,
      unpaidPlacementsBeforePracticeTrap: policy.unpaidPlacementsBeforePracticeTrap,
    },
    minModerateNeeds,
    minLevels,
    countBy,
  };
}
