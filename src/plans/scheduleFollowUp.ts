import { addCalendarDays } from '../core/dates/addCalendarDays';
import { addCalendarMonths } from '../core/dates/addCalendarMonths';
import { isIsoDate } from '../core/dates/isIsoDate';
import type { IsoDate } from '../core/dates/isoDate';
import { z } from 'zod';
import { resolveOptions } from '../_lib/resolveOptions';
import { SupportedEmploymentError } from '../core/errors';
import { DEFAULT_POLICY } from '../core/policy';
import { PolicySchema } from '../core/policySchema';
import { ContactKindSchema, ContactPartySchema } from './contactKind';
import type { Employment } from './employment';
import type { FollowUpContact, TriangularMeeting } from './followUpPlan';
import {
  DEFAULT_FOLLOW_UP_PHASES,
  DEFAULT_TRIANGULAR_MEETINGS,
  type FollowUpInterval,
  type FollowUpPhase,
} from './followUpScheduleDefaults';
import { guardObject, guardOptions } from '../_lib/guards';

const whole = (min: number, max: number) => z.number().int().min(min).max(max);

// `{ weeks }` (1–520) or `{ months }` (1–120); weeks are read first, as the schedule does.
const IntervalSchema = z.union([z.object({ weeks: whole(1, 520) }), z.object({ months: whole(1, 120) })]);

const PartiesSchema = z.array(ContactPartySchema).min(1).readonly();

/**
 * Schema of the options of {@link scheduleFollowUp}: length, rhythm, triangular meetings and contact kinds.
 *
 * @remarks
 * Contact starts on the first working day (handbook §12, L351; §15, L411) and
 * tapers while staying proactive (AFI report 4.8.1, L7962–7974). The default
 * length is the policy's `followUpMinimumMonths` (one year in Jobbsjansen,
 * handbook §15, L397), 0–120 months. Everything else is a library default, not
 * a rule from the sources: the rhythm {@link DEFAULT_FOLLOW_UP_PHASES} (phases
 * start at month 0 and increase, 0–120), the meetings
 * {@link DEFAULT_TRIANGULAR_MEETINGS}, a triangular meeting every 6 months after
 * them (0–120, 0 for none), regular contacts by `phone` with the participant,
 * and a first-day `workplace-visit` with the participant and the employer.
 * Intervals are whole weeks (1–520) or whole months (1–120).
 *
 * @example
 * ```ts
 * ScheduleFollowUpOptionsSchema.parse({}).triangularMeetingsEveryMonths; // => 6
 * ```
 * @category Plans
 */
export const ScheduleFollowUpOptionsSchema = z.strictObject({
  /** Length of follow-up in months, 0–120; default `policy.followUpMinimumMonths` (12). Use `policy.followUpRecommendedMonths` for the AFI report's three years. */
  months: PolicySchema.shape.followUpMinimumMonths.optional(),
  /** The policy the default length comes from; {@link DEFAULT_POLICY} when omitted. */
  policy: PolicySchema.optional(),
  /** The contact rhythm, starting at month 0 with increasing `fromMonth`; default {@link DEFAULT_FOLLOW_UP_PHASES}. */
  phases: z
    .array(z.object({ fromMonth: whole(0, 120), every: IntervalSchema }))
    .min(1)
    .readonly()
    .refine(
      (phases) =>
        phases.every((phase, i) =>
          i === 0 ? phase.fromMonth === 0 : phase.fromMonth > (phases[i - 1] as FollowUpPhase).fromMonth,
        ),
      'phases must start with a phase from month 0 and have increasing fromMonth values.',
    )
    .default(DEFAULT_FOLLOW_UP_PHASES),
  /** Triangular meetings at these offsets from the first working day; default {@link DEFAULT_TRIANGULAR_MEETINGS}. */
  triangularMeetingsAt: z.array(IntervalSchema).readonly().default(DEFAULT_TRIANGULAR_MEETINGS),
  /** After the offsets, a triangular meeting every this many months (counted from the first working day) to the end; 0 for none; default 6 (a library default). */
  triangularMeetingsEveryMonths: whole(0, 120).default(6),
  /** The kind of the regular contacts; default `phone` (a library default). */
  contactKind: ContactKindSchema.default('phone'),
  /** Who the regular contacts are with, at least one party; default the participant (a library default). */
  contactWith: PartiesSchema.default(['participant']),
  /** The kind of the first-day contact; default `workplace-visit` (a library default). */
  firstDayKind: ContactKindSchema.default('workplace-visit'),
  /** Who the first-day contact is with, at least one party; default the participant and the employer (a library default). */
  firstDayWith: PartiesSchema.default(['participant', 'employer']),
});

/**
 * Options for {@link scheduleFollowUp}; see {@link ScheduleFollowUpOptionsSchema} for bounds and defaults.
 *
 * @example
 * ```ts
 * const options: ScheduleFollowUpOptions = { months: 36, contactKind: 'message', triangularMeetingsEveryMonths: 12 };
 * ```
 * @category Plans
 */
export type ScheduleFollowUpOptions = z.input<typeof ScheduleFollowUpOptionsSchema>;

/**
 * A generated follow-up schedule: the period, the dated contacts and the triangular meetings.
 *
 * @example
 * ```ts
 * const schedule: FollowUpSchedule = scheduleFollowUp({ firstWorkingDay: '2026-08-17' });
 * schedule.plannedEndDate; // => '2027-08-17'
 * ```
 * @category Plans
 */
