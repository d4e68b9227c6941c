import { z } from 'zod';
import { INPUT_LIMITS } from '../core/inputLimits';
import { IsoDateSchema } from '../core/dates/isoDate';
import { NorwegianLevelSchema } from '../needs/norwegianLevelSchema';
import { ConsentScopeSchema } from '../process/consentScope';
import { ActivityKindSchema } from './activityKind';
import { ActivityOwnerSchema } from './activityOwner';
import { ActivityStatusSchema } from './activityStatus';
import { GoalStatusSchema } from './goalStatus';
import { MeetingStatusSchema } from './meetingStatus';
import { NavMeasureUseSchema } from './navMeasureUse';
import { PlanFormSchema } from './planForm';

const id = z.string().min(1).max(INPUT_LIMITS.idLength);

/**
 * Schema of a {@link MainGoal}: paid work or education, with a target date.
 *
 * @example
 * ```ts
 * MainGoalSchema.parse({ kind: 'work', occupation: 'kindergarten assistant', targetDate: '2027-06-30', paid: true, declared: true });
 * ```
 * @category Plans
 */
export const MainGoalSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** The goal is work. */
    kind: z.literal('work'),
    /** The occupation the participant aims for, in her own words or a standard title. */
    occupation: z.string().min(1).max(INPUT_LIMITS.textLength),
    /** The date the goal should be reached by. */
    targetDate: IsoDateSchema,
    /** The Norwegian level the occupation really demands, if known. */
    requiredNorwegianLevel: NorwegianLevelSchema.optional(),
    /** True when the work aimed for is paid. */
    paid: z.boolean(),
    /** True when the work aimed for is declared work with declared pay (*hvit jobb*). */
    declared: z.boolean(),
  }),
  z.strictObject({
    /** The goal is education. */
    kind: z.literal('education'),
    /** The occupation or field the education leads to. */
    occupation: z.string().min(1).max(INPUT_LIMITS.textLength),
    /** The date the goal should be reached by (admission or completion, as agreed). */
    targetDate: IsoDateSchema,
    /** The Norwegian level the education demands, if known. */
    requiredNorwegianLevel: NorwegianLevelSchema.optional(),
  }),
]);

/**
 * The main goal of an action plan: paid, declared work or education.
 *
 * @remarks
 * SE aims at ordinary paid work (domain specification §2) or education; the
 * handbook names "work or education" as the participant's goal (handbook §5,
 * L238). Work must be declared work with declared pay (AFI report 2.4.3,
 * L4916–4936).
 *
 * @example
 * ```ts
 * const goal: MainGoal = { kind: 'education', occupation: 'health worker', targetDate: '2028-06-20', requiredNorwegianLevel: 'b1' };
 * ```
 * @category Plans
 */
export type MainGoal = z.output<typeof MainGoalSchema>;

/**
 * Schema of a {@link SubGoal}.
 *
 * @example
 * ```ts
 * SubGoalSchema.parse({ id: 'sg-1', description: 'Travel alone by bus', targetDate: '2026-05-01' }).status; // => 'open'
 * ```
 * @category Plans
 */
export const SubGoalSchema = z.strictObject({
  /** The sub-goal's id, unique within the plan. */
  id,
  /** What the participant will have reached, in the plan's words. */
  description: z.string().min(1).max(INPUT_LIMITS.textLength),
  /** The date the sub-goal should be reached by. */
  targetDate: IsoDateSchema,
  /** Whether the sub-goal is open, achieved or dropped; `open` when omitted. */
  status: GoalStatusSchema.default('open'),
});

/**
 * A step on the way to the main goal, with its own target date.
 *
 * @remarks
 * Sub-goals are listed in the order they are meant to be reached; their dates
 * form a realistic time plan that ends no later than the main goal (handbook
 * §1, L185).
 *
 * @example
 * ```ts
 * const sub: SubGoal = { id: 'sg-1', description: 'Norwegian A2 oral test', targetDate: '2026-12-15', status: 'open' };
 * ```
 * @category Plans
 */
export interface SubGoal extends z.output<typeof SubGoalSchema> {}

