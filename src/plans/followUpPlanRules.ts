import { deepFreeze } from '../_lib/deepFreeze';
import { addCalendarDays } from '../core/dates/addCalendarDays';
import { isAfterDaysLater } from './internal/periods';
import { addCalendarMonths } from '../core/dates/addCalendarMonths';
import type { IsoDate } from '../core/dates/isoDate';
import type { Issue } from '../issue';
import type { LocalizedText } from '../core/localizedText';
import { DEFAULT_POLICY } from '../core/policy';
import type { SourceRef } from '../core/sourceRef';
import { SOURCES } from '../core/sources';
import type { ConsentScope } from '../process/consentScope';
import type { ContactParty } from './contactKind';
import type { FollowUpContact, FollowUpPlan, TriangularMeeting } from './followUpPlan';
import type { FollowUpRole } from './followUpRole';
import { FOLLOW_UP_ADJACENT_TOPICS, FOLLOW_UP_JOB_TOPICS, type FollowUpTopic } from './followUpTopic';
import type { PlansIssueCode } from './issueCodes';
import { consentHolds } from './internal/context';
import { checkNavMeasure } from './internal/navMeasureCheck';
import {
  issueOf,
  msg,
  NAV_MEASURE_TOO_LONG,
  NO_ISSUES,
  overdueRule,
  perItemRule,
  UNDECLARED_WORK,
} from './internal/rule';
import type { NavMeasureUse } from './navMeasureUse';
import type { PlanRule } from './planRule';
import { DEFAULT_PLAN_RULE_SETTINGS as SETTINGS } from './planRuleSettings';

type Rule = PlanRule<FollowUpPlan>;

const counts = (status: string): boolean => status === 'planned' || status === 'held';

/**
 * The day the follow-up period is measured from: the first working day, or a later start.
 *
 * @param plan - The follow-up plan.
 * @returns The first day of the period.
 */
function measuredFrom(plan: FollowUpPlan): IsoDate {
  return plan.startDate > plan.employment.firstWorkingDay ? plan.startDate : plan.employment.firstWorkingDay;
}

/**
 * The last day a period of whole months from `from` must reach (both ends included).
 *
 * @param from - The first day of the period.
 * @param months - Its length in whole months.
 * @returns The last day of the period.
 */
function lastDayOf(from: IsoDate, months: number): IsoDate {
  return addCalendarDays(addCalendarMonths(from, months), -1);
}

const startsLate: Rule = {
  code: 'plan_follow_up_starts_late',
  severity: 'error',
  source: SOURCES.followUpFromDayOne,
  summary: 'Follow-up starts after the first working day.',
  message: msg(
    'Etteroppfølgingen starter etter første arbeidsdag; den skal starte senest første dag.',
    'Follow-up starts after the first working day; it should start on the first day at the latest.',
  ),
  check(plan) {
    return plan.startDate > plan.employment.firstWorkingDay
      ? [issueOf(startsLate, ['startDate'])]
      : NO_ISSUES;
  },
};

const tooShort: Rule = {
  code: 'plan_follow_up_too_short',
  severity: 'error',
  source: SOURCES.followUpMinimum,
  summary: `The planned end leaves less than \`policy.followUpMinimumMonths\` (default ${DEFAULT_POLICY.followUpMinimumMonths}) of follow-up, counted from the first working day (or the later start), both ends included. Open-ended plans pass.`,
  message: msg(
    'Planlagt etteroppfølging er kortere enn programmets minimum.',
    "The planned follow-up is shorter than the programme's minimum.",
  ),
  check(plan, ctx) {
    const end = plan.plannedEndDate;
    if (end === undefined) return NO_ISSUES;
    return end < lastDayOf(measuredFrom(plan), ctx.policy.followUpMinimumMonths)
      ? [issueOf(tooShort, ['plannedEndDate'])]
      : NO_ISSUES;
  },
};

