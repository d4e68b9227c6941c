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

/** The evidence paths of each need in the profile (joined when a profile lists a need more than once). */
export function evidenceByNeed(profile: NeedsProfile): ReadonlyMap<NeedId, readonly string[]> {
  const out = new Map<NeedId, string[]>();
  for (const need of profile.needs) {
    const list = out.get(need.id);
    if (list === undefined) out.set(need.id, [...need.evidence]);
    else for (const p of need.evidence) if (!list.includes(p)) list.push(p);
  }
  return out;
}
