import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The ids of the five steps of Supported Employment, in order.
 *
 * @remarks
 * The five-step process (*femtrinnsprosessen*) of the European Union of
 * Supported Employment, as used by Jobbsjansen and NAV (domain specification §3;
 * AFI report 1.1.1; handbook "Supported Employment – 5-stegsmetoden").
 *
 * @example
 * ```ts
 * SE_STEP_IDS[2]; // => 'job-finding'
 * ```
 * @category Process
 */
export const SE_STEP_IDS = deepFreeze([
  'initial-contact',
  'vocational-profiling',
  'job-finding',
  'employer-engagement',
  'on-off-job-support',
] as const);

/**
 * One of the five SE steps; see {@link SE_STEP_IDS}.
 *
 * @example
 * ```ts
 * const step: SeStepId = 'vocational-profiling';
 * ```
 * @category Process
 */
export type SeStepId = (typeof SE_STEP_IDS)[number];

/**
 * Schema of a {@link SeStepId}.
 *
 * @example
 * ```ts
 * SeStepIdSchema.parse('job-finding'); // => 'job-finding'
 * ```
 * @category Process
 */
export const SeStepIdSchema = z.enum(SE_STEP_IDS);
