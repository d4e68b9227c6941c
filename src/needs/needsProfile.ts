import { z } from 'zod';
import { IsoDateSchema } from '../core/dates/isoDate';
import { NEED_LEVELS, NEED_SEVERITIES } from './needId';
import { NeedIdSchema } from './needIdSchema';

/**
 * Schema of one {@link ClassifiedNeed}.
 *
 * @example
 * ```ts
 * ClassifiedNeedSchema.parse({ id: 'literacy', level: 'micro', severity: 'high', urgent: false, distinguishing: false, evidence: ['literacy.latinScript'] });
 * ```
 * @category Needs
 */
export const ClassifiedNeedSchema = z.object({
  /** The need. */
  id: NeedIdSchema,
  /** The level the need belongs to. */
  level: z.enum(NEED_LEVELS),
  /** How strongly the need is present. */
  severity: z.enum(NEED_SEVERITIES),
  /** True for safety needs (`negative-social-control`): act now. */
  urgent: z.boolean(),
  /** True for the four needs that set this target group apart from classic SE groups. */
  distinguishing: z.boolean(),
  /** The assessment facts (paths such as `norwegian.oral`) that produced the need. */
  evidence: z.array(z.string()),
});

/**
 * One need found in an assessment, with its severity and the facts behind it.
 *
 * @example
 * ```ts
 * const need: ClassifiedNeed = { id: 'mobility', level: 'micro', severity: 'moderate', urgent: false, distinguishing: false, evidence: ['travelsAlone'] };
 * ```
 * @category Needs
 */
export interface ClassifiedNeed extends z.output<typeof ClassifiedNeedSchema> {}

/**
 * Schema of a {@link NeedsProfile}.
 *
 * @example
 * ```ts
 * NeedsProfileSchema.safeParse(profile).success; // => true
 * ```
 * @category Needs
 */
export const NeedsProfileSchema = z.object({
  /** The id of the assessment the profile was classified from. */
  assessmentId: z.string().min(1),
  /** The date of that assessment. */
  assessedOn: IsoDateSchema,
  /** The needs found, in taxonomy order. */
  needs: z.array(ClassifiedNeedSchema),
  /** Whether the needs are complex (*sammensatte bistandsbehov*) under the policy's rule. */
  isComplex: z.boolean(),
  /** The distinguishing needs present (`language-support`, `cultural-differences`, `participation`, `family-situation`). */
  distinguishingNeeds: z.array(NeedIdSchema),
  /** Facts still unknown and worth asking about next, as assessment paths. */
  unknowns: z.array(z.string()),
});

/**
 * The classified needs of one participant at one date: the input to adaptations, matching and plans.
 *
 * @example
 * ```ts
 * const profile: NeedsProfile = classifyNeeds(assessment);
 * profile.needs.map((n) => n.id);
 * ```
 * @category Needs
 */
export interface NeedsProfile extends z.output<typeof NeedsProfileSchema> {}