export interface FollowUpSchedule {
  /** The first day of follow-up: the first working day. */
  readonly startDate: IsoDate;
  /** The last day of follow-up: the first working day plus the length in months. */
  readonly plannedEndDate: IsoDate;
  /** The planned contacts, in date order; the first is on the first working day, the last on the end date. */
  readonly contacts: FollowUpContact[];
  /** The planned triangular meetings, in date order. */
  readonly triangularMeetings: TriangularMeeting[];
}

function offsetDate(anchor: IsoDate, offset: FollowUpInterval): IsoDate {
  return 'weeks' in offset
    ? addCalendarDays(anchor, offset.weeks * 7)
    : addCalendarMonths(anchor, offset.months);
}

/**
 * Schedules follow-up after employment (*etteroppfølging*): close at first, thinning out over the period.
 *
 * @remarks
 * Contact starts on the first working day (handbook §12, L351; §15, L411) and
 * is frequent early on, then tapers while staying proactive (AFI report 4.8.1,
 * L7962–7974). The default rhythm — weekly the first month, every two weeks to
 * month 3, monthly to month 12, then quarterly to the end — and the default
 * triangular meetings (2 weeks, 3 and 6 months, then every 6 months) are
 * library defaults, not rules from the sources; every one is an option. The
 * default length is the policy minimum (one year in Jobbsjansen, handbook §15,
 * L397). Dates are calendar dates: month steps count from the first working
 * day and clamp to the month's last day (31 January → 28/29 February → 31
 * March), and no time zone or daylight-saving change moves a date.
 *
 * @param employment - The job; only its first working day is used.
 * @param options - Length, rhythm, triangular meetings and contact kinds.
 * @returns The schedule, with every contact and meeting `planned`.
 * @throws {@link SupportedEmploymentError} `invalid_date` when the first working day is not an ISO date; `invalid_option` for options out of range.
 * @example
 * ```ts
 * const schedule = scheduleFollowUp(employment, { months: 36 });
 * schedule.contacts[0]; // => { date: employment.firstWorkingDay, kind: 'workplace-visit', withWhom: ['participant', 'employer'], status: 'planned' }
 * const plan = { id: 'f1', participantRef: 'pt-1', employment, ...schedule, topics: [], responsible: [] };
 * ```
 * @category Plans
 */
export function scheduleFollowUp(
  employment: Pick<Employment, 'firstWorkingDay'>,
  options: ScheduleFollowUpOptions = {},
): FollowUpSchedule {
  guardObject(employment, 'employment', 'scheduleFollowUp');
  guardOptions(options, 'scheduleFollowUp');
  const anchor = employment.firstWorkingDay;
  if (!isIsoDate(anchor))
    throw new SupportedEmploymentError(
      'invalid_date',
      'The first working day must be an ISO calendar date (YYYY-MM-DD).',
    );
  const read = resolveOptions(ScheduleFollowUpOptionsSchema, options, 'scheduleFollowUp');
  const months = read.months ?? (read.policy ?? DEFAULT_POLICY).followUpMinimumMonths;
  const phases: readonly FollowUpPhase[] = read.phases;
  const meetingOffsets: readonly FollowUpInterval[] = read.triangularMeetingsAt;
  const everyMonths = read.triangularMeetingsEveryMonths;

  const end = addCalendarMonths(anchor, months);
  const dates: IsoDate[] = [];
  const add = (date: IsoDate): void => {
    const last = dates[dates.length - 1];
    if (last === undefined || date > last) dates.push(date);
  };
  for (let p = 0; p < phases.length; p++) {
    const phase = phases[p] as FollowUpPhase;
    const from = addCalendarMonths(anchor, phase.fromMonth);
    if (from >= end) break;
    const next = phases[p + 1];
    const nextStart = next === undefined ? end : addCalendarMonths(anchor, next.fromMonth);
    const until = nextStart < end ? nextStart : end;
    const every = phase.every;
    for (let k = 0; ; k++) {
      const date =
        'weeks' in every
          ? addCalendarDays(from, k * every.weeks * 7)
          : addCalendarMonths(anchor, phase.fromMonth + k * every.months);
      if (date >= until) break;
      add(date);
    }
  }
  add(end);

  const firstKind = read.firstDayKind;
  const firstWith = [...read.firstDayWith];
  const kind = read.contactKind;
  const withWhom = read.contactWith;
  const contacts = dates.map((date, i): FollowUpContact =>
    i === 0
      ? { date, kind: firstKind, withWhom: firstWith, status: 'planned' }
      : { date, kind, withWhom: [...withWhom], status: 'planned' },
  );

  const meetingDates = new Set<IsoDate>();
  let lastOffset: IsoDate = anchor;
  for (const offset of meetingOffsets) {
    const date = offsetDate(anchor, offset);
    if (date <= end) meetingDates.add(date);
    if (date > lastOffset) lastOffset = date;
  }
  if (everyMonths > 0) {
    for (let m = everyMonths; m <= months; m += everyMonths) {
      const date = addCalendarMonths(anchor, m);
      if (date > lastOffset && date <= end) meetingDates.add(date);
    }
  }
  const triangularMeetings = [...meetingDates]
    .sort()
    .map((date): TriangularMeeting => ({ date, status: 'planned' }));

  return { startDate: anchor, plannedEndDate: end, contacts, triangularMeetings };
}
