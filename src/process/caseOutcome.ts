import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * How a case ended.
 *
 * @remarks
 * Drawn from the situations the AFI report's individual reports describe
 * (L381–424, L3573–3581): into work, into education, on to another programme
 * or measure, moved away, paused for health, paused for care of children,
 * left SE of her own accord (consent withdrawn or dropped out), or unknown.
 *
 * @example
 * ```ts
 * CASE_OUTCOMES[0]; // => 'work'
 * ```
 * @category Process
 */
export const CASE_OUTCOMES = deepFreeze([
  'work',
  'education',
  'other-programme',
  'moved',
  'health',
  'care',
  'left',
  'unknown',
] as const);

/**
 * One value of {@link CASE_OUTCOMES}.
 *
 * @example
 * ```ts
 * const outcome: CaseOutcome = 'education';
 * ```
 * @category Process
 */
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/**
 * Schema of a {@link CaseOutcome}.
 *
 * @example
 * ```ts
 * CaseOutcomeSchema.parse('unknown'); // => 'unknown'
 * ```
 * @category Process
 */
export const CaseOutcomeSchema = z.enum(CASE_OUTCOMES);
