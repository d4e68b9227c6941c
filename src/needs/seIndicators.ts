import type { z } from 'zod';
import type { LocalizedText } from '../core/localizedText';
import type { SourceRef } from '../core/sourceRef';
import { hasHealthChallenge, levelAtLeast, levelBelow, unpaidEndedNotHiredCount } from '../_lib/needs/facts';
import { afi } from '../_lib/needs/sources';
import type { NeedEvidencePath } from './needEvidencePath';
import type { NeedRuleContext } from './needRuleContext';
import type { NeedsAssessment } from './needsAssessment';
import { deepFreeze } from '../_lib/deepFreeze';
import type { SeIndicatorIdSchema } from './seIndicatorIdSchema';

/**
 * The eight indicators that a person needs closer follow-up (*tettere oppfølging*) and so fits SE.
 *
 * @remarks
 * The seven of the AFI report 8.2 (L12802–12830), with the earlier version in
 * 2.4.2 (L4615–4639), which adds the eighth:
 * 1. `earlier-measures-without-progress` — earlier measures tried without progress;
 * 2. `dropout-risk` — at risk of dropping out of the programme;
 * 3. `hard-to-place` — advisers find it hard to find a placement for her;
 * 4. `social-challenges` — "difficult behaviour" or social challenges;
 * 5. `needs-workplace-follow-up` — cannot benefit from a placement on her own;
 * 6. `low-norwegian-skills-and-experience` — low Norwegian, low job-seeker
 *    competence and no work experience;
 * 7. `health-problems-can-work-some` — health problems, but able to work some;
 * 8. `good-match-takes-time` — she can get work through a good match, which
 *    takes time to find (2.4.2, L4637–4639).
 *
 * @example
 * ```ts
 * SE_INDICATOR_IDS.length; // => 8
 * ```
 * @category Needs
 */
export const SE_INDICATOR_IDS = deepFreeze([
  'earlier-measures-without-progress',
  'dropout-risk',
  'hard-to-place',
  'social-challenges',
  'needs-workplace-follow-up',
  'low-norwegian-skills-and-experience',
  'health-problems-can-work-some',
  'good-match-takes-time',
] as const);

/**
 * One closer-follow-up indicator; see {@link SE_INDICATOR_IDS}.
 *
 * @example
 * ```ts
 * const indicator: SeIndicatorId = 'hard-to-place';
 * ```
 * @category Needs
 */
export type SeIndicatorId = z.output<typeof SeIndicatorIdSchema>;

/**
 * One closer-follow-up indicator: what it means, which facts decide it, and its source.
 *
 * @example
 * ```ts
 * const indicator: SeIndicator = SE_INDICATORS['dropout-risk'];
 * indicator.evaluate(assessment, DEFAULT_NEED_RULE_CONTEXT); // => true, false or undefined
 * ```
 * @category Needs
 */
export interface SeIndicator {
  /** The indicator. */
  readonly id: SeIndicatorId;
  /** A short name, in bokmål and English. */
  readonly label: LocalizedText;
  /** The assessment paths the indicator reads. */
  readonly paths: readonly NeedEvidencePath[];
  /** Where the indicator comes from. */
  readonly source: SourceRef;
  /** `true` when found, `false` when the facts rule it out, `undefined` when they are not known. */
  readonly evaluate: (assessment: NeedsAssessment, context: NeedRuleContext) => boolean | undefined;
}

const S82 = (lines: string): SourceRef => afi('8.2 Nærmere avklaring av målgruppen for SE', lines);

function flag(value: boolean | undefined): boolean | undefined {
  return value;
}

function lowSkillsAndExperience(a: NeedsAssessment, c: NeedRuleContext): boolean | undefined {
  const working = c.thresholds.workingNorwegianLevel;
  const minYears = c.thresholds.minWorkExperienceYears;
  const oral = a.norwegian?.oral;
  const skills = a.jobSeekingSkills;
  const norway = a.workExperience?.norwayYears;
  const abroad = a.workExperience?.abroadYears;
  if (
    levelAtLeast(oral, working) ||
    skills === 'independent' ||
    (norway !== undefined && norway >= minYears) ||
    (abroad !== undefined && abroad >= minYears)
  ) {
    return false;
  }
  if (
    levelBelow(oral, working) &&
    (skills === 'none' || skills === 'basic') &&
    norway !== undefined &&
    abroad !== undefined
  ) {
    return true;
  }
  return undefined;
}

