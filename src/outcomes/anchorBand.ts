import { DEFAULT_POLICY } from '../core/policy';
import type { AnchorBand } from './outcomeReport';

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
 * @example
 * ```ts
 * anchorBand(18); // => 'within-lowest'
 * ```
 * @category Outcomes
 */
export function anchorBand(
  weeks: number,
  anchors: { readonly timeAnchorTopWeeks: number; readonly timeAnchorLowestWeeks: number } = DEFAULT_POLICY.outcomes,
): AnchorBand {
  if (weeks <= anchors.timeAnchorTopWeeks) return 'top';
  if (weeks <= anchors.timeAnchorLowestWeeks) return 'within-lowest';
  return 'beyond';
}
