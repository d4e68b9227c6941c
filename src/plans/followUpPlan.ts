import { z } from 'zod';
import { INPUT_LIMITS } from '../core/inputLimits';
import { IsoDateSchema } from '../core/dates/isoDate';
import { ContactKindSchema, ContactPartySchema } from './contactKind';
import { EmploymentSchema } from './employment';
import { FollowUpRoleSchema } from './followUpRole';
import { FollowUpTopicSchema } from './followUpTopic';
import { MeetingStatusSchema } from './meetingStatus';

/**
 * Schema of a {@link FollowUpContact}.
 *
 * @example
 * ```ts
 * FollowUpContactSchema.parse({ date: '2026-08-17', kind: 'workplace-visit', withWhom: ['participant', 'employer'], status: 'planned' });
 * ```
 * @category Plans
 */
export const FollowUpContactSchema = z.strictObject({
  /** The day of the contact. */
  date: IsoDateSchema,
  /** How the contact happens. */
  kind: ContactKindSchema,
  /** Who the job specialist is in contact with. */
  withWhom: z.array(ContactPartySchema).min(1).max(INPUT_LIMITS.smallLists),
  /** Whether the contact is planned, held, cancelled or missed. */
  status: MeetingStatusSchema,
});

/**
 * One dated contact in follow-up after employment.
 *
 * @remarks
 * Close contact from the first day, proactive rather than waiting to be
 * called (handbook §15, L411); planned as well as unplanned contact, and
 * systematic rather than sporadic (AFI report 4.8, L8319, L8403–8405).
 *
 * @example
 * ```ts
 * const contact: FollowUpContact = { date: '2026-08-24', kind: 'phone', withWhom: ['participant'], status: 'held' };
 * ```
 * @category Plans
 */
export interface FollowUpContact extends z.output<typeof FollowUpContactSchema> {}

/**
 * Schema of a {@link TriangularMeeting}.
 *
 * @example
 * ```ts
 * TriangularMeetingSchema.parse({ date: '2026-09-01', status: 'planned' });
 * ```
 * @category Plans
 */
export const TriangularMeetingSchema = z.strictObject({
  /** The day of the meeting. */
  date: IsoDateSchema,
  /** Whether the meeting is planned, held, cancelled or missed. */
  status: MeetingStatusSchema,
});

/**
 * A triangular meeting (*trekantsamtale*): participant, employer and job specialist together.
 *
 * @remarks
 * Both employee and employer are looked after through close follow-up from
 * day one and regular triangular meetings (handbook §12, L336).
 *
 * @example
 * ```ts
 * const meeting: TriangularMeeting = { date: '2026-11-16', status: 'planned' };
 * ```
 * @category Plans
 */
export interface TriangularMeeting extends z.output<typeof TriangularMeetingSchema> {}

/**
 * Schema of a {@link ResponsiblePerson}.
 *
 * @example
 * ```ts
 * ResponsiblePersonSchema.parse({ role: 'job-specialist', ref: 'js-4' });
 * ```
 * @category Plans
 */
export const ResponsiblePersonSchema = z.strictObject({
  /** The person's role in follow-up. */
  role: FollowUpRoleSchema,
  /** An opaque reference to the person (never a name). */
  ref: z.string().min(1).max(INPUT_LIMITS.idLength),
});

/**
 * A person responsible for part of the follow-up, by role.
 *
 * @example
 * ```ts
 * const person: ResponsiblePerson = { role: 'employer', ref: 'emp-17-manager' };
 * ```
 * @category Plans
 */
export interface ResponsiblePerson extends z.output<typeof ResponsiblePersonSchema> {}

/**
 * Schema of a {@link FollowUpPlan}.
 *
 * @remarks
 * Parse untrusted input with {@link parseFollowUpPlan} or {@link safeParseFollowUpPlan}.
 *
 * @example
 * ```ts
 * const result = FollowUpPlanSchema.safeParse(input);
 * if (result.success) validateFollowUpPlan(result.data, { asOf: '2026-10-01' });
 * ```
 * @category Plans
 */
export const FollowUpPlanSchema = z.strictObject({
  /** The plan's id. */
  id: z.string().min(1).max(INPUT_LIMITS.idLength),
  /** An opaque reference to the participant (never a name). */
  participantRef: z.string().min(1).max(INPUT_LIMITS.idLength),
  /** The job the follow-up is about. */
  employment: EmploymentSchema,
  /** The first day of follow-up. */
  startDate: IsoDateSchema,
  /** The planned last day of follow-up; open-ended (as long as needed) when omitted. */
  plannedEndDate: IsoDateSchema.optional(),
  /** The day follow-up was introduced to the employer and the participant, if recorded. */
  introducedOn: IsoDateSchema.optional(),
  /** The dated contacts, planned and held. */
  contacts: z.array(FollowUpContactSchema).max(INPUT_LIMITS.followUpEntries).default([]),
  /** The triangular meetings (*trekantsamtaler*). */
  triangularMeetings: z.array(TriangularMeetingSchema).max(INPUT_LIMITS.followUpEntries).default([]),
  /** The topics the plan covers. */
  topics: z.array(FollowUpTopicSchema).max(INPUT_LIMITS.smallLists).default([]),
  /** The persons responsible, by role. */
  responsible: z.array(ResponsiblePersonSchema).max(INPUT_LIMITS.smallLists).default([]),
});

/**
 * A follow-up plan after employment (*etteroppfølging*).
 *
 * @remarks
 * Follow-up after employment is part of the method, not an extra (domain
 * specification §2). It starts on the first working day (handbook §12, L351;
 * §15, L411); Jobbsjansen gives one year to everyone (handbook §15, L397) and
 * the AFI report proposes three years of active follow-up, introduced at the
 * start of employment, given to both participant and employer, with an action
 * plan covering six job topics and four job-adjacent ones (AFI report 7.2.2,
 * L12283–12310). Build the contacts with {@link scheduleFollowUp}; check the
 * plan with {@link validateFollowUpPlan}.
 *
 * @example
 * ```ts
 * const plan: FollowUpPlan = parseFollowUpPlan(input);
 * nextFollowUp(plan, '2026-10-01')?.date;
 * ```
 * @category Plans
 */
export interface FollowUpPlan extends z.output<typeof FollowUpPlanSchema> {}

/**
 * The input form of a {@link FollowUpPlan}: lists may be omitted.
 *
 * @example
 * ```ts
 * const input: FollowUpPlanInput = {
 *   id: 'f1', participantRef: 'pt-1', startDate: '2026-08-17',
 *   employment: { employerRef: 'emp-17', firstWorkingDay: '2026-08-17', contractType: 'permanent', positionPercent: 80 },
 * };
 * ```
 * @category Plans
 */
export interface FollowUpPlanInput extends z.input<typeof FollowUpPlanSchema> {}
