import { z } from 'zod';
import { isIsoDate } from '../core/dates/isIsoDate';
import { resolveOptions } from '../_lib/resolveOptions';
import type { IsoDate } from '../core/dates/isoDate';
import { SupportedEmploymentError } from '../core/errors';
import type { FollowUpPlan } from './followUpPlan';
import { guard, guardOptions } from '../_lib/guards';
import { FollowUpPlanSchema } from './followUpPlan';

/**
 * Schema of {@link NextFollowUpOptions}.
 *
 * @remarks
 * `includeOverdue`: also consider planned items dated before `asOf`; default
 * `false` (a library default: the next item is one still ahead). Unknown keys
 * are refused.
 *
 * @example
 * ```ts
 * NextFollowUpOptionsSchema.parse({}).includeOverdue; // => false
 * ```
 * @category Plans
 */
export const NextFollowUpOptionsSchema = z.strictObject({
  /** Also consider planned items dated before `asOf` (overdue); default false. */
  includeOverdue: z.boolean().default(false),
});

/**
 * Options for {@link nextFollowUp}; see {@link NextFollowUpOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: NextFollowUpOptions = { includeOverdue: true };
 * ```
 * @category Plans
 */
export type NextFollowUpOptions = z.input<typeof NextFollowUpOptionsSchema>;

/**
 * The next planned item of a follow-up plan: a contact or a triangular meeting.
 *
 * @example
 * ```ts
 * const next: NextFollowUp = { date: '2026-09-01', type: 'triangular-meeting', path: ['triangularMeetings', 0], overdue: false };
 * ```
 * @category Plans
 */
export interface NextFollowUp {
  /** The date of the item. */
  readonly date: IsoDate;
  /** Whether it is a contact or a triangular meeting (*trekantsamtale*). */
  readonly type: 'contact' | 'triangular-meeting';
  /** Where the item is in the plan, such as `['contacts', 4]`. */
  readonly path: readonly (string | number)[];
  /** True when the date is before `asOf` (only with `includeOverdue`). */
  readonly overdue: boolean;
}

/**
 * Finds the next planned contact or triangular meeting in a follow-up plan, as of a date.
 *
 * @remarks
 * Follow-up is proactive: the job specialist does not wait to be contacted
 * (handbook §15, L411). Only items with status `planned` count; on the same
 * date a triangular meeting comes before a contact. With `includeOverdue`, a
 * planned item whose date has passed is returned first, marked `overdue`.
 *
 * @param plan - The parsed follow-up plan.
 * @param asOf - Today's date.
 * @param options - Whether to include overdue items.
 * @returns The next item, or `undefined` when nothing is planned.
 * @throws {@link SupportedEmploymentError} `invalid_date` when `asOf` is not an ISO date.
 * @example
 * ```ts
 * const next = nextFollowUp(plan, '2026-10-01');
 * if (next) console.log(next.type, next.date);
 * ```
 * @category Plans
 */
export function nextFollowUp(
  plan: FollowUpPlan,
  asOf: IsoDate,
  options: NextFollowUpOptions = {},
): NextFollowUp | undefined {
  guard(FollowUpPlanSchema, plan, 'plan', 'nextFollowUp');
  guardOptions(options, 'nextFollowUp');
  if (!isIsoDate(asOf))
    throw new SupportedEmploymentError('invalid_date', 'asOf must be an ISO calendar date (YYYY-MM-DD).');
  const { includeOverdue } = resolveOptions(NextFollowUpOptionsSchema, options, 'nextFollowUp');
  let best: NextFollowUp | undefined;
  const consider = (date: IsoDate, type: NextFollowUp['type'], path: readonly (string | number)[]): void => {
    if (!includeOverdue && date < asOf) return;
    // Triangular meetings are considered first, so on a tie they win.
    if (best === undefined || date < best.date) best = { date, type, path, overdue: date < asOf };
  };
  plan.triangularMeetings.forEach((m, i) => {
    if (m.status === 'planned') consider(m.date, 'triangular-meeting', ['triangularMeetings', i]);
  });
  plan.contacts.forEach((c, i) => {
    if (c.status === 'planned') consider(c.date, 'contact', ['contacts', i]);
  });
  return best;
}
