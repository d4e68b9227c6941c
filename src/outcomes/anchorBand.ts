import { z } from 'zod';
import { guard, guardOptions } from '../_lib/guards';
import { resolveOptions } from '../_lib/resolveOptions';
import { DEFAULT_POLICY } from '../core/policy';
import type { AnchorBand } from './outcomeReport';

const WeeksShape = z.number();

/**
 * Schema of the options of {@link anchorBand}: the two SEQF time anchors, in weeks.
 *
 * @remarks
 * Each anchor defaults to {@link DEFAULT_POLICY}`.outcomes`: `timeAnchorTopWeeks`
 * 10 and `timeAnchorLowestWeeks` 52 (SEQF: paid work within 10 weeks of
 * referral scores top, within 52 lowest; AFI report 7.2.3, L12408–12412). Any
 * finite number is taken. Unknown keys are ignored rather than refused, so the
 * `outcomes` group of a resolved policy can be passed as it is.
 *
 * @example
 * ```ts
 * AnchorBandOptionsSchema.parse({}); // => { timeAnchorTopWeeks: 10, timeAnchorLowestWeeks: 52 }
 * ```
 * @category Outcomes
 */
export const AnchorBandOptionsSchema = z.object({
  /** The top anchor in weeks; 10 (AFI report 7.2.3, L12408–12412) when omitted. */
  timeAnchorTopWeeks: z.number().default(DEFAULT_POLICY.outcomes.timeAnchorTopWeeks),
  /** The lowest anchor in weeks; 52 (AFI report 7.2.3, L12408–12412) when omitted. */
  timeAnchorLowestWeeks: z.number().default(DEFAULT_POLICY.outcomes.timeAnchorLowestWeeks),
});

/**
 * Options of {@link anchorBand}; see {@link AnchorBandOptionsSchema} for the defaults and their source.
 *
 * @example
 * ```ts
 * const anchors: AnchorBandOptions = { timeAnchorTopWeeks: 10, timeAnchorLowestWeeks: 52 };
 * ```
 * @category Outcomes
 */
export type AnchorBandOptions = z.input<typeof AnchorBandOptionsSchema>;

/**
 * The SEQF anchor band of a number of weeks: `top`, `within-lowest` or `beyond`.
 *
 * @remarks
 * SEQF gives the top score to paid work within 10 weeks of referral and the
 * lowest to work within 52 (AFI report 7.2.3, L12408–12412). The report gives
 * only these anchors, so the library never interpolates levels 2–4.
 *
 * @param weeks - Whole weeks.
 * @param anchors - The anchors; each defaults to `DEFAULT_POLICY.outcomes` (10 and 52), see {@link AnchorBandOptionsSchema}.
 * @returns `top` when `weeks ≤ top`, `within-lowest` when `≤ lowest`, else `beyond`.
 * @throws {@link SupportedEmploymentError} `invalid_input` when `weeks` is not a finite number;
 *   `invalid_option` when an anchor is not one.
 * @example
 * ```ts
 * anchorBand(18); // => 'within-lowest'
 * ```
 * @category Outcomes
 */
export function anchorBand(weeks: number, anchors: AnchorBandOptions = {}): AnchorBand {
  guard(WeeksShape, weeks, 'weeks', 'anchorBand');
  guardOptions(anchors, 'anchorBand', 'anchors');
  const { timeAnchorTopWeeks, timeAnchorLowestWeeks } = resolveOptions(
    AnchorBandOptionsSchema,
    anchors,
    'anchorBand',
  );
  if (weeks <= timeAnchorTopWeeks) return 'top';
  if (weeks <= timeAnchorLowestWeeks) return 'within-lowest';
  return 'beyond';
}
