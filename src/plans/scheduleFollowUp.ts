import { addCalendarDays } from '../core/dates/addCalendarDays';
import { addCalendarMonths } from '../core/dates/addCalendarMonths';
import { isIsoDate } from '../core/dates/isIsoDate';
import type { IsoDate } from '../core/dates/isoDate';
import { SupportedEmploymentError } from '../core/errors';
import { DEFAULT_POLICY, type Policy } from '../core/policy';
import type { ContactKind, ContactParty } from './contactKind';
import type { Employment } from './employment';
import type { FollowUpContact, TriangularMeeting } from './followUpPlan';
import {
  DEFAULT_FOLLOW_UP_PHASES,
  DEFAULT_TRIANGULAR_MEETINGS,
  type FollowUpInterval,
  type FollowUpPhase,
} from './followUpScheduleDefaults';
import { guardObject, guardOptions } from '../_lib/guards';

/**
 * Options for {@link scheduleFollowUp}; every number has a default and can be changed.
 *
 * @example
 * ```ts
 * const options: ScheduleFollowUpOptions = { months: 36, contactKind: 'message', triangularMeetingsEveryMonths: 12 };
 * ```
 * @category Plans
 */
export interface ScheduleFollowUpOptions {
  /** Length of follow-up in months; default `policy.followUpMinimumMonths` (12). Use `policy.followUpRecommendedMonths` for the AFI report's three years. */
  readonly months?: number | undefined;
  /** The policy the default length comes from; {@link DEFAULT_POLICY} when omitted. */
  readonly policy?: Policy | undefined;
  /** The contact rhythm; default {@link DEFAULT_FOLLOW_UP_PHASES}. */
  readonly phases?: readonly FollowUpPhase[] | undefined;
  /** Triangular meetings at these offsets from the first working day; default {@link DEFAULT_TRIANGULAR_MEETINGS}. */
  readonly triangularMeetingsAt?: readonly FollowUpInterval[] | undefined;
  /** After the offsets, a triangular meeting every this many months (counted from the first working day) to the end; 0 for none; default 6. */
  readonly triangularMeetingsEveryMonths?: number | undefined;
  /** The kind of the regular contacts; default `phone`. */
  readonly contactKind?: ContactKind | undefined;
  /** Who the regular contacts are with; default the participant. */
  readonly contactWith?: readonly ContactParty[] | undefined;
  /** The kind of the first-day contact; default `workplace-visit`. */
  readonly firstDayKind?: ContactKind | undefined;
  /** Who the first-day contact is with; default the participant and the employer. */
  readonly firstDayWith?: readonly ContactParty[] | undefined;
}

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

function invalid(message: string): never {
  throw new SupportedEmploymentError('invalid_option', message);
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function checkInterval(every: FollowUpInterval | undefined, what: string): void {
  if (typeof every !== 'object' || every === null) invalid(`${what} must be { weeks } or { months }.`);
  const ok =
    'weeks' in every
      ? isWhole(every.weeks, 1, 520)
      : 'months' in every
        ? isWhole(every.months, 1, 120)
        : false;
  if (!ok) invalid(`${what} must be a whole number of weeks (1–520) or months (1–120).`);
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
  const months = options.months ?? (options.policy ?? DEFAULT_POLICY).followUpMinimumMonths;
  if (!isWhole(months, 0, 120)) invalid('months must be a whole number from 0 to 120.');
  const phases = options.phases ?? DEFAULT_FOLLOW_UP_PHASES;
  if (phases.length === 0 || phases[0]?.fromMonth !== 0)
    invalid('phases must start with a phase from month 0.');
  phases.forEach((phase, i) => {
    if (
      !isWhole(phase.fromMonth, 0, 120) ||
      (i > 0 && phase.fromMonth <= (phases[i - 1] as FollowUpPhase).fromMonth)
    ) {
      invalid('phases must have whole, increasing fromMonth values (0–120).');
    }
    checkInterval(phase.every, 'Each phase interval');
  });
  const meetingOffsets = options.triangularMeetingsAt ?? DEFAULT_TRIANGULAR_MEETINGS;
  for (const offset of meetingOffsets) checkInterval(offset, 'Each triangular-meeting offset');
  const everyMonths = options.triangularMeetingsEveryMonths ?? 6;
  if (!isWhole(everyMonths, 0, 120))
    invalid('triangularMeetingsEveryMonths must be a whole number from 0 to 120.');

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

  const firstKind = options.firstDayKind ?? 'workplace-visit';
  const firstWith = [...(options.firstDayWith ?? ['participant', 'employer'])];
  const kind = options.contactKind ?? 'phone';
  const withWhom = options.contactWith ?? ['participant'];
  if (firstWith.length === 0 || withWhom.length === 0)
    invalid('contactWith and firstDayWith need at least one party.');
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