/**
 * Schema of a {@link PlanActivity}.
 *
 * @example
 * ```ts
 * PlanActivitySchema.parse({ id: 'a1', kind: 'meeting', owner: 'job-specialist', startDate: '2026-03-02', hoursPerWeek: 1, status: 'planned' });
 * ```
 * @category Plans
 */
export const PlanActivitySchema = z.strictObject({
  /** The activity's id, unique within the plan. */
  id,
  /** What kind of activity it is. */
  kind: ActivityKindSchema,
  /** A short title, in the plan's words. */
  title: z.string().min(1).max(INPUT_LIMITS.textLength).optional(),
  /** Who is responsible for the activity. */
  owner: ActivityOwnerSchema,
  /** The first day of the activity. */
  startDate: IsoDateSchema,
  /** The last day of the activity, which is also its deadline; open-ended when omitted. */
  endDate: IsoDateSchema.optional(),
  /** The hours per week the activity takes of the participant's time. */
  hoursPerWeek: z.number().min(0).max(80),
  /** Where the activity stands. */
  status: ActivityStatusSchema,
  /** The ids of the sub-goals this activity serves. */
  subGoalIds: z.array(id).max(INPUT_LIMITS.smallLists).default([]),
  /** An opaque reference to the employer, for placements and jobs. */
  employerRef: id.optional(),
  /** For paid placements and jobs: true when the work is declared with declared pay. */
  declared: z.boolean().optional(),
  /** For placements: true when the placement led to the participant being hired. */
  hired: z.boolean().optional(),
  /** The NAV measure used for this activity, with its period, if any. */
  navMeasure: NavMeasureUseSchema.optional(),
  /** Consent scopes the activity relies on beyond those its kind and owner imply (for example `employer-sharing-health`). */
  consentScopes: z.array(ConsentScopeSchema).max(INPUT_LIMITS.smallLists).default([]),
  /** A reference to the training plan (*opplæringsplan*) for this placement or job. */
  trainingPlanRef: id.optional(),
});

/**
 * One activity in an action plan: who does what, when, for how many hours a week.
 *
 * @remarks
 * Activities carry an owner, dates, hours and status (domain specification
 * §7; AFI report 4.5, L7402–7404). Family councils and activities owned by the
 * family or network need `family-contact` consent; health follow-up and
 * activities owned by another service need `cross-agency-contact`; work
 * trials, placements and activities owned by the employer need
 * `employer-sharing`; `consentScopes` adds any further scope.
 *
 * @example
 * ```ts
 * const placement: PlanActivity = {
 *   id: 'a3', kind: 'unpaid-placement', owner: 'employer', startDate: '2026-04-06', endDate: '2026-05-15',
 *   hoursPerWeek: 15, status: 'planned', subGoalIds: ['sg-2'], consentScopes: [], employerRef: 'emp-17',
 * };
 * ```
 * @category Plans
 */
export interface PlanActivity extends z.output<typeof PlanActivitySchema> {}

/**
 * Schema of a {@link PlanAgreement}.
 *
 * @example
 * ```ts
 * PlanAgreementSchema.parse({ agreedOn: '2026-02-16', interpreterUsed: true, form: 'simplified' });
 * ```
 * @category Plans
 */
export const PlanAgreementSchema = z.strictObject({
  /** The day the plan was gone through and agreed with the participant. */
  agreedOn: IsoDateSchema,
  /** True when a (professional) interpreter took part. */
  interpreterUsed: z.boolean(),
  /** The form the participant received the plan in. */
  form: PlanFormSchema,
});

/**
 * How and when the participant agreed to the plan.
 *
 * @remarks
 * The participant is the project leader of her own project and must agree
 * with what is done (handbook §2, L195–197). An interpreter is used when going
 * through the agreement if needed (AFI report 4.4, L7264; 7.3, L12553), and the
 * plan is oral or simplified when written Norwegian is too hard (AFI report
 * 4.5.2, L7455–7463).
 *
 * @example
 * ```ts
 * const agreement: PlanAgreement = { agreedOn: '2026-02-16', interpreterUsed: false, form: 'written' };
 * ```
 * @category Plans
 */
export interface PlanAgreement extends z.output<typeof PlanAgreementSchema> {}

/**
 * Schema of a {@link PlanReview}.
 *
 * @example
 * ```ts
 * PlanReviewSchema.parse({ date: '2026-05-04', status: 'planned' });
 * ```
 * @category Plans
 */
