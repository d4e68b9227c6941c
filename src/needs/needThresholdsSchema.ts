import { z } from 'zod';

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
  /** This many children or more is "many children". */
  manyChildren: z.number().int().min(2).max(20),
  /** Fewer years in Norway than this is "newly arrived". */
  newlyArrivedYears: z.number().min(0).max(20),
  /** This many years or more of measures without progress calls for a different kind of follow-up. */
  longMeasuresYears: z.number().min(0).max(50),
  /** This many closer-follow-up indicators or more make the need for closer follow-up high. */
  closerFollowUpHighIndicators: z.number().int().min(1).max(7),
});
