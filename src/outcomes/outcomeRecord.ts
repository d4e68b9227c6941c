import { INPUT_LIMITS } from '../core/inputLimits';
import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';
import { IsoDateSchema } from '../core/dates/isoDate';
import { ProgrammeSchema } from '../needs/programme';
import { AttachmentStatusSchema } from '../process/attachmentStatus';
import { CaseOutcomeSchema } from '../process/caseOutcome';
import { EmploymentContractTypeSchema } from '../process/employmentContractType';

/**
 * Where a participant stands when she has not reached the work goal.
 *
 * @remarks
 * The AFI report sorts the participants who had not reached work into
 * education or a waiting list, a stop for health or care, still under
 * mapping, a traditional pathway (unpaid placements and Norwegian training),
 * and other (AFI report 6.6, L11513–11544).
 *
 * @example
 * ```ts
 * NON_WORK_STATUSES.length; // => 5
 * ```
 * @category Outcomes
 */
export const NON_WORK_STATUSES = deepFreeze([
  'education-or-waiting-list',
  'health-or-care-stop',
  'under-mapping',
  'traditional-pathway',
  'other',
] as const);

/**
 * One value of {@link NON_WORK_STATUSES}.
 *
 * @example
 * ```ts
 * const status: NonWorkStatus = 'under-mapping';
 * ```
 * @category Outcomes
 */
export type NonWorkStatus = (typeof NON_WORK_STATUSES)[number];

const ref = z.string().min(1).max(200);

/**
 * Schema of an {@link OutcomeRecord}: one participant's individual report (*individrapport*).
 *
 * @remarks
 * The AFI report's results came as 202 individual reports (AFI report 6.6,
 * L11378–11380), so a record can be imported as well as derived from a case
 * ({@link toOutcomeRecord}). Unknown keys are refused. A record holds ids,
 * dates and closed codes only; `exit.kind` can say `health` and is
 * special-category data.
 *
 * @example
 * ```ts
 * OutcomeRecordSchema.safeParse({ caseId: 'c1', programme: 'jobbsjansen', referredOn: '2026-01-05', seStartedOn: null,
 *   firstPlacementOn: null, firstPaidWorkOn: null, exit: null, onLeaveForWork: false, inContractFollowUp: false,
 *   employments: [], attachment: [] }).success; // => true
 * ```
 * @category Outcomes
 */
export const OutcomeRecordSchema = z.strictObject({
  /** The case id in the consumer's system. */
  caseId: ref,
  /** The programme she follows SE in. */
  programme: ProgrammeSchema,
  /** Her job specialist, an id in the consumer's register. */
  jobSpecialistId: ref.optional(),
  /** The referral date, or null when unknown. */
  referredOn: IsoDateSchema.nullable(),
  /** The date SE started: the cooperation agreement, else the first step entered. */
  seStartedOn: IsoDateSchema.nullable(),
  /** The first placement of any kind, job tasting included. */
  firstPlacementOn: IsoDateSchema.nullable(),
  /** The first declared employment or paid placement. */
  firstPaidWorkOn: IsoDateSchema.nullable(),
  /** The exit from SE, or null while the case is open. */
  exit: z
    .strictObject({
      /** The exit date. */
      date: IsoDateSchema,
      /** How the case ended. */
      kind: CaseOutcomeSchema,
    })
    .nullable(),
  /** Whether she is on leave from the programme because of work. */
  onLeaveForWork: z.boolean(),
  /** Whether the case is open and she is followed up on her contract or position share while employed. */
  inContractFollowUp: z.boolean(),
  /** Her jobs. */
  employments: z
    .array(
      z.strictObject({
        /** The first day. */
        start: IsoDateSchema,
        /** The last day, absent while it lasts. */
        end: IsoDateSchema.optional(),
        /** The contract type. */
        contractType: EmploymentContractTypeSchema,
        /** The position share in percent, when known. */
        positionPercent: z.number().gt(0).max(100).optional(),
        /** Whether she works part time against her wish, when known. */
        involuntaryPartTime: z.boolean().optional(),
        /** The industry, as a code or label. */
        industry: ref,
        /** Whether it is declared work with a contract. */
        declared: z.boolean(),
      }),
    )
    .max(INPUT_LIMITS.smallLists),
  /** Observations of her attachment to work. */
  attachment: z
    .array(
      z.strictObject({
        /** The date of the observation. */
        date: IsoDateSchema,
        /** What was observed. */
        status: AttachmentStatusSchema,
      }),
    )
    .max(INPUT_LIMITS.smallLists),
  /** Where she stands when she has not reached the work goal. */
  nonWorkStatus: z.enum(NON_WORK_STATUSES).optional(),
  /** Whether she had complex needs (or an SE indicator) at intake, when known. */
  complexAtIntake: z.boolean().optional(),
});

/**
 * One participant's individual report (*individrapport*): the facts the outcome figures are computed from.
 *
 * @remarks
 * Derive it with {@link toOutcomeRecord} or parse an import with
 * {@link parseOutcomeRecord}; compute cohort figures with
 * {@link computeOutcomeKpis} (AFI report 6.6, L11378–11388).
 *
 * @example
 * ```ts
 * const record: OutcomeRecord = {
 *   caseId: 'c1', programme: 'jobbsjansen', referredOn: '2026-01-05', seStartedOn: '2026-01-12',
 *   firstPlacementOn: null, firstPaidWorkOn: null, exit: null, onLeaveForWork: false,
 *   inContractFollowUp: false, employments: [], attachment: [],
 * };
 * ```
 * @category Outcomes
 */
export type OutcomeRecord = z.output<typeof OutcomeRecordSchema>;
