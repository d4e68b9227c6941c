import { addCalendarMonths } from '../../core/dates/addCalendarMonths';
import { packedIsoDate, packedMonthsLater } from '../../_lib/calendar';
import type { IsoDate } from '../../core/dates/isoDate';
import type { Severity } from '../../core/issue';
import { navMeasureLimitMonths } from '../navMeasureLimitMonths';
import type { NavMeasureUse } from '../navMeasureUse';
import type { PlanRuleContext } from '../planRule';

/**
 * True when a period from `start` to `end` (both included) is longer than whole `months`: the end
 * reaches the same day `months` later (the month's last day when that day does not exist, as in
 * {@link addCalendarMonths}). Compared as numbers; what integer arithmetic cannot take (a date
 * that is not real, a limit that is not a whole number) is left to `addCalendarMonths` and its errors.
 */
function longerThan(start: IsoDate, end: IsoDate, months: number): boolean {
  const later = packedMonthsLater(start, months);
  const last = packedIsoDate(end);
  if (later < 0 || last < 0) return end >= addCalendarMonths(start, months);
  return last >= later;
}

/** The severity of a NAV measure that runs too long, or `undefined` when it is within its limit. */
export function checkNavMeasure(use: NavMeasureUse, ctx: PlanRuleContext): Severity | undefined {
  if (use.endDate < use.startDate) return undefined;
  if (ctx.navNeedsGroup !== undefined) {
    const limit = navMeasureLimitMonths(use.measure, ctx.navNeedsGroup, ctx.policy);
    return longerThan(use.startDate, use.endDate, limit) ? 'error' : undefined;
  }
  const ordinary = navMeasureLimitMonths(use.measure, 'ordinary', ctx.policy);
  const reduced = navMeasureLimitMonths(use.measure, 'reduced-work-capacity', ctx.policy);
  if (!longerThan(use.startDate, use.endDate, ordinary)) return undefined;
  return longerThan(use.startDate, use.endDate, Math.max(ordinary, reduced)) ? 'error' : 'warning';
}
