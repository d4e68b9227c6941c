/**
 * Seeded generators of realistic benchmark inputs: needs assessments as they
 * come from an intake form (most facts recorded, some unknown), twenty-activity
 * action plans with their validation context, and first working days.
 *
 * Every generator takes a seed, so `npm run bench` measures the same data on
 * every run and every machine.
 */
import {
  ACTIVITY_KINDS,
  ACTIVITY_OWNERS,
  addCalendarDays,
  BENEFIT_TYPES,
  CONFIDENCE_LEVELS,
  CONTACT_CONSTRAINTS,
  CURRENT_WORK_STATUSES,
  DRESS_CONSTRAINTS,
  FAMILY_STANCES,
  HEALTH_LIMITATIONS,
  HEALTH_STATUSES,
  HOUSING_SITUATIONS,
  IMMIGRATION_REASONS,
  INCOME_SOURCES,
  JOB_SEEKING_SKILL_LEVELS,
  KNOWLEDGE_LEVELS,
  NAV_MEASURE_IDS,
  NETWORK_LEVELS,
  NORWEGIAN_LEVELS,
  RECOGNITION_STATUSES,
  SCHOOLING_LEVELS,
  TASK_CONSTRAINTS,
  WORK_CAPACITIES,
  WORK_WISHES,
  type ActionPlanInput,
  type ActivityKind,
  type CaseEvent,
  type IsoDate,
  type NeedsAssessmentInput,
  type NeedsProfile,
  type PlanValidationContext,
  type RecordedConsent,
} from '../src';
import { chance, createRng, int, maybeSet, pick, some, type Rng } from './rng';

const COUNTRIES = ['Somalia', 'Syria', 'Eritrea', 'Afghanistan', 'Pakistan', 'Iraq', 'Ukraine', 'Thailand'];
const LANGUAGES = ['Somali', 'Arabisk', 'Tigrinja', 'Dari', 'Urdu', 'Kurdisk', 'Ukrainsk', 'Thai'];
const OCCUPATIONS = [
  'Renhold',
  'Kantine',
  'Barnehage',
  'Helsefagarbeider',
  'Vaskeri',
  'Butikk',
  'Hotell',
  'Lager',
];
const PROGRAMMES = ['jobbsjansen', 'jobbsjansen', 'introduction-programme', 'nav', 'other'] as const;
const LOW_LEVELS = NORWEGIAN_LEVELS.slice(0, 8);

/** An ISO date `days` after 2026-01-01. */
const day = (days: number): IsoDate => addCalendarDays('2026-01-01', days);

