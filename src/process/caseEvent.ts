import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';
import { INPUT_LIMITS } from '../core/inputLimits';
import { IsoDateSchema } from '../core/dates/isoDate';
import { NorwegianLevelSchema } from '../needs/norwegianLevelSchema';
import { ProgrammeSchema } from '../needs/programme';
import { AttachmentSourceSchema } from './attachmentSource';
import { AttachmentStatusSchema } from './attachmentStatus';
import { CaseOutcomeSchema } from './caseOutcome';
import { ConsentScopeSchema } from './consentScope';
import { ContactChannelSchema } from './contactChannel';
import { EmploymentContractTypeSchema } from './employmentContractType';
import { EducationKindSchema } from './educationKind';
import { EmploymentEndReasonSchema } from './employmentEndReason';
import { FollowUpTopicOnContractSchema } from './followUpTopicOnContract';
import { FollowUpCounterpartSchema } from './followUpCounterpart';
import { PlacementEndReasonSchema } from './placementEndReason';
import { PlacementKindSchema } from './placementKind';
import { ProgrammeLeaveReasonSchema } from './programmeLeaveReason';
import { ReferralSourceSchema } from './referralSource';
import { SeDocumentIdSchema } from './seDocumentId';
import { SeStepIdSchema } from './seStep';
import { StepChangeReasonSchema } from './stepChangeReason';
import { ThirdPartySchema } from './thirdParty';

/**
 * The event types of a case, in the order a journey usually meets them.
 *
 * @remarks
 * Each type is one member of {@link CaseEventSchema}:
 * - `referral`: the participant is referred to a job specialist.
 * - `consent-given`, `consent-withdrawn`: one consent scope is given or withdrawn.
 * - `cooperation-agreement-signed`: the step-1 agreement (*samarbeidsavtale*) is signed.
 * - `step-entered`: the case moves to one of the five steps (forward or back).
 * - `document-recorded`: one of the {@link SE_DOCUMENT_IDS} is made or updated.
 * - `needs-assessed`, `needs-reassessed`: a needs assessment is done or redone.
 * - `third-party-contact`: contact with the family or network, or another service.
 * - `placement-started`, `placement-ended`: a work trial or placement.
 * - `employment-started`, `employment-ended`: a job.
 * - `follow-up-contact`: a contact of follow-up after employment (*etteroppfølging*).
 * - `programme-leave`: she takes leave from the programme, for work or another reason.
 * - `education-started`: she starts education or is put on a waiting list for it.
 * - `case-closed`: SE follow-up ends, with an outcome.
 * - `attachment-observed`: her attachment to work is observed, also after the case is closed.
 *
 * @example
 * ```ts
 * CASE_EVENT_TYPES.length; // => 18
 * ```
 * @category Process
 */
export const CASE_EVENT_TYPES = deepFreeze([
  'referral',
  'consent-given',
  'consent-withdrawn',
  'cooperation-agreement-signed',
  'step-entered',
  'document-recorded',
  'needs-assessed',
  'needs-reassessed',
  'third-party-contact',
  'placement-started',
  'placement-ended',
  'employment-started',
  'employment-ended',
  'follow-up-contact',
  'programme-leave',
  'education-started',
  'case-closed',
  'attachment-observed',
] as const);

/**
 * One case event type; see {@link CASE_EVENT_TYPES}.
 *
 * @example
 * ```ts
 * const type: CaseEventType = 'step-entered';
 * ```
 * @category Process
 */
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

const ref = z.string().min(1).max(INPUT_LIMITS.idLength);

const base = {
  /** The event's id, unique within the case. */
  id: ref,
  /** The calendar date the event happened. */
  date: IsoDateSchema,
};

