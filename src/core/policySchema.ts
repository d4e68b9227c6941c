import { z } from 'zod';

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
export const PolicySchema = z.object({
  /** Minimum length of follow-up after employment (*etteroppfølging*), in months. */
  followUpMinimumMonths: months,
  /** Recommended length of active follow-up after employment, in months. */
  followUpRecommendedMonths: months,
  /** Longest unpaid placement (*arbeidspraksis*) before it should turn into paid work, in weeks. */
  unpaidPlacementMaxWeeks: z.number().int().min(1).max(104),
  /** How many unpaid placements without hiring signal the practice trap (*praksisfella*). */
  unpaidPlacementsBeforePracticeTrap: z.number().int().min(1).max(10),
  /** Caseload guidance: active participants per job specialist. */
  caseload: z.object({
    /** The lower end of the guidance for an established team. */
    min: z.number().int().min(1).max(100),
    /** The upper end of the guidance for an established team. */
    max: z.number().int().min(1).max(100),
    /** The upper end while a team is starting SE. */
    startMax: z.number().int().min(1).max(100),
  }),
  /** NAV measure limits, in months. */
  navMeasureLimits: z.object({
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
  complexNeeds: z.object({
    /** At least this many needs of severity `moderate` or `high`. */
    minModerateNeeds: z.number().int().min(1).max(30),
    /** Spanning at least this many levels (micro, meso, macro). */
    minLevels: z.number().int().min(1).max(3),
  }),
});
