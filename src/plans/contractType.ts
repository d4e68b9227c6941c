import { z } from 'zod';

/**
 * The contract types of a job: `permanent`, `temporary`, `substitute`, `on-call`, `seasonal` or `other`.
 *
 * @remarks
 * Contract type is part of the quality of employment the AFI report wants
 * recorded (AFI report 7.2.3, L12374–12378). Many in the target group start on
 * call (*ringevikar*) or as substitutes (*vikariat*) and need help to negotiate
 * their way to a permanent position (AFI report 2.4.2, L4841–4845).
 *
 * @example
 * ```ts
 * CONTRACT_TYPES.includes('on-call'); // => true
 * ```
 * @category Plans
 */
export const CONTRACT_TYPES = ['permanent', 'temporary', 'substitute', 'on-call', 'seasonal', 'other'] as const;

/**
 * One contract type; see {@link CONTRACT_TYPES}.
 *
 * @example
 * ```ts
 * const contract: ContractType = 'substitute';
 * ```
 * @category Plans
 */
export type ContractType = (typeof CONTRACT_TYPES)[number];

/**
 * Schema of a {@link ContractType}.
 *
 * @example
 * ```ts
 * ContractTypeSchema.parse('permanent'); // => 'permanent'
 * ```
 * @category Plans
 */
export const ContractTypeSchema = z.enum(CONTRACT_TYPES);
