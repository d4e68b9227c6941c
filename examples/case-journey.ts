/**
 * A participant's SE journey, from referral to a kept job with a year of follow-up.
 *
 * Run with `npm run example:journey [-- --lang nb]`. The events are in
 * `test/fixtures/process/journey.ts`, shared with the test that checks every
 * number printed here.
 */
import {
  canEnterStep,
  createCase,
  applyCaseEvent,
  getStep,
  isSupportedEmployment,
  localize,
  replayCase,
  SE_VALUES,
  summarizeCase,
  type Locale,
  type SeCase,
} from '../src';
import { JOURNEY_EVENTS, JOURNEY_OPENING } from '../test/fixtures/process/journey';
import { counted, langFrom, NOUNS, orUsageExit, survivePipeClose } from './lib/cli';

survivePipeClose();
const locale: Locale = orUsageExit(
  () => langFrom(process.argv.slice(2)),
  'usage: case-journey [--lang nb|en]',
);

const WORDS = {
  case: { en: 'Case {id}, opened {date}', nb: 'Sak {id}, åpnet {date}' },
  backTo: { en: 'back to', nb: 'tilbake til' },
  into: { en: 'into', nb: 'inn i' },
  step: { en: 'step', nb: 'trinn' },
  reason: { en: 'reason', nb: 'grunn' },
  refused: { en: 'refused', nb: 'avvist' },
  error: { en: 'error', nb: 'feil' },
  warning: { en: 'warning', nb: 'advarsel' },
  info: { en: 'note', nb: 'merknad' },
  replay: { en: 'Replay equals the step-by-step case', nb: 'Avspillingen gir samme sak som trinn for trinn' },
  allSteps: { en: 'All five steps included', nb: 'Alle fem trinn er med' },
  summary: { en: 'Summary as of', nb: 'Oppsummering per' },
  outcome: { en: 'outcome', nb: 'resultat' },
  programme: { en: 'programme', nb: 'program' },
  referred: { en: 'referred', nb: 'henvist' },
  currentStep: { en: 'current step', nb: 'nåværende trinn' },
  movesBack: { en: 'moves back', nb: 'steg tilbake' },
  toEmployer: { en: 'weeks to first employer contact', nb: 'uker til første arbeidsgiverkontakt' },
  toPlacement: { en: 'weeks to first placement', nb: 'uker til første praksisplass' },
  toPaidWork: { en: 'weeks to paid work', nb: 'uker til lønnet arbeid' },
  unpaid: { en: 'unpaid placement', nb: 'ulønnet praksis' },
  in: { en: 'in', nb: 'i' },
  followUp: { en: 'follow-up after employment', nb: 'etteroppfølging' },
  since: { en: 'since', nb: 'siden' },
  nextDue: { en: 'next follow-up contact due', nb: 'neste oppfølgingskontakt' },
  none: { en: 'none', nb: 'ingen' },
  overdue: { en: 'overdue', nb: 'forsinket' },
  consents: { en: 'consents in force', nb: 'gjeldende samtykker' },
  contacts: { en: 'Follow-up contacts', nb: 'Oppfølgingskontakter' },
  ofWhich: { en: 'of which triangular meetings', nb: 'av dem trekantsamtaler' },
  interpreter: {
    en: 'Interpreter used for the cooperation agreement',
    nb: 'Tolk brukt ved samarbeidsavtalen',
  },
  yes: { en: 'yes', nb: 'ja' },
  no: { en: 'no', nb: 'nei' },
  true: { en: 'true', nb: 'ja' },
  false: { en: 'false', nb: 'nei' },
  jobs: { en: 'Jobs', nb: 'Jobber' },
  from: { en: 'from', nb: 'fra' },
  then: { en: '; then ', nb: '; så ' },
} as const;
const w = (key: keyof typeof WORDS): string => localize(WORDS[key], locale);
const yesNo = (value: boolean): string => w(value ? 'true' : 'false');

