import { z } from 'zod';

const months = z.number().int().min(0).max(120);
const weeks = z.number().int().min(0).max(520);
const share = z.number().min(0).max(1);

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
    /** How long the start phase of a job specialist's role lasts, in months (`startMax` applies). */
    startPhaseMonths: months,
  }),
  /** Targets, benchmarks, time anchors and reporting thresholds of the outcome figures. */
  outcomes: z.strictObject({
    /** SEQF top score for transition to work (definition: exits to work among exits). */
    targetSeqfTopTransitionToWork: share,
    /** Jobbsjansen result target (definition: exits to work or education among exits). */
    targetJobbsjansenWorkOrEducation: share,
    /** Introduction programme result target (definition: exits to work or education among exits). */
    targetIntroWorkOrEducation: share,
    /** Benchmark: Jobbsjansen 2016, direct to a job (work among exits). */
    benchmarkJobbsjansen2016DirectToJob: share,
    /** Benchmark: introduction programme, employed one year after (work among exits). */
    benchmarkIntroEmployedOneYearAfter: share,
    /** SEQF time anchor: top score when paid work starts within this many weeks of referral. */
    timeAnchorTopWeeks: weeks,
    /** SEQF time anchor: lowest score when paid work starts within this many weeks of referral. */
    timeAnchorLowestWeeks: weeks,
    /** SEQF criterion: in work this many months after SE started. */
    inWorkAfterSeStartMonths: months,
    /** An attachment observation counts for a date when it lies within this many days of it. */
    attachmentWindowDays: z.number().int().min(0).max(366),
    /** Rates over fewer records than this are flagged `lowN`. */
    minN: z.number().int().min(1).max(10_000),
    /** Groups (for example per job specialist) with fewer records than this are suppressed. */
    minCellSize: z.number().int().min(1).max(10_000),
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
    /** At least this many independent barriers (or needs, see `complexNeedsCount`) of severity `moderate` or `high`. */
    minModerateNeeds: z.number().int().min(1).max(30),
    /** Spanning at least this many levels (micro, meso, macro). */
    minLevels: z.number().int().min(1).max(3),
  }),
});
