import { z } from 'zod';
import { IsoDateSchema } from '../core/dates/isoDate';
import { ProgrammeSchema } from '../needs/programme';
import { CaseOutcomeSchema } from './caseOutcome';
import { ConsentScopeSchema } from './consentScope';
import { ContactChannelSchema } from './contactChannel';
import { EmploymentContractTypeSchema } from './employmentContractType';
import { EmploymentEndReasonSchema } from './employmentEndReason';
import { FollowUpCounterpartSchema } from './followUpCounterpart';
import { PlacementEndReasonSchema } from './placementEndReason';
import { PlacementKindSchema } from './placementKind';
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
 * - `case-closed`: SE follow-up ends, with an outcome.
 *
 * @example
 * ```ts
 * CASE_EVENT_TYPES.length; // => 15
 * ```
 * @category Process
 */
export const CASE_EVENT_TYPES = [
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
  'case-closed',
] as const;

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

const ref = z.string().min(1).max(200);

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
 *   optional `positionPercent`, `industry`, `occupation`.
 * - `employment-ended`: `employmentId`, `reason` ({@link EmploymentEndReason}).
 * - `follow-up-contact`: `channel` ({@link ContactChannel}), `with` ({@link FollowUpCounterpart}).
 * - `case-closed`: `outcome` ({@link CaseOutcome}).
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
  }),
  z.strictObject({
    /** The event type. */
    type: z.literal('case-closed'),
    ...base,
    /** How the case ended. */
    outcome: CaseOutcomeSchema,
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
