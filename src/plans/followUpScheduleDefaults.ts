/**
 * A step length in a follow-up schedule: a number of weeks or of calendar months.
 *
 * @example
 * ```ts
 * const fortnight: FollowUpInterval = { weeks: 2 };
 * const quarter: FollowUpInterval = { months: 3 };
 * ```
 * @category Plans
 */
export type FollowUpInterval = { readonly weeks: number } | { readonly months: number };

/**
 * One phase of a follow-up schedule: from a month after the first working day, one contact per interval.
 *
 * @remarks
 * A phase lasts until the next phase's `fromMonth`, the last one until the end
 * of follow-up. Monthly steps are counted from the first working day, so a job
 * that starts on 31 January gets contacts on the last day of shorter months
 * rather than drifting.
 *
 * @example
 * ```ts
 * const phase: FollowUpPhase = { fromMonth: 3, every: { months: 1 } };
 * ```
 * @category Plans
 */
export interface FollowUpPhase {
  /** The month (after the first working day) the phase starts; the first phase starts at 0. */
  readonly fromMonth: number;
  /** How often to be in contact during the phase. */
  readonly every: FollowUpInterval;
}

/**
 * The library's default contact rhythm: weekly the first month, fortnightly to month 3, monthly to month 12, then quarterly.
 *
 * @remarks
 * The sources give the shape, not the numbers: support is closest at the
 * start and tapers, but stays proactive for the long term because problems
 * often arise after the job specialist has withdrawn (handbook §15, L411; AFI
 * report 4.8.1, L7962–7974). The numbers are a library default; pass
 * `phases` to {@link scheduleFollowUp} to use others.
 *
 * @example
 * ```ts
 * DEFAULT_FOLLOW_UP_PHASES[0]; // => { fromMonth: 0, every: { weeks: 1 } }
 * ```
 * @category Plans
 */
export const DEFAULT_FOLLOW_UP_PHASES: readonly FollowUpPhase[] = Object.freeze([
  Object.freeze({ fromMonth: 0, every: Object.freeze({ weeks: 1 }) }),
  Object.freeze({ fromMonth: 1, every: Object.freeze({ weeks: 2 }) }),
  Object.freeze({ fromMonth: 3, every: Object.freeze({ months: 1 }) }),
  Object.freeze({ fromMonth: 12, every: Object.freeze({ months: 3 }) }),
]);

/**
 * The library's default triangular meetings (*trekantsamtaler*): after two weeks, three months and six months.
 *
 * @remarks
 * The handbook asks for regular triangular meetings from the start (handbook
 * §12, L336) without fixing when. After these, {@link scheduleFollowUp} adds
 * one every six months to the end by default (`triangularMeetingsEveryMonths`).
 *
 * @example
 * ```ts
 * DEFAULT_TRIANGULAR_MEETINGS; // => [{ weeks: 2 }, { months: 3 }, { months: 6 }]
 * ```
 * @category Plans
 */
export const DEFAULT_TRIANGULAR_MEETINGS: readonly FollowUpInterval[] = Object.freeze([
  Object.freeze({ weeks: 2 }),
  Object.freeze({ months: 3 }),
  Object.freeze({ months: 6 }),
]);
