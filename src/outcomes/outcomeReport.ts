import { deepFreeze } from '../_lib/deepFreeze';
import type { IsoDate } from '../core/dates/isoDate';
import type { Issue } from '../issue';
import type { LocalizedText } from '../core/localizedText';
import type { SourceRef } from '../core/sourceRef';
import type { NonWorkStatus } from './outcomeRecord';

/**
 * The bases a cohort can be chosen on.
 *
 * @remarks
 * - `reported`: every record referred on or before `to` (or with no referral
 *   date) and not exited before `from`: all participants with a report, the AFI
 *   basis (AFI report 6.6, L11378–11384).
 * - `exited`: records whose exit lies in `[from, to]`: the programme-year basis
 *   (handbook L17; IMDi on the handbook L16).
 * - `started`: records whose SE start lies in `[from, to]` (the SEQF
 *   6-month criterion, AFI report L12380–12382).
 *
 * @example
 * ```ts
 * COHORT_BASES[0]; // => 'reported'
 * ```
 * @category Outcomes
 */
export const COHORT_BASES = deepFreeze(['reported', 'exited', 'started'] as const);

/**
 * One value of {@link COHORT_BASES}.
 *
 * @example
 * ```ts
 * const basis: CohortBasis = 'exited';
 * ```
 * @category Outcomes
 */
export type CohortBasis = (typeof COHORT_BASES)[number];

/**
 * The cohort a report covers: a basis and a closed date range.
 *
 * @example
 * ```ts
 * const cohort: OutcomeCohort = { basis: 'exited', from: '2023-01-01', to: '2023-12-31' };
 * ```
 * @category Outcomes
 */
export interface OutcomeCohort {
  /** How records are chosen; see {@link COHORT_BASES}. */
  readonly basis: CohortBasis;
  /** The first day of the range. */
  readonly from: IsoDate;
  /** The last day of the range. */
  readonly to: IsoDate;
}

/**
 * The definitions a rate can have. Rates of different definitions are never compared.
 *
 * @remarks
 * - `work-goal`: exit to work, leave for work, or contract follow-up in work, among all reported (AFI report L11384–11388).
 * - `any-paid-work`: any declared job, among all (L11388–11392).
 * - `transition-to-work`: exits to work among exits (SEQF, L12346–12350).
 * - `work-or-education`: exits to work or education among exits (Jobbsjansen, L12352).
 * - `in-work-after-se-start`: in work six months after SE started (L12380–12382).
 * - `attachment`: employed among known, a horizon after exit to work (L12400–12406).
 * - `job-quality`: a share among the latest jobs with the field known (L11467–11471).
 * - `complex-share`: complex needs at intake among known (L12356–12360).
 *
 * @example
 * ```ts
 * RATE_DEFINITIONS.includes('work-goal'); // => true
 * ```
 * @category Outcomes
 */
export const RATE_DEFINITIONS = deepFreeze([
  'work-goal',
  'any-paid-work',
  'transition-to-work',
  'work-or-education',
  'in-work-after-se-start',
  'attachment',
  'job-quality',
  'complex-share',
] as const);

/**
 * One value of {@link RATE_DEFINITIONS}.
 *
 * @example
 * ```ts
 * const definition: RateDefinition = 'transition-to-work';
 * ```
 * @category Outcomes
 */
export type RateDefinition = (typeof RATE_DEFINITIONS)[number];

/**
 * A rate with everything needed to read it: definition, numerator, denominator, interval, low-N flag and source.
 *
 * @example
 * ```ts
 * const rate: Rate = { id: 'workGoalRate', definition: 'work-goal', label: { nb: 'Nådde mål om arbeid', en: 'Reached the work goal' },
 *   numerator: 99, denominator: 202, value: 99 / 202, ci95: [0.422, 0.559], lowN: false,
 *   source: { document: 'afi-report', section: '6.6', lines: 'L11384–11388' } };
 * ```
 * @category Outcomes
 */
export interface Rate {
  /** The KPI id. */
  readonly id: RateKpiId;
  /** The definition; see {@link RATE_DEFINITIONS}. */
  readonly definition: RateDefinition;
  /** What the rate counts, in words. */
  readonly label: LocalizedText;
  /** Records counted. */
  readonly numerator: number;
  /** Records in the denominator (the N of the rate). */
  readonly denominator: number;
  /** `numerator / denominator`. */
  readonly value: number;
  /** The Wilson 95 % interval; see {@link wilsonInterval}. */
  readonly ci95: readonly [number, number];
  /** True when the denominator is below `policy.outcomes.minN`. */
  readonly lowN: boolean;
  /** Known among eligible, for rates that leave unknowns out (attachment). */
  readonly coverage?: number;
  /** Where the definition comes from. */
  readonly source: SourceRef;
}

/**
 * Where a number of weeks lies against the SEQF anchors: `top` (within 10 weeks), `within-lowest` (within 52), `beyond`.
 *
 * @remarks
 * The report gives only the two anchors (AFI report 7.2.3, L12408–12412), so
 * the library never interpolates SEQF levels 2–4 between them.
 *
 * @example
 * ```ts
 * const band: AnchorBand = 'within-lowest';
 * ```
 * @category Outcomes
 */
export type AnchorBand = 'top' | 'within-lowest' | 'beyond';

