import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';
import { INPUT_LIMITS } from '../core/inputLimits';
import {
  ContactConstraintSchema,
  DressConstraintSchema,
  HealthLimitationSchema,
  TaskConstraintSchema,
} from '../needs/assessmentVocabularies';
import { NorwegianLevelSchema } from '../needs/norwegianLevelSchema';
import { ClockTimeSchema } from './clockTime';
import { EmployerSchema } from './employer';
import { IndustrySchema } from './industry';
import { LocationSchema } from './location';
import { PositionTypeSchema } from './positionType';

const flag = z.boolean().optional();

/**
 * The amounts of customer contact a job can have.
 *
 * @remarks
 * Service and retail work with much customer contact demand more Norwegian and
 * a service attitude (AFI report 3.5.1, L5766–5774, L5793–5797).
 *
 * @example
 * ```ts
 * CUSTOMER_CONTACT_LEVELS.includes('extensive'); // => true
 * ```
 * @category Matching
 */
export const CUSTOMER_CONTACT_LEVELS = deepFreeze(['none', 'some', 'extensive'] as const);

/**
 * Schema of a {@link JobSchedule}: when the work happens.
 *
 * @remarks
 * Start times, evenings and weekends against her care duties (AFI report 2.4.2,
 * L4423–4433); a spouse on shifts and children who need follow-up after school
 * (handbook L638–640).
 *
 * @example
 * ```ts
 * JobScheduleSchema.parse({ startTimes: ['06:00'], endTimes: ['14:00'], evenings: false, weekends: false });
 * ```
 * @category Matching
 */
export const JobScheduleSchema = z.strictObject({
  /** The start times of the shifts; the earliest one counts. */
  startTimes: z.array(ClockTimeSchema).min(1).max(20).optional(),
  /** The end times of the shifts; the latest one counts. */
  endTimes: z.array(ClockTimeSchema).min(1).max(20).optional(),
  /** True when some shifts run into the evening (after 18:00). */
  evenings: flag,
  /** True when some shifts are on Saturdays or Sundays. */
  weekends: flag,
  /** True when some shifts are at night. */
  nights: flag,
});

/**
 * When the work of an opening happens.
 *
 * @example
 * ```ts
 * const schedule: JobSchedule = { startTimes: ['08:00'], endTimes: ['16:00'], evenings: false };
 * ```
 * @category Matching
 */
export interface JobSchedule extends z.output<typeof JobScheduleSchema> {}

/**
 * Schema of a {@link JobOpening}: the employer's needs for one position, as the job specialist maps them.
 *
 * @remarks
 * The handbook's employer mapping ("Kartlegge arbeidsgivers behov", L596–604):
 * the need for labour, whether it is seasonal, part-time, extra shifts or a
 * full position, and the industry. The AFI report adds the real language demand
 * (3.5.1, L5793–5809), tasks and dress that can touch religious convictions
 * (handbook §9, L304–310), the employer's capacity to train (a willing
 * colleague, AFI 3.4.1, L5589–5591; mentor or *fadder*, handbook §12),
 * declared work (2.4.3, L4916–4936) and whether the job leads anywhere
 * (2.4.2, L4825–4855). Every field except `id`, `employer` and `industry` is
 * optional: an absent field is unknown, and `balanceJobMatch` turns it into a
 * question to clarify with the employer, never into a silent "fit".
 *
 * @example
 * ```ts
 * const opening = JobOpeningSchema.parse({
 *   id: 'o-1', employer: { id: 'e-1' }, industry: 'laundry', positionType: 'part-time', declaredWork: true,
 * });
 * ```
 * @category Matching
 */
