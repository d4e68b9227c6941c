import { z } from 'zod';
import { INPUT_LIMITS } from '../core/inputLimits';
import { IsoDateSchema } from '../core/dates/isoDate';
import { ConsentScopeSchema } from '../process/consentScope';
import { MeetingStatusSchema } from './meetingStatus';
import { TrainingSupportKindSchema } from './trainingSupportKind';

const id = z.string().min(1).max(INPUT_LIMITS.idLength);

/**
 * Schema of a {@link TrainingTask}.
 *
 * @example
 * ```ts
 * TrainingTaskSchema.parse({ id: 't1', description: 'Sort and fold linen' }).learningGoalIds; // => []
 * ```
 * @category Plans
 */
export const TrainingTaskSchema = z.strictObject({
  /** The task's id, unique within the plan. */
  id,
  /** The work task, as the employer describes it. */
  description: z.string().min(1).max(INPUT_LIMITS.textLength),
  /** The ids of the learning goals this task trains. */
  learningGoalIds: z.array(id).max(INPUT_LIMITS.smallLists).default([]),
});

/**
 * A work task the participant is trained in.
 *
 * @example
 * ```ts
 * const task: TrainingTask = { id: 't1', description: 'Register hours in the time system', learningGoalIds: ['lg1'] };
 * ```
 * @category Plans
 */
export interface TrainingTask extends z.output<typeof TrainingTaskSchema> {}

/**
 * Schema of a {@link LearningGoal}.
 *
 * @example
 * ```ts
 * LearningGoalSchema.parse({ id: 'lg1', description: 'Works the machines safely alone' });
 * ```
 * @category Plans
 */
export const LearningGoalSchema = z.strictObject({
  /** The learning goal's id, unique within the plan. */
  id,
  /** What the participant will master. */
  description: z.string().min(1).max(INPUT_LIMITS.textLength),
  /** The date the goal should be reached by, if agreed. */
  targetDate: IsoDateSchema.optional(),
});

/**
 * What the participant will master, from the task analysis with learning goals.
 *
 * @remarks
 * Step 5 starts with a task analysis with learning goals (*oppgaveanalyse med
 * læremål*, AFI report 4.8.1, L7988).
 *
 * @example
 * ```ts
 * const goal: LearningGoal = { id: 'lg1', description: 'Follows the hygiene routine', targetDate: '2026-06-01' };
 * ```
 * @category Plans
 */
export interface LearningGoal extends z.output<typeof LearningGoalSchema> {}

/**
 * Schema of a {@link TrainingSupport}.
 *
 * @example
 * ```ts
 * TrainingSupportSchema.parse({ kind: 'buddy' });
 * ```
 * @category Plans
 */
export const TrainingSupportSchema = z.strictObject({
  /** The kind of support. */
  kind: TrainingSupportKindSchema,
  /** An opaque reference to the person giving the support (never a name). */
  ref: id.optional(),
  /** The first day of the support, if different from the plan's start. */
  from: IsoDateSchema.optional(),
});

/**
 * One support arrangement at the workplace: a mentor, a *fadder*, or the job specialist on site.
 *
 * @example
 * ```ts
 * const support: TrainingSupport = { kind: 'job-specialist-on-site', from: '2026-04-06' };
 * ```
 * @category Plans
 */
export interface TrainingSupport extends z.output<typeof TrainingSupportSchema> {}

/**
 * Schema of a {@link TrainingEvaluation}.
 *
 * @example
 * ```ts
 * TrainingEvaluationSchema.parse({ date: '2026-05-04', status: 'planned' });
 * ```
 * @category Plans
 */
export const TrainingEvaluationSchema = z.strictObject({
  /** The day of the evaluation with the employer and participant. */
  date: IsoDateSchema,
  /** Whether the evaluation is planned, held, cancelled or missed. */
  status: MeetingStatusSchema,
});

/**
 * A dated evaluation point of the training plan.
 *
 * @example
 * ```ts
 * const evaluation: TrainingEvaluation = { date: '2026-05-04', status: 'held' };
 * ```
 * @category Plans
 */
export interface TrainingEvaluation extends z.output<typeof TrainingEvaluationSchema> {}

/**
 * Schema of a {@link TrainingPlan}.
 *
 * @remarks
 * Parse untrusted input with {@link parseTrainingPlan} or {@link safeParseTrainingPlan}.
 *
 * @example
 * ```ts
 * const result = TrainingPlanSchema.safeParse(input);
 * if (result.success) validateTrainingPlan(result.data, { asOf: '2026-05-01' });
 * ```
 * @category Plans
 */
export const TrainingPlanSchema = z.strictObject({
  /** The training plan's id. */
  id,
  /** An opaque reference to the participant (never a name). */
  participantRef: id,
  /** An opaque reference to the employer. */
  employerRef: id,
  /** The id of the action-plan activity (placement or job) this plan belongs to, if any. */
  activityRef: id.optional(),
  /** The first day of training, normally the first day at the workplace. */
  startDate: IsoDateSchema,
  /** The work tasks the participant is trained in. */
  tasks: z.array(TrainingTaskSchema).max(INPUT_LIMITS.planEntries).default([]),
  /** The learning goals. */
  learningGoals: z.array(LearningGoalSchema).max(INPUT_LIMITS.planEntries).default([]),
  /** The support arranged at the workplace. */
  support: z.array(TrainingSupportSchema).max(INPUT_LIMITS.planEntries).default([]),
  /** The dated evaluation points with employer and participant. */
  evaluations: z.array(TrainingEvaluationSchema).max(INPUT_LIMITS.planEntries).default([]),
  /** Consent scopes the plan relies on beyond ordinary employer sharing (for example `employer-sharing-health`). */
  consentScopes: z.array(ConsentScopeSchema).max(INPUT_LIMITS.smallLists).default([]),
});

/**
 * A training plan (*opplæringsplan*) made with the employer for a placement or job.
 *
 * @remarks
 * Defining the tasks and making a training plan that employee and employer
 * both take part in, evaluated along the way, is the handbook's method for a
 * good start at work (handbook §12, L336–351; §14, L387). The job specialist
 * tells the employer about mentor and *fadder* arrangements (handbook §12,
 * L340). Check it with {@link validateTrainingPlan}.
 *
 * @example
 * ```ts
 * const plan: TrainingPlan = parseTrainingPlan(input);
 * validateTrainingPlan(plan, { asOf: '2026-05-01' }).issues;
 * ```
 * @category Plans
 */
export interface TrainingPlan extends z.output<typeof TrainingPlanSchema> {}

/**
 * The input form of a {@link TrainingPlan}: lists may be omitted.
 *
 * @example
 * ```ts
 * const input: TrainingPlanInput = { id: 'tp1', participantRef: 'pt-1', employerRef: 'emp-17', startDate: '2026-04-06' };
 * ```
 * @category Plans
 */
export interface TrainingPlanInput extends z.input<typeof TrainingPlanSchema> {}
