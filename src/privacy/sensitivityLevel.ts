import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * How sensitive a field of a model is, from least to most.
 *
 * @remarks
 * - `public`: says nothing about the participant — facts about an employer or
 *   a job opening, and the closed codes of the method itself (event type, SE
 *   step, document kind, contact channel, meeting status).
 * - `personal`: about her (GDPR art. 4(1)) — identifiers, dates, free-text job
 *   labels, her skills, family, economy and progress.
 * - `special-category`: health, religion and ethnic origin (GDPR art. 9), and
 *   violence and negative social control, which the domain specification (§8)
 *   treats with the same care; also closed codes that can say "health" (an
 *   employment ended for health reasons) and free text where a job specialist
 *   writes about her situation, because it can hold any of these.
 *
 * The order matters: {@link redact} keeps a field when its level is at or below
 * the `keep` level.
 *
 * @example
 * ```ts
 * SENSITIVITY_LEVELS.indexOf('personal'); // => 1
 * ```
 * @category Privacy
 */
export const SENSITIVITY_LEVELS = deepFreeze(['public', 'personal', 'special-category'] as const);

/**
 * One sensitivity level; see {@link SENSITIVITY_LEVELS}.
 *
 * @example
 * ```ts
 * const level: SensitivityLevel = 'special-category';
 * ```
 * @category Privacy
 */
export type SensitivityLevel = (typeof SENSITIVITY_LEVELS)[number];

/**
 * Schema of a {@link SensitivityLevel}.
 *
 * @example
 * ```ts
 * SensitivityLevelSchema.parse('personal');
 * ```
 * @category Privacy
 */
export const SensitivityLevelSchema = z.enum(SENSITIVITY_LEVELS);