/**
 * Schema of a {@link CaseEvent}: a discriminated union on `type`.
 *
 * @remarks
 * Every event has an `id` (unique within the case) and a `date` (an ISO
 * calendar date). The fields per type:
 * - `referral`: `programme` ({@link Programme}), `referredBy` ({@link ReferralSource}).
 * - `consent-given`, `consent-withdrawn`: `scope` ({@link ConsentScope}).
 * - `cooperation-agreement-signed`: `interpreterUsed` (boolean).
 * - `step-entered`: `step` ({@link SeStepId}), `reason` ({@link StepChangeReason}, required when moving back).
 * - `document-recorded`: `document` ({@link SeDocumentId}), optional `step`, optional `documentRef`.
 * - `needs-assessed`, `needs-reassessed`: `assessmentId` (the needs assessment's id; the event date is its date).
 * - `third-party-contact`: `party` ({@link ThirdParty}), `channel` ({@link ContactChannel}).
 * - `placement-started`: `placementId`, `kind` ({@link PlacementKind}), `employerId`, `hoursPerWeek`.
 * - `placement-ended`: `placementId`, `reason` ({@link PlacementEndReason}).
 * - `employment-started`: `employmentId`, `employerId`, `contractType` ({@link EmploymentContractType}),
 *   optional `positionPercent`, `industry`, `occupation`, optional `declared` (absent means declared),
 *   optional `involuntaryPartTime`, optional `norwegianLevel` ({@link NorwegianLevel}, the level the job
 *   demands or develops; job quality, AFI report 7.2.3, L12374–12378, L12589–12591).
 * - `employment-ended`: `employmentId`, `reason` ({@link EmploymentEndReason}).
 * - `follow-up-contact`: `channel` ({@link ContactChannel}), `with` ({@link FollowUpCounterpart}),
 *   optional `topic` ({@link FollowUpTopicOnContract}: follow-up on the contract or the position share,
 *   the third leg of the AFI work-goal definition, L11386–11388).
 * - `programme-leave`: `reason` ({@link ProgrammeLeaveReason}), optional `until` (AFI report L11384–11388, L10905–10909).
 * - `education-started`: `education` ({@link EducationKind}), optional `withPartTimeJob` (AFI report L11513–11523).
 * - `case-closed`: `outcome` ({@link CaseOutcome}).
 * - `attachment-observed`: `status` ({@link AttachmentStatus}), `observedVia` ({@link AttachmentSource})
 *   (attachment 6 months, 1 and 3 years after exit, AFI report 7.2.3, L12400–12406).
 *
 * Ids of employers, placements and documents are references into the
 * consumer's own registers; the events hold no names or free text, so a log
 * can be shared for research without special-category data (GDPR art. 9).
 *
 * @example
 * ```ts
 * CaseEventSchema.parse({ type: 'referral', id: 'e1', date: '2026-01-12', programme: 'jobbsjansen', referredBy: 'jobbsjansen-adviser' });
 * ```
 * @category Process
 */
