import { z } from 'zod';
import type { LocalizedText } from '../core/localizedText';
import { cannotReadOrWrite, levelBelow } from '../_lib/needs/facts';
import type { NeedsAssessment } from './needsAssessment';
import { DEFAULT_NEED_THRESHOLDS, type NeedThresholds } from './needThresholds';
import { deepFreeze } from '../_lib/deepFreeze';

/**
 * The ids of the programme-eligibility criteria the library can check.
 *
 * @remarks
 * Each criterion reads facts of a {@link NeedsAssessment}; which criteria a
 * programme requires is data in {@link PROGRAMME_ELIGIBILITY}.
 *
 * @example
 * ```ts
 * ELIGIBILITY_CRITERION_IDS.includes('age-18-to-55'); // => true
 * ```
 * @category Needs
 */
export const ELIGIBILITY_CRITERION_IDS = deepFreeze([
  'female',
  'age-18-to-55',
  'at-home',
  'not-in-ordinary-education',
  'needs-qualification',
  'not-covered-by-other-schemes',
  'single-provider',
  'transitional-benefit-main-income',
  'receives-social-assistance',
  'not-in-qualification-programme',
  'refugee-or-family-of-refugee',
] as const);

/**
 * Schema of one {@link EligibilityCriterionId}.
 *
 * @example
 * ```ts
 * EligibilityCriterionIdSchema.parse('female'); // => 'female'
 * ```
 * @category Needs
 */
export const EligibilityCriterionIdSchema = z.enum(ELIGIBILITY_CRITERION_IDS);

/**
 * One eligibility criterion id; see {@link ELIGIBILITY_CRITERION_IDS}.
 *
 * @example
 * ```ts
 * const criterion: EligibilityCriterionId = 'single-provider';
 * ```
 * @category Needs
 */
export type EligibilityCriterionId = z.output<typeof EligibilityCriterionIdSchema>;

/**
 * One eligibility criterion: its meaning, the facts it reads and how it is decided.
 *
 * @example
 * ```ts
 * const criterion: EligibilityCriterion = ELIGIBILITY_CRITERIA.female;
 * criterion.evaluate({ id: 'a', assessedOn: '2026-01-05', gender: 'female' }); // => true
 * ```
 * @category Needs
 */
export interface EligibilityCriterion {
  /** The criterion. */
  readonly id: EligibilityCriterionId;
  /** The criterion in words. */
  readonly label: LocalizedText;
  /** The assessment paths it reads. */
  readonly paths: readonly string[];
  /**
   * `true` when met, `false` when not met, `undefined` when the facts are unknown.
   * The numbers and levels it compares with come from `thresholds` (default
   * {@link DEFAULT_NEED_THRESHOLDS}).
   */
  readonly evaluate: (assessment: NeedsAssessment, thresholds?: NeedThresholds) => boolean | undefined;
}

function needsQualification(
  a: NeedsAssessment,
  t: NeedThresholds = DEFAULT_NEED_THRESHOLDS,
): boolean | undefined {
  if (
    a.schooling === 'none' ||
    a.schooling === 'some' ||
    (a.yearsOfSchooling !== undefined && a.yearsOfSchooling < t.compulsorySchoolYears) ||
    a.workExperience?.norwayYears === 0 ||
    levelBelow(a.norwegian?.oral, t.workingNorwegianLevel) ||
    cannotReadOrWrite(a) ||
    a.qualifications?.length === 0 ||
    a.qualifications?.some(
      (q) =>
        q.obtained === 'abroad' && (q.recognition === 'not-recognised' || q.recognition === 'not-applied'),
    ) === true
  ) {
    return true;
  }
  return undefined;
}

function benefits(a: NeedsAssessment, benefit: 'social-assistance'): boolean | undefined {
  if (a.finances?.mainIncome === benefit || a.finances?.benefits?.includes(benefit) === true) return true;
  return a.finances?.benefits === undefined ? undefined : false;
}

/**
 * The eligibility criteria, each with the facts it reads and its test.
 *
 * @remarks
 * `needs-qualification` is met when the facts show a need for basic
 * qualification (little schooling, no Norwegian work experience, Norwegian below
 * B1, cannot read or write, no qualifications, or qualifications from abroad
 * that are not recognised; handbook "Målgruppe", L73). The facts can show the
 * need but never rule it out, so the criterion is otherwise unknown: that
 * judgement is the job specialist's. "Little schooling" is fewer years than
 * `compulsorySchoolYears` and "below B1" is below `workingNorwegianLevel`;
 * the age range is `programmeMinAge`–`programmeMaxAge` (all in
 * {@link DEFAULT_NEED_THRESHOLDS}, overridable per call).
 *
 * @example
 * ```ts
 * ELIGIBILITY_CRITERIA['at-home'].paths; // => ['currentWork']
 * ```
 * @category Needs
 */
