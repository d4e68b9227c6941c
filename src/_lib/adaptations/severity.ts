import { compareNeedSeverity } from '../../needs/compareNeedSeverity';
import type { NeedId, NeedSeverity } from '../../needs/needId';
import type { NeedsProfile } from '../../needs/needsProfile';

/** True when `actual` is at least as strong as `minimum`. */
export function atLeast(actual: NeedSeverity, minimum: NeedSeverity): boolean {
  return compareNeedSeverity(actual, minimum) >= 0;
}

/** The strongest severity of each need in the profile (a profile may list a need more than once). */
export function strongestSeverities(profile: NeedsProfile): ReadonlyMap<NeedId, NeedSeverity> {
  const out = new Map<NeedId, NeedSeverity>();
  for (const need of profile.needs) {
    const seen = out.get(need.id);
    if (seen === undefined || compareNeedSeverity(need.severity, seen) > 0) {
      out.set(need.id, need.severity);
    }
  }
  return out;
}
