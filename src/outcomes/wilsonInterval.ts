import { wholeAmount } from '../_lib/guards';
import { schemaMessage } from '../_lib/schemaIssues';
import { SupportedEmploymentError } from '../core/errors';
import type { Issue } from '../issue';

/**
 * The Wilson score interval of a proportion `k / n` at 95 % (z = 1.96).
 *
 * @remarks
 * `d = 1 + z²/n`, centre `(p + z²/(2n)) / d`, half-width
 * `z·√(p(1−p)/n + z²/(4n²)) / d` (domain specification, outcomes §C). The
 * Wilson interval stays inside [0, 1] and behaves at small n, where the AFI
 * figures often are (99 of 202, AFI report L11384).
 *
 * @param k - Successes, 0 ≤ k ≤ n.
 * @param n - Trials, n ≥ 1.
 * @returns `[low, high]`; `[0, 1]` when `n` is 0.
 * @throws {@link SupportedEmploymentError} `invalid_input` when `k` or `n` is not an integer, or `k` is outside 0 to `n`.
 * @example
 * ```ts
 * wilsonInterval(99, 202).map((x) => x.toFixed(3)); // => ['0.422', '0.559']
 * ```
 * @category Outcomes
 */
export function wilsonInterval(k: number, n: number): [number, number] {
  wholeAmount(k, 'k', 'wilsonInterval');
  wholeAmount(n, 'n', 'wilsonInterval');
  if (k < 0 || k > Math.max(n, 0)) {
    const code = k < 0 ? 'schema_too_small' : 'schema_too_big';
    const issue: Issue = {
      code,
      severity: 'error',
      path: ['k'],
      message: schemaMessage(code),
      expected: 'an integer from 0 to n',
    };
    throw new SupportedEmploymentError('invalid_input', 'wilsonInterval: k does not fit its range.', {
      issues: [issue],
    });
  }
  if (n <= 0) return [0, 1];
  const z = 1.96;
  const z2 = z * z;
  const p = k / n;
  const d = 1 + z2 / n;
  const c = (p + z2 / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}
