import { deepFreeze } from '../_lib/deepFreeze';
import type { z } from 'zod';
import { CandidateSchema } from '../matching/candidate';
import { JobOpeningSchema } from '../matching/jobOpening';
import { NeedsAssessmentSchema } from '../needs/needsAssessment';
import { ActionPlanSchema } from '../plans/actionPlan';
import { FollowUpPlanSchema } from '../plans/followUpPlan';
import { TrainingPlanSchema } from '../plans/trainingPlan';
import { CaseEventSchema } from '../process/caseEvent';
import { SeCaseSchema } from '../process/seCase';

/**
 * The public models whose every field is classified in {@link FIELD_SENSITIVITY}.
 *
 * @remarks
 * The input models a consumer stores or exchanges: the needs assessment, a
 * case event and the case folded from them, the three plans, and the
 * candidate and job opening used in matching.
 *
 * @example
 * ```ts
 * PRIVACY_MODEL_IDS.includes('needs-assessment'); // => true
 * ```
 * @category Privacy
 */
export const PRIVACY_MODEL_IDS = deepFreeze([
  'needs-assessment',
  'case-event',
  'se-case',
  'action-plan',
  'training-plan',
  'follow-up-plan',
  'candidate',
  'job-opening',
] as const);

/**
 * One model id; see {@link PRIVACY_MODEL_IDS}.
 *
 * @example
 * ```ts
 * const model: PrivacyModelId = 'candidate';
 * ```
 * @category Privacy
 */
export type PrivacyModelId = (typeof PRIVACY_MODEL_IDS)[number];

/**
 * A public model: its id and its schema.
 *
 * @example
 * ```ts
 * const model: PrivacyModel = { id: 'case-event', schema: CaseEventSchema };
 * ```
 * @category Privacy
 */
export interface PrivacyModel {
  /** The model's id. */
  readonly id: PrivacyModelId;
  /** The model's schema, as exported by its module. */
  readonly schema: z.ZodType;
}

/**
 * Every public model with its schema, so that functions can find a model by the schema passed in.
 *
 * @remarks
 * {@link getFieldSensitivity}, {@link classifyFields} and {@link redact} look
 * the schema up here by identity: pass the exported schema itself, not a copy
 * made with `.extend()` or `.pick()`.
 *
 * @example
 * ```ts
 * PRIVACY_MODELS.find((m) => m.schema === NeedsAssessmentSchema)?.id; // => 'needs-assessment'
 * ```
 * @category Privacy
 */
export const PRIVACY_MODELS: readonly PrivacyModel[] = deepFreeze([
  { id: 'needs-assessment', schema: NeedsAssessmentSchema },
  { id: 'case-event', schema: CaseEventSchema },
  { id: 'se-case', schema: SeCaseSchema },
  { id: 'action-plan', schema: ActionPlanSchema },
  { id: 'training-plan', schema: TrainingPlanSchema },
  { id: 'follow-up-plan', schema: FollowUpPlanSchema },
  { id: 'candidate', schema: CandidateSchema },
  { id: 'job-opening', schema: JobOpeningSchema },
]);