export const CaseEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    /** The event type. */
    type: z.literal('referral'),
    ...base,
    /** The programme the participant follows SE in. */
    programme: ProgrammeSchema,
    /** Who referred her to the job specialist. */
    referredBy: ReferralSourceSchema,
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('consent-given'),
    ...base,
    /** The consent scope given. */
    scope: ConsentScopeSchema,
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('consent-withdrawn'),
    ...base,
    /** The consent scope withdrawn. */
    scope: ConsentScopeSchema,
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('cooperation-agreement-signed'),
    ...base,
    /** Whether a professional interpreter took part when the agreement was gone through. */
    interpreterUsed: z.boolean(),
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('step-entered'),
    ...base,
    /** The step the case moves to. */
    step: SeStepIdSchema,
    /** Why the case moves; required when it moves back to an earlier step. */
    reason: StepChangeReasonSchema.optional(),
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('document-recorded'),
    ...base,
    /** The document made or updated. */
    document: SeDocumentIdSchema,
    /** The step the work was done in; defaults to the case's current step. */
    step: SeStepIdSchema.optional(),
    /** A reference to the document in the consumer's archive. */
    documentRef: ref.optional(),
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('needs-assessed'),
    ...base,
    /** The id of the needs assessment; the event date is the assessment date. */
    assessmentId: ref,
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('needs-reassessed'),
    ...base,
    /** The id of the new needs assessment; the event date is the assessment date. */
    assessmentId: ref,
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('third-party-contact'),
    ...base,
    /** Who outside the case was contacted. */
    party: ThirdPartySchema,
    /** How. */
    channel: ContactChannelSchema,
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('placement-started'),
    ...base,
    /** The placement's id, unique within the case. */
    placementId: ref,
    /** The kind of placement. */
    kind: PlacementKindSchema,
    /** The employer: an id or organisation number in the consumer's register. */
    employerId: ref,
    /** Agreed hours per week. */
    hoursPerWeek: z.number().gt(0).max(60),
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('placement-ended'),
    ...base,
    /** The id of the placement that ends. */
    placementId: ref,
    /** Why it ended. */
    reason: PlacementEndReasonSchema,
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('employment-started'),
    ...base,
    /** The employment's id, unique within the case. */
    employmentId: ref,
    /** The employer: an id or organisation number in the consumer's register. */
    employerId: ref,
    /** The contract type. */
    contractType: EmploymentContractTypeSchema,
    /** The position share in percent; leave out for on-call work without a fixed share. */
    positionPercent: z.number().gt(0).max(100).optional(),
    /** The industry, as a code or label from the consumer's classification (for example NACE). */
    industry: ref,
    /** The occupation, as a code or label from the consumer's classification (for example STYRK). */
    occupation: ref,
    /** Whether the job is declared work with a contract; absent means declared (`true`). Undeclared work never counts as paid work. */
    declared: z.boolean().optional(),
    /** Whether she works part time against her wish (*ufrivillig deltid*). */
    involuntaryPartTime: z.boolean().optional(),
    /** The Norwegian level the job asks of her (job quality, AFI report L12374–12378). */
    norwegianLevel: NorwegianLevelSchema.optional(),
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('employment-ended'),
    ...base,
    /** The id of the employment that ends. */
    employmentId: ref,
    /** Why it ended. */
    reason: EmploymentEndReasonSchema,
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('follow-up-contact'),
    ...base,
    /** How the contact took place. */
    channel: ContactChannelSchema,
    /** Whom it was with; `both` is a triangular meeting. */
    with: FollowUpCounterpartSchema,
    /** Set when the contact follows up her contract or position share (AFI report L11386–11388). */
    topic: FollowUpTopicOnContractSchema.optional(),
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('programme-leave'),
    ...base,
    /** Why she takes leave. */
    reason: ProgrammeLeaveReasonSchema,
    /** The last day of the leave, when known; absent means open-ended. */
    until: IsoDateSchema.optional(),
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('education-started'),
    ...base,
    /** The kind of education, or a waiting list for it. */
    education: EducationKindSchema,
    /** Whether she combines the education with a part-time job. */
    withPartTimeJob: z.boolean().optional(),
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('case-closed'),
    ...base,
    /** How the case ended. */
    outcome: CaseOutcomeSchema,
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('attachment-observed'),
    ...base,
    /** What was observed on the date. */
    status: AttachmentStatusSchema,
    /** How it was observed. */
    observedVia: AttachmentSourceSchema,
  }),
]);

/**
 * One dated event in a participant's SE journey.
 *
 * @remarks
 * A case is the fold of its events (see {@link applyCaseEvent} and
 * {@link replayCase}); events are facts and are never edited, only followed by
 * later events. Parse untrusted input with {@link parseCaseEvent} or
 * {@link safeParseCaseEvent}.
 *
 * @example
 * ```ts
 * const event: CaseEvent = { type: 'step-entered', id: 'e7', date: '2026-02-02', step: 'vocational-profiling' };
 * ```
 * @category Process
 */
export type CaseEvent = z.output<typeof CaseEventSchema>;

/**
 * The input shape of a {@link CaseEvent}, before parsing.
 *
 * @example
 * ```ts
 * const input: CaseEventInput = { type: 'consent-given', id: 'e2', date: '2026-01-19', scope: 'se-participation' };
 * ```
 * @category Process
 */
export type CaseEventInput = z.input<typeof CaseEventSchema>;

/**
 * The case event of one type, such as `CaseEventOf<'placement-started'>`.
 *
 * @example
 * ```ts
 * const closed: CaseEventOf<'case-closed'> = { type: 'case-closed', id: 'e40', date: '2027-09-01', outcome: 'work' };
 * ```
 * @category Process
 */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
