import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The tiers a recommended adaptation can have, from always-on to voluntary.
 *
 * @remarks
 * Domain specification §5:
 * - `core`: the handbook applies the adaptation to everyone in the target group
 *   (for example *relasjonsbygging*, handbook §2, and *etteroppfølging* "for alle", handbook §15 L397).
 * - `indicated`: the person's needs call for it; the triggering needs are the rationale.
 * - `offer`: a voluntary offer, such as the job-preparation course ("Kurset er frivillig", handbook §13 L357).
 *
 * @example
 * ```ts
 * ADAPTATION_TIERS; // => ['core', 'indicated', 'offer']
 * ```
 * @category Adaptations
 */
export const ADAPTATION_TIERS = deepFreeze(['core', 'indicated', 'offer'] as const);

/**
 * One adaptation tier; see {@link ADAPTATION_TIERS}.
 *
 * @example
 * ```ts
 * const tier: AdaptationTier = 'indicated';
 * ```
 * @category Adaptations
 */
export type AdaptationTier = (typeof ADAPTATION_TIERS)[number];

/**
 * Schema of an {@link AdaptationTier}.
 *
 * @example
 * ```ts
 * AdaptationTierSchema.parse('offer'); // => 'offer'
 * ```
 * @category Adaptations
 */
export const AdaptationTierSchema = z.enum(ADAPTATION_TIERS);
