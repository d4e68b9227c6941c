/**
 * Zahra's case, for the full walk-through (`npm run example`).
 *
 * The facts come from the handbook's story "Zahras historie" (handbook
 * *Tilpasset Supported Employment*, L535–551): 37, from Pakistan, married with
 * two sons and a husband with impaired hearing whose family she organises;
 * good spoken Norwegian but she could neither read nor write, in spite of
 * years of adult education; ten years in NAV measures without getting closer
 * to paid work; a wish to work in a laundry, where the job specialist went
 * with her from the first day. The story gives no dates and few matching
 * facts: the dates here are fixed, invented dates (2026–2027), and the facts
 * marked "example" are plausible additions for the walk-through, not the
 * handbook's. Nothing here reads the clock, so every run prints the same.
 */
import type { ActionPlanInput, CandidateMatchingFacts, CaseEvent, EmploymentInput, JobOpeningInput, NeedsAssessmentInput, NewCase, PlanValidationContext, RecordedConsentInput, TrainingPlanInput } from '../../src';

/** The participant reference used in every record (never a name in the records themselves). */
export const PARTICIPANT = 'participant-zahra';

/** The case is opened on the day of the referral. */
export const OPENING: NewCase = { id: 'case-zahra', openedOn: '2026-01-12' };

/** The needs assessment from the first meetings, as the job specialist recorded it. */
export const ASSESSMENT: NeedsAssessmentInput = {
  id: 'assessment-zahra-1',
  participantId: PARTICIPANT,
  assessedOn: '2026-01-19',
  age: 37,
  gender: 'female',
  countryOfOrigin: 'Pakistan',
  immigrationReason: 'family-reunification',
  yearsInNorway: 18,
  programme: 'jobbsjansen',
  currentWork: 'none',
  inOrdinaryEducation: false, // example
  otherSchemes: [], // example: not covered by another qualification scheme
  schooling: 'some',
  workExperience: { abroadYears: 0, norwayYears: 0 },
  norwegian: { oral: 'b1', written: 'none', slowProgress: true },
  literacy: { ownLanguage: false, latinScript: false },
  children: [{}, {}],
  otherCareDuties: true,
  earlierMeasures: { years: 10, withoutProgress: true },
  wishToWork: 'yes',
  jobWishes: ['vaskeri'],
  jobSeekingSkills: 'none',
  struggledInPlacementAlone: true,
  confidence: 'low',
};

/**
 * What the job specialist learnt in step 2 (vocational profiling), at the
 * family council and in the talks: recorded as a second assessment, from
 * which the candidate for job matching is built (all examples).
 */
export const PROFILING_FACTS: Partial<NeedsAssessmentInput> = {
  id: 'assessment-zahra-2',
  assessedOn: '2026-02-16',
  familyStance: 'supportive',
  spouseWorksShifts: false,
  singleProvider: false,
  maritalChallenges: false,
  travelsAlone: true,
  children: [{ age: 14, needsAfterSchoolFollowUp: false }, { age: 11, needsAfterSchoolFollowUp: false }],
  culturalConstraints: { tasks: [], dress: [], contact: [], negotiable: true },
};

/** The consents she gave, in the order she gave them. */
export const CONSENTS: readonly RecordedConsentInput[] = [
  { scope: 'se-participation', givenOn: '2026-01-12' },
  { scope: 'family-contact', givenOn: '2026-02-02' },
  { scope: 'cross-agency-contact', givenOn: '2026-02-02' },
  { scope: 'employer-sharing', givenOn: '2026-03-02' },
];

/** What plan validation knows about her besides the plan (hours are an example). */
export const PLAN_CONTEXT: Omit<PlanValidationContext, 'asOf' | 'consents' | 'needsProfile' | 'trainingPlans'> = {
  // Her sons are at school and the family council shared the chores at home.
  availableHoursPerWeek: 37,
  norwegianLevel: 'b1',
  navNeedsGroup: 'ordinary',
  // Ten years of measures through NAV: earlier unpaid placements ended without a job.
  case: { unpaidPlacementsWithoutHiring: 2 },
};

/** The date the action plan is checked, a week after it was agreed. */
export const PLAN_AS_OF = '2026-02-23';

