import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The roles that can hold responsibility in a follow-up plan.
 *
 * @remarks
 * The action plan for follow-up sets out the division of responsibility
 * (*ansvarsfordeling*) and creates co-ownership among the actors (AFI report
 * 4.8, L8409–8413); it is made together with the employer and the participant
 * (AFI report 7.2.2, L12296). `mentor` is a colleague appointed at the
 * workplace; `other-service` is NAV, adult education, a lawyer or another service.
 *
 * @example
 * ```ts
 * FOLLOW_UP_ROLES.includes('mentor'); // => true
 * ```
 * @category Plans
 */
export const FOLLOW_UP_ROLES = deepFreeze([
  'job-specialist',
  'participant',
  'employer',
  'mentor',
  'other-service',
] as const);

/**
 * One follow-up role; see {@link FOLLOW_UP_ROLES}.
 *
 * @example
 * ```ts
 * const role: FollowUpRole = 'employer';
 * ```
 * @category Plans
 */
export type FollowUpRole = (typeof FOLLOW_UP_ROLES)[number];

/**
 * Schema of a {@link FollowUpRole}.
 *
 * @example
 * ```ts
 * FollowUpRoleSchema.parse('job-specialist'); // => 'job-specialist'
 * ```
 * @category Plans
 */
export const FollowUpRoleSchema = z.enum(FOLLOW_UP_ROLES);
