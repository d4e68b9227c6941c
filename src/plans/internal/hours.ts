import type { IsoDate } from '../../core/dates/isoDate';
import type { PlanActivity } from '../actionPlan';

const EPSILON = 1e-9;
/** Room for the activity index in an event key (over a million activities). */
const INDEX_SPACE = 1_048_576;

/** `YYYY-MM-DD` as the number `YYYYMMDD`, which sorts like the date (the schema guarantees the format). */
function dayNumber(date: IsoDate): number {
  let n = 0;
  for (let i = 0; i < 10; i++) {
    const c = date.charCodeAt(i);
    if (c !== 45) n = n * 10 + (c - 48);
  }
  return n;
}

/** Sorts numbers ascending in place: insertion sort for short lists (plans are short and nearly sorted), else a typed-array sort. */
function sortNumbers(keys: number[]): void {
  if (keys.length > 64) {
    const sorted = Float64Array.from(keys).sort();
    for (let i = 0; i < keys.length; i++) keys[i] = sorted[i] as number;
    return;
  }
  for (let i = 1; i < keys.length; i++) {
    const value = keys[i] as number;
    let j = i - 1;
    while (j >= 0 && (keys[j] as number) > value) {
      keys[j + 1] = keys[j] as number;
      j--;
    }
    keys[j + 1] = value;
  }
}

/** True when the activity's hours count towards the weekly load from `asOf` on (see {@link firstOverload}). */
function counts(a: PlanActivity, asOf: IsoDate): boolean {
  if (a.hoursPerWeek <= 0 || (a.status !== 'planned' && a.status !== 'in-progress')) return false;
  return a.endDate === undefined || (a.endDate >= asOf && a.endDate >= a.startDate);
}

/**
 * Finds the activity at whose start the weekly hours of the plan first exceed the limit.
 *
 * Only planned and in-progress activities that have not ended before `asOf`
 * count; end dates are inclusive, so on one day starts are counted before
 * ends. A sweep over numeric event keys (day, kind, index), O(n log n), with
 * no object per event.
 *
 * @returns The activity's index, or -1 when the hours never exceed the limit.
 */
export function firstOverload(activities: readonly PlanActivity[], asOf: IsoDate, limit: number): number {
  // The load never exceeds the hours of every counted activity together: when those fit, no sweep is needed.
  let total = 0;
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i] as PlanActivity;
    if (counts(a, asOf)) total += a.hoursPerWeek;
  }
  if (total <= limit) return -1;
  const keys: number[] = [];
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i] as PlanActivity;
    if (!counts(a, asOf)) continue;
    keys.push(dayNumber(a.startDate) * 2 * INDEX_SPACE + i);
    if (a.endDate !== undefined) keys.push((dayNumber(a.endDate) * 2 + 1) * INDEX_SPACE + i);
  }
  if (keys.length === 0) return -1;
  sortNumbers(keys);
  let load = 0;
  for (const key of keys) {
    const index = key % INDEX_SPACE;
    const isEnd = Math.floor(key / INDEX_SPACE) % 2 === 1;
    const hours = (activities[index] as PlanActivity).hoursPerWeek;
    if (isEnd) {
      load -= hours;
    } else {
      load += hours;
      if (load > limit + EPSILON) return index;
    }
  }
  return -1;
}
