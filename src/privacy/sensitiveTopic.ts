import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';
import { SPECIAL_CATEGORIES } from '../needs/specialCategoryFields';

/**
 * The kinds of sensitive information a field can hold, which decide the consent needed to share it.
 *
 * @remarks
 * The four special categories of a needs assessment ({@link SPECIAL_CATEGORIES}:
 * `health`, `religion`, `ethnic-origin`, `violence-or-social-control`), plus
 * `family-situation` — children, care duties, a spouse's shifts, marital
 * difficulties. Family facts are not special categories under GDPR art. 9,
 * but the handbook makes mapping the family depend on the participant's
 * consent and openness (§5, L242), and each has its own consent scope for
 * sharing with an employer ({@link CONSENT_SCOPES}). Ethnic origin has no such
 * scope: it is never shared with an employer.
 *
 * @example
 * ```ts
 * SENSITIVE_TOPICS.includes('family-situation'); // => true
 * ```
 * @category Privacy
 */
export const SENSITIVE_TOPICS = deepFreeze([...SPECIAL_CATEGORIES, 'family-situation'] as const);

/**
 * One sensitive topic; see {@link SENSITIVE_TOPICS}.
 *
 * @example
 * ```ts
 * const topic: SensitiveTopic = 'health';
 * ```
 * @category Privacy
 */
export type SensitiveTopic = (typeof SENSITIVE_TOPICS)[number];

/**
 * Schema of a {@link SensitiveTopic}.
 *
 * @example
 * ```ts
 * SensitiveTopicSchema.parse('religion');
 * ```
 * @category Privacy
 */
export const SensitiveTopicSchema = z.enum(SENSITIVE_TOPICS);
