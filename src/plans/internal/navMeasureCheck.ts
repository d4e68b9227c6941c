import type { IsoDate } from '../../core/dates/isoDate';
import type { Severity } from '../../core/issue';
import { navMeasureLimitMonths } from '../navMeasureLimitMonths';
import type { NavMeasureUse } from '../navMeasureUse';
import type { PlanRuleContext } from '../planRule';
import { reachesMonthsLater } from './periods';

/** True when a period from `start` to `end` (both included) is longer than whole `months`: the end reaches the same day `months` later. */
function longerThan(start: IsoDate, end: IsoDate, months: number): boolean {
  return reachesMonthsLater(end, start, months);
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
