import type { Issue } from '../../issue';
import type { LocalizedText } from '../../core/localizedText';
import type { Policy } from '../../core/policy';
import type { SourceRef } from '../../core/sourceRef';
import { anchorBand } from '../../outcomes/anchorBand';
import { NON_WORK_STATUSES, type NonWorkStatus, type OutcomeRecord } from '../../outcomes/outcomeRecord';
import type {
  Duration,
  DurationKpiId,
  JobSpecialistResult,
  OutcomeCohort,
  OutcomeReport,
  Rate,
  RateDefinition,
  RateKpiId,
} from '../../outcomes/outcomeReport';
import { wilsonInterval } from '../../outcomes/wilsonInterval';
import { addMonthsIso, dayNumber, statusOn } from './days';
import { outcomesIssue } from './issues';
import { OSRC } from './sources';

type OutcomePolicy = Policy['outcomes'];

interface RateDef {
  readonly definition: RateDefinition;
  readonly label: LocalizedText;
  readonly source: SourceRef;
}

/** The definition, label and source of every rate KPI. */
export const RATE_DEFS: Readonly<Record<RateKpiId, RateDef>> = {
  workGoalRate: {
    definition: 'work-goal',
    label: {
      nb: 'Nådde mål om arbeid (utskrevet til arbeid, permisjon for arbeid, eller oppfølging om kontrakt)',
      en: 'Reached the work goal (exit to work, leave for work, or follow-up on contract)',
    },
    source: OSRC.workGoal,
  },
  anyPaidWorkRate: {
    definition: 'any-paid-work',
    label: { nb: 'Har hatt lønnet arbeid', en: 'Has had paid work' },
    source: OSRC.anyPaidWork,
  },
  transitionToWorkRate: {
    definition: 'transition-to-work',
    label: { nb: 'Overgang til arbeid blant avsluttede', en: 'Transition to work among exits' },
    source: OSRC.transitionToWork,
  },
  workOrEducationRate: {
    definition: 'work-or-education',
    label: {
      nb: 'Overgang til arbeid eller utdanning blant avsluttede',
      en: 'Transition to work or education among exits',
    },
    source: OSRC.workOrEducation,
  },
  inWorkAfterSeStart6m: {
    definition: 'in-work-after-se-start',
    label: { nb: 'I arbeid seks måneder etter oppstart i SE', en: 'In work six months after SE started' },
    source: OSRC.inWorkAfterStart,
  },
  attachment6m: {
    definition: 'attachment',
    label: {
      nb: 'I arbeid seks måneder etter utskriving til arbeid',
      en: 'In work six months after exit to work',
    },
    source: OSRC.attachment,
  },
  attachment12m: {
    definition: 'attachment',
    label: { nb: 'I arbeid ett år etter utskriving til arbeid', en: 'In work one year after exit to work' },
    source: OSRC.attachment,
  },
  attachment36m: {
    definition: 'attachment',
    label: {
      nb: 'I arbeid tre år etter utskriving til arbeid',
      en: 'In work three years after exit to work',
    },
    source: OSRC.attachment,
  },
  permanentShare: {
    definition: 'job-quality',
    label: { nb: 'Fast kontrakt i siste jobb', en: 'Permanent contract in the latest job' },
    source: OSRC.jobQuality,
  },
  fullTimeShare: {
    definition: 'job-quality',
    label: { nb: 'Hel stilling i siste jobb', en: 'Full-time position in the latest job' },
    source: OSRC.jobQuality,
  },
  atLeast60Share: {
    definition: 'job-quality',
    label: { nb: 'Minst 60 prosent stilling i siste jobb', en: 'At least a 60 % position in the latest job' },
    source: OSRC.jobQuality,
  },
  involuntaryPartTimeShare: {
    definition: 'job-quality',
    label: { nb: 'Ufrivillig deltid i siste jobb', en: 'Involuntary part time in the latest job' },
    source: OSRC.jobQuality,
  },
  complexShare: {
    definition: 'complex-share',
    label: { nb: 'Sammensatte behov ved inntak', en: 'Complex needs at intake' },
    source: OSRC.creaming,
  },
};

function rate(
  id: RateKpiId,
  numerator: number,
  denominator: number,
  policy: OutcomePolicy,
  coverage?: number,
): Rate | null {
  if (denominator === 0) return null;
  const def = RATE_DEFS[id];
  return {
    id,
    definition: def.definition,
    label: def.label,
    numerator,
    denominator,
    value: numerator / denominator,
    ci95: wilsonInterval(numerator, denominator),
    lowN: denominator < policy.minN,
    ...(coverage === undefined ? {} : { coverage }),
    source: def.source,
  };
}

