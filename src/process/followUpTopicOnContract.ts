import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * What a follow-up contact about the job's terms is about: the contract or the position share.
 *
 * @remarks
 * Being in follow-up on contract or position share is the third leg of the
 * AFI report's work-goal definition (AFI report 6.6, L11386–11388).
 *
 * @example
 * ```ts
 * FOLLOW_UP_CONTRACT_TOPICS.includes('contract'); // => true
 * ```
 * @category Process
 */
export const FOLLOW_UP_CONTRACT_TOPICS = deepFreeze(['contract', 'position-share'] as const);

/**
 * One value of {@link FOLLOW_UP_CONTRACT_TOPICS}.
 *
 * @example
 * ```ts
 * const value: FollowUpTopicOnContract = 'position-share';
 * ```
 * @category Process
 */
export type FollowUpTopicOnContract = (typeof FOLLOW_UP_CONTRACT_TOPICS)[number];

/**
 * Schema of a {@link FollowUpTopicOnContract}.
 *
 * @example
 * ```ts
 * FollowUpTopicOnContractSchema.parse('contract'); // => 'contract'
 * ```
 * @category Process
 */
export const FollowUpTopicOnContractSchema = z.enum(FOLLOW_UP_CONTRACT_TOPICS);
