import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * Who referred the participant to the job specialist.
 *
 * @remarks
 * In the case projects most participants came to a job specialist from a
 * programme adviser in the Introduction Programme (`programme-adviser`), a
 * Jobbsjansen adviser (`jobbsjansen-adviser`) or a NAV adviser (`nav-adviser`)
 * (AFI report 4.4, L7171–7175). `other-service` covers any other service, and
 * `self` a participant who asked for SE herself.
 *
 * @example
 * ```ts
 * REFERRAL_SOURCES.includes('nav-adviser'); // => true
 * ```
 * @category Process
 */
export const REFERRAL_SOURCES = deepFreeze([
  'programme-adviser',
  'jobbsjansen-adviser',
  'nav-adviser',
  'other-service',
  'self',
] as const);

/**
 * One value of {@link REFERRAL_SOURCES}.
 *
 * @example
 * ```ts
 * const source: ReferralSource = 'programme-adviser';
 * ```
 * @category Process
 */
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

/**
 * Schema of a {@link ReferralSource}.
 *
 * @example
 * ```ts
 * ReferralSourceSchema.parse('self'); // => 'self'
 * ```
 * @category Process
 */
export const ReferralSourceSchema = z.enum(REFERRAL_SOURCES);
