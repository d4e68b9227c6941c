import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The parties outside the case a job specialist may contact about the participant.
 *
 * @remarks
 * - `family-or-network`: the family or private network, for example to map
 *   the family situation; needs the `family-contact` consent (handbook §5, L242).
 * - `other-service`: another service such as NAV, a GP or child welfare; needs
 *   the `cross-agency-contact` consent.
 *
 * @example
 * ```ts
 * THIRD_PARTIES.includes('other-service'); // => true
 * ```
 * @category Process
 */
export const THIRD_PARTIES = deepFreeze(['family-or-network', 'other-service'] as const);

/**
 * One value of {@link THIRD_PARTIES}.
 *
 * @example
 * ```ts
 * const party: ThirdParty = 'family-or-network';
 * ```
 * @category Process
 */
export type ThirdParty = (typeof THIRD_PARTIES)[number];

/**
 * Schema of a {@link ThirdParty}.
 *
 * @example
 * ```ts
 * ThirdPartySchema.parse('other-service'); // => 'other-service'
 * ```
 * @category Process
 */
export const ThirdPartySchema = z.enum(THIRD_PARTIES);
