/**
 * A participant's SE journey, from referral to a kept job with a year of follow-up.
 *
 * Run with `npx tsx examples/case-journey.ts`. The events are in
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

const locale: Locale = 'en';

// 1. Walk the journey event by event, checking readiness before each step.
let seCase: SeCase = createCase(JOURNEY_OPENING);
console.log(`Case ${seCase.id}, opened ${seCase.openedOn}\n`);
for (const event of JOURNEY_EVENTS) {
  if (event.type === 'step-entered') {
    const step = getStep(event.step);
    const report = canEnterStep(seCase, event.step);
    const direction = seCase.currentStep !== null && getStep(seCase.currentStep).number > step.number ? 'back to' : 'into';
    console.log(`${event.date}  ${direction} step ${step.number}: ${localize(step.name, locale)}${event.reason ? ` (reason: ${event.reason})` : ''}`);
    for (const issue of report.issues) console.log(`            ${issue.severity}: ${localize(issue.message, locale)}`);
  }
  const result = applyCaseEvent(seCase, event);
  if (!result.ok) {
    console.log(`${event.date}  refused ${event.type}: ${result.issues.map((i) => i.code).join(', ')}`);
    break;
  }
  seCase = result.value;
}

// 2. Replaying the stored events gives the same case.
const replayed = replayCase(JOURNEY_OPENING, JOURNEY_EVENTS);
console.log(`\nReplay equals the step-by-step case: ${replayed.ok && JSON.stringify(replayed.value) === JSON.stringify(seCase)}`);

// 3. Is it Supported Employment? All five steps must be included.
const fidelity = isSupportedEmployment(seCase);
console.log(`All five steps included: ${fidelity.supportedEmployment} (${fidelity.includedSteps.length}/5)`);
const allSteps = SE_VALUES.find((v) => v.id === 'all-five-steps');
if (allSteps) console.log(`  ${localize(allSteps.summary, locale)}`);

// 4. Key figures, in the autumn of the first year and at the close.
const row = (label: string, value: string | number): void => {
  console.log(`  ${label.padEnd(34)}${value}`);
};
for (const asOf of ['2027-10-20', '2028-06-05'] as const) {
  const s = summarizeCase(seCase, { asOf });
  console.log(`\nSummary as of ${asOf} (${s.status}${s.outcome ? `, outcome: ${s.outcome}` : ''})`);
  row('programme', `${s.programme ?? '-'}, referred ${s.referredOn ?? '-'}`);
  row('current step', `${s.currentStep ? localize(getStep(s.currentStep).name, locale) : '-'} (${s.daysInCurrentStep ?? 0} days)`);
  row('moves back', s.movesBack);
  row('weeks to first employer contact', s.weeksToFirstEmployerContact ?? '-');
  row('weeks to first placement', s.weeksToFirstPlacement ?? '-');
  row('weeks to paid work', s.weeksToPaidWork ?? '-');
  row('unpaid placement', `${s.unpaidPlacementWeeks} weeks (${s.unpaidPlacementDays} days in ${s.unpaidPlacementCount} placements)`);
  row('follow-up after employment', `${s.followUpMonths ?? 0} months since ${s.followUpStartedOn ?? '-'}`);
  row('next follow-up contact due', `${s.nextFollowUpDue ?? 'none'}${s.followUpOverdue ? ' (overdue)' : ''}`);
  row('consents in force', s.openConsents.join(', '));
}

// 5. What the record holds about the follow-up itself.
const contacts = seCase.followUpContacts;
console.log(`\nFollow-up contacts: ${contacts.length}, of which triangular meetings: ${contacts.filter((c) => c.with === 'both').length}`);
console.log(`Interpreter used for the cooperation agreement: ${seCase.cooperationAgreement?.interpreterUsed === true ? 'yes' : 'no'}`);
const jobs = seCase.employments.map((e) => `${e.contractType} ${e.positionPercent ?? '-'} % from ${e.startedOn}`);
console.log(`Jobs: ${jobs.join('; then ')}`);
