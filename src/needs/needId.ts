import { deepFreeze } from '../_lib/deepFreeze';

/**
 * The ids of every assistance need in the taxonomy (domain specification §4).
 *
 * @remarks
 * From the AFI report ch. 2 (table 6 and prose: micro M1–M8, meso S1–S12,
 * macro X1–X4) and the handbook's adaptation sections. The full catalogue,
 * with levels, labels and sources, is `NEEDS`.
 *
 * @example
 * ```ts
 * NEED_IDS.includes('literacy'); // => true
 * ```
 * @category Needs
 */
export const NEED_IDS = deepFreeze([
  'norwegian-language',
  'literacy',
  'health',
  'job-seeking-skills',
  'work-experience',
  'formal-education',
  'foreign-qualifications',
  'self-confidence',
  'digital-skills',
  'mobility',
  'social-network',
  'housing',
  'finances',
  'family-situation',
  'care-responsibilities',
  'negative-social-control',
  'tailored-assessment',
  'participation',
  'language-support',
  'cultural-differences',
  'different-follow-up-content',
  'closer-follow-up',
  'inter-agency-cooperation',
  'practice-trap',
  'workplace-support',
  'after-follow-up',
  'society-rules',
  'working-life-rules',
  'declared-work',
  'exploitation-protection',
] as const);

/**
 * One assistance need; see {@link NEED_IDS}.
 *
 * @example
 * ```ts
 * const need: NeedId = 'care-responsibilities';
 * ```
 * @category Needs
 */
export type NeedId = (typeof NEED_IDS)[number];

/**
 * The levels at which needs arise: the person, her surroundings, wider society.
 *
 * @remarks
 * `micro` (the person), `meso` (family, support system, workplace, local labour
 * market), `macro` (meeting wider society) — AFI report 2.1–2.2.
 *
 * @example
 * ```ts
 * NEED_LEVELS; // => ['micro', 'meso', 'macro']
 * ```
 * @category Needs
 */
export const NEED_LEVELS = deepFreeze(['micro', 'meso', 'macro'] as const);

/**
 * One need level; see {@link NEED_LEVELS}.
 *
 * @example
 * ```ts
 * const level: NeedLevel = 'meso';
 * ```
 * @category Needs
 */
export type NeedLevel = (typeof NEED_LEVELS)[number];

/**
 * How strongly a need is present: `low`, `moderate` or `high`.
 *
 * @example
 * ```ts
 * NEED_SEVERITIES[2]; // => 'high'
 * ```
 * @category Needs
 */
export const NEED_SEVERITIES = deepFreeze(['low', 'moderate', 'high'] as const);

/**
 * One need severity; see {@link NEED_SEVERITIES}.
 *
 * @example
 * ```ts
 * const severity: NeedSeverity = 'moderate';
 * ```
 * @category Needs
 */
export type NeedSeverity = (typeof NEED_SEVERITIES)[number];
