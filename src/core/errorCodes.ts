import { deepFreeze } from '../_lib/deepFreeze';
/**
 * Codes of the programmer errors the library throws as {@link SupportedEmploymentError}.
 *
 * @remarks
 * Thrown only for misuse that a caller can prevent (an unknown catalogue id,
 * a `parse…` call on invalid input, an option outside its range). Expected
 * findings about a person's data are returned as issues instead.
 *
 * @example
 * ```ts
 * ERROR_CODES.includes('invalid_input'); // => true
 * ```
 * @category Errors
 */
export const ERROR_CODES = deepFreeze([
  'invalid_input',
  'invalid_option',
  'invalid_date',
  'unknown_id',
  'invariant_violated',
] as const);

/**
 * One code from {@link ERROR_CODES}.
 *
 * @example
 * ```ts
 * const code: ErrorCode = 'unknown_id';
 * ```
 * @category Errors
 */
export type ErrorCode = (typeof ERROR_CODES)[number];
