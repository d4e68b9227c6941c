import { consentStatus, earliest, lastEventDate, latest } from '../_lib/process/caseState';
import { SupportedEmploymentError } from '../core/errors';
import { addCalendarMonths } from '../core/dates/addCalendarMonths';
import { addCalendarWeeks } from '../core/dates/addCalendarWeeks';
import { calendarDaysBetween } from '../core/dates/calendarDaysBetween';
import { IsoDateSchema, type IsoDate } from '../core/dates/isoDate';
import { wholeMonthsBetween } from '../core/dates/wholeMonthsBetween';
import { wholeWeeksBetween } from '../core/dates/wholeWeeksBetween';
import { z } from 'zod';
import { resolveOptions } from '../_lib/resolveOptions';
import { DEFAULT_POLICY } from '../core/policy';
import { PolicySchema } from '../core/policySchema';
import type { CaseSummary } from './caseSummary';
import { CONSENT_SCOPES } from './consentScope';
import { scheduleFollowUp } from '../plans/scheduleFollowUp';
import { UNPAID_PLACEMENT_KINDS } from './placementKind';
import { replayCase } from './replayCase';
import type { SeCase } from './seCase';
import { SE_STEP_IDS } from './seStep';
import { guard, guardOptions } from '../_lib/guards';
import { SeCaseSchema } from './seCase';

/**
 * Schema of the options of {@link summarizeCase}: the date, the policy and the follow-up cadence.
 *
 * @remarks
 * - `asOf` is required; it must also be on or after the date the case was
 *   opened, which the schema cannot know and {@link summarizeCase} checks.
 * - `followUpIntervalWeeks`, 1–52 weeks (library bounds), has no default: when
 *   left out, the next contact is the next date of the default follow-up
 *   schedule ({@link scheduleFollowUp}: weekly the first month, fortnightly to
 *   month 3, monthly to month 12, then quarterly; library defaults), so a
 *   follow-up plan made with that schedule and kept is never shown as overdue.
 * - `followUpMonths`, 0–120 months (the bounds of the policy's months), defaults
 *   to the policy's `followUpMinimumMonths` (one year in Jobbsjansen, handbook
 *   §15, L397).
 * - `policy` is checked against {@link PolicySchema}; {@link DEFAULT_POLICY} when omitted.
 *
 * @example
 * ```ts
 * SummarizeCaseOptionsSchema.safeParse({ asOf: '2027-06-01', followUpIntervalWeeks: 0 }).success; // => false
 * ```
 * @category Process
 */
export const SummarizeCaseOptionsSchema = z.strictObject({
  /** The date to summarise the case at. Events after it are left out. */
  asOf: IsoDateSchema,
  /** The policy; its `followUpMinimumMonths` is the default follow-up period. Defaults to {@link DEFAULT_POLICY}. */
  policy: PolicySchema.optional(),
  /** Weeks between follow-up contacts, 1–52 (library bounds); the default schedule's next date when left out. */
  followUpIntervalWeeks: z.number().int().min(1).max(52).optional(),
  /** Months of follow-up after the latest employment starts, 0–120; defaults to the policy's `followUpMinimumMonths`. */
  followUpMonths: PolicySchema.shape.followUpMinimumMonths.optional(),
});

/**
 * Options of {@link summarizeCase}; see {@link SummarizeCaseOptionsSchema} for bounds and defaults.
 *
 * @example
 * ```ts
 * const options: SummarizeCaseOptions = { asOf: '2027-06-01', followUpIntervalWeeks: 2 };
 * ```
 * @category Process
 */
export type SummarizeCaseOptions = z.input<typeof SummarizeCaseOptionsSchema>;