/** One realistic needs assessment (the raw input, as it arrives from a form or an API). */
export function generateAssessment(rng: Rng, i: number): NeedsAssessmentInput {
  const a: Record<string, unknown> = {
    id: `na-${String(i).padStart(6, '0')}`,
    assessedOn: day(int(rng, 0, 330)),
  };
  const set = (key: string, value: () => unknown, p?: number): void => {
    maybeSet(rng, a, key, value, p);
  };
  set('participantId', () => `p-${i}`, 0.95);
  set('age', () => int(rng, 19, 62));
  set('gender', () => (chance(rng, 0.9) ? 'female' : 'male'));
  set('countryOfOrigin', () => pick(rng, COUNTRIES));
  set('immigrationReason', () => pick(rng, IMMIGRATION_REASONS));
  set('yearsInNorway', () => int(rng, 0, 25));
  set('programme', () => pick(rng, PROGRAMMES));
  set('currentWork', () => pick(rng, CURRENT_WORK_STATUSES));
  set('inOrdinaryEducation', () => chance(rng, 0.1));
  set('preferredLanguage', () => pick(rng, LANGUAGES));
  set('interpreterNeeded', () => chance(rng, 0.5));
  set('norwegian', () => {
    const n: Record<string, unknown> = {};
    maybeSet(rng, n, 'oral', () => pick(rng, LOW_LEVELS));
    maybeSet(rng, n, 'written', () => pick(rng, LOW_LEVELS));
    maybeSet(rng, n, 'yearsOfTuition', () => int(rng, 0, 8));
    maybeSet(rng, n, 'slowProgress', () => chance(rng, 0.3));
    maybeSet(rng, n, 'pronunciationDifficulties', () => chance(rng, 0.2), 0.5);
    return n;
  });
  set('literacy', () => ({ ownLanguage: chance(rng, 0.7), latinScript: chance(rng, 0.6) }));
  set('yearsOfSchooling', () => int(rng, 0, 16));
  set('schooling', () => pick(rng, SCHOOLING_LEVELS));
  set('qualifications', () =>
    Array.from({ length: int(rng, 0, 2) }, () => ({
      title: pick(rng, OCCUPATIONS),
      obtained: chance(rng, 0.8) ? 'abroad' : 'norway',
      recognition: pick(rng, RECOGNITION_STATUSES),
      wantsToUse: chance(rng, 0.6),
    })),
  );
  set('workExperience', () => ({
    abroadYears: int(rng, 0, 15),
    norwayYears: int(rng, 0, 4),
    occupations: some(rng, OCCUPATIONS, 0.15),
  }));
  set('jobSeekingSkills', () => pick(rng, JOB_SEEKING_SKILL_LEVELS));
  set('health', () => ({
    status: pick(rng, HEALTH_STATUSES),
    workCapacity: pick(rng, WORK_CAPACITIES),
    limitations: some(rng, HEALTH_LIMITATIONS, 0.08),
    trauma: chance(rng, 0.25),
    inTreatment: chance(rng, 0.2),
  }));
  set('children', () =>
    Array.from({ length: int(rng, 0, 4) }, () => ({
      age: int(rng, 0, 17),
      needsAfterSchoolFollowUp: chance(rng, 0.3),
      extraCare: chance(rng, 0.1),
    })),
  );
  set('singleProvider', () => chance(rng, 0.2));
  set('spouseWorksShifts', () => chance(rng, 0.25));
  set('otherCareDuties', () => chance(rng, 0.15));
  set('familyStance', () => pick(rng, FAMILY_STANCES));
  set('maritalChallenges', () => chance(rng, 0.1));
  set(
    'safety',
    () => ({
      negativeSocialControl: chance(rng, 0.08),
      violence: chance(rng, 0.04),
      acute: chance(rng, 0.01),
    }),
    0.7,
  );
  set('networkOutsideFamily', () => pick(rng, NETWORK_LEVELS));
  set('travelsAlone', () => chance(rng, 0.65));
  set('digitalSkills', () => ({
    email: chance(rng, 0.5),
    bankId: chance(rng, 0.6),
    jobPortals: chance(rng, 0.3),
  }));
  set('housing', () => pick(rng, HOUSING_SITUATIONS));
  set('finances', () => ({
    strained: chance(rng, 0.5),
    debt: chance(rng, 0.2),
    benefits: some(rng, BENEFIT_TYPES, 0.15),
    mainIncome: pick(rng, INCOME_SOURCES),
  }));
  set('confidence', () => pick(rng, CONFIDENCE_LEVELS));
  set('wishToWork', () => pick(rng, WORK_WISHES));
  set('jobWishes', () => some(rng, OCCUPATIONS, 0.2));
  set('earlierMeasures', () => ({ years: int(rng, 0, 8), withoutProgress: chance(rng, 0.4) }));
  set('dropoutRisk', () => chance(rng, 0.2));
  set('hardToPlace', () => chance(rng, 0.2));
  set('socialChallenges', () => chance(rng, 0.2));
  set('struggledInPlacementAlone', () => chance(rng, 0.2), 0.6);
  set('placements', () =>
    Array.from({ length: int(rng, 0, 3) }, () => ({
      paid: chance(rng, 0.3),
      weeks: int(rng, 2, 26),
      hired: chance(rng, 0.1),
      withFollowUp: chance(rng, 0.4),
      occupation: pick(rng, OCCUPATIONS),
    })),
  );
  set('rulesKnowledge', () => ({
    society: pick(rng, KNOWLEDGE_LEVELS),
    workingLife: pick(rng, KNOWLEDGE_LEVELS),
  }));
  set('undeclaredWorkExperienced', () => chance(rng, 0.1), 0.6);
  set('exploitationExperienced', () => chance(rng, 0.05), 0.6);
  set('culturalConstraints', () => ({
    tasks: some(rng, TASK_CONSTRAINTS, 0.2),
    dress: some(rng, DRESS_CONSTRAINTS, 0.3),
    contact: some(rng, CONTACT_CONSTRAINTS, 0.15),
    negotiable: chance(rng, 0.6),
  }));
  return a as NeedsAssessmentInput;
}

/** `count` realistic needs assessments from one seed. */
export function generateAssessments(seed: number, count: number): NeedsAssessmentInput[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, i) => generateAssessment(rng, i));
}

const CONSENTS: readonly RecordedConsent[] = [
  { scope: 'se-participation', givenOn: '2025-11-03' },
  { scope: 'family-contact', givenOn: '2025-11-03' },
  { scope: 'cross-agency-contact', givenOn: '2025-11-10' },
  { scope: 'employer-sharing', givenOn: '2025-12-01' },
];

const EMPLOYER_KINDS: ReadonlySet<ActivityKind> = new Set([
  'work-trial',
  'unpaid-placement',
  'paid-placement',
  'paid-job',
]);

