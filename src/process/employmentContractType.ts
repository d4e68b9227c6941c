import { z } from 'zod';

/**
 * The contract types of an employment recorded in a case.
 *
 * @remarks
 * The contract types the AFI report's individual reports recorded: permanent
 * (*fast*), temporary (*midlertidig*) and on-call substitute (*ringevikar*)
 * (AFI report 1.5.6, L3577–3581). SE aims for permanent contracts (AFI report,
 * SEQF proposal 7, L917–919).
 *
 * @example
 * ```ts
 * EMPLOYMENT_CONTRACT_TYPES; // => ['permanent', 'temporary', 'on-call']
 * ```
 * @category Process
 */
export const EMPLOYMENT_CONTRACT_TYPES = [
  'permanent',
  'temporary',
  'on-call',
] as const;

/**
 * One value of {@link EMPLOYMENT_CONTRACT_TYPES}.
 *
 * @example
 * ```ts
 * const contract: EmploymentContractType = 'permanent';
 * ```
 * @category Process
 */
export type EmploymentContractType = (typeof EMPLOYMENT_CONTRACT_TYPES)[number];

/**
 * Schema of a {@link EmploymentContractType}.
 *
 * @example
 * ```ts
 * EmploymentContractTypeSchema.parse('on-call'); // => 'on-call'
 * ```
 * @category Process
 */
export const EmploymentContractTypeSchema = z.enum(EMPLOYMENT_CONTRACT_TYPES);
