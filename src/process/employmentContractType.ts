import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The contract types of an employment, used by case events and follow-up plans alike.
 *
 * @remarks
 * The AFI report's individual reports recorded permanent (*fast*), temporary
 * (*midlertidig*) and on-call (*ringevikar*) contracts (AFI report 1.5.6,
 * L3577–3581), and it wants contract type recorded as part of the quality of
 * employment (AFI report 7.2.3, L12374–12378). Many in the target group start
 * on call or as substitutes (*vikariat*) and need help to negotiate their way
 * to a permanent position (AFI report 2.4.2, L4841–4845); seasonal work is one
 * of the handbook's position types ("Kartlegging – arbeidsgivers behov"). SE
 * aims for permanent contracts (AFI report, SEQF proposal 7, L917–919).
 *
 * @example
 * ```ts
 * EMPLOYMENT_CONTRACT_TYPES.includes('on-call'); // => true
 * ```
 * @category Process
 */
export const EMPLOYMENT_CONTRACT_TYPES = deepFreeze([
  'permanent',
  'temporary',
  'substitute',
  'on-call',
  'seasonal',
  'other',
] as const);

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
