import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * Why a fact was left out of an employer brief.
 *
 * @remarks
 * - `employer-sharing-not-given`: `employer-sharing` was never given (as of the date); nothing is shared.
 * - `employer-sharing-withdrawn`: `employer-sharing` was withdrawn; nothing is shared.
 * - `participation-withdrawn`: she has withdrawn from SE follow-up (`se-participation`); nothing is shared.
 * - `scope-not-given`: the fact needs its own scope (health, family, religion, violence), never given.
 * - `scope-withdrawn`: that scope was given and then withdrawn.
 * - `not-needed`: an employer does not need the fact (data minimisation, GDPR art. 5(1)(c)).
 * - `no-sharing-scope`: no consent scope lets this kind of fact go to an employer (ethnic origin).
 * - `invalid-value`: the recorded value is not of its field's type (free text in a
 *   yes/no or a closed-list field, a list where one value belongs); it is never
 *   passed on, whatever the consent.
 *
 * The reasons are codes; a withheld entry never holds the fact itself.
 *
 * @example
 * ```ts
 * WITHHOLD_REASONS.includes('scope-withdrawn'); // => true
 * ```
 * @category Privacy
 */
export const WITHHOLD_REASONS = deepFreeze([
  'employer-sharing-not-given',
  'employer-sharing-withdrawn',
  'participation-withdrawn',
  'scope-not-given',
  'scope-withdrawn',
  'not-needed',
  'no-sharing-scope',
  'invalid-value',
] as const);

/**
 * One reason a fact was withheld; see {@link WITHHOLD_REASONS}.
 *
 * @example
 * ```ts
 * const reason: WithholdReason = 'not-needed';
 * ```
 * @category Privacy
 */
export type WithholdReason = (typeof WITHHOLD_REASONS)[number];

/**
 * Schema of a {@link WithholdReason}.
 *
 * @example
 * ```ts
 * WithholdReasonSchema.parse('scope-not-given');
 * ```
 * @category Privacy
 */
export const WithholdReasonSchema = z.enum(WITHHOLD_REASONS);
