import { z } from 'zod';
import { IsoDateSchema } from '../core/dates/isoDate';
import { NavMeasureIdSchema } from './navMeasureIdSchema';

/**
 * Schema of a {@link NavMeasureUse}: one NAV measure used for a placement or job, with its period.
 *
 * @example
 * ```ts
 * NavMeasureUseSchema.parse({ measure: 'mentor', startDate: '2026-03-02', endDate: '2026-08-31' });
 * ```
 * @category Plans
 */
export const NavMeasureUseSchema = z.strictObject({
  /** The NAV measure. */
  measure: NavMeasureIdSchema,
  /** The first day the measure applies. */
  startDate: IsoDateSchema,
  /** The last day the measure is granted or planned for. */
  endDate: IsoDateSchema,
});

/**
 * One use of a NAV measure, with the period it is granted or planned for.
 *
 * @remarks
 * Validation checks the period against the measure's limit for the
 * participant's needs group ({@link navMeasureLimitMonths}).
 *
 * @example
 * ```ts
 * const use: NavMeasureUse = { measure: 'wage-subsidy', startDate: '2026-03-02', endDate: '2027-03-01' };
 * ```
 * @category Plans
 */
export interface NavMeasureUse extends z.output<typeof NavMeasureUseSchema> {}

/**
 * The input form of a {@link NavMeasureUse}.
 *
 * @example
 * ```ts
 * const input: NavMeasureUseInput = { measure: 'mentor', startDate: '2026-03-02', endDate: '2026-08-31' };
 * ```
 * @category Plans
 */
export interface NavMeasureUseInput extends z.input<typeof NavMeasureUseSchema> {}
