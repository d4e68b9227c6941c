import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * How a follow-up contact happens.
 *
 * @remarks
 * Follow-up after employment uses planned and unplanned contact: text
 * messages with participants, e-mail and messages with employers, visits to
 * the workplace, or meetings outside it (AFI report 4.8, L8319–8329).
 * `workplace-visit` is a visit at the workplace; `meeting` is a meeting
 * elsewhere.
 *
 * @example
 * ```ts
 * CONTACT_KINDS.includes('workplace-visit'); // => true
 * ```
 * @category Plans
 */
export const CONTACT_KINDS = deepFreeze([
  'meeting',
  'workplace-visit',
  'phone',
  'message',
  'email',
  'video',
] as const);

/**
 * One contact kind; see {@link CONTACT_KINDS}.
 *
 * @example
 * ```ts
 * const kind: ContactKind = 'phone';
 * ```
 * @category Plans
 */
export type ContactKind = (typeof CONTACT_KINDS)[number];

/**
 * Schema of a {@link ContactKind}.
 *
 * @example
 * ```ts
 * ContactKindSchema.parse('message'); // => 'message'
 * ```
 * @category Plans
 */
export const ContactKindSchema = z.enum(CONTACT_KINDS);

/**
 * Who the job specialist is in contact with in follow-up: `participant`, `employer`, `family-network` or `other-service`.
 *
 * @remarks
 * Follow-up is given to both the participant and the employer (AFI report
 * 7.2.2, L12290–12291) and may bring in other actors such as NAV, adult
 * education or lawyers (AFI report 4.8, L8395–8399).
 *
 * @example
 * ```ts
 * CONTACT_PARTIES[1]; // => 'employer'
 * ```
 * @category Plans
 */
export const CONTACT_PARTIES = deepFreeze([
  'participant',
  'employer',
  'family-network',
  'other-service',
] as const);

/**
 * One contact party; see {@link CONTACT_PARTIES}.
 *
 * @example
 * ```ts
 * const party: ContactParty = 'participant';
 * ```
 * @category Plans
 */
export type ContactParty = (typeof CONTACT_PARTIES)[number];

/**
 * Schema of a {@link ContactParty}.
 *
 * @example
 * ```ts
 * ContactPartySchema.parse('employer'); // => 'employer'
 * ```
 * @category Plans
 */
export const ContactPartySchema = z.enum(CONTACT_PARTIES);
