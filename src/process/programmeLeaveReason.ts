import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * Why a participant takes leave from the programme.
 *
 * @remarks
 * Leave for work counts towards the AFI report's work goal ("i permisjon fra
 * tiltaket pga. arbeid", AFI report 6.6, L11384–11388); pregnancy leave is
 * named at L10905–10909. `health`, `care` and `pregnancy` are health or
 * family data.
 *
 * @example
 * ```ts
 * PROGRAMME_LEAVE_REASONS.includes('work'); // => true
 * ```
 * @category Process
 */
export const PROGRAMME_LEAVE_REASONS = deepFreeze(['work', 'health', 'care', 'pregnancy', 'other'] as const);

/**
 * One value of {@link PROGRAMME_LEAVE_REASONS}.
 *
 * @example
 * ```ts
 * const value: ProgrammeLeaveReason = 'other';
 * ```
 * @category Process
 */
export type ProgrammeLeaveReason = (typeof PROGRAMME_LEAVE_REASONS)[number];

/**
 * Schema of a {@link ProgrammeLeaveReason}.
 *
 * @example
 * ```ts
 * ProgrammeLeaveReasonSchema.parse('work'); // => 'work'
 * ```
 * @category Process
 */
export const ProgrammeLeaveReasonSchema = z.enum(PROGRAMME_LEAVE_REASONS);