const shorterThanRecommended: Rule = {
  code: 'plan_follow_up_shorter_than_recommended',
  severity: 'info',
  source: SOURCES.followUpRecommended,
  summary: `The planned end meets the minimum but is shorter than \`policy.followUpRecommendedMonths\` (default ${DEFAULT_POLICY.followUpRecommendedMonths}, the AFI report's three years).`,
  message: msg(
    'Planlagt etteroppfølging oppfyller minimum, men er kortere enn de anbefalte tre årene; mye skjer de første årene i jobb.',
    'The planned follow-up meets the minimum but is shorter than the recommended three years; much happens in the first years at work.',
  ),
  check(plan, ctx) {
    const end = plan.plannedEndDate;
    if (end === undefined) return NO_ISSUES;
    const from = measuredFrom(plan);
    if (end < lastDayOf(from, ctx.policy.followUpMinimumMonths)) return NO_ISSUES;
    return end < lastDayOf(from, ctx.policy.followUpRecommendedMonths)
      ? [issueOf(shorterThanRecommended, ['plannedEndDate'])]
      : NO_ISSUES;
  },
};

const notIntroduced: Rule = {
  code: 'plan_follow_up_not_introduced',
  severity: 'warning',
  source: SOURCES.followUpIntroduced,
  summary:
    'There is no record that follow-up was introduced to employer and participant by the first working day.',
  message: msg(
    'Det er ikke registrert at etteroppfølgingen ble presentert for arbeidsgiver og arbeidstaker ved oppstart.',
    'There is no record that follow-up was introduced to the employer and the employee at the start of the job.',
  ),
  check(plan) {
    const on = plan.introducedOn;
    return on === undefined || on > plan.employment.firstWorkingDay
      ? [issueOf(notIntroduced, ['introducedOn'])]
      : NO_ISSUES;
  },
};

const firstContactLate: Rule = {
  code: 'plan_follow_up_first_contact_late',
  severity: 'warning',
  source: SOURCES.followUpFromDayOne,
  summary: `No contact or triangular meeting (planned or held) falls within the first days of the job (option \`firstContactWithinDays\`, default ${SETTINGS.firstContactWithinDays}, counted from the first working day).`,
  message: msg(
    'Det er ingen kontakt i de første dagene i jobben; hold tett kontakt fra dag én.',
    'There is no contact in the first days of the job; keep close contact from day one.',
  ),
  check(plan, ctx) {
    const latest = addCalendarDays(plan.employment.firstWorkingDay, ctx.settings.firstContactWithinDays);
    for (const c of plan.contacts) if (counts(c.status) && c.date <= latest) return NO_ISSUES;
    for (const m of plan.triangularMeetings) if (counts(m.status) && m.date <= latest) return NO_ISSUES;
    return [issueOf(firstContactLate, ['contacts'])];
  },
};

/**
 * `YYYY-MM-DD` as a running month number (year × 12 + month), read from the characters.
 *
 * @param date - A date the schema has checked.
 * @returns The month number.
 */
function monthNumber(date: IsoDate): number {
  const c = (i: number): number => date.charCodeAt(i) - 48;
  return (c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3)) * 12 + c(5) * 10 + c(6);
}

/**
 * True when more than `maxDays` days lie between two dates (`to` not before `from`).
 *
 * Dates in the same or the next month are at most 61 days apart, so the exact
 * count is only needed when the months are further apart than that allows.
 *
 * @param from - The earlier date.
 * @param to - The later date.
 * @param maxDays - The longest gap allowed, in days.
 * @returns Whether the gap is longer.
 */
function longGap(from: IsoDate, to: IsoDate, maxDays: number): boolean {
  if ((monthNumber(to) - monthNumber(from) + 1) * 31 <= maxDays) return false;
  return isAfterDaysLater(to, from, maxDays);
}

interface Dated {
  readonly date: IsoDate;
  readonly path: (string | number)[];
}

