/**
 * One valid call of every exported function, for the hostile suites and the
 * stress script: each entry gives fresh valid arguments, so a hostile value
 * can be put in any one position while the others stay valid. The suite checks
 * that the table names every function `src/index.ts` exports.
 */
import { actionPlan, actionContext, followUpContext, followUpPlan, trainingContext, trainingPlan, actionPlanInput, followUpPlanInput, trainingPlanInput } from '../fixtures/plans/factories';
import { BASE_CANDIDATE, BASE_OPENING } from '../fixtures/matching/factories';
import { JOB, STARTED, caseOf, OPENING } from '../fixtures/process/cases';
import { JOURNEY_EVENTS, JOURNEY_OPENING } from '../fixtures/process/journey';
import { aminaAssessment } from '../fixtures/stories';
import * as api from '../../src';

type Api = typeof api;
type FunctionName = { [K in keyof Api]: Api[K] extends (...args: never[]) => unknown ? K : never }[keyof Api];

/** Fresh valid arguments of one exported function. */
export type ValidArgs = () => unknown[];

const seCase = () => caseOf([...STARTED, JOB]);
const profile = () => api.classifyNeeds(aminaAssessment);
const recommendation = () => api.recommendAdaptations(profile())[0];

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
  navMeasureLimitMonths: () => ['mentor', 'ordinary'],
  resolvePolicy: () => [{ followUpMinimumMonths: 12 }],
  classifyFields: () => [api.NeedsAssessmentSchema],
  getFieldSensitivity: () => [api.NeedsAssessmentSchema, 'health'],
  redact: () => [structuredClone(aminaAssessment), api.NeedsAssessmentSchema, { keep: 'public' }],
  buildEmployerBrief: () => [seCase(), { asOf: '2026-05-04', assessment: structuredClone(aminaAssessment), candidate: structuredClone(BASE_CANDIDATE) }],
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
};

/** The exported functions, by name (the error class left out). */
export function exportedFunctions(): [string, (...args: unknown[]) => unknown][] {
  return Object.entries(api)
    .filter(([name, value]) => typeof value === 'function' && name !== 'SupportedEmploymentError')
    .map(([name, value]) => [name, value as (...args: unknown[]) => unknown]);
}