export const PlanReviewSchema = z.strictObject({
  /** The day of the review meeting. */
  date: IsoDateSchema,
  /** Whether the review is planned, held, cancelled or missed. */
  status: MeetingStatusSchema,
});

/**
 * A dated review of the plan with the participant.
 *
 * @remarks
 * The plan is a living document, updated through all five steps (AFI report
 * 4.5.1, L7405–7407). A planned review whose date has passed is overdue.
 *
 * @example
 * ```ts
 * const review: PlanReview = { date: '2026-05-04', status: 'held' };
 * ```
 * @category Plans
 */
export interface PlanReview extends z.output<typeof PlanReviewSchema> {}

/**
 * Schema of a {@link PlanVersion}.
 *
 * @example
 * ```ts
 * PlanVersionSchema.parse({ version: 2, date: '2026-05-04' });
 * ```
 * @category Plans
 */
export const PlanVersionSchema = z.strictObject({
  /** The version number, from 1. */
  version: z.number().int().min(1),
  /** The day this version was made. */
  date: IsoDateSchema,
  /** What changed, in the plan's words. */
  summary: z.string().min(1).max(INPUT_LIMITS.textLength).optional(),
});

/**
 * One entry in the plan's version history.
 *
 * @example
 * ```ts
 * const v1: PlanVersion = { version: 1, date: '2026-02-16', summary: 'First plan' };
 * ```
 * @category Plans
 */
export interface PlanVersion extends z.output<typeof PlanVersionSchema> {}

/**
 * Schema of an {@link ActionPlan}.
 *
 * @remarks
 * Parse untrusted input with {@link parseActionPlan} or {@link safeParseActionPlan}.
 *
 * @example
 * ```ts
 * const result = ActionPlanSchema.safeParse(input);
 * if (result.success) validateActionPlan(result.data, { asOf: '2026-03-01' });
 * ```
 * @category Plans
 */
export const ActionPlanSchema = z.strictObject({
  /** The plan's id. */
  id,
  /** An opaque reference to the participant (never a name). */
  participantRef: id,
  /** The main goal: work or education. */
  mainGoal: MainGoalSchema,
  /** The sub-goals, in the order they are meant to be reached. */
  subGoals: z.array(SubGoalSchema).max(INPUT_LIMITS.planEntries).default([]),
  /** The activities: who does what, when. */
  activities: z.array(PlanActivitySchema).max(INPUT_LIMITS.planEntries).default([]),
  /** How and when the plan was agreed with the participant; absent while it is a draft. */
  agreement: PlanAgreementSchema.optional(),
  /** The dated reviews of the plan. */
  reviews: z.array(PlanReviewSchema).max(INPUT_LIMITS.planEntries).default([]),
  /** The plan's version history, oldest first. */
  versions: z.array(PlanVersionSchema).max(INPUT_LIMITS.planEntries).default([]),
});

/**
 * An individual action plan (*jobbstøtteplan*, *handlingsplan*, plan for competence development).
 *
 * @remarks
 * Started in step 1 with responsibilities and deadlines for both the job
 * specialist and the participant, and developed through all five steps (AFI
 * report 4.4–4.5, L7312–7313, L7402–7407). It must be realistic — fitted to the
 * home situation, health and any job, not so ambitious that the participant
 * fails (handbook §1, L183–185). Check it with {@link validateActionPlan}.
 *
 * @example
 * ```ts
 * const plan: ActionPlan = parseActionPlan(input);
 * validateActionPlan(plan, { asOf: '2026-03-01', availableHoursPerWeek: 20 }).valid;
 * ```
 * @category Plans
 */
export interface ActionPlan extends z.output<typeof ActionPlanSchema> {}

/**
 * The input form of an {@link ActionPlan}: lists and sub-goal statuses may be omitted.
 *
 * @example
 * ```ts
 * const input: ActionPlanInput = { id: 'p1', participantRef: 'pt-1', mainGoal: { kind: 'education', occupation: 'nurse', targetDate: '2029-06-20' } };
 * ```
 * @category Plans
 */
export interface ActionPlanInput extends z.input<typeof ActionPlanSchema> {}
