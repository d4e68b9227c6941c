import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * Whom a follow-up contact was with.
 *
 * @remarks
 * Follow-up after employment is given to both the participant and the
 * employer (AFI report, SEQF proposal 5, L892). `both` is a triangular meeting
 * (*trekantsamtale*) of participant, employer and job specialist (AFI report
 * 4.7, L7858–7859).
 *
 * @example
 * ```ts
 * FOLLOW_UP_COUNTERPARTS[2]; // => 'both'
 * ```
 * @category Process
 */
export const FOLLOW_UP_COUNTERPARTS = deepFreeze(['participant', 'employer', 'both'] as const);

/**
 * One value of {@link FOLLOW_UP_COUNTERPARTS}.
 *
 * @example
 * ```ts
 * const counterpart: FollowUpCounterpart = 'employer';
 * ```
 * @category Process
 */
export type FollowUpCounterpart = (typeof FOLLOW_UP_COUNTERPARTS)[number];

/**
 * Schema of a {@link FollowUpCounterpart}.
 *
 * @example
 * ```ts
 * FollowUpCounterpartSchema.parse('participant'); // => 'participant'
 * ```
 * @category Process
 */
export const FollowUpCounterpartSchema = z.enum(FOLLOW_UP_COUNTERPARTS);