function checkOptions(
  seCase: SeCase,
  options: SummarizeCaseOptions,
): { asOf: IsoDate; interval: number | undefined; months: number } {
  const read = resolveOptions(SummarizeCaseOptionsSchema, options, 'summarizeCase');
  if (read.asOf < seCase.openedOn) {
    throw new SupportedEmploymentError(
      'invalid_option',
      'asOf must be a real ISO date on or after the date the case was opened.',
    );
  }
  const months = read.followUpMonths ?? (read.policy ?? DEFAULT_POLICY).followUpMinimumMonths;
  return { asOf: read.asOf, interval: read.followUpIntervalWeeks, months };
}

// The first date of the default follow-up schedule after the last contact.
function nextScheduledContact(
  firstWorkingDay: IsoDate,
  months: number,
  lastContact: IsoDate,
): IsoDate | null {
  const schedule = scheduleFollowUp({ firstWorkingDay }, { months });
  let next: IsoDate | null = null;
  for (const date of [
    ...schedule.contacts.map((c) => c.date),
    ...schedule.triangularMeetings.map((m) => m.date),
  ]) {
    if (date > lastContact && (next === null || date < next)) next = date;
  }
  return next;
}

// The case as it stood on `asOf`: the same case, or a replay of the events up to that date.
function caseAsOf(seCase: SeCase, asOf: IsoDate): SeCase {
  const last = lastEventDate(seCase);
  if (last === null || last <= asOf) return seCase;
  const replayed = replayCase(
    { id: seCase.id, openedOn: seCase.openedOn },
    seCase.events.filter((event) => event.date <= asOf),
  );
  if (!replayed.ok) {
    throw new SupportedEmploymentError('invariant_violated', 'A prefix of a valid case did not replay.', {
      issues: replayed.issues,
    });
  }
  return replayed.value;
}

function weeksFrom(from: IsoDate | null, to: IsoDate | null): number | null {
  return from === null || to === null ? null : wholeWeeksBetween(from, to);
}

/**
 * Summarises a case at a date: current step, time to employers and paid work, unpaid placement, follow-up and consents.
 *
 * @remarks
 * Definitions (all weeks are whole weeks from the referral date):
 * - **First employer contact**: the earliest of the first entry into step 4
 *   (`employer-engagement`), the first placement start and the first
 *   employment start. Employer contacts inside step 3 are not events of their
 *   own, so they cannot be dated; a placement or job cannot start without one.
 * - **First placement**: the first day at a workplace, a placement of any kind
 *   or, if earlier, an employment (SEQF's "referral to workplace placement",
 *   AFI report table 12, L12474–12485).
 * - **Paid work**: the earliest paid placement or employment start (SEQF's
 *   "referral to start of paid work", same place).
 * - **Unpaid placement**: work trials and unpaid placements, days added up,
 *   ongoing ones counted to `asOf` (or the closing date).
 * - **Follow-up**: starts on the first working day of the first employment
 *   (handbook §12, L351; §15, L397). `followUpMonths` counts whole months to
 *   `asOf` (or the closing date). The follow-up period runs `followUpMonths`
 *   option months (default: the policy's minimum, 12 months in
 *   {@link DEFAULT_POLICY}) from the start of the latest employment.
 * - **Next follow-up due**: on the first working day when no contact has been
 *   recorded since the latest employment started; otherwise the next date of
 *   the default follow-up schedule ({@link scheduleFollowUp}, a library
 *   default) after the last contact, or the last contact plus
 *   `followUpIntervalWeeks` when that option is given. Null when the case is
 *   closed, has no employment, or the next date falls after the follow-up
 *   period.
 *
 * When `asOf` is before the case's latest event, the case is summarised as it
 * stood on that date (the events up to `asOf` are replayed).
 *
 * @param seCase - The case.
 * @param options - The date to summarise at, and optional policy and cadence.
 * @returns The summary.
 * @throws {@link SupportedEmploymentError} `invalid_option` when `asOf` is not a real date or is before the case was opened, or a cadence option is out of range.
 * @example
 * ```ts
 * const summary = summarizeCase(seCase, { asOf: '2027-10-20' });
 * summary.currentStep; // => 'on-off-job-support'
 * summary.nextFollowUpDue; // => '2027-11-02'
 * ```
 * @category Process
 */
