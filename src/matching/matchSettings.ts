import { z } from 'zod';
import type { SourceRef } from '../core/sourceRef';
import { MATCH_FACTOR_IDS, type MatchFactorId } from './matchFactorId';
import { ClockTimeSchema } from './clockTime';

/**
 * Schema of {@link MatchSettings}: the numbers `balanceJobMatch` reads, with their allowed ranges.
 *
 * @remarks
 * Every number is a library default (the sources give principles, not
 * numbers) and an option; see {@link DEFAULT_MATCH_SETTINGS} for the defaults
 * and their reasons. `unknownCredit` is capped at 0.5 so that a missing fact
 * can never weigh as much as a fit.
 *
 * @example
 * ```ts
 * MatchSettingsSchema.parse(DEFAULT_MATCH_SETTINGS).unknownCredit; // => 0.5
 * ```
 * @category Matching
 */
export const MatchSettingsSchema = z.strictObject({
  /** The credit an `adaptable` factor earns in the score, 0–1 (`fit` earns 1, `conflict` 0). */
  adaptableCredit: z.number().min(0).max(1),
  /** The credit an `unknown` factor earns in the score, 0–0.5. */
  unknownCredit: z.number().min(0).max(0.5),
  /** How many steps on the Norwegian scale below the demand still count as `adaptable`. */
  languageGapAdaptableSteps: z.number().int().min(0).max(10),
  /** When the children's care (kindergarten, school, after-school programme) starts. */
  careStart: ClockTimeSchema,
  /** When the children's care ends. */
  careEnd: ClockTimeSchema,
  /** When she must be home for children who need follow-up after school. */
  afterSchoolBy: ClockTimeSchema,
  /** Children younger than this (in whole years) need someone at home outside the care hours. */
  youngChildUnderAge: z.number().int().min(0).max(18),
  /** The smallest position share, in per cent, that covers a high income need. */
  highIncomeMinPercent: z.number().min(0).max(100),
  /** The estimated one-way trip, in minutes, when home and workplace are in the same district. */
  sameDistrictMinutes: z.number().min(0).max(600),
  /** The estimated minutes per kilometre (straight line) by public transport. */
  minutesPerKm: z.number().min(0).max(60),
  /** The fixed part of an estimated trip (walking, waiting), in minutes. */
  baseTravelMinutes: z.number().min(0).max(600),
});

/**
 * The numbers `balanceJobMatch` reads; see {@link MatchSettingsSchema} and {@link DEFAULT_MATCH_SETTINGS}.
 *
 * @example
 * ```ts
 * const settings: MatchSettings = { ...DEFAULT_MATCH_SETTINGS, careStart: '07:00' };
 * ```
 * @category Matching
 */
export interface MatchSettings extends z.output<typeof MatchSettingsSchema> {}

/**
 * The default {@link MatchSettings}.
 *
 * @remarks
 * All are library defaults (document `library`), chosen from the sources'
 * principles:
 * - `adaptableCredit` 0.75: an adaptable factor works, but costs effort and carries risk.
 * - `unknownCredit` 0.5: a missing fact is neither a fit nor a conflict; it never counts as fit.
 * - `languageGapAdaptableSteps` 2 (for example A2 for a B1 job): a job taste
 *   shows whether weak Norwegian really is a problem, and the language grows at
 *   work (AFI report 3.5.1, L5775–5791).
 * - `careStart` 07:30 and `careEnd` 16:30: usual kindergarten and after-school
 *   hours. A 06:00 start or an evening shift needs someone else at home
 *   (AFI report 2.4.2, L4423–4427); even an 8–16 job needs a plan for pick-up
 *   (handbook §6, L256).
 * - `afterSchoolBy` 15:30: children who need follow-up after school (handbook L640).
 * - `youngChildUnderAge` 12: younger children cannot be left alone (AFI report 2.4.2, L4427).
 * - `highIncomeMinPercent` 50: with a high income need, less than half a
 *   position, extra shifts or a season is too little to live on (AFI report
 *   2.4.2, L4861–4871: "too few shifts to support oneself").
 * - `sameDistrictMinutes` 20, `minutesPerKm` 3, `baseTravelMinutes` 10: a rough
 *   public-transport estimate, used only when the caller gives no travel time.
 *
 * @example
 * ```ts
 * DEFAULT_MATCH_SETTINGS.careStart; // => '07:30'
 * ```
 * @category Matching
 */
export const DEFAULT_MATCH_SETTINGS: MatchSettings = Object.freeze({
  adaptableCredit: 0.75,
  unknownCredit: 0.5,
  languageGapAdaptableSteps: 2,
  careStart: '07:30',
  careEnd: '16:30',
  afterSchoolBy: '15:30',
  youngChildUnderAge: 12,
  highIncomeMinPercent: 50,
  sameDistrictMinutes: 20,
  minutesPerKm: 3,
  baseTravelMinutes: 10,
});

/**
 * The weight of each factor in the balance score.
 *
 * @example
 * ```ts
 * const weights: MatchWeights = { ...DEFAULT_MATCH_WEIGHTS, commute: 2 };
 * ```
 * @category Matching
 */
export type MatchWeights = Readonly<Record<MatchFactorId, number>>;

/**
 * The default weight of each factor in the balance score (they sum to 30).
 *
 * @remarks
 * Library defaults. Her own wishes and motivation weigh most (3 each): SE starts
 * from the person's wishes and preferences (AFI report 2.1, L3769–3773), and
 * employers find suitability, motivation and attitude can matter more than
 * experience (handbook L655). The report's practical conditions weigh 2
 * (language, hours, religious constraints, health, development, position type,
 * attitude); the other handbook factors weigh 1. `declared-work` weighs 1
 * because undeclared work is a hard conflict anyway (score 0). Pass `weights`
 * to change any of them; a weight of 0 leaves a factor out of the score but
 * not out of the explanation.
 *
 * @example
 * ```ts
 * DEFAULT_MATCH_WEIGHTS.interest; // => 3
 * ```
 * @category Matching
 */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = Object.freeze({
  'family-situation': 1,
  'spouse-shift-work': 1,
  'sole-provider': 1,
  'after-school-care': 1,
  'marital-challenges': 1,
  'cultural-differences': 1,
  commute: 1,
  interest: 3,
  motivation: 3,
  attitude: 2,
  experience: 1,
  'language-level': 2,
  'working-hours': 2,
  'religious-constraints': 2,
  'health-limitations': 2,
  'development-potential': 2,
  'declared-work': 1,
  'position-type': 2,
  'training-capacity': 1,
});

/**
 * The source of the scoring defaults, for citations in explanations and docs.
 *
 * @example
 * ```ts
 * MATCH_SCORING_SOURCE.document; // => 'library'
 * ```
 * @category Matching
 */
export const MATCH_SCORING_SOURCE: SourceRef = Object.freeze({
  document: 'library',
  section:
    'Balance score: weighted mean of factor credits (fit 1, adaptable 0.75, unknown 0.5, conflict 0); hard conflict gives 0',
});

/**
 * Schema of partial weights, as passed in options: any factor, a finite number from 0 to 100.
 *
 * @example
 * ```ts
 * MatchWeightsOverrideSchema.parse({ commute: 2 });
 * ```
 * @category Matching
 */
export const MatchWeightsOverrideSchema = z.partialRecord(
  z.enum(MATCH_FACTOR_IDS),
  z.number().min(0).max(100),
);
