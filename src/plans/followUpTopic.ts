import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The six job topics a follow-up plan after employment covers.
 *
 * @remarks
 * From the AFI report's proposal for follow-up after employment: the action
 * plan for follow-up covers position share (*stillingsandel*), areas of
 * responsibility (*ansvarsområder*), career development, inclusion at the
 * workplace, competence development and language development (AFI report
 * 7.2.2, table 11, Forslag 4, L12296–12304).
 *
 * @example
 * ```ts
 * FOLLOW_UP_JOB_TOPICS.length; // => 6
 * ```
 * @category Plans
 */
export const FOLLOW_UP_JOB_TOPICS = deepFreeze([
  'position-share',
  'responsibilities',
  'career-development',
  'workplace-inclusion',
  'competence-development',
  'language-development',
] as const);

/**
 * The four job-adjacent topics a follow-up plan after employment considers.
 *
 * @remarks
 * The same proposal adds areas that touch the job: family, housing, health
 * and public services (AFI report 7.2.2, table 11, L12302–12304).
 *
 * @example
 * ```ts
 * FOLLOW_UP_ADJACENT_TOPICS; // => ['family', 'housing', 'health', 'public-services']
 * ```
 * @category Plans
 */
export const FOLLOW_UP_ADJACENT_TOPICS = deepFreeze([
  'family',
  'housing',
  'health',
  'public-services',
] as const);

/**
 * Every topic a follow-up plan can cover: the six job topics, then the four job-adjacent ones.
 *
 * @example
 * ```ts
 * FOLLOW_UP_TOPICS.includes('housing'); // => true
 * ```
 * @category Plans
 */
export const FOLLOW_UP_TOPICS = deepFreeze([...FOLLOW_UP_JOB_TOPICS, ...FOLLOW_UP_ADJACENT_TOPICS] as const);

/**
 * One follow-up topic; see {@link FOLLOW_UP_TOPICS}.
 *
 * @example
 * ```ts
 * const topic: FollowUpTopic = 'language-development';
 * ```
 * @category Plans
 */
export type FollowUpTopic = (typeof FOLLOW_UP_TOPICS)[number];

/**
 * Schema of a {@link FollowUpTopic}.
 *
 * @example
 * ```ts
 * FollowUpTopicSchema.parse('career-development'); // => 'career-development'
 * ```
 * @category Plans
 */
export const FollowUpTopicSchema = z.enum(FOLLOW_UP_TOPICS);
