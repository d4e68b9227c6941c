import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';
import { IssueSchema } from '../issue';
import { SourceRefSchema } from '../core/sourceRefSchema';
import { EligibilityCriterionIdSchema } from './eligibilityCriteria';
import { ProgrammeSchema } from './programme';

/**
 * The outcomes of an eligibility check: `eligible`, `not-eligible` or `unknown`.
 *
 * @remarks
 * `unknown` when facts are missing, or when the library holds no criteria for
 * the programme. Eligibility for a programme is never a verdict on SE: SE
 * suitability is {@link assessSeSuitability}.
 *
 * @example
 * ```ts
 * ELIGIBILITY_STATUSES.includes('unknown'); // => true
 * ```
 * @category Needs
 */
export const ELIGIBILITY_STATUSES = deepFreeze(['eligible', 'not-eligible', 'unknown'] as const);

/**
 * Schema of one {@link EligibilityStatus}.
 *
 * @example
 * ```ts
 * EligibilityStatusSchema.parse('eligible'); // => 'eligible'
 * ```
 * @category Needs
 */
export const EligibilityStatusSchema = z.enum(ELIGIBILITY_STATUSES);

/**
 * One eligibility outcome; see {@link ELIGIBILITY_STATUSES}.
 *
 * @example
 * ```ts
 * const status: EligibilityStatus = 'not-eligible';
 * ```
 * @category Needs
 */
export type EligibilityStatus = z.output<typeof EligibilityStatusSchema>;

/**
 * Schema of one {@link CriterionResult}.
 *
 * @example
 * ```ts
 * CriterionResultSchema.parse({ id: 'female', status: 'met', paths: ['gender'], source: { document: 'handbook', section: 'Målgruppe' } });
 * ```
 * @category Needs
 */
export const CriterionResultSchema = z.object({
  /** The criterion. */
  id: EligibilityCriterionIdSchema,
  /** Whether the facts meet it. */
  status: z.enum(['met', 'unmet', 'unknown']),
  /** The assessment paths it reads. */
  paths: z.array(z.string()),
  /** The source that states the criterion for this programme. */
  source: SourceRefSchema,
});

/**
 * One criterion of one group, checked against the facts.
 *
 * @example
 * ```ts
 * const result: CriterionResult = { id: 'age-18-to-55', status: 'unknown', paths: ['age'], source: { document: 'handbook', section: 'Målgruppe' } };
 * ```
 * @category Needs
 */
export interface CriterionResult extends z.output<typeof CriterionResultSchema> {}

/**
 * Schema of a {@link ProgrammeEligibility}.
 *
 * @example
 * ```ts
 * ProgrammeEligibilitySchema.safeParse(checkProgrammeEligibility(assessment, 'jobbsjansen')).success; // => true
 * ```
 * @category Needs
 */
export const ProgrammeEligibilitySchema = z.object({
  /** The programme checked. */
  programme: ProgrammeSchema,
  /** The outcome. */
  status: EligibilityStatusSchema,
  /** The id of the first group whose criteria are all met, when eligible. */
  matchedGroup: z.string().optional(),
  /** Every group, with each criterion's result. */
  groups: z.array(
    z.object({
      /** The group id. */
      id: z.string(),
      /** The group's outcome. */
      status: EligibilityStatusSchema,
      /** The group's criteria, checked. */
      criteria: z.array(CriterionResultSchema),
    }),
  ),
  /** The criteria not met, over all groups (each once). */
  unmet: z.array(EligibilityCriterionIdSchema),
  /** The criteria that cannot be decided, over the groups not already ruled out (each once). */
  unknown: z.array(EligibilityCriterionIdSchema),
  /** The unmet and unknown criteria as issues, with paths and sources. */
  issues: z.array(IssueSchema),
});

/**
 * Whether a participant meets a programme's criteria, with the unmet and unknown ones.
 *
 * @example
 * ```ts
 * const result: ProgrammeEligibility = checkProgrammeEligibility(assessment, 'jobbsjansen');
 * if (result.status === 'unknown') result.unknown; // the facts to find out
 * ```
 * @category Needs
 */
export interface ProgrammeEligibility extends z.output<typeof ProgrammeEligibilitySchema> {}
