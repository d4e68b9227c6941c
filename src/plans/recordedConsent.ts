import { z } from 'zod';
import { IsoDateSchema } from '../core/dates/isoDate';
import { ConsentScopeSchema } from '../process/consentScope';

/**
 * Schema of a {@link RecordedConsent}.
 *
 * @example
 * ```ts
 * RecordedConsentSchema.parse({ scope: 'family-contact', givenOn: '2026-02-02' });
 * ```
 * @category Plans
 */
export const RecordedConsentSchema = z.strictObject({
  /** What the participant consented to. */
  scope: ConsentScopeSchema,
  /** The day the consent was given and recorded. */
  givenOn: IsoDateSchema,
  /** The day the consent was withdrawn, if it was. */
  withdrawnOn: IsoDateSchema.optional(),
});

/**
 * A consent the participant has given for one scope, as plan validation needs it.
 *
 * @remarks
 * "The job specialist guides — the participant decides": family contact,
 * contact with other services and sharing with an employer each need the
 * participant's consent before they happen (handbook §5, L242; domain
 * specification §2 and §8; GDPR art. 9). A consent counts from `givenOn` up to
 * the day before `withdrawnOn`.
 *
 * @example
 * ```ts
 * const consent: RecordedConsent = { scope: 'employer-sharing', givenOn: '2026-03-01' };
 * ```
 * @category Plans
 */
export interface RecordedConsent extends z.output<typeof RecordedConsentSchema> {}

/**
 * The input form of a {@link RecordedConsent}.
 *
 * @example
 * ```ts
 * const input: RecordedConsentInput = { scope: 'cross-agency-contact', givenOn: '2026-03-01' };
 * ```
 * @category Plans
 */
export interface RecordedConsentInput extends z.input<typeof RecordedConsentSchema> {}
