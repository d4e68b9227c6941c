import type { NeedsAssessment } from '../../needs/needsAssessment';
import { countIn, someIn } from '../frozenLists';
import { NORWEGIAN_LEVELS, type NorwegianLevel } from '../../needs/norwegianLevel';

const RANK: Readonly<Record<NorwegianLevel, number>> = Object.freeze(
  Object.fromEntries(NORWEGIAN_LEVELS.map((level, index) => [level, index])) as Record<
    NorwegianLevel,
    number
  >,
);

/** True when `level` is known and lies in the closed range [from, to] of {@link NORWEGIAN_LEVELS}. */
export function levelBetween(
  level: NorwegianLevel | undefined,
  from: NorwegianLevel,
  to: NorwegianLevel,
): boolean {
  if (level === undefined) return false;
  const rank = RANK[level];
  return rank >= RANK[from] && rank <= RANK[to];
}

/** True when `level` is known and at or below `bound`. */
export function levelAtMost(level: NorwegianLevel | undefined, bound: NorwegianLevel): boolean {
  return level !== undefined && RANK[level] <= RANK[bound];
}

/** True when `level` is known and above `bound`. */
export function levelAbove(level: NorwegianLevel | undefined, bound: NorwegianLevel): boolean {
  return level !== undefined && RANK[level] > RANK[bound];
}

/** True when `level` is known and below `bound`. */
export function levelBelow(level: NorwegianLevel | undefined, bound: NorwegianLevel): boolean {
  return level !== undefined && RANK[level] < RANK[bound];
}

/** True when `level` is known and at or above `bound`. */
export function levelAtLeast(level: NorwegianLevel | undefined, bound: NorwegianLevel): boolean {
  return level !== undefined && RANK[level] >= RANK[bound];
}

/** True when a literacy fact records that she cannot read or write (own language or Latin script). */
export function cannotReadOrWrite(a: NeedsAssessment): boolean {
  return a.literacy?.ownLanguage === false || a.literacy?.latinScript === false;
}

/** True when a health challenge is recorded (clarified or unclarified). */
export function hasHealthChallenge(a: NeedsAssessment): boolean {
  const status = a.health?.status;
  return status === 'clarified' || status === 'unclarified';
}

/** True when the housing is recorded as a problem. */
export function hasHousingProblem(a: NeedsAssessment): boolean {
  const h = a.housing;
  return h === 'unsuitable' || h === 'temporary' || h === 'without-home';
}

/** True when some recorded child is younger than `age`. */
export function hasChildUnder(a: NeedsAssessment, age: number): boolean {
  return someIn(a.children, (child) => child.age !== undefined && child.age < age);
}

/** The number of recorded children whose known age is below `careAgeBelow`: the children who need care now. */
export function childrenNeedingCare(a: NeedsAssessment, careAgeBelow: number): number {
  return countIn(a.children, (child) => child.age !== undefined && child.age < careAgeBelow);
}

/** Counts recorded unpaid placements that have ended without hiring. */
export function unpaidEndedNotHiredCount(a: NeedsAssessment): number {
  return countIn(a.placements, (p) => p.paid === false && p.ended === true && p.hired === false);
}

/** True when the person wants work but can name no job yet. */
export function wantsWorkWithoutJobWish(a: NeedsAssessment): boolean {
  return a.wishToWork === 'yes' && a.jobWishes !== undefined && a.jobWishes.length === 0;
}

/** True when a safety concern (negative social control or violence) is disclosed. */
export function hasSafetyConcern(a: NeedsAssessment): boolean {
  return a.safety?.negativeSocialControl === true || a.safety?.violence === true;
}
