import { z } from 'zod';
import type { SourceRef } from '../core/sourceRef';

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

/**
 * The numbers the classification rules compare facts with.
 *
 * @remarks
 * The sources describe these situations but give no numbers, so every value is
 * a library default (see {@link NEED_THRESHOLD_SOURCES}) and can be changed
 * through `classifyNeeds(assessment, { thresholds })`.
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
 * - `newlyArrivedYears` 2: "especially the newly arrived" (AFI 2.4.3, L4883).
 * - `longMeasuresYears` 5: "courses for seven years" (AFI 2.4.2, L4587–4594).
 * - `closerFollowUpHighIndicators` 2: two or more of the seven indicators.
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
  newlyArrivedYears: 2,
  longMeasuresYears: 5,
  closerFollowUpHighIndicators: 2,
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
export const NEED_THRESHOLD_SOURCES: Readonly<Record<keyof NeedThresholds, SourceRef>> = Object.freeze({
  compulsorySchoolYears: lib('Length of Norwegian compulsory school (AFI report 2.4.1, L4307, gives no number)'),
  primarySchoolYears: lib('Length of Norwegian primary school (AFI report 2.4.1, L4305–4307, gives no number)'),
  schoolAge: lib('Norwegian school starting age (AFI report 2.4.2, L4423–4425, gives no number)'),
  manyChildren: lib('"Small and several children" (handbook §5, L238, gives no number)'),
  newlyArrivedYears: lib('"Especially the newly arrived" (AFI report 2.4.3, L4883, gives no number)'),
  longMeasuresYears: lib('"Courses for seven years" (AFI report 2.4.2, L4587–4594, gives no threshold)'),
  closerFollowUpHighIndicators: lib('Seven indicators of closer follow-up (AFI report 8.2, L12802–12830, give no threshold)'),
});
