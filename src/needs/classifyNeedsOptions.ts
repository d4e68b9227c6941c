import { z } from 'zod';
import { PolicySchema } from '../core/policySchema';
import { NeedThresholdsSchema } from './needThresholdsSchema';

/**
 * What the complex-needs rule counts: independent barriers, or needs.
 *
 * @remarks
 * `independent-barriers` (the default): one fact or group of facts about the
 * same thing counts once however many needs it produces (AFI report 2.5,
 * L5111–5122; domain specification §4). `needs`: every need counts. The report
 * describes barriers that add up; which count it means is left open, so the
 * choice is an option.
 *
 * @example
 * ```ts
 * COMPLEX_NEEDS_COUNTS; // => ['independent-barriers', 'needs']
 * ```
 * @category Needs
 */
export const COMPLEX_NEEDS_COUNTS = Object.freeze(['independent-barriers', 'needs'] as const);

/**
 * What the complex-needs rule counts; see {@link COMPLEX_NEEDS_COUNTS}.
 *
 * @example
 * ```ts
 * const count: ComplexNeedsCount = 'needs';
 * ```
 * @category Needs
 */
export type ComplexNeedsCount = (typeof COMPLEX_NEEDS_COUNTS)[number];

/**
 * Schema of {@link ClassifyNeedsOptions}, the options of {@link classifyNeeds},
 * {@link assessSeSuitability} and {@link reassessNeeds}.
 *
 * @remarks
 * - `policy`: the policy whose placement limits and complex-needs rule apply
 *   ({@link DEFAULT_POLICY} when omitted; checked whole against {@link PolicySchema}).
 * - `complexNeeds`: overrides of the complex-needs rule from the policy: at
 *   least `minModerateNeeds` (default 3) independent barriers, or needs, of
 *   severity moderate or high, across `minLevels` (default 2) levels (domain
 *   specification §4; AFI report 2.5, L5111–5122; 3.11, L6775–6781).
 * - `complexNeedsCount`: see {@link COMPLEX_NEEDS_COUNTS}; default `independent-barriers`.
 * - `thresholds`: overrides of the rule thresholds, each within the bounds of
 *   {@link NeedThresholdsSchema}; see {@link DEFAULT_NEED_THRESHOLDS} for the
 *   defaults and their sources.
 *
 * Unknown keys are refused, so a misspelt option is not silently ignored.
 *
 * @example
 * ```ts
 * ClassifyNeedsOptionsSchema.parse({}).complexNeedsCount; // => 'independent-barriers'
 * ```
 * @category Needs
 */
export const ClassifyNeedsOptionsSchema = z.strictObject({
  policy: PolicySchema.optional(),
  complexNeeds: PolicySchema.shape.complexNeeds.partial().optional(),
  complexNeedsCount: z.enum(COMPLEX_NEEDS_COUNTS).default('independent-barriers'),
  thresholds: NeedThresholdsSchema.partial().optional(),
});

/**
 * Options for {@link classifyNeeds}; see {@link ClassifyNeedsOptionsSchema} for bounds, defaults and sources.
 *
 * @example
 * ```ts
 * const options: ClassifyNeedsOptions = { complexNeeds: { minModerateNeeds: 4 }, thresholds: { manyChildren: 4 } };
 * ```
 * @category Needs
 */
export type ClassifyNeedsOptions = z.input<typeof ClassifyNeedsOptionsSchema>;
