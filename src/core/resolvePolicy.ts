import { SupportedEmploymentError } from './errors';
import { DEFAULT_POLICY, type Policy, type PolicyOverrides } from './policy';
import { PolicySchema } from './policySchema';
import { PolicyOverridesSchema } from '../_lib/policyOverridesSchema';
import { guard, guardOptions } from '../_lib/guards';
import { safeParseWith } from '../_lib/parseWith';

/**
 * Builds a complete policy from a programme's overrides on top of a base policy.
 *
 * @remarks
 * Programmes differ (Jobbsjansen requires one year of follow-up, the AFI report
 * proposes three) and regulations change, so every number can be overridden.
 * Nested groups merge key by key.
 *
 * @param overrides - The numbers to change.
 * @param base - The policy to start from; defaults to {@link DEFAULT_POLICY}.
 * @returns A new, validated policy; the inputs are not changed.
 * @throws {@link SupportedEmploymentError} `invalid_option` when a number is out of range or a key is unknown
 *   (issue code `schema_unrecognized_key`, so a misspelt override never goes unnoticed).
 * @example
 * ```ts
 * const policy = resolvePolicy({ followUpMinimumMonths: 24 });
 * policy.followUpMinimumMonths; // => 24
 * policy.unpaidPlacementMaxWeeks; // => 6
 * ```
 * @category Policy
 */
export function resolvePolicy(overrides: PolicyOverrides = {}, base: Policy = DEFAULT_POLICY): Policy {
  guardOptions(overrides, 'resolvePolicy', 'overrides');
  guard(PolicySchema, base, 'base', 'resolvePolicy', { code: 'invalid_option' });
  const checked = safeParseWith(PolicyOverridesSchema, overrides);
  if (!checked.ok) {
    throw new SupportedEmploymentError(
      'invalid_option',
      'A policy override is unknown or out of range; see error.issues.',
      {
        issues: checked.issues,
      },
    );
  }
  let merged: unknown;
  try {
    // Reading hostile overrides (a Proxy whose traps throw, a throwing getter) stays inside the guard.
    merged = {
      ...base,
      ...overrides,
      caseload: { ...base.caseload, ...overrides.caseload },
      navMeasureLimits: { ...base.navMeasureLimits, ...overrides.navMeasureLimits },
      complexNeeds: { ...base.complexNeeds, ...overrides.complexNeeds },
      outcomes: { ...base.outcomes, ...overrides.outcomes },
    };
  } catch {
    throw new SupportedEmploymentError(
      'invalid_option',
      'The policy overrides or base could not be read as a policy.',
    );
  }
  const result = safeParseWith(PolicySchema, merged);
  if (!result.ok) {
    throw new SupportedEmploymentError(
      'invalid_option',
      'A policy override is out of range; see error.issues.',
      {
        issues: result.issues,
      },
    );
  }
  return result.value;
}
