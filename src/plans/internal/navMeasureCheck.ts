import { addCalendarMonths } from '../../core/dates/addCalendarMonths';
import type { IsoDate } from '../../core/dates/isoDate';
import type { Severity } from '../../core/issue';
import { navMeasureLimitMonths } from '../navMeasureLimitMonths';
import type { NavMeasureUse } from '../navMeasureUse';
import type { ResolvedContext } from './context';
import { msg } from './rule';

/** The shared code, summary and message of the NAV-measure duration rule (action and follow-up plans). */
export const NAV_MEASURE_TOO_LONG = Object.freeze({
  code: 'plan_nav_measure_too_long',
  summary:
    "A NAV measure's period is longer than its limit for the participant's needs group (`policy.navMeasureLimits`). Error when the group is given; when it is not, a warning above the ordinary limit and an error above every group's limit.",
  message: msg(
    'Perioden for NAV-virkemiddelet er lengre enn grensen for deltakerens innsatsgruppe.',
    "The NAV measure's period is longer than the limit for the participant's needs group.",
  ),
} as const);

/** True when a period from `start` to `end` (both included) is longer than whole `months`: the end reaches the same day `months` later. */
function longerThan(start: IsoDate, end: IsoDate, months: number): boolean {
  return end >= addCalendarMonths(start, months);
}

/** The severity of a NAV measure that runs too long, or `undefined` when it is within its limit. */
export function checkNavMeasure(use: NavMeasureUse, ctx: ResolvedContext): Severity | undefined {
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
