import type { NeedId, NeedSeverity } from '../../needs/needId';
import type { NeedsProfile } from '../../needs/needsProfile';

const RANK: Readonly<Record<NeedSeverity, number>> = { low: 0, moderate: 1, high: 2 };

/** True when `actual` is at least as strong as `minimum`. */
export function atLeast(actual: NeedSeverity, minimum: NeedSeverity): boolean {
  return RANK[actual] >= RANK[minimum];
}

/** The strongest severity of each need in the profile (a profile may list a need more than once). */
export function strongestSeverities(profile: NeedsProfile): ReadonlyMap<NeedId, NeedSeverity> {
  const out = new Map<NeedId, NeedSeverity>();
  for (const need of profile.needs) {
    const seen = out.get(need.id);
    if (seen === undefined || RANK[need.severity] > RANK[seen]) {
      out.set(need.id, need.severity);
    }
  }
  return out;
}