const contactGap: Rule = {
  code: 'plan_follow_up_contact_gap',
  severity: 'warning',
  source: SOURCES.systematicFollowUp,
  summary: `Between the first working day and the planned end (or asOf, when open-ended), contacts and triangular meetings (planned or held) leave a gap longer than option \`maxContactGapDays\` (default ${SETTINGS.maxContactGapDays} days, about a quarter).`,
  message: msg(
    'Det er et langt opphold uten kontakt i etteroppfølgingen; oppfølgingen skal være jevnlig, ikke sporadisk.',
    'There is a long stretch without contact in the follow-up; follow-up should be regular, not sporadic.',
  ),
  check(plan, ctx) {
    const from = measuredFrom(plan);
    const items: Dated[] = [];
    plan.contacts.forEach((c, i) => {
      if (counts(c.status) && c.date >= from) items.push({ date: c.date, path: ['contacts', i, 'date'] });
    });
    plan.triangularMeetings.forEach((m, i) => {
      if (counts(m.status) && m.date >= from)
        items.push({ date: m.date, path: ['triangularMeetings', i, 'date'] });
    });
    items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    let out: Issue[] | undefined;
    let previous = from;
    for (const item of items) {
      if (longGap(previous, item.date, ctx.settings.maxContactGapDays))
        (out ??= []).push(issueOf(contactGap, item.path));
      previous = item.date;
    }
    const tail = plan.plannedEndDate ?? ctx.asOf;
    if (tail > previous && longGap(previous, tail, ctx.settings.maxContactGapDays)) {
      (out ??= []).push(
        issueOf(contactGap, plan.plannedEndDate === undefined ? ['contacts'] : ['plannedEndDate']),
      );
    }
    return out ?? NO_ISSUES;
  },
};

const noTriangularMeeting: Rule = {
  code: 'plan_follow_up_no_triangular_meeting',
  severity: 'warning',
  source: SOURCES.triangularMeetings,
  summary: 'No triangular meeting (participant, employer, job specialist) is planned or held.',
  message: msg(
    'Planen har ingen trekantsamtaler mellom arbeidstaker, arbeidsgiver og jobbspesialist.',
    'The plan has no triangular meetings of employee, employer and job specialist.',
  ),
  check(plan) {
    for (const m of plan.triangularMeetings) if (counts(m.status)) return NO_ISSUES;
    return [issueOf(noTriangularMeeting, ['triangularMeetings'])];
  },
};

const TOPIC_MESSAGES: Readonly<Record<FollowUpTopic, LocalizedText>> = Object.freeze({
  'position-share': msg(
    'Planen tar ikke for seg stillingsandel.',
    'The plan does not cover the position share.',
  ),
  responsibilities: msg(
    'Planen tar ikke for seg ansvarsområder i stillingen.',
    'The plan does not cover the responsibilities of the position.',
  ),
  'career-development': msg(
    'Planen tar ikke for seg karriereutvikling.',
    'The plan does not cover career development.',
  ),
  'workplace-inclusion': msg(
    'Planen tar ikke for seg inkludering på arbeidsplassen.',
    'The plan does not cover inclusion at the workplace.',
  ),
  'competence-development': msg(
    'Planen tar ikke for seg kompetanseutvikling.',
    'The plan does not cover competence development.',
  ),
  'language-development': msg(
    'Planen tar ikke for seg språkutvikling.',
    'The plan does not cover language development.',
  ),
  family: msg(
    'Planen har ikke vurdert familiesituasjonen.',
    'The plan has not considered the family situation.',
  ),
  housing: msg('Planen har ikke vurdert bosituasjonen.', 'The plan has not considered housing.'),
  health: msg('Planen har ikke vurdert helse.', 'The plan has not considered health.'),
  'public-services': msg(
    'Planen har ikke vurdert behovet for offentlige tjenester.',
    'The plan has not considered public services.',
  ),
});

function topicRule(
  code: PlansIssueCode,
  severity: 'warning' | 'info',
  topics: readonly FollowUpTopic[],
  summary: string,
): Rule {
  const rule: Rule = {
    code,
    severity,
    source: SOURCES.followUpTopics,
    summary,
    message: TOPIC_MESSAGES[topics[0] as FollowUpTopic],
    check(plan) {
      let out: Issue[] | undefined;
      for (const topic of topics) {
        if (!plan.topics.includes(topic))
          (out ??= []).push(issueOf(rule, ['topics'], severity, TOPIC_MESSAGES[topic]));
      }
      return out ?? NO_ISSUES;
    },
  };
  return rule;
}

const jobTopicMissing = topicRule(
  'plan_follow_up_job_topic_missing',
  'warning',
  FOLLOW_UP_JOB_TOPICS,
  'One of the six job topics (position share, responsibilities, career, workplace inclusion, competence, language) is not in the plan; one issue per topic.',
);

