import { guardOneOf } from '../_lib/guards';
import { NEED_SEVERITIES, type NeedSeverity } from './needId';

/**
 * Compares two need severities in the order of {@link NEED_SEVERITIES}: `low` < `moderate` < `high`.
 *
 * @remarks
 * The one definition of the severity order that classification,
 * reassessment, the adaptation tiers and the plan rules share (SPEC §4: a
 * need's severity is the highest of its rules that hold).
 *
 * @param a - One severity.
 * @param b - The other severity.
 * @returns A negative number when `a` is lower than `b`, zero when equal, positive when higher.
 * @throws {@link SupportedEmploymentError} `invalid_input` when `a` or `b` is not a severity.
 * @example
 * ```ts
 * compareNeedSeverity('moderate', 'high') < 0; // => true
 * const order: NeedSeverity[] = ['high', 'low'];
 * order.sort(compareNeedSeverity); // => ['low', 'high']
 * ```
 * @category Needs
 */
export function compareNeedSeverity(a: NeedSeverity, b: NeedSeverity): number {
  guardOneOf(NEED_SEVERITIES, a, 'a', 'compareNeedSeverity');
  guardOneOf(NEED_SEVERITIES, b, 'b', 'compareNeedSeverity');
  return NEED_SEVERITIES.indexOf(a) - NEED_SEVERITIES.indexOf(b);
}
