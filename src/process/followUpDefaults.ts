/**
 * The default cadence of follow-up contacts after employment: one every four weeks.
 *
 * @remarks
 * A library default (source `library`): the handbook asks for close, proactive
 * contact from the first working day (§12, L351; §15, L411) and the AFI report
 * for more support at the start and long-term proactive follow-up (4.8,
 * L7962–7974), but neither gives a number. Override it with the
 * `followUpIntervalWeeks` option of {@link summarizeCase}; full follow-up
 * schedules belong to follow-up plans.
 *
 * @example
 * ```ts
 * DEFAULT_FOLLOW_UP_INTERVAL_WEEKS; // => 4
 * ```
 * @category Process
 */
export const DEFAULT_FOLLOW_UP_INTERVAL_WEEKS = 4;