const literacyAndTalks: ActionPlanInput['activities'] = [
  { id: 'literacy', kind: 'norwegian-training', title: 'Reading and writing with a special-needs teacher', owner: 'other-service', startDate: '2026-02-02', endDate: '2026-12-18', hoursPerWeek: 6, status: 'in-progress', subGoalIds: ['reading'] },
  { id: 'talks', kind: 'meeting', title: 'Support conversations', owner: 'job-specialist', startDate: '2026-02-02', endDate: '2026-12-18', hoursPerWeek: 1, status: 'in-progress', subGoalIds: ['placement', 'job'] },
  { id: 'council', kind: 'family-council', title: 'Clearing room for work with the family', owner: 'job-specialist', startDate: '2026-02-09', endDate: '2026-02-09', hoursPerWeek: 2, status: 'completed', subGoalIds: ['placement'] },
  { id: 'cv', kind: 'job-preparation-course', title: 'CV and interview practice, orally', owner: 'participant', startDate: '2026-02-23', endDate: '2026-04-03', hoursPerWeek: 4, status: 'planned', subGoalIds: ['job'] },
];

const planBase: Omit<ActionPlanInput, 'activities'> = {
  id: 'plan-zahra',
  participantRef: PARTICIPANT,
  mainGoal: { kind: 'work', occupation: 'laundry worker', targetDate: '2026-09-30', requiredNorwegianLevel: 'a2', paid: true, declared: true },
  subGoals: [
    { id: 'placement', description: 'A placement at the laundry nearby', targetDate: '2026-05-29' },
    { id: 'job', description: 'A paid job in a laundry', targetDate: '2026-09-30' },
    { id: 'reading', description: 'Reads work orders and simple messages', targetDate: '2026-09-30' },
  ],
  // She cannot read, so the plan was gone through orally.
  agreement: { agreedOn: '2026-02-16', interpreterUsed: false, form: 'oral' },
  reviews: [
    { date: '2026-02-16', status: 'held' },
    { date: '2026-05-18', status: 'planned' },
  ],
  versions: [{ version: 1, date: '2026-02-16' }],
};

/** The first draft: one more long unpaid placement, as in her ten years of measures. */
export const DRAFT_PLAN: ActionPlanInput = {
  ...planBase,
  activities: [
    ...literacyAndTalks,
    { id: 'laundry', kind: 'unpaid-placement', owner: 'employer', startDate: '2026-04-13', endDate: '2026-07-31', hoursPerWeek: 20, status: 'planned', subGoalIds: ['placement'], employerRef: 'laundry-holmlia', trainingPlanRef: 'training-zahra' },
  ],
};

/** The revised plan: a six-week paid placement with a wage subsidy, then the job. */
export const REVISED_PLAN: ActionPlanInput = {
  ...planBase,
  versions: [...(planBase.versions ?? []), { version: 2, date: '2026-02-23', summary: 'Paid placement instead of unpaid' }],
  activities: [
    ...literacyAndTalks,
    {
      id: 'laundry',
      kind: 'paid-placement',
      owner: 'employer',
      startDate: '2026-04-13',
      endDate: '2026-05-22',
      hoursPerWeek: 20,
      status: 'planned',
      subGoalIds: ['placement'],
      employerRef: 'laundry-holmlia',
      declared: true,
      trainingPlanRef: 'training-zahra',
      navMeasure: { measure: 'wage-subsidy', startDate: '2026-04-13', endDate: '2027-04-12' },
    },
    { id: 'job', kind: 'paid-job', owner: 'participant', startDate: '2026-06-01', hoursPerWeek: 30, status: 'planned', subGoalIds: ['job'], employerRef: 'laundry-holmlia', declared: true, trainingPlanRef: 'training-zahra' },
  ],
};

/** The training plan (*opplæringsplan*) made with the laundry on the first day. */
export const TRAINING_PLAN: TrainingPlanInput = {
  id: 'training-zahra',
  participantRef: PARTICIPANT,
  employerRef: 'laundry-holmlia',
  activityRef: 'laundry',
  startDate: '2026-04-13',
  tasks: [
    { id: 'sort', description: 'Sort linen by colour and programme', learningGoalIds: ['machines'] },
    { id: 'fold', description: 'Fold and pack to the customer order', learningGoalIds: ['orders'] },
  ],
  learningGoals: [
    { id: 'machines', description: 'Runs the machines safely on her own', targetDate: '2026-05-15' },
    { id: 'orders', description: 'Reads the customer orders with picture support', targetDate: '2026-06-30' },
  ],
  support: [
    { kind: 'job-specialist-on-site', from: '2026-04-13' },
    { kind: 'buddy', ref: 'laundry-holmlia-colleague' },
  ],
  evaluations: [
    { date: '2026-04-27', status: 'planned' },
    { date: '2026-05-20', status: 'planned' },
  ],
};

