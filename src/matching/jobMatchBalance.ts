import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';
import { AdaptationIdSchema } from '../adaptations/adaptationId';
import { LocalizedTextSchema } from '../core/localizedTextSchema';
import { SourceRefSchema } from '../core/sourceRefSchema';
import { NorwegianLevelSchema } from '../needs/norwegianLevelSchema';
import { MatchFactorIdSchema } from './matchFactorId';
import { MatchStatusSchema } from './matchStatus';
import { NavMeasureIdSchema } from '../plans/navMeasureIdSchema';

/**
 * Who a question before deciding should be put to.
 *
 * @example
 * ```ts
 * CLARIFY_PARTIES.includes('employer'); // => true
 * ```
 * @category Matching
 */
export const CLARIFY_PARTIES = deepFreeze(['candidate', 'employer', 'both'] as const);

/**
 * Schema of one {@link FactorAssessment}.
 *
 * @example
 * ```ts
 * FactorAssessmentSchema.safeParse(balance.factors[0]).success; // => true
 * ```
 * @category Matching
 */
export const FactorAssessmentSchema = z.object({
  /** The factor assessed. */
  factor: MatchFactorIdSchema,
  /** The outcome: `fit`, `adaptable`, `conflict` or `unknown`. */
  status: MatchStatusSchema,
  /** True for a hard conflict, which sets the score to 0 and forbids the pair in an assignment. */
  hard: z.boolean(),
  /** Why, in our own words; never quotes the person's data. */
  reason: LocalizedTextSchema,
  /** The source of the rule applied. */
  source: SourceRefSchema,
  /** For `adaptable`: the handbook adaptations that make it work (catalogue order). */
  adaptations: z.array(AdaptationIdSchema),
  /** For `adaptable`: the NAV measures the employer accepts that make it work. */
  navMeasures: z.array(NavMeasureIdSchema),
  /** The weight of the factor in the score. */
  weight: z.number().min(0),
});

/**
 * The outcome of one match factor, with its reason, source and the adaptations that make it work.
 *
 * @example
 * ```ts
 * const f: FactorAssessment = balance.factors.find((x) => x.factor === 'commute')!;
 * f.status; // for example 'adaptable'
 * ```
 * @category Matching
 */
export interface FactorAssessment extends z.output<typeof FactorAssessmentSchema> {}

/**
 * Schema of one {@link Clarification}.
 *
 * @example
 * ```ts
 * ClarificationSchema.safeParse(balance.clarifications[0]).success; // => true
 * ```
 * @category Matching
 */
export const ClarificationSchema = z.object({
  /** The factors that stay `unknown` until the question is answered. */
  factors: z.array(MatchFactorIdSchema).min(1),
  /** Who to ask: the candidate, the employer or both. */
  party: z.enum(CLARIFY_PARTIES),
  /** The question, in our own words. */
  question: LocalizedTextSchema,
});

/**
 * A question to settle with the candidate or the employer before deciding on the match.
 *
 * @example
 * ```ts
 * const q: Clarification = balance.clarifications[0];
 * q.party; // for example 'employer'
 * ```
 * @category Matching
 */
export interface Clarification extends z.output<typeof ClarificationSchema> {}

/**
 * Schema of a {@link JobMatchBalance}.
 *
 * @example
 * ```ts
 * JobMatchBalanceSchema.safeParse(balanceJobMatch(candidate, opening)).success; // => true
 * ```
 * @category Matching
 */
export const JobMatchBalanceSchema = z.object({
  /** The candidate's id. */
  candidateId: z.string(),
  /** The opening's id. */
  openingId: z.string(),
  /** The overall balance score in [0, 1]; 0 when there is a hard conflict. */
  score: z.number().min(0).max(1),
  /** The share of the total weight whose factors are known (not `unknown`), in [0, 1]. */
  coverage: z.number().min(0).max(1),
  /** True when at least one factor is a hard conflict. */
  hardConflict: z.boolean(),
  /** The factors with a hard conflict. */
  hardConflicts: z.array(MatchFactorIdSchema),
  /** Every factor, in the order of `MATCH_FACTOR_IDS`. */
  factors: z.array(FactorAssessmentSchema),
  /** How many factors have each status. */
  counts: z.object({
    /** Factors that fit. */
    fit: z.number().int().min(0),
    /** Factors that work with adaptations or NAV measures. */
    adaptable: z.number().int().min(0),
    /** Factors in conflict. */
    conflict: z.number().int().min(0),
    /** Factors not known yet. */
    unknown: z.number().int().min(0),
  }),
  /** Every adaptation suggested by an `adaptable` factor, in catalogue order. */
  adaptations: z.array(AdaptationIdSchema),
  /** Every NAV measure suggested by an `adaptable` factor, in catalogue order. */
  navMeasures: z.array(NavMeasureIdSchema),
  /** What to clarify before deciding, from the `unknown` factors. */
  clarifications: z.array(ClarificationSchema),
  /** The language demand applied, and where it came from. */
  languageDemand: z.object({
    /** The Norwegian level demanded. */
    level: NorwegianLevelSchema,
    /** `opening` (stated), `industry-default` or `customer-contact` (raised for service work). */
    from: z.enum(['opening', 'industry-default', 'customer-contact']),
  }),
  /** The one-way travel time used for `commute`, in minutes, when it could be found. */
  travelMinutes: z.number().min(0).optional(),
});

/**
 * The balance between a candidate's expectations and an employer's needs: every factor explained, one score.
 *
 * @remarks
 * The score formula is documented on `balanceJobMatch` and in the matching guide.
 *
 * @example
 * ```ts
 * const balance: JobMatchBalance = balanceJobMatch(candidate, opening);
 * balance.clarifications.map((c) => c.question.en);
 * ```
 * @category Matching
 */
export interface JobMatchBalance extends z.output<typeof JobMatchBalanceSchema> {}
