import { MATCH_FACTOR_IDS, type MatchFactorId } from '../matchFactorId';
import { MATCH_STATUSES } from '../matchStatus';
import { AFTER_SCHOOL_CARE } from './factors/after-school-care';
import { ATTITUDE } from './factors/attitude';
import { COMMUTE } from './factors/commute';
import { CULTURAL_DIFFERENCES } from './factors/cultural-differences';
import { DECLARED_WORK } from './factors/declared-work';
import { DEVELOPMENT_POTENTIAL } from './factors/development-potential';
import { EXPERIENCE } from './factors/experience';
import { FAMILY_SITUATION } from './factors/family-situation';
import { HEALTH_LIMITATIONS } from './factors/health-limitations';
import { INTEREST } from './factors/interest';
import { LANGUAGE_LEVEL } from './factors/language-level';
import { MARITAL_CHALLENGES } from './factors/marital-challenges';
import { MOTIVATION } from './factors/motivation';
import { POSITION_TYPE } from './factors/position-type';
import { RELIGIOUS_CONSTRAINTS } from './factors/religious-constraints';
import { SOLE_PROVIDER } from './factors/sole-provider';
import { SPOUSE_SHIFT_WORK } from './factors/spouse-shift-work';
import { TRAINING_CAPACITY } from './factors/training-capacity';
import { WORKING_HOURS } from './factors/working-hours';
import { REASONS_PER_FACTOR, type FactorRuleDef, type Reason } from './reason';

/** Every factor's rule, by id: one file per factor under ./factors/. */
export const RULES_BY_ID: Readonly<Record<MatchFactorId, FactorRuleDef>> = {
  'family-situation': FAMILY_SITUATION,
  'spouse-shift-work': SPOUSE_SHIFT_WORK,
  'sole-provider': SOLE_PROVIDER,
  'after-school-care': AFTER_SCHOOL_CARE,
  'marital-challenges': MARITAL_CHALLENGES,
  'cultural-differences': CULTURAL_DIFFERENCES,
  commute: COMMUTE,
  interest: INTEREST,
  motivation: MOTIVATION,
  attitude: ATTITUDE,
  experience: EXPERIENCE,
  'language-level': LANGUAGE_LEVEL,
  'working-hours': WORKING_HOURS,
  'religious-constraints': RELIGIOUS_CONSTRAINTS,
  'health-limitations': HEALTH_LIMITATIONS,
  'development-potential': DEVELOPMENT_POTENTIAL,
  'declared-work': DECLARED_WORK,
  'position-type': POSITION_TYPE,
  'training-capacity': TRAINING_CAPACITY,
};

/*
 * The boundary to the scoring loops. Below this line factors are positions
 * (in MATCH_FACTOR_IDS order), reasons are numeric codes and statuses are the
 * positions of MATCH_STATUSES, so that ranking, grids and assignment work on
 * typed arrays. Above it, and in every result, they are ids and strings.
 */

/** How many factors a pair is evaluated on: the length of one pair's block of codes. */
export const FACTOR_COUNT = MATCH_FACTOR_IDS.length;

/** The rules in MATCH_FACTOR_IDS order, for the scoring loop. */
export const RULE_LIST: readonly FactorRuleDef[] = MATCH_FACTOR_IDS.map((id) => RULES_BY_ID[id]);

/** Every reason by its code. */
export const REASON_BY_CODE: readonly (Reason | undefined)[] = (() => {
  const list: (Reason | undefined)[] = new Array<Reason | undefined>(FACTOR_COUNT * REASONS_PER_FACTOR).fill(
    undefined,
  );
  for (const rule of RULE_LIST) for (const reason of Object.values(rule.reasons)) list[reason.code] = reason;
  return list;
})();

/** The position in MATCH_STATUSES of each reason code's status. */
export const STATUS_OF_CODE: Uint8Array = Uint8Array.from(REASON_BY_CODE, (r) =>
  MATCH_STATUSES.indexOf(r?.status ?? 'unknown'),
);

/** 1 for the codes of hard conflicts. */
export const HARD_OF_CODE: Uint8Array = Uint8Array.from(REASON_BY_CODE, (r) => (r?.hard === true ? 1 : 0));

/** Status positions, for reading STATUS_OF_CODE. */
export const FIT_STATUS = MATCH_STATUSES.indexOf('fit');
export const ADAPTABLE_STATUS = MATCH_STATUSES.indexOf('adaptable');
export const UNKNOWN_STATUS = MATCH_STATUSES.indexOf('unknown');
