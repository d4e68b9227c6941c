/**
 * A programme leader's outcome report as one self-contained HTML page.
 *
 *   npm run example:outcomes
 *   npx tsx examples/outcomes-report.ts [output.html] [--seed 2026] [--size 300]
 *
 * A seeded cohort of case records is generated through the library's own case
 * events (examples/lib/outcomesCohort.ts), turned into individual reports with
 * `toOutcomeRecord`, and summed up with `computeOutcomeKpis`: transition to
 * work and to work or education by exit year with Wilson intervals against the
 * targets of the same definition, time to placement and to paid work against
 * SEQF's 10- and 52-week anchors, attachment 6, 12 and 36 months after exit,
 * and a SEQF self-assessment (`assessSeqf`) with suggestions pre-filled from the
 * outcome report. The page has inline SVG and CSS only: no script, no network.
 * The default output is .tmp/outcomes-report.html.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  assessSeqf,
  compareWithTargets,
  computeOutcomeKpis,
  DEFAULT_POLICY,
  SEQF_AREAS,
  SEQF_CRITERIA,
  toOutcomeRecord,
  type SeqfSelfAssessment,
} from '../src';
import { flagValue, orUsageExit } from './lib/cli';
import { generateCohort } from './lib/outcomesCohort';
import { renderReportHtml } from './lib/outcomesHtml';

const ASOF = '2025-12-31';
const args = process.argv.slice(2);
const USAGE = 'usage: tsx examples/outcomes-report.ts [output.html] [--seed N] [--size N]';
const seed = Number(orUsageExit(() => flagValue(args, '--seed'), USAGE) ?? 2026);
const size = Number(orUsageExit(() => flagValue(args, '--size'), USAGE) ?? 300);
const positional = args.filter((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
const output = resolve(positional[0] ?? '.tmp/outcomes-report.html');

const cohort = generateCohort(seed, size, ASOF);
const records = cohort.map((c) =>
  toOutcomeRecord(c.seCase, ASOF, { jobSpecialistId: c.jobSpecialistId, complexAtIntake: c.complexAtIntake }),
);

const overall = computeOutcomeKpis(records, {
  asOf: ASOF,
  cohort: { basis: 'reported', from: '2021-01-01', to: ASOF },
});
const exited = computeOutcomeKpis(records, {
  asOf: ASOF,
  cohort: { basis: 'exited', from: '2021-01-01', to: ASOF },
  groupBy: ['exitYear'],
});
const byYear = Object.entries(exited.groups ?? {}).map(([year, g]) => ({
  year,
  transition: g.rates.transitionToWorkRate,
  workOrEducation: g.rates.workOrEducationRate,
}));

// A team's self-assessment: every criterion claimed at a level, with evidence for some levels (the rest is capped).
const ratings: SeqfSelfAssessment['ratings'] = SEQF_CRITERIA.map((c, i) => {
  const claimed = (2 + (i % 3)) as 2 | 3 | 4;
  const documented = ([2, 3, 4] as const).filter((l) => l <= claimed && !(i % 5 === 0 && l === 3));
  return {
    criterionId: c.id,
    claimedLevel: claimed,
    evidence: documented.map((level) => ({ level, description: `routine documented at level ${level}` })),
  };
});
const seqf = assessSeqf(
  {
    organisationId: 'example-team',
    assessedOn: ASOF,
    scope: 'full',
    ratings: [
      ...ratings,
      {
        criterionId: 'TG-interpreter',
        claimedLevel: 4,
        evidence: [2, 3, 4].map((level) => ({
          level: level as 2 | 3 | 4,
          description: 'interpreter booked for every agreement',
        })),
      },
    ],
  },
  { outcomeReport: exited },
);

const html = renderReportHtml({
  title: 'Supported Employment: outcomes and quality',
  asOf: ASOF,
  overall,
  byYear,
  seqfTarget: DEFAULT_POLICY.outcomes.targetSeqfTopTransitionToWork,
  jobbsjansenTarget: DEFAULT_POLICY.outcomes.targetJobbsjansenWorkOrEducation,
  anchors: {
    top: DEFAULT_POLICY.outcomes.timeAnchorTopWeeks,
    lowest: DEFAULT_POLICY.outcomes.timeAnchorLowestWeeks,
  },
  seqf,
  seqfAreaNames: Object.fromEntries(SEQF_AREAS.map((a) => [a.id, a.name.en])),
});
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, html);

const wg = overall.rates.workGoalRate;
console.log(`Outcome report: ${records.length} individual reports (seed ${seed}), as of ${ASOF}`);
if (wg !== null)
  console.log(
    `Work goal: ${wg.numerator}/${wg.denominator} = ${(wg.value * 100).toFixed(1)} % [${(wg.ci95[0] * 100).toFixed(1)}, ${(wg.ci95[1] * 100).toFixed(1)}]`,
  );
console.log(
  `Checks against targets: ${
    compareWithTargets(exited)
      .map((i) => i.code)
      .join(', ') || 'none'
  }`,
);
console.log(`SEQF total: ${seqf.total === null ? '–' : seqf.total.toFixed(4)}`);
console.log(`Wrote ${output}`);
