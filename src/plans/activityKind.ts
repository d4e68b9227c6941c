import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The kinds of activity an action plan (*jobbstøtteplan*) can hold.
 *
 * @remarks
 * The activities the method uses on the way to work or education (domain
 * specification §7; handbook §1–§15; AFI report 4.4–4.8):
 * - `norwegian-training`: Norwegian or literacy tuition, in class or at work (handbook §1, §3).
 * - `job-preparation-course`: the voluntary course on CV, interviews and work culture (handbook §13).
 * - `work-trial`: a short job taste (*jobbsmak*) used to explore an occupation (AFI report 7.2.3).
 * - `unpaid-placement`: work practice (*arbeidspraksis*) without wages from the employer.
 * - `paid-placement`: a placement with wages, for example with a wage subsidy.
 * - `paid-job`: ordinary paid employment.
 * - `education`: formal education (upper secondary, a trade certificate, higher education).
 * - `health-follow-up`: contact with health services (GP, mental health, DPS).
 * - `family-council`: a meeting with the family or network to clear room for work (*familieråd*, handbook §5–§6).
 * - `transport-training`: learning to travel alone by public transport (handbook §8).
 * - `network-activity`: activities that build a network outside the family (handbook §7).
 * - `meeting`: a meeting or support conversation with the job specialist.
 * - `other`: anything else.
 *
 * @example
 * ```ts
 * ACTIVITY_KINDS.includes('family-council'); // => true
 * ```
 * @category Plans
 */
export const ACTIVITY_KINDS = deepFreeze([
  'norwegian-training',
  'job-preparation-course',
  'work-trial',
  'unpaid-placement',
  'paid-placement',
  'paid-job',
  'education',
  'health-follow-up',
  'family-council',
  'transport-training',
  'network-activity',
  'meeting',
  'other',
] as const);

/**
 * One kind of plan activity; see {@link ACTIVITY_KINDS}.
 *
 * @example
 * ```ts
 * const kind: ActivityKind = 'unpaid-placement';
 * ```
 * @category Plans
 */
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * Schema of an {@link ActivityKind}.
 *
 * @example
 * ```ts
 * ActivityKindSchema.parse('paid-job'); // => 'paid-job'
 * ```
 * @category Plans
 */
export const ActivityKindSchema = z.enum(ACTIVITY_KINDS);
