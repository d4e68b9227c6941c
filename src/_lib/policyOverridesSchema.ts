import type { z } from 'zod';
import type { PolicyOverrides } from '../core/policy';
import { PolicySchema } from '../core/policySchema';

/**
 * The policy overrides as a schema: every field optional, nested groups
 * partial, and (like the policy itself) no unknown keys, so a misspelt number
 * is refused instead of silently left at its default. The bounds are
 * {@link PolicySchema}'s, never restated. Read by `resolvePolicy` and by the
 * options schemas that take a `policy` (outcomes and quality), whose options
 * type then shows the public {@link PolicyOverrides} (zod's own inference would
 * add `| undefined` to every optional field).
 */
export const PolicyOverridesSchema = /* @__PURE__ */ PolicySchema.extend({
  caseload: PolicySchema.shape.caseload.partial(),
  navMeasureLimits: PolicySchema.shape.navMeasureLimits.partial(),
  complexNeeds: PolicySchema.shape.complexNeeds.partial(),
  outcomes: PolicySchema.shape.outcomes.partial(),
}).partial() as unknown as z.ZodType<PolicyOverrides, PolicyOverrides>;
