import type { z } from 'zod';
import { SupportedEmploymentError } from '../../core/errors';
import type { ValidationReport } from '../../issue';
import { assertBounded } from '../../_lib/inputGuard';
import { isLibraryModel } from '../../_lib/parsed';
import { fits, type GuardTarget } from '../../_lib/guards';
import { resolveOptions, type OptionsSchema } from '../../_lib/resolveOptions';
import { toReport } from '../../_lib/result';
import type { PlanRule } from '../planRule';
import type { PlanRuleSettings, PlanRuleSettingsSchema } from '../planRuleSettings';
import type { PlanValidationContext } from '../planValidationContext';
import { fitsContextSchema, resolveContext } from './context';
import { runRules } from './rule';

/** What one validator is made of: its rule table, the schema of its plan and of its options, and its names. */
export interface PlanValidator<P> {
  readonly rules: readonly PlanRule<P>[];
  /** The plan's schema, or its description (see src/_lib/describe.ts). */
  readonly planSchema: GuardTarget;
  /** The options' schema, or its description. */
  readonly optionsSchema: OptionsSchema<Partial<PlanRuleSettings>>;
  /** The public function, for messages (`validateActionPlan`). */
  readonly name: string;
  /** The plan in words and the function that parses it, for messages. */
  readonly what: string;
  readonly parser: string;
}

/**
 * A parsed plan with its top-level lists (activities, reviews, contacts…) copied into plain arrays,
 * for the rules to loop over: a parsed model's lists are frozen, and in Node 20 reading a frozen
 * array by index or with `for…of` is several times slower than reading a plain one, while copying
 * it is cheap (src/_lib/frozenLists.ts). The rules read the copy and never change it; anything
 * other than a parsed model is handed on as it is.
 */
function withPlainLists<P>(plan: P): P {
  if (typeof plan !== 'object' || plan === null || !isLibraryModel(plan)) return plan;
  const copy: Record<string, unknown> = { ...(plan as Record<string, unknown>) };
  for (const key in copy) {
    const value = copy[key];
    if (Array.isArray(value)) copy[key] = [...(value as unknown[])];
  }
  return copy as P;
}

/**
 * Runs a validator's rule table over a plan.
 *
 * A rule that throws on a plan or context that does not fit its schema (a
 * caller who skipped `parse…`) is reported as `invalid_input`, without the
 * underlying message, which could quote the input. When both fit, the
 * exception is a bug in a rule and goes on unchanged, so that it is seen.
 */
export function validatePlan<P>(
  validator: PlanValidator<P>,
  plan: P,
  context: PlanValidationContext,
  options: unknown,
): ValidationReport {
  // The walk skips the models the library made (a parsed plan, the shared parts of a needs profile): they are frozen
  // and within the bounds already (src/_lib/parsed.ts).
  assertBounded(`${validator.what} or its context`, plan, context);
  const settings: z.input<typeof PlanRuleSettingsSchema> | undefined =
    options === undefined ? undefined : resolveOptions(validator.optionsSchema, options, validator.name);
  try {
    return toReport(runRules(validator.rules, withPlainLists(plan), resolveContext(context, settings)));
  } catch (error) {
    if (error instanceof SupportedEmploymentError) throw error;
    // Fitting is judged by the schemas' types, keys and bounds (what a rule reads), not their refinements.
    if (fits(validator.planSchema, plan) && fitsContextSchema(context)) throw error;
    throw new SupportedEmploymentError(
      'invalid_input',
      `The ${validator.what} or its context does not fit its schema; parse the plan with ${validator.parser} first.`,
    );
  }
}
