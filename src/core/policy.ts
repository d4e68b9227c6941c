import { deepFreeze } from '../_lib/deepFreeze';
import type { z } from 'zod';
import type { SourceRef } from './sourceRef';
import type { PolicySchema } from './policySchema';

/**
 * The policy numbers the rules read: follow-up lengths, placement limits, caseloads, NAV measure limits.
 *
 * @remarks
 * Numbers are data, never literals inside rules, so a programme can override
 * any of them (see {@link resolvePolicy}). Each default's source is in
 * {@link POLICY_SOURCES}.
 *
 * @example
 * ```ts
 * const policy: Policy = { ...DEFAULT_POLICY, followUpMinimumMonths: 24 };
 * ```
 * @category Policy
 */
export interface Policy extends z.output<typeof PolicySchema> {}

/**
 * The default policy, with the numbers of the domain specification §7.
 *
 * @remarks
 * - 12 months follow-up minimum: Jobbsjansen gives one year of *etteroppfølging*
 *   to everyone (handbook §15; AFI report 4, L4857).
 * - 36 months recommended: the AFI report proposes active follow-up for three
 *   years (AFI report 7.2.3 and 8, L12310, L12400).
 * - 6 weeks unpaid placement: the case projects cut placements to at most six
 *   weeks with close follow-up (AFI report 6.5.2, L11187).
 * - 2 unpaid placements without hiring mark the practice trap (AFI report 2.4.2,
 *   need S10). The exact count is a library default.
 * - Caseloads: handbook 18–23 (domain specification §7); AFI 10–15 active and
 *   5–10 at start (AFI report 6.5.2, L11068, L11255; appendix L13395).
 * - NAV limits: mentor 6 (36) months, temporary wage subsidy 12 (24), work
 *   training 18, inclusion grant 12 (domain specification §7, NAV).
 * - Complex needs: at least three needs `moderate` or worse across at least two
 *   levels (domain specification §4; a library default made an option).
 * - Outcomes: SEQF top 50 % transition to work, Jobbsjansen 70 % work or
 *   education (the 2018 allotment letter gives 65 %; override to use it),
 *   introduction programme 70 %, benchmarks 44 % (AFI report 7.2.3 and 6.6,
 *   L12348–12354, L11400–11406, L13384–13388); SEQF time anchors 10 and 52
 *   weeks (L12408–12412); in work 6 months after SE start (L12380–12382). The
 *   ±30-day attachment window, `minN` 10, `minCellSize` 5 and the 6-month start
 *   phase of a caseload are library defaults.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.unpaidPlacementMaxWeeks; // => 6
 * ```
 * @category Policy
 */
export const DEFAULT_POLICY: Policy = Object.freeze({
  followUpMinimumMonths: 12,
  followUpRecommendedMonths: 36,
  unpaidPlacementMaxWeeks: 6,
  unpaidPlacementsBeforePracticeTrap: 2,
  caseload: Object.freeze({ min: 10, max: 15, startMax: 10, startPhaseMonths: 6 }),
  outcomes: Object.freeze({
    targetSeqfTopTransitionToWork: 0.5,
    targetJobbsjansenWorkOrEducation: 0.7,
    targetIntroWorkOrEducation: 0.7,
    benchmarkJobbsjansen2016DirectToJob: 0.44,
    benchmarkIntroEmployedOneYearAfter: 0.44,
    timeAnchorTopWeeks: 10,
    timeAnchorLowestWeeks: 52,
    inWorkAfterSeStartMonths: 6,
    attachmentWindowDays: 30,
    minN: 10,
    minCellSize: 5,
  }),
  navMeasureLimits: Object.freeze({
    mentorMonths: 6,
    mentorReducedCapacityMonths: 36,
    wageSubsidyMonths: 12,
    wageSubsidyReducedCapacityMonths: 24,
    workTrainingMonths: 18,
    inclusionGrantMonths: 12,
  }),
  complexNeeds: Object.freeze({ minModerateNeeds: 3, minLevels: 2 }),
});

/**
 * Keys of {@link Policy}, with nested keys joined by dots (`navMeasureLimits.mentorMonths`).
 *
 * @example
 * ```ts
 * const key: PolicyKey = 'caseload.max';
 * ```
 * @category Policy
 */
export type PolicyKey =
  | 'followUpMinimumMonths'
  | 'followUpRecommendedMonths'
  | 'unpaidPlacementMaxWeeks'
  | 'unpaidPlacementsBeforePracticeTrap'
  | `caseload.${keyof Policy['caseload']}`
  | `navMeasureLimits.${keyof Policy['navMeasureLimits']}`
  | `complexNeeds.${keyof Policy['complexNeeds']}`
  | `outcomes.${keyof Policy['outcomes']}`;

const nav = (section: string): SourceRef => ({ document: 'nav', section });

/**
 * The source of every number in {@link DEFAULT_POLICY}.
 *
 * @example
 * ```ts
 * POLICY_SOURCES.followUpMinimumMonths.document; // => 'handbook'
 * ```
 * @category Policy
 */
