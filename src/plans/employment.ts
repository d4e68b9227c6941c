import { z } from 'zod';
import { INPUT_LIMITS } from '../core/inputLimits';
import { IsoDateSchema } from '../core/dates/isoDate';
import { EmploymentContractTypeSchema } from '../process/employmentContractType';
import { NavMeasureUseSchema } from './navMeasureUse';

/**
 * Schema of an {@link Employment}.
 *
 * @example
 * ```ts
 * EmploymentSchema.parse({ employerRef: 'emp-17', firstWorkingDay: '2026-08-17', contractType: 'permanent', positionPercent: 60 });
 * ```
 * @category Plans
 */
export const EmploymentSchema = z.strictObject({
  /** An opaque reference to the employer. */
  employerRef: z.string().min(1).max(INPUT_LIMITS.idLength),
  /** The job title, if recorded. */
  occupation: z.string().min(1).max(INPUT_LIMITS.textLength).optional(),
  /** The first working day. */
  firstWorkingDay: IsoDateSchema,
  /** The contract type. */
  contractType: EmploymentContractTypeSchema,
  /** The position share (*stillingsandel*) in percent of full time. */
  positionPercent: z.number().gt(0).max(100),
  /** The last day of a temporary contract, if it has one. */
  contractEndDate: IsoDateSchema.optional(),
  /** True when the job is declared work with declared pay; unknown when omitted. */
  declared: z.boolean().optional(),
  /** NAV measures used for the job (wage subsidy, mentor, inclusion grant). */
  navMeasures: z.array(NavMeasureUseSchema).max(INPUT_LIMITS.smallLists).default([]),
  /** A reference to the training plan (*opplæringsplan*) for the job, if there is one. */
  trainingPlanRef: z.string().min(1).max(INPUT_LIMITS.idLength).optional(),
});

/**
 * The facts of a job a participant has got: employer, first day, contract and position share.
 *
 * @remarks
 * The AFI report asks that the quality of employment be recorded — contract
 * type, position share, length of employment (AFI report 7.2.3, L12374–12378).
 * Follow-up after employment starts on the first working day (handbook §12,
 * L351; §15, L411); see {@link scheduleFollowUp}.
 *
 * @example
 * ```ts
 * const job: Employment = {
 *   employerRef: 'emp-17', firstWorkingDay: '2026-08-17', contractType: 'substitute',
 *   positionPercent: 100, contractEndDate: '2027-08-16', navMeasures: [],
 * };
 * ```
 * @category Plans
 */
export interface Employment extends z.output<typeof EmploymentSchema> {}

/**
 * The input form of an {@link Employment}.
 *
 * @example
 * ```ts
 * const input: EmploymentInput = { employerRef: 'emp-17', firstWorkingDay: '2026-08-17', contractType: 'permanent', positionPercent: 60 };
 * ```
 * @category Plans
 */
export interface EmploymentInput extends z.input<typeof EmploymentSchema> {}