// 1. Walk the journey event by event, checking readiness before each step.
let seCase: SeCase = createCase(JOURNEY_OPENING);
console.log(`${w('case').replace('{id}', seCase.id).replace('{date}', seCase.openedOn)}\n`);
for (const event of JOURNEY_EVENTS) {
  if (event.type === 'step-entered') {
    const step = getStep(event.step);
    const report = canEnterStep(seCase, event.step);
    const direction =
      seCase.currentStep !== null && getStep(seCase.currentStep).number > step.number
        ? w('backTo')
        : w('into');
    console.log(
      `${event.date}  ${direction} ${w('step')} ${step.number}: ${localize(step.name, locale)}${event.reason ? ` (${w('reason')}: ${event.reason})` : ''}`,
    );
    for (const issue of report.issues)
      console.log(`            ${w(issue.severity)}: ${localize(issue.message, locale)}`);
  }
  const result = applyCaseEvent(seCase, event);
  if (!result.ok) {
    console.log(
      `${event.date}  ${w('refused')} ${event.type}: ${result.issues.map((i) => i.code).join(', ')}`,
    );
    break;
  }
  seCase = result.value;
}

// 2. Replaying the stored events gives the same case.
const replayed = replayCase(JOURNEY_OPENING, JOURNEY_EVENTS);
console.log(
  `\n${w('replay')}: ${yesNo(replayed.ok && JSON.stringify(replayed.value) === JSON.stringify(seCase))}`,
);

// 3. Is it Supported Employment? All five steps must be included.
const fidelity = isSupportedEmployment(seCase);
console.log(`${w('allSteps')}: ${yesNo(fidelity.supportedEmployment)} (${fidelity.includedSteps.length}/5)`);
const allSteps = SE_VALUES.find((v) => v.id === 'all-five-steps');
if (allSteps) console.log(`  ${localize(allSteps.summary, locale)}`);

// 4. Key figures, in the autumn of the first year and at the close.
const row = (label: string, value: string | number): void => {
  console.log(`  ${label.padEnd(38)}${value}`);
};
for (const asOf of ['2027-10-20', '2028-06-05'] as const) {
  const s = summarizeCase(seCase, { asOf });
  console.log(`\n${w('summary')} ${asOf} (${s.status}${s.outcome ? `, ${w('outcome')}: ${s.outcome}` : ''})`);
  row(w('programme'), `${s.programme ?? '-'}, ${w('referred')} ${s.referredOn ?? '-'}`);
  row(
    w('currentStep'),
    `${s.currentStep ? localize(getStep(s.currentStep).name, locale) : '-'} (${counted(s.daysInCurrentStep ?? 0, NOUNS.day, locale)})`,
  );
  row(w('movesBack'), s.movesBack);
  row(w('toEmployer'), s.weeksToFirstEmployerContact ?? '-');
  row(w('toPlacement'), s.weeksToFirstPlacement ?? '-');
  row(w('toPaidWork'), s.weeksToPaidWork ?? '-');
  row(
    w('unpaid'),
    `${counted(s.unpaidPlacementWeeks, NOUNS.week, locale)} (${counted(s.unpaidPlacementDays, NOUNS.day, locale)} ${w('in')} ${counted(s.unpaidPlacementCount, NOUNS.placement, locale)})`,
  );
  row(
    w('followUp'),
    `${counted(s.followUpMonths ?? 0, NOUNS.month, locale)} ${w('since')} ${s.followUpStartedOn ?? '-'}`,
  );
  row(w('nextDue'), `${s.nextFollowUpDue ?? w('none')}${s.followUpOverdue ? ` (${w('overdue')})` : ''}`);
  row(w('consents'), s.openConsents.join(', '));
}

// 5. What the record holds about the follow-up itself.
const contacts = seCase.followUpContacts;
console.log(
  `\n${w('contacts')}: ${contacts.length}, ${w('ofWhich')}: ${contacts.filter((c) => c.with === 'both').length}`,
);
console.log(
  `${w('interpreter')}: ${seCase.cooperationAgreement?.interpreterUsed === true ? w('yes') : w('no')}`,
);
const jobs = seCase.employments.map(
  (e) => `${e.contractType} ${e.positionPercent ?? '-'} % ${w('from')} ${e.startedOn}`,
);
console.log(`${w('jobs')}: ${jobs.join(w('then'))}`);
