import { z } from 'zod';
import { NorwegianLevelSchema } from './norwegianLevelSchema';

/**
 * Schema of {@link NeedThresholds}: the numbers the classification rules compare facts with.
 *
 * @example
 * ```ts
 * NeedThresholdsSchema.parse(DEFAULT_NEED_THRESHOLDS);
 * ```
 * @category Needs
 */
export const NeedThresholdsSchema = z.strictObject({
  /** Fewer years of schooling than this is "compulsory school not completed" (moderate need). */
  compulsorySchoolYears: z.number().int().min(1).max(20),
  /** Fewer years of schooling than this is "primary school not completed" (high need). */
  primarySchoolYears: z.number().int().min(1).max(20),
  /** A child younger than this is below school age (kindergarten logistics). */
  schoolAge: z.number().int().min(1).max(18),
  /** This many children who need care now, or more, is "many children". */
  manyChildren: z.number().int().min(2).max(20),
  /** A child younger than this needs care now; older children (teenagers, grown-up children) are not a care load. */
  careAgeBelow: z.number().int().min(1).max(25),
  /** A single provider with this many children who need care now, or more, has a heavy care load. */
  singleProviderSeveralChildren: z.number().int().min(1).max(20),
  /** Spoken or written Norwegian below this level is below what most work needs. */
  workingNorwegianLevel: NorwegianLevelSchema,
  /** Spoken or written Norwegian at or below this level is very low. */
  veryLowNorwegianLevel: NorwegianLevelSchema,
  /** This many years or more since her last paid work leaves little recent work experience. */
  longAbsenceYears: z.number().min(1).max(50),
  /** Less work experience abroad than this many years counts as none at all. */
  minWorkExperienceYears: z.number().min(0).max(10),
  /** This many of health, housing and debt problems or more call for several services at once. */
  severalServiceProblems: z.number().int().min(1).max(3),
  /** Fewer years in Norway than this is "newly arrived". */
  newlyArrivedYears: z.number().min(0).max(20),
  /** This many years or more of measures without progress calls for a different kind of follow-up. */
  longMeasuresYears: z.number().min(0).max(50),
  /** This many closer-follow-up indicators or more make the need for closer follow-up high. */
  closerFollowUpHighIndicators: z.number().int().min(1).max(8),
  programmeMinAge: z.number().int().min(0).max(120),
  programmeMaxAge: z.number().int().min(0).max(120),
});