const adjacentTopicMissing = topicRule(
  'plan_follow_up_adjacent_topic_missing',
  'info',
  FOLLOW_UP_ADJACENT_TOPICS,
  'One of the four job-adjacent topics (family, housing, health, public services) is not in the plan; one note per topic.',
);

const ROLE_MESSAGES: Readonly<Partial<Record<FollowUpRole, LocalizedText>>> = Object.freeze({
  'job-specialist': msg(
    'Ingen jobbspesialist er ansvarlig i planen.',
    'No job specialist is responsible in the plan.',
  ),
  participant: msg(
    'Arbeidstakeren har ikke ansvar for noe i planen.',
    'The employee is responsible for nothing in the plan.',
  ),
  employer: msg(
    'Arbeidsgiveren har ikke ansvar for noe i planen.',
    'The employer is responsible for nothing in the plan.',
  ),
});
const REQUIRED_ROLES: readonly FollowUpRole[] = ['job-specialist', 'participant', 'employer'];

const responsibleMissing: Rule = {
  code: 'plan_follow_up_responsible_missing',
  severity: 'warning',
  source: SOURCES.followUpResponsibility,
  summary:
    'The job specialist, the participant or the employer is not among the responsible persons; one issue per missing role.',
  message: ROLE_MESSAGES['job-specialist'] as LocalizedText,
  check(plan) {
    let out: Issue[] | undefined;
    for (const role of REQUIRED_ROLES) {
      if (!plan.responsible.some((p) => p.role === role)) {
        (out ??= []).push(
          issueOf(responsibleMissing, ['responsible'], 'warning', ROLE_MESSAGES[role] as LocalizedText),
        );
      }
    }
    return out ?? NO_ISSUES;
  },
};

/**
 * Builds a consent rule for contacts with one party (triangular meetings count as contacts with the employer).
 *
 * @param code - The rule's code.
 * @param party - Who the contacts are with.
 * @param scope - The consent scope they need.
 * @param source - The rule's source.
 * @param message - The rule's message.
 * @returns The rule.
 */
function partyConsentRule(
  code: PlansIssueCode,
  party: ContactParty,
  scope: ConsentScope,
  source: SourceRef,
  message: LocalizedText,
): Rule {
  const rule: Rule = {
    code,
    severity: 'error',
    source,
    summary: `A contact with the ${party === 'employer' ? 'employer (or a triangular meeting)' : party} takes place without \`${scope}\` consent on its date; reported once, at the earliest such contact. Runs only when consents are given.`,
    message,
    check(plan, ctx) {
      const consents = ctx.consents;
      if (consents === undefined) return NO_ISSUES;
      let earliest: Dated | undefined;
      const consider = (date: IsoDate, path: (string | number)[]): void => {
        if ((earliest === undefined || date < earliest.date) && !consentHolds(consents, scope, date))
          earliest = { date, path };
      };
      plan.contacts.forEach((c: FollowUpContact, i) => {
        if (counts(c.status) && c.withWhom.includes(party)) consider(c.date, ['contacts', i]);
      });
      if (party === 'employer') {
        plan.triangularMeetings.forEach((m: TriangularMeeting, i) => {
          if (counts(m.status)) consider(m.date, ['triangularMeetings', i]);
        });
      }
      return earliest === undefined ? NO_ISSUES : [issueOf(rule, earliest.path)];
    },
  };
  return rule;
}

const employerConsentMissing = partyConsentRule(
  'plan_employer_consent_missing',
  'employer',
  'employer-sharing',
  SOURCES.employerConsent,
  msg(
    'Jobbspesialisten har kontakt med arbeidsgiveren, men samtykke til å dele opplysninger er ikke registrert.',
    'The job specialist is in contact with the employer, but no consent to share information is recorded.',
  ),
);

const familyConsentMissing = partyConsentRule(
  'plan_family_consent_missing',
  'family-network',
  'family-contact',
  SOURCES.familyAndNetworkConsent,
  msg(
    'Jobbspesialisten har kontakt med familie eller nettverk, men samtykke til det er ikke registrert.',
    'The job specialist is in contact with the family or network, but no consent to that is recorded.',
  ),
);

