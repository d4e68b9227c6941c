import { INPUT_LIMITS } from '../core/inputLimits';
import { z } from 'zod';
import { IsoDateSchema } from '../core/dates/isoDate';
import { SEQF_CRITERION_IDS, TARGET_GROUP_ADJUSTMENT_IDS } from './seqfCatalogue';

/**
 * Schema of a {@link SeqfSelfAssessment}: a team's claimed SEQF levels with their evidence.
 *
 * @remarks
 * Each criterion is scored 1 to 5; a level above 1 needs documented evidence
 * for it and every level below (the progressive rule, AFI report 7.1,
 * L11866–11872). `five-step-only` assesses area 5 alone (L11807–11811).
 *
 * @example
 * ```ts
 * SeqfSelfAssessmentSchema.safeParse({ organisationId: 'team-1', assessedOn: '2026-03-01', scope: 'five-step-only', ratings: [] }).success; // => true
 * ```
 * @category Quality
 */
export const SeqfSelfAssessmentSchema = z.strictObject({
  /** The team or organisation assessed. */
  organisationId: z.string().min(1).max(200),
  /** The date of the assessment. */
  assessedOn: IsoDateSchema,
  /** `full` (all nine areas) or `five-step-only` (area 5). */
  scope: z.enum(['full', 'five-step-only']),
  /** One rating per criterion or target-group adjustment. */
  ratings: z
    .array(
      z.strictObject({
        /** The SEQF criterion or target-group adjustment. */
        criterionId: z.enum([...SEQF_CRITERION_IDS, ...TARGET_GROUP_ADJUSTMENT_IDS]),
        /** The level the team claims, 1 to 5. */
        claimedLevel: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
        /** Evidence per level above 1. */
        evidence: z
          .array(
            z.strictObject({
              /** The level the evidence documents, 2 to 5. */
              level: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
              /** What documents it, in a sentence about the organisation (not about a participant). */
              description: z.string().min(1).max(2000),
              /** A reference to the document in the team's archive. */
              documentRef: z.string().min(1).max(200).optional(),
            }),
          )
          .max(INPUT_LIMITS.smallLists),
      }),
    )
    .max(INPUT_LIMITS.planEntries),
});

/**
 * A team's SEQF self-assessment: claimed levels with evidence.
 *
 * @example
 * ```ts
 * const a: SeqfSelfAssessment = { organisationId: 'team-1', assessedOn: '2026-03-01', scope: 'full',
 *   ratings: [{ criterionId: '1.1', claimedLevel: 2, evidence: [{ level: 2, description: 'Vision adopted by the board' }] }] };
 * ```
 * @category Quality
 */
export type SeqfSelfAssessment = z.output<typeof SeqfSelfAssessmentSchema>;