/** A realistic action plan with `activities` activities (the raw input), and the context it is checked in. */
export function generateActionPlan(
  rng: Rng,
  i: number,
  activities: number,
): { input: ActionPlanInput; context: PlanValidationContext } {
  const start = int(rng, 0, 60);
  const subGoalCount = int(rng, 3, 6);
  const subGoals = Array.from({ length: subGoalCount }, (_, g) => ({
    id: `sg-${g + 1}`,
    description: `Sub-goal ${g + 1}`,
    targetDate: day(start + 45 * (g + 1) + int(rng, 0, 20)),
    ...(chance(rng, 0.3) ? { status: pick(rng, ['open', 'achieved'] as const) } : {}),
  }));
  const list = Array.from({ length: activities }, (_, k) => {
    const kind = pick(rng, ACTIVITY_KINDS);
    const from = start + int(rng, 0, 200);
    const activity: Record<string, unknown> = {
      id: `a${k + 1}`,
      kind,
      title: `Activity ${k + 1}`,
      owner: pick(rng, ACTIVITY_OWNERS),
      startDate: day(from),
      hoursPerWeek: pick(rng, [0.5, 1, 1, 2, 2, 3, 4]),
      status: pick(rng, ['planned', 'planned', 'in-progress', 'completed', 'cancelled'] as const),
      subGoalIds: some(rng, subGoals, 0.25).map((g) => g.id),
    };
    maybeSet(rng, activity, 'endDate', () => day(from + int(rng, 14, 180)), 0.9);
    if (EMPLOYER_KINDS.has(kind)) {
      activity['employerRef'] = `emp-${int(rng, 1, 40)}`;
      activity['declared'] = chance(rng, 0.97);
      maybeSet(rng, activity, 'trainingPlanRef', () => `tp-${k}`, 0.7);
      maybeSet(
        rng,
        activity,
        'navMeasure',
        () => ({
          measure: pick(rng, NAV_MEASURE_IDS),
          startDate: day(from),
          endDate: day(from + int(rng, 30, 360)),
        }),
        0.4,
      );
      maybeSet(rng, activity, 'consentScopes', () => ['employer-sharing'], 0.5);
    }
    return activity;
  });
  const input = {
    id: `plan-${String(i).padStart(6, '0')}`,
    participantRef: `p-${i}`,
    mainGoal: chance(rng, 0.85)
      ? {
          kind: 'work',
          occupation: pick(rng, OCCUPATIONS),
          targetDate: day(start + 400),
          requiredNorwegianLevel: pick(rng, ['a2', 'b1'] as const),
          paid: true,
          declared: true,
        }
      : { kind: 'education', occupation: pick(rng, OCCUPATIONS), targetDate: day(start + 500) },
    subGoals,
    activities: list,
    agreement: {
      agreedOn: day(start + 7),
      interpreterUsed: chance(rng, 0.6),
      form: pick(rng, ['written', 'simplified'] as const),
    },
    reviews: Array.from({ length: int(rng, 1, 4) }, (_, r) => ({
      date: day(start + 7 + 90 * r),
      status: r === 0 ? 'held' : 'planned',
    })),
    versions: [
      { version: 1, date: day(start), summary: 'First draft' },
      { version: 2, date: day(start + 7), summary: 'Agreed' },
    ],
  } as ActionPlanInput;
  const context: PlanValidationContext = {
    asOf: day(start + int(rng, 20, 120)),
    availableHoursPerWeek: int(rng, 15, 37),
    norwegianLevel: pick(rng, LOW_LEVELS),
    consents: CONSENTS,
    navNeedsGroup: chance(rng, 0.8) ? 'ordinary' : 'reduced-work-capacity',
    case: { unpaidPlacementsWithoutHiring: int(rng, 0, 2) },
  };
  return { input, context };
}

/** `count` realistic action plans of `activities` activities each, from one seed. */
export function generateActionPlans(
  seed: number,
  count: number,
  activities: number,
): { input: ActionPlanInput; context: PlanValidationContext }[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, i) => generateActionPlan(rng, i, activities));
}

/** `count` first working days spread over three years, from one seed. */
export function generateFirstWorkingDays(seed: number, count: number): { firstWorkingDay: IsoDate }[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => ({ firstWorkingDay: day(int(rng, 0, 3 * 365)) }));
}

/** Attaches a needs profile to each context (plans are checked against the participant's needs). */
export function withProfiles(
  plans: readonly { input: ActionPlanInput; context: PlanValidationContext }[],
  profiles: readonly NeedsProfile[],
): { input: ActionPlanInput; context: PlanValidationContext }[] {
  return plans.map((p, i) => ({
    ...p,
    context: { ...p.context, needsProfile: profiles[i % profiles.length] as NeedsProfile },
  }));
}

/**
 * `count` events of a case in step 2 (vocational profiling), from `firstDay`
 * on: third-party contacts and recorded documents, five a day, each with its
 * own id; a long case for the replay benchmark.
 */
export function generateCaseEvents(firstDay: IsoDate, count: number): CaseEvent[] {
  return Array.from({ length: count }, (_, k): CaseEvent => {
    const date = addCalendarDays(firstDay, Math.floor(k / 5));
    const id = `g${k + 1}`;
    return k % 2 === 0
      ? { type: 'third-party-contact', id, date, party: 'family-or-network', channel: 'phone' }
      : { type: 'document-recorded', id, date, document: 'cv' };
  });
}