/** Matching facts that the needs assessment does not hold (all examples). */
export const MATCHING_FACTS: CandidateMatchingFacts = {
  id: PARTICIPANT,
  careRelief: 'can-be-arranged',
  incomeNeed: 'moderate',
  wishes: { industries: ['laundry', 'cleaning'], openToOtherWork: true, positionTypes: ['part-time', 'full-time'] },
  availability: { earliestStart: '07:00', latestEnd: '16:00', evenings: false, weekends: false, nights: false },
  commute: { home: { district: 'Søndre Nordstrand', municipality: 'Oslo' }, maxMinutes: 40 },
  attitude: { punctuality: 'reliable' },
};

const oslo = (district: string): { district: string; municipality: string } => ({ district, municipality: 'Oslo' });

/** Four openings the job specialist found (all examples). */
export const OPENINGS: readonly JobOpeningInput[] = [
  {
    id: 'laundry-holmlia',
    employer: { id: 'emp-laundry', name: 'Local laundry', acceptsNavMeasures: ['wage-subsidy', 'mentor', 'work-training'], openToTraining: true, allowsJobSpecialistOnSite: true },
    industry: 'laundry',
    occupation: 'Laundry worker',
    positionType: 'part-time',
    positionPercent: 80,
    paid: true,
    declaredWork: true,
    hiringProspect: true,
    schedule: { startTimes: ['07:30'], endTimes: ['14:30'], evenings: false, weekends: false, nights: false },
    location: oslo('Søndre Nordstrand'),
    language: { required: 'a2', readingRequired: true, customerContact: 'none' },
    expectations: { experienceRequired: false },
    training: { willingTrainer: true, mentor: false },
    development: { pathToPermanent: true, moreHoursPossible: true },
  },
  {
    id: 'kindergarten-assistant',
    employer: { id: 'emp-kindergarten', acceptsNavMeasures: ['work-training'], openToTraining: true },
    industry: 'kindergarten',
    occupation: 'Kindergarten assistant',
    positionType: 'full-time',
    positionPercent: 100,
    paid: true,
    declaredWork: true,
    schedule: { startTimes: ['07:30'], endTimes: ['15:30'], evenings: false, weekends: false },
    location: oslo('Søndre Nordstrand'),
    language: { required: 'b1', readingRequired: true, customerContact: 'extensive' },
    expectations: { initiative: true, experienceRequired: false },
    training: { willingTrainer: true },
    development: { certificatePossible: true },
  },
  {
    id: 'hotel-cleaning',
    employer: { id: 'emp-hotel', acceptsNavMeasures: [] },
    industry: 'cleaning',
    occupation: 'Room attendant',
    positionType: 'extra-shifts',
    positionPercent: 30,
    paid: true,
    declaredWork: true,
    schedule: { startTimes: ['15:00'], endTimes: ['23:00'], evenings: true, weekends: true },
    location: oslo('Sentrum'),
    language: { customerContact: 'some' },
    training: { willingTrainer: false, mentor: false },
  },
  {
    id: 'canteen-practice',
    employer: { id: 'emp-canteen', acceptsNavMeasures: ['work-training'] },
    industry: 'canteen-and-kitchen',
    occupation: 'Kitchen assistant',
    positionType: 'part-time',
    positionPercent: 50,
    paid: false,
    declaredWork: true,
    hiringProspect: false,
    schedule: { startTimes: ['08:00'], endTimes: ['13:00'] },
    location: oslo('Bjerke'),
    training: { willingTrainer: true },
  },
];

/** The openings' titles in both languages, for the report. */
export const OPENING_TITLES: Readonly<Record<string, { nb: string; en: string }>> = {
  'laundry-holmlia': { nb: 'Vaskerimedarbeider', en: 'Laundry worker' },
  'kindergarten-assistant': { nb: 'Barnehageassistent', en: 'Kindergarten assistant' },
  'hotel-cleaning': { nb: 'Romrenholder, hotell', en: 'Hotel room attendant' },
  'canteen-practice': { nb: 'Kjøkkenassistent (praksis)', en: 'Kitchen assistant (placement)' },
};

/** The job she got at the laundry: a one-year substitute post, then (in the story) on to more. */
export const EMPLOYMENT: EmploymentInput = {
  employerRef: 'laundry-holmlia',
  occupation: 'laundry worker',
  firstWorkingDay: '2026-06-01',
  contractType: 'substitute',
  positionPercent: 80,
  contractEndDate: '2027-05-31',
  declared: true,
  navMeasures: [{ measure: 'wage-subsidy', startDate: '2026-04-13', endDate: '2027-04-12' }],
  trainingPlanRef: 'training-zahra',
};