export const POLICY_SOURCES: Readonly<Record<PolicyKey, SourceRef>> = deepFreeze({
  followUpMinimumMonths: { document: 'handbook', section: '§15 Etteroppfølging', lines: 'L397' },
  followUpRecommendedMonths: {
    document: 'afi-report',
    section: '7.2.3 and 8.3 (etteroppfølging i tre år)',
    lines: 'L12310, L12400',
  },
  unpaidPlacementMaxWeeks: {
    document: 'afi-report',
    section: '6.5.2 (maks seks uker praksis)',
    lines: 'L11187',
  },
  unpaidPlacementsBeforePracticeTrap: {
    document: 'library',
    section: 'Practice-trap threshold (AFI report 2.4.2, need S10, gives no number)',
  },
  'caseload.min': { document: 'afi-report', section: '6.5.2 (10–15 aktive deltakere)', lines: 'L11068' },
  'caseload.max': { document: 'afi-report', section: '6.5.2 (10–15 aktive deltakere)', lines: 'L11068' },
  'caseload.startMax': {
    document: 'afi-report',
    section: 'Appendix (5–10 deltakere i oppstart)',
    lines: 'L13395',
  },
  'caseload.startPhaseMonths': {
    document: 'library',
    section:
      'Start-phase length of a caseload (AFI report 6.5.2, L11253–11261, says "enda færre i oppstartsfasen" without a length)',
  },
  'outcomes.targetSeqfTopTransitionToWork': {
    document: 'afi-report',
    section: '7.2.3 (SEQF toppskår ved 50 prosent overgang til arbeid)',
    lines: 'L12348–12350',
  },
  'outcomes.targetJobbsjansenWorkOrEducation': {
    document: 'afi-report',
    section:
      '7.2.3 (Jobbsjansen: 70 prosent overgang til arbeid eller utdanning; 65 prosent i tildelingsbrevet 2018, L13384–13388)',
    lines: 'L12350–12354',
  },
  'outcomes.targetIntroWorkOrEducation': {
    document: 'afi-report',
    section: 'Vedlegg (introduksjonsprogrammet: 70 prosent)',
    lines: 'L13384–13386',
  },
  'outcomes.benchmarkJobbsjansen2016DirectToJob': {
    document: 'afi-report',
    section: '6.6 (Jobbsjansen 2016: 44 prosent direkte til jobb)',
    lines: 'L11400–11402',
  },
  'outcomes.benchmarkIntroEmployedOneYearAfter': {
    document: 'afi-report',
    section: '6.6 (introduksjonsprogrammet: 44 prosent sysselsatt ett år etter)',
    lines: 'L11402–11406',
  },
  'outcomes.timeAnchorTopWeeks': {
    document: 'afi-report',
    section: '7.2.3 (SEQF toppskår ved oppstart i jobb innen ti uker)',
    lines: 'L12408–12412',
  },
  'outcomes.timeAnchorLowestWeeks': {
    document: 'afi-report',
    section: '7.2.3 (SEQF lavest skår ved oppstart i jobb innen 52 uker)',
    lines: 'L12408–12412',
  },
  'outcomes.inWorkAfterSeStartMonths': {
    document: 'afi-report',
    section: '7.2.3 (i arbeid seks måneder etter oppstart i SE)',
    lines: 'L12380–12382',
  },
  'outcomes.attachmentWindowDays': {
    document: 'library',
    section:
      'Attachment observation window (AFI report 7.2.3, L12400–12406, gives the horizons, not a window)',
  },
  'outcomes.minN': { document: 'library', section: 'Rates over fewer records are flagged as uncertain' },
  'outcomes.minCellSize': {
    document: 'library',
    section: 'Small-cell suppression of groups (privacy; domain specification §8)',
  },
  'navMeasureLimits.mentorMonths': nav('Mentor: inntil 6 måneder'),
  'navMeasureLimits.mentorReducedCapacityMonths': nav('Mentor ved nedsatt arbeidsevne: inntil 36 måneder'),
  'navMeasureLimits.wageSubsidyMonths': nav('Midlertidig lønnstilskudd: inntil 12 måneder'),
  'navMeasureLimits.wageSubsidyReducedCapacityMonths': nav(
    'Midlertidig lønnstilskudd ved nedsatt arbeidsevne: inntil 24 måneder',
  ),
  'navMeasureLimits.workTrainingMonths': nav('Arbeidstrening: inntil 18 måneder'),
  'navMeasureLimits.inclusionGrantMonths': nav('Inkluderingstilskudd: inntil 12 måneder'),
  'complexNeeds.minModerateNeeds': {
    document: 'library',
    section:
      'Complex-needs rule: independent barriers across levels (domain specification §4; AFI report 2.5, L5111–5122; 3.11, L6775–6781)',
  },
  'complexNeeds.minLevels': {
    document: 'library',
    section: 'Complex-needs rule (domain specification §4; AFI report 2.5)',
  },
});

/**
 * A partial override of a {@link Policy}: any number, at any depth.
 *
 * @example
 * ```ts
 * const jobbsjansen: PolicyOverrides = { caseload: { max: 23 } };
 * ```
 * @category Policy
 */
export type PolicyOverrides = {
  [K in keyof Policy]?: Policy[K] extends object ? Partial<Policy[K]> : Policy[K];
};
