import { DEFAULT_POLICY } from '../../core/policy';
import type { ClassifyNeedsOptions, ComplexNeedsCount } from '../../needs/classifyNeedsOptions';
import { DEFAULT_NEED_RULE_CONTEXT, type NeedRuleContext } from '../../needs/needRuleContext';
import { resolveOptions } from '../resolveOptions';
import { CLASSIFY_NEEDS_OPTIONS } from '../schemaDescriptions';

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

/** `defaults` with every override that is set (an override left `undefined` keeps the default). */
function withOverrides<T extends object>(
  defaults: T,
  overrides: { readonly [K in keyof T]?: T[K] | undefined },
): T {
  const out = { ...defaults };
  for (const key of Object.keys(overrides) as (keyof T)[]) {
    const value = overrides[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Reads the options of the needs functions through {@link ClassifyNeedsOptionsSchema}
 * (its generated description, so that `classifyNeeds` runs without zod) and
 * applies them over the defaults. Throws `invalid_option` for a value out of range.
 *
 * @param options - The caller's options.
 * @param fn - The public function's name, for the message.
 */
export function resolveRuleOptions(
  options: ClassifyNeedsOptions | undefined,
  fn: string,
): ResolvedRuleOptions {
  if (options === undefined) return DEFAULT_RESOLVED;
  const read = resolveOptions(CLASSIFY_NEEDS_OPTIONS, options, fn);
  const policy = read.policy ?? DEFAULT_POLICY;
  return {
    context: {
      thresholds:
        read.thresholds === undefined
          ? DEFAULT_NEED_RULE_CONTEXT.thresholds
          : withOverrides(DEFAULT_NEED_RULE_CONTEXT.thresholds, read.thresholds),
      unpaidPlacementMaxWeeks: policy.unpaidPlacementMaxWeeks,
      unpaidPlacementsBeforePracticeTrap: policy.unpaidPlacementsBeforePracticeTrap,
    },
    minModerateNeeds: read.complexNeeds?.minModerateNeeds ?? policy.complexNeeds.minModerateNeeds,
    minLevels: read.complexNeeds?.minLevels ?? policy.complexNeeds.minLevels,
    countBy: read.complexNeedsCount,
  };
}
