import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The ids of the handbook's fifteen target-group adaptations, in handbook order (§1–§15).
 *
 * @remarks
 * Domain specification §5; handbook "Tilpasninger for vår målgruppe". The full
 * catalogue is `ADAPTATIONS`.
 *
 * @example
 * ```ts
 * ADAPTATION_IDS[14]; // => 'after-follow-up'
 * ```
 * @category Adaptations
 */
export const ADAPTATION_IDS = deepFreeze([
  'norwegian-skills-plan',
  'relationship-building',
  'suggestopedia',
  'empowerment',
  'clearing-room-for-work',
  'family-and-network-cooperation',
  'network-building',
  'public-transport-training',
  'cultural-differences',
  'negative-social-control',
  'interdisciplinary-cooperation',
  'employer-training',
  'job-preparation-course',
  'on-the-job-support',
  'after-follow-up',
] as const);

/**
 * One adaptation; see {@link ADAPTATION_IDS}.
 *
 * @example
 * ```ts
 * const id: AdaptationId = 'empowerment';
 * ```
 * @category Adaptations
 */
export type AdaptationId = (typeof ADAPTATION_IDS)[number];

/**
 * Schema of an {@link AdaptationId}.
 *
 * @example
 * ```ts
 * AdaptationIdSchema.parse('suggestopedia');
 * ```
 * @category Adaptations
 */
export const AdaptationIdSchema = z.enum(ADAPTATION_IDS);