const crossAgencyConsentMissing = partyConsentRule(
  'plan_cross_agency_consent_missing',
  'other-service',
  'cross-agency-contact',
  SOURCES.crossAgencyConsent,
  msg(
    'Jobbspesialisten har kontakt med andre tjenester, men samtykke til det er ikke registrert.',
    'The job specialist is in contact with other services, but no consent to that is recorded.',
  ),
);

const undeclaredWork: Rule = {
  ...UNDECLARED_WORK,
  summary: 'The job is marked as undeclared work (`employment.declared: false`).',
  check(plan) {
    return plan.employment.declared === false
      ? [issueOf(undeclaredWork, ['employment', 'declared'])]
      : NO_ISSUES;
  },
};

const trainingPlanMissing: Rule = {
  code: 'plan_training_plan_missing',
  severity: 'warning',
  source: SOURCES.trainingPlan,
  summary:
    'The job has no training plan: no `employment.trainingPlanRef`, and no training plan in the context for the employer.',
  message: msg(
    'Den nye jobben har ingen opplæringsplan laget sammen med arbeidsgiveren.',
    'The new job has no training plan made with the employer.',
  ),
  check(plan, ctx) {
    const job = plan.employment;
    return job.trainingPlanRef === undefined && !ctx.trainedEmployerRefs.has(job.employerRef)
      ? [issueOf(trainingPlanMissing, ['employment', 'trainingPlanRef'])]
      : NO_ISSUES;
  },
};

const navMeasureTooLong: Rule = perItemRule({
  ...NAV_MEASURE_TOO_LONG,
  items: (plan: FollowUpPlan) => plan.employment.navMeasures,
  at: ['employment', 'navMeasures'],
  find(use: NavMeasureUse, ctx, report) {
    const severity = checkNavMeasure(use, ctx);
    if (severity !== undefined) report(['endDate'], severity);
  },
});

const contactOverdue: Rule = overdueRule({
  code: 'plan_contact_overdue',
  severity: 'warning',
  source: SOURCES.followUpFromDayOne,
  summary: 'A contact is still `planned` although its date is before asOf.',
  message: msg(
    'Kontakten var planlagt til en dato som har passert.',
    'The contact was due on a date that has passed.',
  ),
  items: (plan: FollowUpPlan) => plan.contacts,
  at: ['contacts'],
  isOpen: (contact) => contact.status === 'planned',
  dateField: 'date',
});

const triangularMeetingOverdue: Rule = overdueRule({
  code: 'plan_triangular_meeting_overdue',
  severity: 'warning',
  source: SOURCES.triangularMeetings,
  summary: 'A triangular meeting is still `planned` although its date is before asOf.',
  message: msg(
    'Trekantsamtalen var planlagt til en dato som har passert.',
    'The triangular meeting was due on a date that has passed.',
  ),
  items: (plan: FollowUpPlan) => plan.triangularMeetings,
  at: ['triangularMeetings'],
  isOpen: (meeting) => meeting.status === 'planned',
  dateField: 'date',
});

/**
 * The follow-up-plan rule table: every rule {@link validateFollowUpPlan} runs, with its code, severity, source and summary.
 *
 * @remarks
 * Rules come in report order (before sorting by severity). Each row names its
 * source; follow-up lengths come from the {@link Policy}, contact windows from
 * {@link PlanRuleSettings}. The table in `docs/plans.md` is generated from
 * this list (`npm run docs:rules`).
 *
 * @example
 * ```ts
 * FOLLOW_UP_PLAN_RULES.filter((rule) => rule.severity === 'info').map((rule) => rule.code);
 * // => ['plan_follow_up_shorter_than_recommended', 'plan_follow_up_adjacent_topic_missing']
 * ```
 * @category Plans
 */
export const FOLLOW_UP_PLAN_RULES: readonly PlanRule<FollowUpPlan>[] = deepFreeze([
  startsLate,
  tooShort,
  shorterThanRecommended,
  notIntroduced,
  firstContactLate,
  contactGap,
  noTriangularMeeting,
  jobTopicMissing,
  adjacentTopicMissing,
  responsibleMissing,
  employerConsentMissing,
  familyConsentMissing,
  crossAgencyConsentMissing,
  undeclaredWork,
  trainingPlanMissing,
  navMeasureTooLong,
  contactOverdue,
  triangularMeetingOverdue,
]);
