import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * Why a case moved to another step; required when it moves back.
 *
 * @remarks
 * A job specialist may go back and forth between the steps (AFI report 1.1.1,
 * L2268–2270). A move back is recorded with a coded reason, so that reports
 * can show why journeys loop: a placement or job ended, the job wish changed,
 * new needs surfaced, the employer withdrew, or the participant asked for it.
 * The codes are a library choice.
 *
 * @example
 * ```ts
 * STEP_CHANGE_REASONS.includes('needs-changed'); // => true
 * ```
 * @category Process
 */
export const STEP_CHANGE_REASONS = deepFreeze([
  'placement-ended',
  'employment-ended',
  'job-wish-changed',
  'needs-changed',
  'employer-withdrew',
  'participant-request',
  'other',
] as const);

/**
 * One value of {@link STEP_CHANGE_REASONS}.
 *
 * @example
 * ```ts
 * const reason: StepChangeReason = 'placement-ended';
 * ```
 * @category Process
 */
export type StepChangeReason = (typeof STEP_CHANGE_REASONS)[number];

/**
 * Schema of a {@link StepChangeReason}.
 *
 * @example
 * ```ts
 * StepChangeReasonSchema.parse('other'); // => 'other'
 * ```
 * @category Process
 */
export const StepChangeReasonSchema = z.enum(STEP_CHANGE_REASONS);