function duration(id: DurationKpiId, weeks: number[], policy: OutcomePolicy): Duration | null {
  const n = weeks.length;
  if (n === 0) return null;
  const sorted = [...weeks].sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  const median =
    n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  let sum = 0;
  let top = 0;
  let lowest = 0;
  for (const w of sorted) {
    sum += w;
    if (w <= policy.timeAnchorTopWeeks) top++;
    if (w <= policy.timeAnchorLowestWeeks) lowest++;
  }
  return {
    id,
    n,
    median,
    mean: sum / n,
    shareWithin: { top: top / n, lowest: lowest / n },
    anchorBand: anchorBand(median, policy),
    source: id === 'timeToPlacementWeeks' ? OSRC.timeToPlacement : OSRC.timeToPaidWork,
  };
}

/** The record's exit, when it happened on or before `asOf`. */
function exitBy(r: OutcomeRecord, asOf: string): OutcomeRecord['exit'] {
  return r.exit !== null && r.exit.date <= asOf ? r.exit : null;
}

/** Whether the record meets the AFI work goal at `asOf` (AFI report L11384–11388). */
export function meetsWorkGoal(r: OutcomeRecord, asOf: string, windowDays: number): boolean {
  const exit = exitBy(r, asOf);
  if (exit !== null) return exit.kind === 'work' || r.onLeaveForWork;
  return r.onLeaveForWork || (r.inContractFollowUp && statusOn(r, asOf, windowDays) === 'employed');
}

/** Whether the record belongs to the cohort. */
export function inCohort(r: OutcomeRecord, cohort: OutcomeCohort): boolean {
  switch (cohort.basis) {
    case 'reported':
      return (
        (r.referredOn === null || r.referredOn <= cohort.to) &&
        (r.exit === null || r.exit.date >= cohort.from)
      );
    case 'exited':
      return r.exit !== null && r.exit.date >= cohort.from && r.exit.date <= cohort.to;
    case 'started':
      return r.seStartedOn !== null && r.seStartedOn >= cohort.from && r.seStartedOn <= cohort.to;
  }
}

const HORIZONS = [
  ['attachment6m', 6],
  ['attachment12m', 12],
  ['attachment36m', 36],
] as const;