/**
 * A duration in whole weeks over the records that have both dates.
 *
 * @example
 * ```ts
 * const d: Duration = { id: 'timeToPaidWorkWeeks', n: 4, median: 24, mean: 29, shareWithin: { top: 0.25, lowest: 0.75 },
 *   anchorBand: 'within-lowest', source: { document: 'afi-report', section: '7.2.3', lines: 'L12408–12412' } };
 * ```
 * @category Outcomes
 */
export interface Duration {
  /** The KPI id. */
  readonly id: DurationKpiId;
  /** Records with both dates. */
  readonly n: number;
  /** The median in weeks (the mean of the two middle values for an even n). */
  readonly median: number;
  /** The mean in weeks. */
  readonly mean: number;
  /** Shares with at most the top and the lowest anchor's weeks. */
  readonly shareWithin: { readonly top: number; readonly lowest: number };
  /** The band of the median. */
  readonly anchorBand: AnchorBand;
  /** Where the measure comes from. */
  readonly source: SourceRef;
}

/**
 * The ids of the rate KPIs.
 *
 * @example
 * ```ts
 * RATE_KPI_IDS.length; // => 13
 * ```
 * @category Outcomes
 */
export const RATE_KPI_IDS = deepFreeze([
  'workGoalRate',
  'anyPaidWorkRate',
  'transitionToWorkRate',
  'workOrEducationRate',
  'inWorkAfterSeStart6m',
  'attachment6m',
  'attachment12m',
  'attachment36m',
  'permanentShare',
  'fullTimeShare',
  'atLeast60Share',
  'involuntaryPartTimeShare',
  'complexShare',
] as const);

/**
 * One value of {@link RATE_KPI_IDS}.
 *
 * @example
 * ```ts
 * const id: RateKpiId = 'attachment12m';
 * ```
 * @category Outcomes
 */
export type RateKpiId = (typeof RATE_KPI_IDS)[number];

/**
 * The ids of the duration KPIs.
 *
 * @example
 * ```ts
 * DURATION_KPI_IDS[1]; // => 'timeToPaidWorkWeeks'
 * ```
 * @category Outcomes
 */
export const DURATION_KPI_IDS = deepFreeze(['timeToPlacementWeeks', 'timeToPaidWorkWeeks'] as const);

/**
 * One value of {@link DURATION_KPI_IDS}.
 *
 * @example
 * ```ts
 * const id: DurationKpiId = 'timeToPlacementWeeks';
 * ```
 * @category Outcomes
 */
export type DurationKpiId = (typeof DURATION_KPI_IDS)[number];

/**
 * The results of one job specialist, or of the pooled small ones.
 *
 * @example
 * ```ts
 * const row: JobSpecialistResult = { jobSpecialistId: 'JS-07', n: 17, intoWork: 11, rate: 11 / 17 };
 * ```
 * @category Outcomes
 */
export interface JobSpecialistResult {
  /** The job specialist's id. */
  readonly jobSpecialistId: string;
  /** Records of this job specialist. */
  readonly n: number;
  /** Records meeting the work goal. */
  readonly intoWork: number;
  /** `intoWork / n`. */
  readonly rate: number;
}

/**
 * The outcome figures of one cohort: rates, durations, job quality, per-job-specialist results and breakdowns.
 *
 * @remarks
 * Aggregates only: no field names a participant, and groups below
 * `policy.outcomes.minCellSize` are pooled (AFI report L12356–12360 on
 * creaming; domain specification §8).
 *
 * @example
 * ```ts
 * const report: OutcomeReport = computeOutcomeKpis([], { asOf: '2026-12-31', cohort: { basis: 'reported', from: '2026-01-01', to: '2026-12-31' } });
 * report.n; // => 0
 * ```
 * @category Outcomes
 */
export interface OutcomeReport {
  /** The date the figures are computed at. */
  readonly asOf: IsoDate;
  /** The cohort. */
  readonly cohort: OutcomeCohort;
  /** Records in the cohort. */
  readonly n: number;
  /** Every rate KPI, or null when its denominator is 0. */
  readonly rates: { readonly [K in RateKpiId]: Rate | null };
  /** Every duration KPI, or null when no record has both dates. */
  readonly durations: { readonly [K in DurationKpiId]: Duration | null };
  /** Per job specialist, groups of at least `minCellSize` records; smaller ones pooled in `other`. */
  readonly perJobSpecialist: {
    readonly groups: readonly JobSpecialistResult[];
    readonly other: { readonly groups: number; readonly n: number; readonly intoWork: number };
    readonly unassigned: number;
  };
  /** Counts by non-work status over records that have not reached the work goal. */
  readonly nonWorkBreakdown: { readonly [K in NonWorkStatus | 'unknown']: number };
  /** Industries of the jobs with at least `minCellSize` jobs, and the rest pooled. */
  readonly industries: {
    readonly counts: readonly { readonly industry: string; readonly count: number }[];
    readonly other: number;
  };
  /** Sub-reports per group key when `groupBy` is given; groups below `minCellSize` are left out and counted in `suppressedGroups`. */
  readonly groups?: Readonly<Record<string, OutcomeReport>>;
  /** How many groups were left out as too small. */
  readonly suppressedGroups?: number;
  /** Findings: `outcomes_low_n`, `outcomes_groups_suppressed`. */
  readonly issues: readonly Issue[];
}
