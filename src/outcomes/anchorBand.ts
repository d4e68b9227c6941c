import { z } from 'zod';
import { guard } from '../_lib/guards';
import { DEFAULT_POLICY } from '../core/policy';
import type { AnchorBand } from './outcomeReport';

const WeeksShape = z.number();
const AnchorsShape = z.object({ timeAnchorTopWeeks: z.number(), timeAnchorLowestWeeks: z.number() });

/**
 * The SEQF anchor band of a number of weeks: `top`, `within-lowest` or `beyond`.
 *
 * @remarks
 * SEQF gives the top score to paid work within 10 weeks of referral and the
 * lowest to work within 52 (AFI report 7.2.3, L12408–12412). The report gives
 * only these anchors, so the library never interpolates levels 2–4.
 *
 * @param weeks - Whole weeks.
 * @param anchors - The anchors; defaults to `DEFAULT_POLICY.outcomes` (10 and 52).
 * @param anchors.timeAnchorTopWeeks - The top anchor in weeks.
 * @param anchors.timeAnchorLowestWeeks - The lowest anchor in weeks.
 * @returns `top` when `weeks ≤ top`, `within-lowest` when `≤ lowest`, else `beyond`.
 * @throws {@link SupportedEmploymentError} `invalid_input` when `weeks` is not a finite number;
 *   `invalid_option` when an anchor is not one.
 * @example
 * ```ts
 * anchorBand(18); // => 'within-lowest'
 * ```
 * @category Outcomes
 */
export function anchorBand(
  weeks: number,
  anchors: {
    readonly timeAnchorTopWeeks: number;
    readonly timeAnchorLowestWeeks: number;
  } = DEFAULT_POLICY.outcomes,
): AnchorBand {
  guard(WeeksShape, weeks, 'weeks', 'anchorBand');
  guard(AnchorsShape, anchors, 'anchors', 'anchorBand', { code: 'invalid_option' });
  if (weeks <= anchors.timeAnchorTopWeeks) return 'top';
  if (weeks <= anchors.timeAnchorLowestWeeks) return 'within-lowest';
  return 'beyond';
}
