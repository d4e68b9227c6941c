/**
 * Benchmarks of the needs, adaptations, plans and process functions, each
 * beside a floor that reads the same input, on seeded generated data (see
 * ./generate.ts), measured on the built library (./lib.ts).
 *
 * Every parse path stands beside the fastest correct validator of the same
 * input, Ajv compiled from the library's own shipped JSON Schema
 * (dist/schemas), followed by the same library call on the validated input;
 * and Ajv beside a bare walk that reads every field of the input once, the
 * limit of any validator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import type { ActionPlan, CaseEvent, NeedsAssessment, NeedsProfile } from '../src';
import { isCalendarDate } from '../test/schema/ajv';
import { JOURNEY_EVENTS, JOURNEY_OPENING } from '../test/fixtures/process/journey';
import {
  generateActionPlans,
  generateAssessments,
  generateCaseEvents,
  generateFirstWorkingDays,
  withProfiles,
} from './generate';
import {
  HEAVY,
  LIGHT,
  floorRows,
  measure,
  type Comparison,
  type Measured,
  type RowProvider,
} from './harness';
import { distDir, se } from './lib';

/** The seeds of the generated data: fixed, so every run measures the same inputs. */
export const SEEDS = { assessments: 20_261_122, plans: 20_261_123, followUp: 20_261_124 } as const;

/** How many distinct inputs each pool holds. */
const POOL = 1000;
/** Activities in each generated action plan. */
export const PLAN_ACTIVITIES = 20;

const ratioAtMost =
  (r: number) =>
  (row: Measured): boolean =>
    row.ratio !== undefined && row.ratio <= r;

/**
 * A validator compiled by Ajv (draft 2020-12, strict, stopping at the first
 * error as a fast validator does) from one of the shipped JSON Schemas, with
 * the `date` format checked as a real calendar date.
 */
export function ajvValidator(file: string): (input: unknown) => boolean {
  const ajv = new Ajv2020({ strict: true });
  ajv.addFormat('date', { type: 'string', validate: isCalendarDate });
  const schema = JSON.parse(readFileSync(join(distDir, 'schemas', file), 'utf8')) as object;
  const validate = ajv.compile(schema);
  return (input) => validate(input);
}

/**
 * The bare walk: visits every field of a JSON value once and checks its type,
 * the least any validator must do.
 */
export function walk(value: unknown): number {
  if (typeof value !== 'object' || value === null) return typeof value === 'string' ? value.length : 1;
  let x = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) x += walk(value[i]);
    return x;
  }
  for (const key in value) x += walk((value as Record<string, unknown>)[key]);
  return x;
}

/** A case of `count` events: the journey's first 16, then contacts and documents, some per day. */
function longCase(count: number): readonly CaseEvent[] {
  return [...JOURNEY_EVENTS.slice(0, 16), ...generateCaseEvents('2027-02-17', count - 16)];
}

