import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The channels a contact can take.
 *
 * @remarks
 * Follow-up is regular contact, planned and unplanned: job specialists mostly
 * texted participants and emailed or texted employers, and met at the
 * workplace or elsewhere (AFI report 4.8, L8319–8329).
 *
 * @example
 * ```ts
 * CONTACT_CHANNELS.includes('workplace-visit'); // => true
 * ```
 * @category Process
 */
export const CONTACT_CHANNELS = deepFreeze([
  'in-person',
  'workplace-visit',
  'phone',
  'video',
  'sms',
  'email',
] as const);

/**
 * One value of {@link CONTACT_CHANNELS}.
 *
 * @example
 * ```ts
 * const channel: ContactChannel = 'sms';
 * ```
 * @category Process
 */
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/**
 * Schema of a {@link ContactChannel}.
 *
 * @example
 * ```ts
 * ContactChannelSchema.parse('phone'); // => 'phone'
 * ```
 * @category Process
 */
export const ContactChannelSchema = z.enum(CONTACT_CHANNELS);
