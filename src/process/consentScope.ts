import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * What a participant can consent to, one scope at a time.
 *
 * @remarks
 * "The job specialist guides — the participant decides" (domain specification
 * §2): consent governs what is shared and with whom. The scopes:
 * - `se-participation`: taking part in SE follow-up (the consent declaration of step 1).
 * - `family-contact`: contacting or meeting the family or network (family council).
 * - `cross-agency-contact`: contact with other services (NAV, GP, child welfare…).
 * - `employer-sharing`: sharing ordinary work-relevant information with an employer.
 * - `employer-sharing-health`, `employer-sharing-family`, `employer-sharing-religion`,
 *   `employer-sharing-violence`: sharing that one kind of special-category or
 *   sensitive information with an employer (GDPR art. 9); each needs its own consent.
 *
 * @example
 * ```ts
 * CONSENT_SCOPES.includes('family-contact'); // => true
 * ```
 * @category Process
 */
export const CONSENT_SCOPES = deepFreeze([
  'se-participation',
  'family-contact',
  'cross-agency-contact',
  'employer-sharing',
  'employer-sharing-health',
  'employer-sharing-family',
  'employer-sharing-religion',
  'employer-sharing-violence',
] as const);

/**
 * One consent scope; see {@link CONSENT_SCOPES}.
 *
 * @example
 * ```ts
 * const scope: ConsentScope = 'employer-sharing';
 * ```
 * @category Process
 */
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/**
 * Schema of a {@link ConsentScope}.
 *
 * @example
 * ```ts
 * ConsentScopeSchema.parse('cross-agency-contact');
 * ```
 * @category Process
 */
export const ConsentScopeSchema = z.enum(CONSENT_SCOPES);