function healthCanWorkSome(a: NeedsAssessment): boolean | undefined {
  const status = a.health?.status;
  const capacity = a.health?.workCapacity;
  if (status === 'none' || capacity === 'none-at-present') return false;
  if (!hasHealthChallenge(a)) return undefined;
  if (capacity === 'full' || capacity === 'reduced') return true;
  return undefined;
}

function needsWorkplaceFollowUp(a: NeedsAssessment, context: NeedRuleContext): boolean | undefined {
  if (a.struggledInPlacementAlone === true) return true;
  if (unpaidEndedNotHiredCount(a) >= context.unpaidPlacementsBeforePracticeTrap) return true;
  return a.struggledInPlacementAlone === false ? false : undefined;
}

/**
 * The eight closer-follow-up indicators, with the facts that decide each.
 *
 * @remarks
 * AFI report 8.2 (L12802–12830): the choice of SE rests on the person's wish to
 * work and her need for closer follow-up, which these indicators describe. An
 * indicator is never a reason to exclude anyone; a missing fact leaves it
 * undecided (`undefined`).
 *
 * @example
 * ```ts
 * SE_INDICATORS['earlier-measures-without-progress'].paths; // => ['earlierMeasures.withoutProgress']
 * ```
 * @category Needs
 */
export const SE_INDICATORS: Readonly<Record<SeIndicatorId, SeIndicator>> = deepFreeze({
  'earlier-measures-without-progress': {
    id: 'earlier-measures-without-progress',
    label: { nb: 'Tidligere tiltak uten framgang', en: 'Earlier measures without progress' },
    paths: ['earlierMeasures.withoutProgress'],
    source: S82('L12806–12812'),
    evaluate: (a) => flag(a.earlierMeasures?.withoutProgress),
  },
  'dropout-risk': {
    id: 'dropout-risk',
    label: { nb: 'Fare for å falle ut av programmet', en: 'Risk of dropping out of the programme' },
    paths: ['dropoutRisk'],
    source: S82('L12814–12816'),
    evaluate: (a) => flag(a.dropoutRisk),
  },
  'hard-to-place': {
    id: 'hard-to-place',
    label: { nb: 'Vanskelig å finne praksisplass til', en: 'Hard to find a placement for' },
    paths: ['hardToPlace'],
    source: S82('L12818'),
    evaluate: (a) => flag(a.hardToPlace),
  },
  'social-challenges': {
    id: 'social-challenges',
    label: {
      nb: '«Vanskelig opptreden» eller sosiale utfordringer',
      en: '"Difficult behaviour" or social challenges',
    },
    paths: ['socialChallenges'],
    source: S82('L12820'),
    evaluate: (a) => flag(a.socialChallenges),
  },
  'needs-workplace-follow-up': {
    id: 'needs-workplace-follow-up',
    label: { nb: 'Trenger oppfølging på arbeidsplassen', en: 'Needs follow-up at the workplace' },
    paths: ['struggledInPlacementAlone', 'placements'],
    source: S82('L12822–12824'),
    evaluate: needsWorkplaceFollowUp,
  },
  'low-norwegian-skills-and-experience': {
    id: 'low-norwegian-skills-and-experience',
    label: {
      nb: 'Lite norsk, lav jobbsøkerkompetanse og ingen arbeidserfaring',
      en: 'Little Norwegian, few job-seeking skills and no work experience',
    },
    paths: ['norwegian.oral', 'jobSeekingSkills', 'workExperience.norwayYears', 'workExperience.abroadYears'],
    source: S82('L12826–12828'),
    evaluate: lowSkillsAndExperience,
  },
  'health-problems-can-work-some': {
    id: 'health-problems-can-work-some',
    label: { nb: 'Helseplager, men kan jobbe noe', en: 'Health problems, but able to work some' },
    paths: ['health.status', 'health.workCapacity'],
    source: S82('L12830'),
    evaluate: healthCanWorkSome,
  },
  'good-match-takes-time': {
    id: 'good-match-takes-time',
    label: {
      nb: 'Kan få jobb ved en god match, som tar tid å finne',
      en: 'Can get work through a good match that takes time to find',
    },
    paths: ['goodMatchTakesTime'],
    source: afi('2.4.2 S8 (tettere oppfølging: en bra match tar tid)', 'L4637–4639'),
    evaluate: (a) => flag(a.goodMatchTakesTime),
  },
});