/** Builds the inputs and the comparisons of the core functions. */
export function coreComparisons(): { light: Comparison[]; heavy: Comparison[] } {
  const assessments = generateAssessments(SEEDS.assessments, POOL);
  const parsedAssessments: NeedsAssessment[] = assessments.map((a) => se.parseNeedsAssessment(a));
  const profiles: NeedsProfile[] = parsedAssessments.map((a) => se.classifyNeeds(a));
  const plans = withProfiles(generateActionPlans(SEEDS.plans, POOL, PLAN_ACTIVITIES), profiles);
  const parsedPlans: ActionPlan[] = plans.map((p) => se.parseActionPlan(p.input));
  const jobs = generateFirstWorkingDays(SEEDS.followUp, POOL);
  const ajvAssessment = ajvValidator('needs-assessment.schema.json');
  const ajvPlan = ajvValidator('action-plan.schema.json');
  // The inputs must take the normal path, not the failure path.
  if (!assessments.every(ajvAssessment) || !plans.every((p) => ajvPlan(p.input)))
    throw new Error('Ajv rejects a generated input.');
  const cases = { journey: JOURNEY_EVENTS, 1000: longCase(1000), 10000: longCase(10_000) };
  for (const events of Object.values(cases))
    if (!se.replayCase(JOURNEY_OPENING, events).ok) throw new Error('A benchmark case does not replay.');

  // The date arithmetic floor of scheduleFollowUp: as many dates as the schedule holds, by bare Date maths.
  const contactsPerSchedule = se.scheduleFollowUp(jobs[0]!).contacts.length;
  const nativeDates = (first: string): string[] => {
    const t = Date.parse(first);
    const out: string[] = [];
    for (let k = 0; k < contactsPerSchedule; k++)
      out.push(new Date(t + k * 14 * 86_400_000).toISOString().slice(0, 10));
    return out;
  };

  // The reading floor of recommendAdaptations: look up every trigger of every adaptation in the profile.
  const readTriggers = (profile: NeedsProfile): number => {
    const severities = new Map<string, string>();
    for (const need of profile.needs) severities.set(need.id, need.severity);
    let x = 0;
    for (const adaptation of se.ADAPTATIONS) {
      for (const trigger of adaptation.indicatedBy) if (severities.get(trigger.need) !== undefined) x++;
      for (const need of adaptation.contraindicatedBy) if (severities.has(need)) x--;
    }
    return x;
  };

  // Ajv checks the raw input but fills in no defaults, so the library call after it reads the
  // parsed twin of the same input (made before the run): the floor's reading is Ajv's.
  const ajvThenClassify = {
    id: 'ajv-classify',
    name: 'Ajv validate + classifyNeeds',
    run: (i: number) => (ajvAssessment(assessments[i]) ? se.classifyNeeds(parsedAssessments[i]!) : false),
  };
  const ajvThenValidate = {
    id: 'ajv-validate-plan',
    name: 'Ajv validate + validateActionPlan',
    run: (i: number) => {
      const plan = plans[i]!;
      return ajvPlan(plan.input) ? se.validateActionPlan(parsedPlans[i]!, plan.context) : false;
    },
  };

  const light: Comparison[] = [
    {
      id: 'parse-classify',
      subject: {
        name: 'safeParseNeedsAssessment + classifyNeeds',
        run: (i) => {
          const parsed = se.safeParseNeedsAssessment(assessments[i]);
          return parsed.ok ? se.classifyNeeds(parsed.value) : parsed;
        },
      },
      floor: ajvThenClassify,
      pool: POOL,
      batch: 50,
      target: '≤ 2 × Ajv + classify',
      meets: ratioAtMost(2),
    },
    {
      id: 'parse-assessment',
      subject: {
        name: 'safeParseNeedsAssessment',
        run: (i) => se.safeParseNeedsAssessment(assessments[i]).ok,
      },
      floor: {
        id: 'ajv-assessment',
        name: 'Ajv validate (needs-assessment.schema.json)',
        run: (i) => ajvAssessment(assessments[i]),
      },
      pool: POOL,
      batch: 50,
    },
    {
      id: 'ajv-assessment-vs-walk',
      subject: { name: 'Ajv validate (assessment)', run: (i) => ajvAssessment(assessments[i]) },
      floor: { id: 'walk-assessment', name: 'bare walk over every field', run: (i) => walk(assessments[i]) },
      pool: POOL,
      batch: 50,
    },
    {
      id: 'classify',
      subject: { name: 'classifyNeeds (parsed)', run: (i) => se.classifyNeeds(parsedAssessments[i]!) },
      pool: POOL,
      batch: 50,
    },
    {
      id: 'recommend',
      subject: { name: 'recommendAdaptations', run: (i) => se.recommendAdaptations(profiles[i]!) },
      floor: { name: 'bare loop over the triggers', run: (i) => readTriggers(profiles[i]!) },
      pool: POOL,
      batch: 50,
    },
    {
      id: 'parse-validate-plan',
      subject: {
        name: `safeParseActionPlan + validateActionPlan (${PLAN_ACTIVITIES} activities)`,
        run: (i) => {
          const plan = plans[i]!;
          const parsed = se.safeParseActionPlan(plan.input);
          return parsed.ok ? se.validateActionPlan(parsed.value, plan.context) : parsed;
        },
      },
      floor: ajvThenValidate,
      pool: POOL,
      batch: 20,
      target: '≤ 2 × Ajv + validate',
      meets: ratioAtMost(2),
    },
    {
      id: 'parse-plan',
      subject: { name: 'safeParseActionPlan', run: (i) => se.safeParseActionPlan(plans[i]!.input).ok },
      floor: {
        id: 'ajv-plan',
        name: 'Ajv validate (action-plan.schema.json)',
        run: (i) => ajvPlan(plans[i]!.input),
      },
      pool: POOL,
      batch: 20,
    },
    {
      id: 'ajv-plan-vs-walk',
      subject: { name: 'Ajv validate (plan)', run: (i) => ajvPlan(plans[i]!.input) },
      floor: { id: 'walk-plan', name: 'bare walk over every field', run: (i) => walk(plans[i]!.input) },
      pool: POOL,
      batch: 20,
    },
    {
      id: 'validate-plan',
      subject: {
        name: `validateActionPlan (parsed, ${PLAN_ACTIVITIES} activities)`,
        run: (i) => se.validateActionPlan(parsedPlans[i]!, plans[i]!.context),
      },
      pool: POOL,
      batch: 20,
    },
    {
      id: 'schedule-follow-up',
      subject: {
        name: 'scheduleFollowUp (default policy)',
        run: (i) => se.scheduleFollowUp(jobs[i]!).contacts,
      },
      floor: {
        name: `bare Date maths, ${contactsPerSchedule} dates`,
        run: (i) => nativeDates(jobs[i]!.firstWorkingDay),
      },
      pool: POOL,
      batch: 10,
    },
    {
      id: 'replay-journey',
      subject: {
        name: `replayCase (${JOURNEY_EVENTS.length}-event journey)`,
        run: () => se.replayCase(JOURNEY_OPENING, cases.journey).ok,
      },
      floor: { name: 'bare walk over the events', run: () => walk(cases.journey) },
      pool: 1,
      batch: 5,
    },
  ];
  const heavy: Comparison[] = [
    {
      id: 'replay-1000',
      subject: {
        name: 'replayCase (1,000 events)',
        run: () => se.replayCase(JOURNEY_OPENING, cases[1000]).ok,
      },
      floor: { name: 'bare walk over the events', run: () => walk(cases[1000]) },
      pool: 1,
      batch: 1,
    },
    {
      id: 'replay-10000',
      subject: {
        name: 'replayCase (10,000 events)',
        run: () => se.replayCase(JOURNEY_OPENING, cases[10000]).ok,
      },
      floor: { name: 'bare walk over the events', run: () => walk(cases[10000]) },
      pool: 1,
      batch: 1,
    },
  ];
  return { light, heavy };
}

/** The core rows (needs, adaptations, plans, process). */
export const coreRows: RowProvider = {
  name: 'core',
  run: async () => {
    const { light, heavy } = coreComparisons();
    const rows = [...(await measure(light, LIGHT)), ...(await measure(heavy, HEAVY))];
    return [...rows, ...floorRows(rows)];
  },
};