export const ELIGIBILITY_CRITERIA: Readonly<Record<EligibilityCriterionId, EligibilityCriterion>> =
  deepFreeze({
    female: {
      id: 'female',
      label: { nb: 'Kvinne', en: 'A woman' },
      paths: ['gender'],
      evaluate: (a) => (a.gender === undefined ? undefined : a.gender === 'female'),
    },
    'age-18-to-55': {
      id: 'age-18-to-55',
      label: { nb: 'Mellom 18 og 55 år', en: 'Aged 18 to 55' },
      paths: ['age'],
      evaluate: (a, t = DEFAULT_NEED_THRESHOLDS) =>
        a.age === undefined ? undefined : a.age >= t.programmeMinAge && a.age <= t.programmeMaxAge,
    },
    'at-home': {
      id: 'at-home',
      label: {
        nb: 'Hjemmeværende, uten tilknytning til arbeidslivet',
        en: 'At home, without attachment to working life',
      },
      paths: ['currentWork'],
      evaluate: (a) =>
        a.currentWork === undefined ? undefined : a.currentWork === 'none' || a.currentWork === 'occasional',
    },
    'not-in-ordinary-education': {
      id: 'not-in-ordinary-education',
      label: { nb: 'Ikke i ordinær utdanning', en: 'Not in ordinary education' },
      paths: ['inOrdinaryEducation'],
      evaluate: (a) => (a.inOrdinaryEducation === undefined ? undefined : !a.inOrdinaryEducation),
    },
    'needs-qualification': {
      id: 'needs-qualification',
      label: { nb: 'Behov for grunnleggende kvalifisering', en: 'Needs basic qualification' },
      paths: [
        'schooling',
        'yearsOfSchooling',
        'workExperience.norwayYears',
        'norwegian.oral',
        'literacy',
        'qualifications',
      ],
      evaluate: needsQualification,
    },
    'not-covered-by-other-schemes': {
      id: 'not-covered-by-other-schemes',
      label: { nb: 'Ikke omfattet av andre ordninger', en: 'Not covered by other schemes' },
      paths: ['otherSchemes'],
      evaluate: (a) => (a.otherSchemes === undefined ? undefined : a.otherSchemes.length === 0),
    },
    'single-provider': {
      id: 'single-provider',
      label: { nb: 'Enslig forsørger', en: 'Single provider' },
      paths: ['singleProvider'],
      evaluate: (a) => a.singleProvider,
    },
    'transitional-benefit-main-income': {
      id: 'transitional-benefit-main-income',
      label: { nb: 'Overgangsstønad som hovedinntekt', en: 'Transitional benefit as main income' },
      paths: ['finances.mainIncome'],
      evaluate: (a) =>
        a.finances?.mainIncome === undefined ? undefined : a.finances.mainIncome === 'transitional-benefit',
    },
    'receives-social-assistance': {
      id: 'receives-social-assistance',
      label: { nb: 'Mottar økonomisk sosialhjelp', en: 'Receives social assistance' },
      paths: ['finances.benefits', 'finances.mainIncome'],
      evaluate: (a) => benefits(a, 'social-assistance'),
    },
    'not-in-qualification-programme': {
      id: 'not-in-qualification-programme',
      label: {
        nb: 'Ikke i målgruppen for Kvalifiseringsprogrammet',
        en: 'Outside the target group of the Qualification Programme',
      },
      paths: ['otherSchemes'],
      evaluate: (a) =>
        a.otherSchemes === undefined ? undefined : !a.otherSchemes.includes('qualification-programme'),
    },
    'refugee-or-family-of-refugee': {
      id: 'refugee-or-family-of-refugee',
      label: {
        nb: 'Flyktning eller familiegjenforent med flyktning',
        en: 'A refugee, or reunited with a refugee',
      },
      paths: ['immigrationReason'],
      evaluate: (a) =>
        a.immigrationReason === undefined
          ? undefined
          : a.immigrationReason === 'refugee' || a.immigrationReason === 'family-of-refugee',
    },
  });
