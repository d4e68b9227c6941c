import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The ids of the values and principles of Supported Employment.
 *
 * @remarks
 * The first twelve are the core values of the five-step process listed in SEQF
 * 2018, in their order (AFI report, figure 1, L2301–2351). The rest are
 * principles the AFI report's table 1 (L2190–2251) and the domain
 * specification §2 make rules: paid work first, no placement without close
 * follow-up, the participant decides, time-unlimited follow-up and all five steps.
 *
 * @example
 * ```ts
 * SE_VALUE_IDS.includes('zero-exclusion'); // => true
 * ```
 * @category Process
 */
export const SE_VALUE_IDS = deepFreeze([
  'positive-contribution',
  'real-job',
  'zero-exclusion',
  'place-train-maintain',
  'rapid-job-search',
  'informed-choice',
  'real-collaboration',
  'full-membership',
  'employer-as-customer',
  'social-role-valorisation',
  'social-model-of-disability',
  'career-development',
  'paid-work-first',
  'no-place-and-pray',
  'participant-decides',
  'time-unlimited-follow-up',
  'all-five-steps',
] as const);

/**
 * One SE value id; see {@link SE_VALUE_IDS}.
 *
 * @example
 * ```ts
 * const value: SeValueId = 'rapid-job-search';
 * ```
 * @category Process
 */
export type SeValueId = (typeof SE_VALUE_IDS)[number];

/**
 * Schema of a {@link SeValueId}.
 *
 * @example
 * ```ts
 * SeValueIdSchema.parse('employer-as-customer'); // => 'employer-as-customer'
 * ```
 * @category Process
 */
export const SeValueIdSchema = z.enum(SE_VALUE_IDS);
