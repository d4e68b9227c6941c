/**
 * One valid call of every exported function, for the hostile suites and the
 * stress script: each entry gives fresh valid arguments, so a hostile value
 * can be put in any one position while the others stay valid. The suite checks
 * that the table names every function `src/index.ts` exports.
 */
import {
  actionPlan,
  actionContext,
  followUpContext,
  followUpPlan,
  trainingContext,
  trainingPlan,
  actionPlanInput,
  followUpPlanInput,
  trainingPlanInput,
} from '../fixtures/plans/factories';
import { BASE_CANDIDATE, BASE_OPENING } from '../fixtures/matching/factories';
import { JOB, STARTED, caseOf, OPENING } from '../fixtures/process/cases';
import { JOURNEY_EVENTS, JOURNEY_OPENING } from '../fixtures/process/journey';
import { many, rec } from '../fixtures/outcomes/records';
import { aminaAssessment } from '../fixtures/stories';
import * as api from '../../src';

type Api = typeof api;
type FunctionName = { [K in keyof Api]: Api[K] extends (...args: never[]) => unknown ? K : never }[keyof Api];

/** Fresh valid arguments of one exported function. */
export type ValidArgs = () => unknown[];

const seCase = () => caseOf([...STARTED, JOB]);
const profile = () => api.classifyNeeds(aminaAssessment);
const recommendation = () => api.recommendAdaptations(profile())[0];

/** A cohort of individual reports: half left for work (one permanent job each), half for education. */
const outcomeRecords = (): api.OutcomeRecord[] => [
  ...many(6, 'work', (id) =>
    rec(id, {
      referredOn: '2024-01-08',
      seStartedOn: '2024-01-15',
      firstPaidWorkOn: '2024-04-01',
      exit: { date: '2024-09-02', kind: 'work' },
      employments: [
        {
          start: '2024-04-01',
          contractType: 'permanent',
          positionPercent: 80,
          industry: 'cleaning',
          declared: true,
        },
      ],
      attachment: [{ date: '2025-03-03', status: 'employed' }],
    }),
  ),
  ...many(6, 'edu', (id) =>
    rec(id, { exit: { date: '2024-08-01', kind: 'education' }, nonWorkStatus: 'education-or-waiting-list' }),
  ),
];
const KPI_OPTIONS = {
  asOf: '2025-12-31',
  cohort: { basis: 'exited', from: '2024-01-01', to: '2024-12-31' },
} as const;
const outcomeReport = () => api.computeOutcomeKpis(outcomeRecords(), KPI_OPTIONS);
const transitionRate = (): api.Rate => {
  const rate = outcomeReport().rates.transitionToWorkRate;
  if (rate === null) throw new Error('the cohort has no exits');
  return rate;
};
const seqfAssessment = (): api.SeqfSelfAssessment => ({
  organisationId: 'team-1',
  assessedOn: '2026-03-01',
  scope: 'five-step-only',
  ratings: [
    {
      criterionId: '5A',
      claimedLevel: 3,
      evidence: [
        { level: 2, description: 'Routine for the first meeting' },
        { level: 3, description: 'Written vocational profiles' },
      ],
    },
    { criterionId: '5B', claimedLevel: 1, evidence: [] },
  ],
});