export function summarizeCase(seCase: SeCase, options: SummarizeCaseOptions): CaseSummary {
  guard(SeCaseSchema, seCase, 'seCase', 'summarizeCase', { shallow: true });
  guardOptions(options, 'summarizeCase', 'options', true);
  const { asOf, interval, months } = checkOptions(seCase, options);
  const c = caseAsOf(seCase, asOf);
  const until = c.closure?.closedOn ?? asOf;
  const referredOn = c.referral?.date ?? null;
  const current = c.stepHistory[c.stepHistory.length - 1];

  const firstPlacementStart = earliest(c.placements.map((p) => p.startedOn));
  const firstEmploymentStart = earliest(c.employments.map((e) => e.startedOn));
  const firstStep4 = c.stepHistory.find((entry) => entry.step === 'employer-engagement')?.enteredOn ?? null;
  const firstPaidPlacement = earliest(
    c.placements.filter((p) => p.kind === 'paid-placement').map((p) => p.startedOn),
  );

  const unpaid = c.placements.filter((p) => UNPAID_PLACEMENT_KINDS.includes(p.kind));
  const unpaidPlacementDays = unpaid.reduce(
    (sum, p) => sum + calendarDaysBetween(p.startedOn, p.endedOn ?? until),
    0,
  );

  const latestEmploymentStart = latest(c.employments.map((e) => e.startedOn));
  const followUpWindowEndsOn =
    latestEmploymentStart === null ? null : addCalendarMonths(latestEmploymentStart, months);
  let nextFollowUpDue: IsoDate | null = null;
  if (c.closure === null && latestEmploymentStart !== null && followUpWindowEndsOn !== null) {
    const lastContact = latest(
      c.followUpContacts.map((f) => f.date).filter((d) => d >= latestEmploymentStart),
    );
    const due =
      lastContact === null
        ? latestEmploymentStart
        : interval === undefined
          ? nextScheduledContact(latestEmploymentStart, months, lastContact)
          : addCalendarWeeks(lastContact, interval);
    nextFollowUpDue = due !== null && due <= followUpWindowEndsOn ? due : null;
  }

  return {
    asOf,
    status: c.closure === null ? 'open' : 'closed',
    outcome: c.closure?.outcome ?? null,
    referredOn,
    programme: c.referral?.programme ?? null,
    currentStep: c.currentStep,
    daysInCurrentStep: current === undefined ? null : calendarDaysBetween(current.enteredOn, until),
    stepsIncluded: SE_STEP_IDS.filter((step) => c.stepHistory.some((entry) => entry.step === step)),
    movesBack: c.stepHistory.filter((entry) => entry.direction === 'back').length,
    weeksToFirstEmployerContact: weeksFrom(
      referredOn,
      earliest([firstStep4, firstPlacementStart, firstEmploymentStart]),
    ),
    weeksToFirstPlacement: weeksFrom(referredOn, earliest([firstPlacementStart, firstEmploymentStart])),
    weeksToPaidWork: weeksFrom(referredOn, earliest([firstPaidPlacement, firstEmploymentStart])),
    unpaidPlacementCount: unpaid.length,
    unpaidPlacementDays,
    unpaidPlacementWeeks: Math.floor(unpaidPlacementDays / 7),
    inEmployment: c.employments.some((e) => e.endedOn === null),
    followUpStartedOn: firstEmploymentStart,
    followUpMonths: firstEmploymentStart === null ? null : wholeMonthsBetween(firstEmploymentStart, until),
    openConsents: CONSENT_SCOPES.filter((scope) => consentStatus(c, scope) === 'given'),
    followUpWindowEndsOn,
    nextFollowUpDue,
    followUpOverdue: nextFollowUpDue !== null && nextFollowUpDue < asOf,
  };
}
