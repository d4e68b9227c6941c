import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * Why an employment ended.
 *
 * @remarks
 * The events the job specialists saw in the first years after hiring: losing
 * the job, falling ill, temporary contracts running out, and employers going
 * bankrupt or downsizing (AFI report 4.8, L8246–8254). `new-job` when she moved
 * on to another job.
 *
 * @example
 * ```ts
 * EMPLOYMENT_END_REASONS.includes('employer-closed'); // => true
 * ```
 * @category Process
 */
export const EMPLOYMENT_END_REASONS = deepFreeze([
  'resigned',
  'dismissed',
  'contract-expired',
  'employer-closed',
  'health',
  'new-job',
  'other',
] as const);

/**
 * One value of {@link EMPLOYMENT_END_REASONS}.
 *
 * @example
 * ```ts
 * const reason: EmploymentEndReason = 'contract-expired';
 * ```
 * @category Process
 */
export type EmploymentEndReason = (typeof EMPLOYMENT_END_REASONS)[number];

/**
 * Schema of a {@link EmploymentEndReason}.
 *
 * @example
 * ```ts
 * EmploymentEndReasonSchema.parse('health'); // => 'health'
 * ```
 * @category Process
 */
export const EmploymentEndReasonSchema = z.enum(EMPLOYMENT_END_REASONS);
