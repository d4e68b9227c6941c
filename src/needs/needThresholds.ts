import { deepFreeze } from '../_lib/deepFreeze';
import type { z } from 'zod';
import type { SourceRef } from '../core/sourceRef';
import { handbook } from '../core/sources';
import type { NeedThresholdsSchema } from './needThresholdsSchema';

/**
 * The numbers the classification rules compare facts with.
 *
 * @remarks
 * The sources describe most of these situations but give no numbers, so those
 * values are library defaults; the programme's age range is the handbook's own
 * (see {@link NEED_THRESHOLD_SOURCES}). Every value can be changed through
 * `classifyNeeds(assessment, { thresholds })` or
 * `checkProgrammeEligibility(assessment, programme, { thresholds })`.
 *
 * @example
 * ```ts
 * const thresholds: NeedThresholds = { ...DEFAULT_NEED_THRESHOLDS, manyChildren: 4 };
 * ```
 * @category Needs
 */
export interface NeedThresholds extends z.output<typeof NeedThresholdsSchema> {}

/**
 * The default thresholds of the classification rules (library defaults).
 *
 * @remarks
 * - `compulsorySchoolYears` 10: the length of Norwegian compulsory school
 *   (*grunnskole*); a third of participants had not completed it (AFI 2.4.1, L4307).
 * - `primarySchoolYears` 7: the length of Norwegian primary school (*barneskole*).
 * - `schoolAge` 6: children start school at six; younger children need
 *   kindergarten drop-off and pick-up (AFI 2.4.2, L4423–4425).
 * - `manyChildren` 3: "small and several children" (handbook §5, L238).
 * - `careAgeBelow` 13: children in kindergarten, after-school care (AKS) and
 *   primary school need someone to bring, fetch and be there (handbook §6,
 *   L256; AFI 2.4.2, L4423–4429); teenagers and grown-up children do not, and
 *   grown-up children are relief ("de store barna", handbook L256).
 * - `singleProviderSeveralChildren` 2: single mothers "often with several
 *   children" (AFI 2.4.2, L4421–4423).
 * - `workingNorwegianLevel` `b1`: outside service work jobs demand about A2–B1,
 *   kindergartens and health B1 (domain specification §6; AFI 2.4.1, L4139–4153).
 * - `veryLowNorwegianLevel` `a1`.
 * - `minWorkExperienceYears` 1.
 * - `longAbsenceYears` 5: "many have been at home for a long time" (handbook §5, L238).
 * - `severalServiceProblems` 2: health, housing and debt together call for
 *   several services (AFI 2.4.2 S9, L4690–4755).
 * - `newlyArrivedYears` 2: "especially the newly arrived" (AFI 2.4.3, L4883).
 * - `longMeasuresYears` 5: "courses for seven years" (AFI 2.4.2, L4587–4594).
 * - `closerFollowUpHighIndicators` 2: two or more of the indicators.
 * - `programmeMinAge` 18 and `programmeMaxAge` 55: Jobbsjansen's main target
 *   group is women aged 18–55 (handbook "Målgruppe", L67); read by the
 *   eligibility criterion `age-18-to-55`.
 *
 * @example
 * ```ts
 * DEFAULT_NEED_THRESHOLDS.schoolAge; // => 6
 * ```
 * @category Needs
 */
export const DEFAULT_NEED_THRESHOLDS: NeedThresholds = Object.freeze({
  compulsorySchoolYears: 10,
  primarySchoolYears: 7,
  schoolAge: 6,
  manyChildren: 3,
  careAgeBelow: 13,
  singleProviderSeveralChildren: 2,
  workingNorwegianLevel: 'b1',
  veryLowNorwegianLevel: 'a1',
  minWorkExperienceYears: 1,
  longAbsenceYears: 5,
  severalServiceProblems: 2,
  newlyArrivedYears: 2,
  longMeasuresYears: 5,
  closerFollowUpHighIndicators: 2,
  programmeMinAge: 18,
  programmeMaxAge: 55,
});

const lib = (section: string): SourceRef => ({ document: 'library', section });

/**
 * The source of every default in {@link DEFAULT_NEED_THRESHOLDS}.
 *
 * @example
 * ```ts
 * NEED_THRESHOLD_SOURCES.schoolAge.document; // => 'library'
 * ```
 * @category Needs
 */
export const NEED_THRESHOLD_SOURCES: Readonly<Record<keyof NeedThresholds, SourceRef>> = deepFreeze({
  compulsorySchoolYears: lib(
    'Length of Norwegian compulsory school (AFI report 2.4.1, L4307, gives no number)',
  ),
  primarySchoolYears: lib(
    'Length of Norwegian primary school (AFI report 2.4.1, L4305–4307, gives no number)',
  ),
  schoolAge: lib('Norwegian school starting age (AFI report 2.4.2, L4423–4425, gives no number)'),
  manyChildren: lib('"Small and several children" (handbook §5, L238, gives no number)'),
  careAgeBelow: lib(
    'Children who need bringing, fetching and someone at home (handbook §6, L256; AFI report 2.4.2, L4423–4429, give no age)',
  ),
  singleProviderSeveralChildren: lib(
    'Single mothers "often with several children" (AFI report 2.4.2, L4421–4423)',
  ),
  workingNorwegianLevel: lib(
    'Real language demand of A2–B1 outside service work, B1 for kindergartens and health (domain specification §6; AFI report 2.4.1, L4139–4153)',
  ),
  veryLowNorwegianLevel: lib('Very low Norwegian (AFI report 2.4.1 M1, L4139–4153, gives no level)'),
  longAbsenceYears: lib(
    '"Many in the target group have been at home for a long time" (handbook §5, L238, gives no number)',
  ),
  minWorkExperienceYears: lib('No work experience at all (AFI report 2.4.1 M4, L4262–4279, gives no number)'),
  severalServiceProblems: lib(
    'Health, housing and debt together call for several services (AFI report 2.4.2 S9, L4690–4755, gives no number)',
  ),
  newlyArrivedYears: lib('"Especially the newly arrived" (AFI report 2.4.3, L4883, gives no number)'),
  longMeasuresYears: lib('"Courses for seven years" (AFI report 2.4.2, L4587–4594, gives no threshold)'),
  closerFollowUpHighIndicators: lib(
    'Seven indicators of closer follow-up (AFI report 8.2, L12802–12830, give no threshold)',
  ),
  programmeMinAge: handbook('Målgruppe (hovedmålgruppe)', 'L67'),
  programmeMaxAge: handbook('Målgruppe (hovedmålgruppe)', 'L67'),
});
