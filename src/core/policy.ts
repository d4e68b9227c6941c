import { z } from 'zod';
import type { SourceRef } from './sourceRef';

const months = z.number().int().min(0).max(120);

/**
 * Schema of a {@link Policy}: the numbers that differ between programmes or change with regulations.
 *
 * @example
 * ```ts
 * PolicySchema.parse(DEFAULT_POLICY).followUpMinimumMonths; // => 12
 * ```
 * @category Policy
 */
export const PolicySchema = z.strictObject({
  /** Minimum length of follow-up after employment (*etteroppfølging*), in months. */
  followUpMinimumMonths: months,
  /** Recommended length of active follow-up after employment, in months. */
  followUpRecommendedMonths: months,
  /** Longest unpaid placement (*arbeidspraksis*) before it should turn into paid work, in weeks. */
  unpaidPlacementMaxWeeks: z.number().int().min(1).max(104),
  /** How many unpaid placements without hiring signal the practice trap (*praksisfella*). */
  unpaidPlacementsBeforePracticeTrap: z.number().int().min(1).max(10),
  /** Caseload guidance: active participants per job specialist. */
  caseload: z.strictObject({
    /** The lower end of the guidance for an established team. */
    min: z.number().int().min(1).max(100),
    /** The upper end of the guidance for an established team. */
    max: z.number().int().min(1).max(100),
    /** The upper end while a team is starting SE. */
    startMax: z.number().int().min(1).max(100),
  }),
  /** NAV measure limits, in months. */
  navMeasureLimits: z.strictObject({
    /** Mentor (*mentor*), ordinary limit. */
    mentorMonths: months,
    /** Mentor, for people with reduced work capacity (*nedsatt arbeidsevne*). */
    mentorReducedCapacityMonths: months,
    /** Temporary wage subsidy (*midlertidig lønnstilskudd*), ordinary limit. */
    wageSubsidyMonths: months,
    /** Temporary wage subsidy, for people with reduced work capacity. */
    wageSubsidyReducedCapacityMonths: months,
    /** Work training (*arbeidstrening*). */
    workTrainingMonths: months,
    /** Inclusion grant (*inkluderingstilskudd*). */
    inclusionGrantMonths: months,
  }),
  /** The default rule for complex needs (*sammensatte bistandsbehov*). */
  complexNeeds: z.strictObject({
    /** At least this many needs of severity `moderate` or `high`. */
    minModerateNeeds: z.number().int().min(1).max(30),
    /** Spanning at least this many levels (micro, meso, macro). */
    minLevels: z.number().int().min(1).max(3),
  }),
});

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
  caseload: Object.freeze({ min: 10, max: 15, startMax: 10 }),
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
  | `complexNeeds.${keyof Policy['complexNeeds']}`;

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
export const POLICY_SOURCES: Readonly<Record<PolicyKey, SourceRef>> = Object.freeze({
  followUpMinimumMonths: { document: 'handbook', section: '§15 Etteroppfølging', lines: 'L397' },
  followUpRecommendedMonths: { document: 'afi-report', section: '7.2.3 and 8.3 (etteroppfølging i tre år)', lines: 'L12310, L12400' },
  unpaidPlacementMaxWeeks: { document: 'afi-report', section: '6.5.2 (maks seks uker praksis)', lines: 'L11187' },
  unpaidPlacementsBeforePracticeTrap: { document: 'library', section: 'Practice-trap threshold (AFI report 2.4.2, need S10, gives no number)' },
  'caseload.min': { document: 'afi-report', section: '6.5.2 (10–15 aktive deltakere)', lines: 'L11068' },
  'caseload.max': { document: 'afi-report', section: '6.5.2 (10–15 aktive deltakere)', lines: 'L11068' },
  'caseload.startMax': { document: 'afi-report', section: 'Appendix (5–10 deltakere i oppstart)', lines: 'L13395' },
  'navMeasureLimits.mentorMonths': nav('Mentor: inntil 6 måneder'),
  'navMeasureLimits.mentorReducedCapacityMonths': nav('Mentor ved nedsatt arbeidsevne: inntil 36 måneder'),
  'navMeasureLimits.wageSubsidyMonths': nav('Midlertidig lønnstilskudd: inntil 12 måneder'),
  'navMeasureLimits.wageSubsidyReducedCapacityMonths': nav('Midlertidig lønnstilskudd ved nedsatt arbeidsevne: inntil 24 måneder'),
  'navMeasureLimits.workTrainingMonths': nav('Arbeidstrening: inntil 18 måneder'),
  'navMeasureLimits.inclusionGrantMonths': nav('Inkluderingstilskudd: inntil 12 måneder'),
  'complexNeeds.minModerateNeeds': { document: 'library', section: 'Complex-needs rule (domain specification §4; AFI report 2.5)' },
  'complexNeeds.minLevels': { document: 'library', section: 'Complex-needs rule (domain specification §4; AFI report 2.5)' },
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
