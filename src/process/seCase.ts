import { z } from 'zod';
import { IsoDateSchema } from '../core/dates/isoDate';
import { ProgrammeSchema } from '../needs/programme';
import { CaseEventSchema } from './caseEvent';
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

const eventId = z.string().min(1);

/**
 * Schema of a {@link SeCase}: the state of one participant's SE journey.
 *
 * @remarks
 * Every field except `id`, `openedOn` and `events` is derived from `events`;
 * storing the events and replaying them ({@link replayCase}) gives the same case.
 *
 * @example
 * ```ts
 * SeCaseSchema.safeParse(createCase({ id: 'case-17', openedOn: '2026-01-12' })).success; // => true
 * ```
 * @category Process
 */
export const SeCaseSchema = z.object({
  /** The case id in the consumer's system. */
  id: z.string().min(1),
  /** The date the case was opened. */
  openedOn: IsoDateSchema,
  /** Every accepted event, in the order applied (which is date order). */
  events: z.array(CaseEventSchema),
  /** The referral, or null before it is recorded. */
  referral: z
    .object({
      /** The id of the referral event. */
      eventId,
      /** The referral date. */
      date: IsoDateSchema,
      /** The programme the participant follows SE in. */
      programme: ProgrammeSchema,
      /** Who referred her. */
      referredBy: ReferralSourceSchema,
    })
    .nullable(),
  /** The latest state of each consent scope that has been given at least once. */
  consents: z.partialRecord(
    ConsentScopeSchema,
    z.object({
      /** Whether the consent is in force (`given`) or not (`withdrawn`). */
      status: z.enum(['given', 'withdrawn']),
      /** The date of the latest change. */
      since: IsoDateSchema,
      /** The id of the event behind the latest change. */
      eventId,
    }),
  ),
  /** The latest signed cooperation agreement, or null. */
  cooperationAgreement: z
    .object({
      /** The id of the signing event. */
      eventId,
      /** The signing date. */
      signedOn: IsoDateSchema,
      /** Whether a professional interpreter took part. */
      interpreterUsed: z.boolean(),
    })
    .nullable(),
  /** The step the case is in now, or null before the first step is entered. */
  currentStep: SeStepIdSchema.nullable(),
  /** Every step entry, in order; steps may repeat. */
  stepHistory: z.array(
    z.object({
      /** The id of the step-entered event. */
      eventId,
      /** The step entered. */
      step: SeStepIdSchema,
      /** The date it was entered. */
      enteredOn: IsoDateSchema,
      /** `first` for the first entry, `forward` to a later step, `back` to an earlier one. */
      direction: z.enum(['first', 'forward', 'back']),
      /** The recorded reason, or null. */
      reason: StepChangeReasonSchema.nullable(),
    }),
  ),
  /** Every recorded document, in order; living documents appear once per update. */
  documents: z.array(
    z.object({
      /** The id of the document-recorded event. */
      eventId,
      /** The document. */
      document: SeDocumentIdSchema,
      /** The date recorded. */
      recordedOn: IsoDateSchema,
      /** The step the work was done in, or null when no step had been entered. */
      step: SeStepIdSchema.nullable(),
      /** The reference in the consumer's archive, or null. */
      documentRef: z.string().nullable(),
    }),
  ),
  /** The needs assessments, in order. */
  assessments: z.array(
    z.object({
      /** The id of the event. */
      eventId,
      /** The needs assessment's id. */
      assessmentId: z.string().min(1),
      /** The assessment date. */
      assessedOn: IsoDateSchema,
      /** `initial` for the first assessment, `reassessment` after. */
      kind: z.enum(['initial', 'reassessment']),
    }),
  ),
  /** Every contact with the family, network or another service. */
  thirdPartyContacts: z.array(
    z.object({
      /** The id of the event. */
      eventId,
      /** The contact date. */
      date: IsoDateSchema,
      /** Who was contacted. */
      party: ThirdPartySchema,
      /** How. */
      channel: ContactChannelSchema,
    }),
  ),
  /** Every placement, in start order. */
  placements: z.array(
    z.object({
      /** The placement id. */
      placementId: z.string().min(1),
      /** The kind of placement. */
      kind: PlacementKindSchema,
      /** The employer reference. */
      employerId: z.string().min(1),
      /** Agreed hours per week. */
      hoursPerWeek: z.number(),
      /** The start date. */
      startedOn: IsoDateSchema,
      /** The end date, or null while it lasts. */
      endedOn: IsoDateSchema.nullable(),
      /** Why it ended, or null while it lasts. */
      endReason: PlacementEndReasonSchema.nullable(),
    }),
  ),
  /** Every employment, in start order. */
  employments: z.array(
    z.object({
      /** The employment id. */
      employmentId: z.string().min(1),
      /** The employer reference. */
      employerId: z.string().min(1),
      /** The contract type. */
      contractType: EmploymentContractTypeSchema,
      /** The position share in percent, or null when none is fixed. */
      positionPercent: z.number().nullable(),
      /** The industry code or label. */
      industry: z.string().min(1),
      /** The occupation code or label. */
      occupation: z.string().min(1),
      /** The first working day. */
      startedOn: IsoDateSchema,
      /** The end date, or null while it lasts. */
      endedOn: IsoDateSchema.nullable(),
      /** Why it ended, or null while it lasts. */
      endReason: EmploymentEndReasonSchema.nullable(),
    }),
  ),
  /** Every follow-up contact after employment, in order. */
  followUpContacts: z.array(
    z.object({
      /** The id of the event. */
      eventId,
      /** The contact date. */
      date: IsoDateSchema,
      /** How. */
      channel: ContactChannelSchema,
      /** With whom; `both` is a triangular meeting. */
      with: FollowUpCounterpartSchema,
    }),
  ),
  /** The closure, or null while the case is open. */
  closure: z
    .object({
      /** The id of the case-closed event. */
      eventId,
      /** The closing date. */
      closedOn: IsoDateSchema,
      /** How the case ended. */
      outcome: CaseOutcomeSchema,
    })
    .nullable(),
});

/**
 * A participant's journey through Supported Employment: an immutable record folded from dated events.
 *
 * @remarks
 * Build it with {@link createCase} and {@link applyCaseEvent}, or
 * {@link replayCase}. Cases are frozen; every update returns a new case and
 * shares unchanged parts with the old one. The journey may go back and forth
 * between the five steps (AFI report 1.1.1, L2268–2270); `stepHistory` keeps
 * every move.
 *
 * @example
 * ```ts
 * const seCase: SeCase = createCase({ id: 'case-17', openedOn: '2026-01-12' });
 * seCase.currentStep; // => null
 * ```
 * @category Process
 */
export interface SeCase extends z.output<typeof SeCaseSchema> {}