/** The figures of the records already in the cohort, without groups. */
export function computeCore(
  records: readonly OutcomeRecord[],
  asOf: string,
  cohort: OutcomeCohort,
  policy: OutcomePolicy,
): OutcomeReport {
  const w = policy.attachmentWindowDays;
  let workGoal = 0;
  let anyPaid = 0;
  let exits = 0;
  let exitsWork = 0;
  let exitsWorkOrEducation = 0;
  let startEligible = 0;
  let startEmployed = 0;
  const att = HORIZONS.map(
    ([id, months]): [RateKpiId, number, { eligible: number; employed: number; notEmployed: number }] => [
      id,
      months,
      { eligible: 0, employed: 0, notEmployed: 0 },
    ],
  );
  const quality = {
    permanent: { k: 0, n: 0 },
    fullTime: { k: 0, n: 0 },
    atLeast60: { k: 0, n: 0 },
    involuntary: { k: 0, n: 0 },
  };
  let complexKnown = 0;
  let complex = 0;
  const toPlacement: number[] = [];
  const toPaid: number[] = [];
  const perJs = new Map<string, { n: number; intoWork: number }>();
  let unassigned = 0;
  const nonWork: Record<NonWorkStatus | 'unknown', number> = {
    'education-or-waiting-list': 0,
    'health-or-care-stop': 0,
    'under-mapping': 0,
    'traditional-pathway': 0,
    other: 0,
    unknown: 0,
  };
  const industries = new Map<string, number>();

  for (const r of records) {
    const goal = meetsWorkGoal(r, asOf, w);
    if (goal) workGoal++;
    else nonWork[r.nonWorkStatus ?? 'unknown']++;

    let latest: OutcomeRecord['employments'][number] | undefined;
    let paid = false;
    for (const e of r.employments) {
      if (e.start > asOf) continue;
      industries.set(e.industry, (industries.get(e.industry) ?? 0) + 1);
      if (!e.declared) continue;
      paid = true;
      if (latest === undefined || e.start > latest.start) latest = e;
    }
    if (paid) anyPaid++;
    if (latest !== undefined) {
      quality.permanent.n++;
      if (latest.contractType === 'permanent') quality.permanent.k++;
      if (latest.positionPercent !== undefined) {
        quality.fullTime.n++;
        quality.atLeast60.n++;
        if (latest.positionPercent === 100) quality.fullTime.k++;
        if (latest.positionPercent >= 60) quality.atLeast60.k++;
      }
      if (latest.involuntaryPartTime !== undefined) {
        quality.involuntary.n++;
        if (latest.involuntaryPartTime) quality.involuntary.k++;
      }
    }

    const exit = exitBy(r, asOf);
    if (exit !== null) {
      exits++;
      if (exit.kind === 'work') exitsWork++;
      if (exit.kind === 'work' || exit.kind === 'education') exitsWorkOrEducation++;
      if (exit.kind === 'work') {
        for (const [, months, a] of att) {
          const at = addMonthsIso(exit.date, months);
          if (at > asOf) continue;
          a.eligible++;
          const s = statusOn(r, at, w);
          if (s === 'employed') a.employed++;
          else if (s === 'not-employed') a.notEmployed++;
        }
      }
    }

    if (r.seStartedOn !== null) {
      const at = addMonthsIso(r.seStartedOn, policy.inWorkAfterSeStartMonths);
      if (at <= asOf) {
        startEligible++;
        if (statusOn(r, at, w) === 'employed') startEmployed++;
      }
    }
    if (r.complexAtIntake !== undefined) {
      complexKnown++;
      if (r.complexAtIntake) complex++;
    }
    if (r.referredOn !== null) {
      const from = dayNumber(r.referredOn);
      if (r.firstPlacementOn !== null && r.firstPlacementOn <= asOf && r.firstPlacementOn >= r.referredOn) {
        toPlacement.push(Math.floor((dayNumber(r.firstPlacementOn) - from) / 7));
      }
      if (r.firstPaidWorkOn !== null && r.firstPaidWorkOn <= asOf && r.firstPaidWorkOn >= r.referredOn) {
        toPaid.push(Math.floor((dayNumber(r.firstPaidWorkOn) - from) / 7));
      }
    }
    if (r.jobSpecialistId === undefined) unassigned++;
    else {
      const js = perJs.get(r.jobSpecialistId) ?? { n: 0, intoWork: 0 };
      js.n++;
      if (goal) js.intoWork++;
      perJs.set(r.jobSpecialistId, js);
    }
  }

  const n = records.length;
  const issues: Issue[] = [];
  if (n < policy.minN) issues.push(outcomesIssue('outcomes_low_n', ['n']));

  const groups: JobSpecialistResult[] = [];
  const other = { groups: 0, n: 0, intoWork: 0 };
  for (const [id, js] of [...perJs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (js.n < policy.minCellSize) {
      other.groups++;
      other.n += js.n;
      other.intoWork += js.intoWork;
    } else groups.push({ jobSpecialistId: id, n: js.n, intoWork: js.intoWork, rate: js.intoWork / js.n });
  }
  const industryCounts: { industry: string; count: number }[] = [];
  let industryOther = 0;
  for (const [industry, count] of [...industries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count < policy.minCellSize) industryOther += count;
    else industryCounts.push({ industry, count });
  }
  if (other.groups > 0 || industryOther > 0)
    issues.push(
      outcomesIssue('outcomes_groups_suppressed', other.groups > 0 ? ['perJobSpecialist'] : ['industries']),
    );

  const attachmentRate = (id: RateKpiId): Rate | null => {
    const a = att.find(([kpi]) => kpi === id)?.[2];
    if (a === undefined || a.eligible === 0) return null;
    const known = a.employed + a.notEmployed;
    return rate(id, a.employed, known, policy, known / a.eligible);
  };

  return {
    asOf,
    cohort,
    n,
    rates: {
      workGoalRate: rate('workGoalRate', workGoal, n, policy),
      anyPaidWorkRate: rate('anyPaidWorkRate', anyPaid, n, policy),
      transitionToWorkRate: rate('transitionToWorkRate', exitsWork, exits, policy),
      workOrEducationRate: rate('workOrEducationRate', exitsWorkOrEducation, exits, policy),
      inWorkAfterSeStart6m: rate('inWorkAfterSeStart6m', startEmployed, startEligible, policy),
      attachment6m: attachmentRate('attachment6m'),
      attachment12m: attachmentRate('attachment12m'),
      attachment36m: attachmentRate('attachment36m'),
      permanentShare: rate('permanentShare', quality.permanent.k, quality.permanent.n, policy),
      fullTimeShare: rate('fullTimeShare', quality.fullTime.k, quality.fullTime.n, policy),
      atLeast60Share: rate('atLeast60Share', quality.atLeast60.k, quality.atLeast60.n, policy),
      involuntaryPartTimeShare: rate(
        'involuntaryPartTimeShare',
        quality.involuntary.k,
        quality.involuntary.n,
        policy,
      ),
      complexShare: rate('complexShare', complex, complexKnown, policy),
    },
    durations: {
      timeToPlacementWeeks: duration('timeToPlacementWeeks', toPlacement, policy),
      timeToPaidWorkWeeks: duration('timeToPaidWorkWeeks', toPaid, policy),
    },
    perJobSpecialist: { groups, other, unassigned },
    nonWorkBreakdown: nonWork,
    industries: { counts: industryCounts, other: industryOther },
    issues,
  };
}

/** Keys of the non-work statuses, in catalogue order (for consumers that iterate). */
export const NON_WORK_KEYS: readonly (NonWorkStatus | 'unknown')[] = [...NON_WORK_STATUSES, 'unknown'];