/** Valid arguments for every exported function (classes excluded). */
export const VALID_CALLS: Readonly<Record<Exclude<FunctionName, 'SupportedEmploymentError'>, ValidArgs>> = {
  addCalendarDays: () => ['2026-01-05', 3],
  addCalendarMonths: () => ['2026-01-31', 1],
  addCalendarWeeks: () => ['2026-01-05', 2],
  calendarDaysBetween: () => ['2026-01-05', '2026-03-01'],
  compareIsoDates: () => ['2026-01-05', '2026-03-01'],
  wholeMonthsBetween: () => ['2026-01-05', '2026-03-01'],
  wholeWeeksBetween: () => ['2026-01-05', '2026-03-01'],
  isIsoDate: () => ['2026-01-05'],
  compareNorwegianLevels: () => ['a2', 'b1'],
  formatSourceRef: () => [{ document: 'handbook', section: '§5' }, 'nb'],
  localize: () => [{ nb: 'Hei', en: 'Hello' }, 'en'],
  getAdaptation: () => [api.ADAPTATION_IDS[0]],
  getNeed: () => [api.NEED_IDS[0]],
  getStep: () => [api.SE_STEP_IDS[0]],
  getStepSupport: () => [api.SE_STEP_IDS[0]],
  navMeasureLimitMonths: () => ['mentor', 'ordinary', api.DEFAULT_POLICY],
  resolvePolicy: () => [{ followUpMinimumMonths: 12 }],
  classifyFields: () => [api.NeedsAssessmentSchema],
  getFieldSensitivity: () => [api.NeedsAssessmentSchema, 'health'],
  redact: () => [structuredClone(aminaAssessment), api.NeedsAssessmentSchema, { keep: 'public' }],
  buildEmployerBrief: () => [
    seCase(),
    {
      asOf: '2026-05-04',
      assessment: structuredClone(aminaAssessment),
      candidate: structuredClone(BASE_CANDIDATE),
    },
  ],
  classifyNeeds: () => [structuredClone(aminaAssessment)],
  assessSeSuitability: () => [structuredClone(aminaAssessment)],
  checkProgrammeEligibility: () => [structuredClone(aminaAssessment), api.PROGRAMMES[0]],
  reassessNeeds: () => [profile(), structuredClone(aminaAssessment)],
  recommendAdaptations: () => [profile()],
  explainRecommendation: () => [recommendation(), 'nb'],
  parseNeedsAssessment: () => [structuredClone(aminaAssessment)],
  safeParseNeedsAssessment: () => [structuredClone(aminaAssessment)],
  parseCaseEvent: () => [structuredClone(JOURNEY_EVENTS[0])],
  safeParseCaseEvent: () => [structuredClone(JOURNEY_EVENTS[0])],
  parseActionPlan: () => [actionPlanInput()],
  safeParseActionPlan: () => [actionPlanInput()],
  parseTrainingPlan: () => [trainingPlanInput()],
  safeParseTrainingPlan: () => [trainingPlanInput()],
  parseFollowUpPlan: () => [followUpPlanInput()],
  safeParseFollowUpPlan: () => [followUpPlanInput()],
  parseCandidate: () => [structuredClone(BASE_CANDIDATE)],
  safeParseCandidate: () => [structuredClone(BASE_CANDIDATE)],
  parseJobOpening: () => [structuredClone(BASE_OPENING)],
  safeParseJobOpening: () => [structuredClone(BASE_OPENING)],
  validateActionPlan: () => [actionPlan(), actionContext()],
  validateTrainingPlan: () => [trainingPlan(), trainingContext()],
  validateFollowUpPlan: () => [followUpPlan(), followUpContext()],
  scheduleFollowUp: () => [{ firstWorkingDay: '2026-08-17' }],
  nextFollowUp: () => [followUpPlan(), '2026-10-01'],
  createCase: () => [{ ...OPENING }],
  applyCaseEvent: () => [caseOf([...STARTED]), structuredClone(JOB)],
  replayCase: () => [{ ...JOURNEY_OPENING }, structuredClone(JOURNEY_EVENTS)],
  canEnterStep: () => [seCase(), 'vocational-profiling'],
  summarizeCase: () => [seCase(), { asOf: '2026-05-04' }],
  isSupportedEmployment: () => [seCase()],
  candidateFromAssessment: () => [structuredClone(aminaAssessment)],
  balanceJobMatch: () => [structuredClone(BASE_CANDIDATE), structuredClone(BASE_OPENING)],
  rankOpenings: () => [structuredClone(BASE_CANDIDATE), [structuredClone(BASE_OPENING)]],
  rankCandidates: () => [structuredClone(BASE_OPENING), [structuredClone(BASE_CANDIDATE)]],
  assignCandidates: () => [[structuredClone(BASE_CANDIDATE)], [structuredClone(BASE_OPENING)]],
  scoreMatchGrid: () => [[structuredClone(BASE_CANDIDATE)], [structuredClone(BASE_OPENING)]],
  compareNeedSeverity: () => ['moderate', 'high'],
  anchorBand: () => [18, { timeAnchorTopWeeks: 10, timeAnchorLowestWeeks: 52 }],
  wilsonInterval: () => [99, 202],
  checkCaseload: () => [
    [
      {
        jobSpecialistId: 'JS-A',
        roleStartedOn: '2023-02-01',
        activeCaseIds: ['c1', 'c2', 'c3'],
        programme: 'jobbsjansen',
      },
    ],
    { asOf: '2026-04-01' },
  ],
  computeOutcomeKpis: () => [
    outcomeRecords(),
    { ...KPI_OPTIONS, cohort: { ...KPI_OPTIONS.cohort }, groupBy: ['programme'] },
  ],
  compareWithTargets: () => [
    outcomeReport(),
    { targets: ['seqf-top', 'jobbsjansen'], previous: outcomeReport() },
  ],
  compareRates: () => [transitionRate(), transitionRate()],
  parseOutcomeRecord: () => [outcomeRecords()[0]],
  safeParseOutcomeRecord: () => [outcomeRecords()[0]],
  toOutcomeRecord: () => [seCase(), '2026-06-30', { jobSpecialistId: 'JS-1', complexAtIntake: true }],
  assessSeqf: () => [seqfAssessment(), { outcomeReport: outcomeReport() }],
};

/** The exported functions, by name (the error class left out). */
export function exportedFunctions(): [string, (...args: unknown[]) => unknown][] {
  return Object.entries(api)
    .filter(([name, value]) => typeof value === 'function' && name !== 'SupportedEmploymentError')
    .map(([name, value]) => [name, value as (...args: unknown[]) => unknown]);
}