export const JobOpeningSchema = z.strictObject({
  /** The id of the opening in the consumer's system. */
  id: z.string().min(1).max(INPUT_LIMITS.idLength),
  /** The employer and what the employer can offer. */
  employer: EmployerSchema,
  /** The industry of the workplace. */
  industry: IndustrySchema,
  /** The occupation or job title (free text, compared with her job wishes). */
  occupation: z.string().min(1).max(INPUT_LIMITS.idLength).optional(),
  /** The kind of position: seasonal, part-time, extra shifts or full time. */
  positionType: PositionTypeSchema.optional(),
  /** The position share (*stillingsprosent*), 1–100. */
  positionPercent: z.number().min(1).max(100).optional(),
  /** True for paid work; false for an unpaid placement (*arbeidspraksis*). */
  paid: flag,
  /** True when the work is declared, with a contract and declared pay (*hvit jobb*). */
  declaredWork: flag,
  /** True when employment is a real possibility if all goes well (for placements). */
  hiringProspect: flag,
  /** When the work happens. */
  schedule: JobScheduleSchema.optional(),
  /** Where the workplace is. */
  location: LocationSchema.optional(),
  /** The language the work really demands. */
  language: z
    .strictObject({
      /** The Norwegian level the work really demands; absent means the industry default. */
      required: NorwegianLevelSchema.optional(),
      /** True when the tasks need reading (written instructions, labels, lists). */
      readingRequired: flag,
      /** How much customer contact the job has. */
      customerContact: z.enum(CUSTOMER_CONTACT_LEVELS).optional(),
    })
    .optional(),
  /** Tasks that can touch religious convictions (pork, alcohol, meat that is not halal). */
  sensitiveTasks: z
    .strictObject({
      /** The tasks the job involves; `[]` records "none". */
      involves: z.array(TaskConstraintSchema).max(10),
      /** True when colleagues can take these tasks over. */
      reassignable: flag,
      /**
       * False when the employer has refused every adaptation of these tasks (gloves, other
       * packaging, swapping tasks); true when the employer is open to them (handbook §9, L302–310).
       */
      canAdapt: flag,
    })
    .optional(),
  /** Physical contact the job involves (a handshake with customers, personal care). */
  contact: z
    .strictObject({
      /** The kinds of contact the job involves; `[]` records "none". */
      involves: z.array(ContactConstraintSchema).max(10),
      /** True when the contact can be avoided or handled another way. */
      avoidable: flag,
    })
    .optional(),
  /** The dress code. */
  dress: z
    .strictObject({
      /** True when the job has a uniform or a strict dress code. */
      uniform: z.boolean(),
      /** The religious dress the uniform already includes (some employers have a hijab as part of it). */
      accommodates: z.array(DressConstraintSchema).max(10).optional(),
      /** True when the employer is willing to adapt the uniform. */
      canAdapt: flag,
    })
    .optional(),
  /** The demands of the work that health limits can clash with; `[]` records "none". */
  demands: z.array(HealthLimitationSchema).max(20).optional(),
  /** True when the employer can adapt the work to health limits (*tilrettelegging*). */
  canAccommodateHealth: flag,
  /** What the employer expects of the person. */
  expectations: z
    .strictObject({
      /** True when the employer expects her to see tasks and take initiative without being told. */
      initiative: flag,
      /** True when the job needs a service attitude towards customers. */
      serviceAttitude: flag,
      /** True when the employer requires experience from the same kind of work. */
      experienceRequired: flag,
    })
    .optional(),
  /** The workplace's capacity to train and support her. */
  training: z
    .strictObject({
      /** True when a mentor or *fadder* is appointed. */
      mentor: flag,
      /** True when a colleague is willing to train, support and welcome her. */
      willingTrainer: flag,
      /** True when a training plan (*opplæringsplan*) will be made with the employer. */
      trainingPlan: flag,
    })
    .optional(),
  /** Whether the job leads on. */
  development: z
    .strictObject({
      /** True when there is a path to a permanent position. */
      pathToPermanent: flag,
      /** True when more hours or a larger position share are possible. */
      moreHoursPossible: flag,
      /** True when a trade certificate (*fagbrev*) can be taken at the workplace. */
      certificatePossible: flag,
    })
    .optional(),
});

/**
 * The employer's needs for one position (parsed); see {@link JobOpeningSchema}.
 *
 * @example
 * ```ts
 * const opening: JobOpening = { id: 'o-1', employer: { id: 'e-1' }, industry: 'kindergarten' };
 * ```
 * @category Matching
 */
export interface JobOpening extends z.output<typeof JobOpeningSchema> {}

/**
 * The input accepted by {@link JobOpeningSchema}, before parsing.
 *
 * @example
 * ```ts
 * const input: JobOpeningInput = { id: 'o-1', employer: { id: 'e-1' }, industry: 'retail' };
 * parseJobOpening(input);
 * ```
 * @category Matching
 */
export interface JobOpeningInput extends z.input<typeof JobOpeningSchema> {}