/** The case events up to the first working day, in the order they were recorded. */
export const EVENTS_TO_EMPLOYMENT: readonly CaseEvent[] = [
  // Step 1: referral, consent and the cooperation agreement.
  { type: 'referral', id: 'e01', date: '2026-01-12', programme: 'jobbsjansen', referredBy: 'jobbsjansen-adviser' },
  { type: 'step-entered', id: 'e02', date: '2026-01-12', step: 'initial-contact' },
  { type: 'consent-given', id: 'e03', date: '2026-01-12', scope: 'se-participation' },
  { type: 'document-recorded', id: 'e04', date: '2026-01-12', document: 'consent-declaration' },
  { type: 'cooperation-agreement-signed', id: 'e05', date: '2026-01-19', interpreterUsed: false },
  { type: 'document-recorded', id: 'e06', date: '2026-01-19', document: 'cooperation-agreement' },
  { type: 'document-recorded', id: 'e07', date: '2026-01-19', document: 'job-support-plan' },
  { type: 'needs-assessed', id: 'e08', date: '2026-01-19', assessmentId: 'assessment-zahra-1' },
  // Step 2: vocational profiling, with a family council to clear room for work.
  { type: 'consent-given', id: 'e09', date: '2026-02-02', scope: 'family-contact' },
  { type: 'consent-given', id: 'e10', date: '2026-02-02', scope: 'cross-agency-contact' },
  { type: 'step-entered', id: 'e11', date: '2026-02-02', step: 'vocational-profiling' },
  { type: 'third-party-contact', id: 'e12', date: '2026-02-09', party: 'family-or-network', channel: 'in-person' },
  { type: 'third-party-contact', id: 'e13', date: '2026-02-10', party: 'other-service', channel: 'phone' },
  { type: 'document-recorded', id: 'e14', date: '2026-02-16', document: 'vocational-profile' },
  { type: 'document-recorded', id: 'e15', date: '2026-02-16', document: 'action-plan' },
  { type: 'needs-reassessed', id: 'e16', date: '2026-02-16', assessmentId: 'assessment-zahra-2' },
  // Step 3: finding a job.
  { type: 'consent-given', id: 'e17', date: '2026-03-02', scope: 'employer-sharing' },
  { type: 'step-entered', id: 'e18', date: '2026-03-02', step: 'job-finding' },
  { type: 'document-recorded', id: 'e19', date: '2026-03-09', document: 'cv' },
  { type: 'document-recorded', id: 'e20', date: '2026-03-16', document: 'job-match' },
  { type: 'document-recorded', id: 'e21', date: '2026-03-20', document: 'job-analysis' },
  // Step 4: the laundry; a paid placement with a wage subsidy.
  { type: 'step-entered', id: 'e22', date: '2026-03-23', step: 'employer-engagement' },
  { type: 'document-recorded', id: 'e23', date: '2026-03-23', document: 'employer-expectations' },
  { type: 'document-recorded', id: 'e24', date: '2026-04-06', document: 'placement-agreement' },
  { type: 'placement-started', id: 'e25', date: '2026-04-13', placementId: 'placement-laundry', kind: 'paid-placement', employerId: 'laundry-holmlia', hoursPerWeek: 20 },
  // Step 5: training on the job, the job specialist at her side.
  { type: 'step-entered', id: 'e26', date: '2026-04-13', step: 'on-off-job-support' },
  { type: 'document-recorded', id: 'e27', date: '2026-04-13', document: 'training-plan' },
  { type: 'document-recorded', id: 'e28', date: '2026-04-15', document: 'task-analysis' },
  { type: 'placement-ended', id: 'e29', date: '2026-05-22', placementId: 'placement-laundry', reason: 'hired' },
  {
    type: 'employment-started',
    id: 'e30',
    date: '2026-06-01',
    employmentId: 'job-laundry',
    employerId: 'laundry-holmlia',
    contractType: 'substitute',
    positionPercent: 80,
    industry: 'laundry',
    occupation: 'laundry-worker',
  },
  { type: 'document-recorded', id: 'e31', date: '2026-06-01', document: 'employment-contract', step: 'employer-engagement' },
  { type: 'document-recorded', id: 'e32', date: '2026-06-01', document: 'follow-up-plan' },
];

/** The date the follow-up plan is checked, and the date of the year-end summary. */
export const FOLLOW_UP_CHECK_ON = '2026-12-07';
/** One year after the first working day. */
export const YEAR_END = '2027-06-01';
/** The follow-up contacts that were not held (example). */
export const MISSED_CONTACTS: readonly string[] = ['2026-11-01'];
