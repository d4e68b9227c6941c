/**
 * Benchmarks of the needs, adaptations, plans and process functions, each
 * beside its floor, on seeded generated data (see ./generate.ts).
 */
import { z } from 'zod';
import {
  ActionPlanSchema,
  ADAPTATIONS,
  CaseEventSchema,
  classifyNeeds,
  NeedsAssessmentSchema,
  recommendAdaptations,
  replayCase,
  safeParseActionPlan,
  safeParseNeedsAssessment,
  scheduleFollowUp,
  validateActionPlan,
  type ActionPlan,
  type NeedsAssessment,
  type NeedsProfile,
} from '../src';
import { JOURNEY_EVENTS, JOURNEY_OPENING } from '../test/fixtures/process/journey';
import { generateActionPlans, generateAssessments, generateFirstWorkingDays, withProfiles } from './generate';
import { LIGHT, measure, type Comparison, type Measured } from './harness';

/** The seeds of the generated data: fixed, so every run measures the same inputs. */
export const SEEDS = { assessments: 20_261_122, plans: 20_261_123, followUp: 20_261_124 } as const;

/** How many distinct inputs each pool holds. */
const POOL = 1000;
/** Activities in each generated action plan. */
export const PLAN_ACTIVITIES = 20;

const perSecondAtLeast =
  (n: number) =>
  (row: Measured): boolean =>
    row.opsPerSecond >= n;
const ratioAtMost =
  (r: number) =>
  (row: Measured): boolean =>
    row.ratio !== undefined && row.ratio <= r;
const both =
  (...checks: ((row: Measured) => boolean)[]) =>
  (row: Measured): boolean =>
    checks.every((check) => check(row));

/** Builds the inputs and the comparisons of the core functions. */
export function coreComparisons(): Comparison[] {
  const assessments = generateAssessments(SEEDS.assessments, POOL);
  const parsedAssessments: NeedsAssessment[] = assessments.map((a) => NeedsAssessmentSchema.parse(a));
  const profiles: NeedsProfile[] = parsedAssessments.map((a) => classifyNeeds(a));
  const plans = withProfiles(generateActionPlans(SEEDS.plans, POOL, PLAN_ACTIVITIES), profiles);
  const parsedPlans: ActionPlan[] = plans.map((p) => ActionPlanSchema.parse(p.input));
  const jobs = generateFirstWorkingDays(SEEDS.followUp, POOL);
  const EventsSchema = z.array(CaseEventSchema);
  // The inputs must take the normal path, not the failure path: the parses above throw on invalid data.
  if (!replayCase(JOURNEY_OPENING, JOURNEY_EVENTS).ok) throw new Error('The benchmark journey does not replay.');

  // The date arithmetic floor of scheduleFollowUp: as many dates as the schedule holds, by bare Date maths.
  const contactsPerSchedule = scheduleFollowUp(jobs[0]!).contacts.length;
  const nativeDates = (first: string): string[] => {
    const t = Date.parse(first);
    const out: string[] = [];
    for (let k = 0; k < contactsPerSchedule; k++) out.push(new Date(t + k * 14 * 86_400_000).toISOString().slice(0, 10));
    return out;
  };

  // The reading floor of recommendAdaptations: look up every trigger of every adaptation in the profile.
  const readTriggers = (profile: NeedsProfile): number => {
    const severities = new Map<string, string>();
    for (const need of profile.needs) severities.set(need.id, need.severity);
    let x = 0;
    for (const adaptation of ADAPTATIONS) {
      for (const trigger of adaptation.indicatedBy) if (severities.get(trigger.need) !== undefined) x++;
      for (const need of adaptation.contraindicatedBy) if (severities.has(need)) x--;
    }
    return x;
  };

  return [
    {
      subject: {
        name: 'safeParseNeedsAssessment + classifyNeeds',
        run: (i) => {
          const parsed = safeParseNeedsAssessment(assessments[i]);
          return parsed.ok ? classifyNeeds(parsed.value) : parsed;
        },
      },
      floor: { name: 'NeedsAssessmentSchema.safeParse', run: (i) => NeedsAssessmentSchema.safeParse(assessments[i]).success },
      pool: POOL,
      batch: 50,
      target: '≥ 50,000/s; ≤ 2.5 × floor',
      meets: both(perSecondAtLeast(50_000), ratioAtMost(2.5)),
    },
    {
      subject: { name: 'classifyNeeds (parsed)', run: (i) => classifyNeeds(parsedAssessments[i]!) },
      floor: { name: 'NeedsAssessmentSchema.safeParse', run: (i) => NeedsAssessmentSchema.safeParse(assessments[i]).success },
      pool: POOL,
      batch: 50,
    },
    {
      subject: { name: 'recommendAdaptations', run: (i) => recommendAdaptations(profiles[i]!) },
      floor: { name: 'bare loop over the triggers', run: (i) => readTriggers(profiles[i]!) },
      pool: POOL,
      batch: 50,
    },
    {
      subject: {
        name: `safeParseActionPlan + validateActionPlan (${PLAN_ACTIVITIES} activities)`,
        run: (i) => {
          const plan = plans[i]!;
          const parsed = safeParseActionPlan(plan.input);
          return parsed.ok ? validateActionPlan(parsed.value, plan.context) : parsed;
        },
      },
      floor: { name: 'ActionPlanSchema.safeParse', run: (i) => ActionPlanSchema.safeParse(plans[i]!.input).success },
      pool: POOL,
      batch: 20,
      target: '≥ 20,000/s; ≤ 2.5 × floor',
      meets: both(perSecondAtLeast(20_000), ratioAtMost(2.5)),
    },
    {
      subject: { name: `validateActionPlan (parsed, ${PLAN_ACTIVITIES} activities)`, run: (i) => validateActionPlan(parsedPlans[i]!, plans[i]!.context) },
      floor: { name: 'ActionPlanSchema.safeParse', run: (i) => ActionPlanSchema.safeParse(plans[i]!.input).success },
      pool: POOL,
      batch: 20,
      target: '≥ 20,000/s',
      meets: perSecondAtLeast(20_000),
    },
    {
      subject: { name: 'scheduleFollowUp (default policy)', run: (i) => scheduleFollowUp(jobs[i]!).contacts },
      floor: { name: `bare Date maths, ${contactsPerSchedule} dates`, run: (i) => nativeDates(jobs[i]!.firstWorkingDay) },
      pool: POOL,
      batch: 10,
    },
    {
      subject: { name: `replayCase (${JOURNEY_EVENTS.length}-event journey)`, run: () => replayCase(JOURNEY_OPENING, JOURNEY_EVENTS).ok },
      floor: { name: 'z.array(CaseEventSchema).safeParse', run: () => EventsSchema.safeParse(JOURNEY_EVENTS).success },
      pool: 1,
      batch: 5,
    },
  ];
}

/** Runs the core benchmarks. */
export async function runCoreBench(): Promise<Measured[]> {
  return measure(coreComparisons(), LIGHT);
}
