import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * Who is responsible for a plan activity.
 *
 * @remarks
 * The action plan says who does what (AFI report 4.5, L7402–7404): the
 * participant, the job specialist (*jobbspesialist*), the employer, the family
 * or network, or another service (NAV, health, housing, school). Both the
 * participant and the job specialist must own something with a deadline
 * (AFI report 4.4, figure 6, L7312–7313).
 *
 * @example
 * ```ts
 * ACTIVITY_OWNERS[0]; // => 'participant'
 * ```
 * @category Plans
 */
export const ACTIVITY_OWNERS = deepFreeze([
  'participant',
  'job-specialist',
  'employer',
  'family-network',
  'other-service',
] as const);

/**
 * One activity owner; see {@link ACTIVITY_OWNERS}.
 *
 * @example
 * ```ts
 * const owner: ActivityOwner = 'job-specialist';
 * ```
 * @category Plans
 */
export type ActivityOwner = (typeof ACTIVITY_OWNERS)[number];

/**
 * Schema of an {@link ActivityOwner}.
 *
 * @example
 * ```ts
 * ActivityOwnerSchema.parse('employer'); // => 'employer'
 * ```
 * @category Plans
 */
export const ActivityOwnerSchema = z.enum(ACTIVITY_OWNERS);
