import type { NeedsAssessment } from '../../needs/needsAssessment';
import { hasHealthChallenge } from './facts';
import { someIn } from '../frozenLists';
import { inSet, placeValues } from '../numberedSets';

interface Question {
  readonly path: string;
  /** True when the fact is still unknown and worth asking about. */
  readonly open: (a: NeedsAssessment) => boolean;
}

const hasChildren = (a: NeedsAssessment): boolean => (a.children?.length ?? 0) > 0;

/**
 * The facts worth asking about, in the order a job specialist would usually take them:
 * the wish to work and language first (handbook §1, L175), then the family and
 * everyday life (handbook §5–8), then work history, then the harder topics, which
 * need trust first (handbook §2 and §10, L189–195, L316).
 */
const QUESTIONS: readonly Question[] = [
  { path: 'wishToWork', open: (a) => a.wishToWork === undefined },
  { path: 'jobWishes', open: (a) => a.jobWishes === undefined },
  { path: 'norwegian.oral', open: (a) => a.norwegian?.oral === undefined },
  { path: 'norwegian.written', open: (a) => a.norwegian?.written === undefined },
  { path: 'interpreterNeeded', open: (a) => a.interpreterNeeded === undefined },
  { path: 'literacy.ownLanguage', open: (a) => a.literacy?.ownLanguage === undefined },
  { path: 'literacy.latinScript', open: (a) => a.literacy?.latinScript === undefined },
  { path: 'children', open: (a) => a.children === undefined },
  { path: 'children[].age', open: (a) => someIn(a.children, (c) => c.age === undefined) },
  { path: 'singleProvider', open: (a) => hasChildren(a) && a.singleProvider === undefined },
  {
    path: 'spouseWorksShifts',
    open: (a) => hasChildren(a) && a.singleProvider !== true && a.spouseWorksShifts === undefined,
  },
  { path: 'reliefAtHome', open: (a) => hasChildren(a) && a.reliefAtHome === undefined },
  { path: 'familyStance', open: (a) => a.familyStance === undefined },
  { path: 'travelsAlone', open: (a) => a.travelsAlone === undefined },
  { path: 'networkOutsideFamily', open: (a) => a.networkOutsideFamily === undefined },
  { path: 'confidence', open: (a) => a.confidence === undefined },
  { path: 'workExperience.norwayYears', open: (a) => a.workExperience?.norwayYears === undefined },
  { path: 'workExperience.abroadYears', open: (a) => a.workExperience?.abroadYears === undefined },
  { path: 'schooling', open: (a) => a.schooling === undefined && a.yearsOfSchooling === undefined },
  { path: 'qualifications', open: (a) => a.qualifications === undefined },
  {
    path: 'qualifications[].recognition',
    open: (a) => someIn(a.qualifications, (q) => q.obtained === 'abroad' && q.recognition === undefined),
  },
  { path: 'jobSeekingSkills', open: (a) => a.jobSeekingSkills === undefined },
  { path: 'digitalSkills.email', open: (a) => a.digitalSkills?.email === undefined },
  { path: 'digitalSkills.bankId', open: (a) => a.digitalSkills?.bankId === undefined },
  { path: 'earlierMeasures.withoutProgress', open: (a) => a.earlierMeasures?.withoutProgress === undefined },
  { path: 'placements', open: (a) => a.placements === undefined },
  { path: 'health.status', open: (a) => a.health?.status === undefined },
  { path: 'health.workCapacity', open: (a) => hasHealthChallenge(a) && a.health?.workCapacity === undefined },
  { path: 'health.inTreatment', open: (a) => hasHealthChallenge(a) && a.health?.inTreatment === undefined },
  { path: 'housing', open: (a) => a.housing === undefined },
  { path: 'finances.strained', open: (a) => a.finances?.strained === undefined },
  { path: 'finances.debt', open: (a) => a.finances?.debt === undefined },
  { path: 'rulesKnowledge.society', open: (a) => a.rulesKnowledge?.society === undefined },
  { path: 'rulesKnowledge.workingLife', open: (a) => a.rulesKnowledge?.workingLife === undefined },
  { path: 'culturalConstraints', open: (a) => a.culturalConstraints === undefined },
  {
    path: 'safety',
    open: (a) => a.safety?.negativeSocialControl === undefined && a.safety?.violence === undefined,
  },
];

/** The place value of each question in a set of open questions (below): 2 to the power of its place. */
const BIT: readonly number[] = placeValues(QUESTIONS.length);

/**
 * How many questions there are. A set of open questions is one exact number only while they fit
 * in a double's 53 bits (test/needs/profileParts.test.ts checks it).
 */
export const QUESTION_COUNT: number = QUESTIONS.length;

/**
 * The facts still unknown and worth asking about next, as one number: the sum
 * of the place values of the open questions. Equal numbers mean equal lists,
 * so a caller can share one list per number (see {@link questionsIn}).
 */
export function openQuestionSet(a: NeedsAssessment): number {
  let set = 0;
  for (let i = 0; i < QUESTIONS.length; i += 1)
    if ((QUESTIONS[i] as Question).open(a)) set += BIT[i] as number;
  return set;
}

/** The paths of a set of open questions made by {@link openQuestionSet}, in asking order. */
export function questionsIn(set: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < QUESTIONS.length; i += 1)
    if (inSet(set, BIT[i] as number)) out.push((QUESTIONS[i] as Question).path);
  return out;
}
