import { SupportedEmploymentError } from './errors';
import { DEFAULT_POLICY, PolicySchema, type Policy, type PolicyOverrides } from './policy';
import { precheckInput } from '../_lib/inputGuard';
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
 * @throws {@link SupportedEmploymentError} `invalid_option` when a number is out of range.
 * @example
 * ```ts
 * const policy = resolvePolicy({ followUpMinimumMonths: 24 });
 * policy.followUpMinimumMonths; // => 24
 * policy.unpaidPlacementMaxWeeks; // => 6
 * ```
 * @category Policy
 */
export function resolvePolicy(overrides: PolicyOverrides = {}, base: Policy = DEFAULT_POLICY): Policy {
  let merged: unknown;
  for (const value of [overrides, base]) {
    // Refused before any spread: spreading a 10 MB string or a huge array would copy every element.
    let fits = false;
    try {
      fits = typeof value === 'object' && value !== null && !Array.isArray(value) && precheckInput(value) === null;
    } catch {
      // Array.isArray throws on a revoked Proxy.
    }
    if (!fits) {
      throw new SupportedEmploymentError('invalid_option', 'The policy overrides and base must be objects within the input bounds.');
    }
  }
  try {
    // Reading hostile overrides (a Proxy whose traps throw, a throwing getter) is
    // inside the guard, as is the parse.
    merged = {
      ...base,
      ...overrides,
      caseload: { ...base.caseload, ...overrides.caseload },
      navMeasureLimits: { ...base.navMeasureLimits, ...overrides.navMeasureLimits },
      complexNeeds: { ...base.complexNeeds, ...overrides.complexNeeds },
    };
  } catch {
    throw new SupportedEmploymentError('invalid_option', 'The policy overrides or base could not be read as a policy.');
  }
  const result = safeParseWith(PolicySchema, merged);
  if (!result.ok) {
    throw new SupportedEmploymentError('invalid_option', 'A policy override is out of range; see error.issues.', {
      issues: result.issues,
    });
  }
  return result.value;
}
