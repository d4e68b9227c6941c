/**
 * Invariants every domain function keeps, checked with random valid data from
 * every module: no function changes its input, the same input gives the same
 * output, outputs survive a JSON round trip, and no result depends on the
 * process time zone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCaseEvent,
  ActionPlanSchema,
  assessSeSuitability,
  assignCandidates,
  balanceJobMatch,
  buildEmployerBrief,
  canEnterStep,
  candidateFromAssessment,
  checkProgrammeEligibility,
  classifyNeeds,
  explainRecommendation,
  FollowUpPlanSchema,
  isSupportedEmployment,
  LOCALES,
  NeedsAssessmentSchema,
  nextFollowUp,
  PROGRAMMES,
  rankCandidates,
  rankOpenings,
  reassessNeeds,
  recommendAdaptations,
  redact,
  replayCase,
  scheduleFollowUp,
  scoreMatchGrid,
  SE_STEP_IDS,
  SENSITIVITY_LEVELS,
  summarizeCase,
  TrainingPlanSchema,
  validateActionPlan,
  validateFollowUpPlan,
  validateTrainingPlan,
  addCalendarDays,
  type CaseEvent,
  type NewCase,
  type SeCase,
  type SummarizeCaseOptions,
} from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { createRng, generateCandidate, generateOpening } from '../fixtures/matching/generate';
import { needsAssessmentArbitrary } from '../fixtures/needs/arbitraries';
import {
  actionPlanInputArb,
  contextArb,
  followUpPlanInputArb,
  isoDate,
  trainingPlanInputArb,
} from '../fixtures/plans/arbitraries';
import { journeyArb } from '../fixtures/process/arbitraries';
import { FUZZ, FUZZ_HEAVY } from './settings';

/** One function under test: an arbitrary for its arguments, and the call. */
interface Subject {
  readonly name: string;
  readonly args: fc.Arbitrary<readonly unknown[]>;
  readonly run: (args: readonly unknown[]) => unknown;
  /** True for functions whose single run is expensive. */
  readonly heavy?: boolean;
  /** Outputs that are not plain JSON by design (typed arrays for speed). */
  readonly notJson?: string;
}

const subject = <A extends readonly unknown[]>(
  name: string,
  args: fc.Arbitrary<A>,
  run: (...a: NoInfer<A>) => unknown,
  extra: Partial<Subject> = {},
): Subject => ({
  name,
  args,
  run: (a) => run(...(a as A)),
  ...extra,
});

function replayed(opening: Parameters<typeof replayCase>[0], events: readonly CaseEvent[]): SeCase {
  const result = replayCase(opening, events);
  if (!result.ok) throw new Error('the journey arbitrary produced a journey the method refuses');
  return result.value;
}

/** A case from a valid journey (unfrozen, so the test controls freezing), and a date on or after its last event. */
const caseArb = fc.tuple(journeyArb, fc.integer({ min: 0, max: 400 })).map(([{ opening, events }, later]) => {
  const seCase = structuredClone(replayed(opening, events));
  const last = events[events.length - 1]?.date ?? opening.openedOn;
  return { seCase, asOf: addCalendarDays(last, later) };
});

const assessment = needsAssessmentArbitrary;
const profile = assessment.map((a) => structuredClone(classifyNeeds(a)));
const candidate = fc.oneof(
  assessment.map((a) => structuredClone(candidateFromAssessment(a))),
  fc.nat().map((seed) => generateCandidate(createRng(seed), seed)),
);
const opening = fc.nat().map((seed) => generateOpening(createRng(seed), seed));
const actionPlan = actionPlanInputArb.map((input) => ActionPlanSchema.parse(input));
const trainingPlan = trainingPlanInputArb.map((input) => TrainingPlanSchema.parse(input));
const followUpPlan = followUpPlanInputArb.map((input) => FollowUpPlanSchema.parse(input));

const SUBJECTS: readonly Subject[] = [
  subject('classifyNeeds', fc.tuple(assessment), classifyNeeds),
  subject('assessSeSuitability', fc.tuple(assessment), assessSeSuitability),
  subject(
    'checkProgrammeEligibility',
    fc.tuple(assessment, fc.constantFrom(...PROGRAMMES)),
    checkProgrammeEligibility,
  ),
  subject('reassessNeeds', fc.tuple(profile, assessment), reassessNeeds),
  subject('recommendAdaptations', fc.tuple(profile), (p) => recommendAdaptations(p)),
  subject(
    'explainRecommendation',
    fc.tuple(
      profile.map((p) => structuredClone(recommendAdaptations(p))),
      fc.constantFrom(...LOCALES),
    ),
    (recs, locale) => recs.map((rec) => explainRecommendation(rec, locale)),
  ),
  subject(
    'replayCase',
    journeyArb.map(({ opening: o, events }): [NewCase, CaseEvent[]] => [o, events]),
    replayCase,
  ),
  subject(
    'applyCaseEvent',
    journeyArb.map(({ opening: o, events }): [SeCase, CaseEvent] => [
      structuredClone(replayed(o, events.slice(0, -1))),
      events[events.length - 1]!,
    ]),
    applyCaseEvent,
  ),
  subject(
    'canEnterStep',
    fc.tuple(
      caseArb.map((c) => c.seCase),
      fc.constantFrom(...SE_STEP_IDS),
    ),
    canEnterStep,
  ),
  subject(
    'summarizeCase',
    caseArb.map(({ seCase, asOf }): [SeCase, SummarizeCaseOptions] => [seCase, { asOf }]),
    summarizeCase,
  ),
  subject('isSupportedEmployment', fc.tuple(caseArb.map((c) => c.seCase)), isSupportedEmployment),
  subject('validateActionPlan', fc.tuple(actionPlan, contextArb), (p, c) => validateActionPlan(p, c)),
  subject('validateTrainingPlan', fc.tuple(trainingPlan, contextArb), validateTrainingPlan),
  subject('validateFollowUpPlan', fc.tuple(followUpPlan, contextArb), (p, c) => validateFollowUpPlan(p, c)),
  subject('scheduleFollowUp', fc.tuple(isoDate.map((firstWorkingDay) => ({ firstWorkingDay }))), (e) =>
    scheduleFollowUp(e),
  ),
  subject('nextFollowUp', fc.tuple(followUpPlan, isoDate), (p, asOf) => nextFollowUp(p, asOf) ?? null),
  subject('candidateFromAssessment', fc.tuple(assessment), (a) => candidateFromAssessment(a)),
  subject('balanceJobMatch', fc.tuple(candidate, opening), (c, o) => balanceJobMatch(c, o)),
  subject(
    'rankOpenings',
    fc.tuple(candidate, fc.array(opening, { maxLength: 8 })),
    (c, os) => rankOpenings(c, os),
    { heavy: true },
  ),
  subject(
    'rankCandidates',
    fc.tuple(opening, fc.array(candidate, { maxLength: 8 })),
    (o, cs) => rankCandidates(o, cs),
    { heavy: true },
  ),
  subject(
    'assignCandidates',
    fc.tuple(fc.array(candidate, { maxLength: 6 }), fc.array(opening, { maxLength: 6 })),
    (cs, os) => assignCandidates(cs, os),
    { heavy: true },
  ),
  subject(
    'scoreMatchGrid',
    fc.tuple(fc.array(candidate, { maxLength: 6 }), fc.array(opening, { maxLength: 6 })),
    (cs, os) => scoreMatchGrid(cs, os),
    {
      heavy: true,
      notJson: 'returns typed arrays (Float64Array, Uint8Array) for speed',
    },
  ),
  subject('redact', fc.tuple(assessment, fc.constantFrom(...SENSITIVITY_LEVELS)), (a, keep) =>
    redact(a, NeedsAssessmentSchema, { keep }),
  ),
  subject('buildEmployerBrief', fc.tuple(caseArb, assessment, candidate), ({ seCase, asOf }, a, c) =>
    buildEmployerBrief(seCase, { asOf, assessment: a, candidate: c }),
  ),
];

/** Plain data for comparisons: typed arrays as plain arrays. */
function plain(value: unknown): unknown {
  return ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value;
}

const settings = (s: Subject) => (s.heavy === true ? FUZZ_HEAVY : FUZZ);

describe.each(SUBJECTS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
  it(
    s.notJson === undefined
      ? 'keeps its input unchanged (deep-frozen), gives the same output again, and returns plain JSON'
      : 'keeps its input unchanged (deep-frozen) and gives the same output again',
    () => {
      fc.assert(
        fc.property(s.args, (args) => {
          const copy = structuredClone(args);
          const frozen = deepFreeze(structuredClone(args));
          const first = s.run(frozen);
          expect(frozen, 'the input changed').toStrictEqual(copy);
          const second = s.run(structuredClone(args));
          expect(second, 'a second run gave another output').toStrictEqual(first);
          if (s.notJson === undefined)
            expect(JSON.parse(JSON.stringify(first)), 'the output did not survive JSON').toStrictEqual(first);
        }),
        settings(s),
      );
    },
  );
});

describe('scoreMatchGrid', () => {
  it('returns typed arrays whose plain copies survive a JSON round trip', () => {
    const grid = scoreMatchGrid([generateCandidate(createRng(1), 1)], [generateOpening(createRng(2), 2)]);
    const data = { ...grid, scores: plain(grid.scores), hardConflict: plain(grid.hardConflict) };
    expect(JSON.parse(JSON.stringify(data))).toStrictEqual(data);
  });
});

const ZONES = [
  'UTC',
  'Europe/Oslo',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Apia',
  'Asia/Kathmandu',
] as const;

describe('results in every time zone', () => {
  it('are the same in every time zone', () => {
    const original = process.env['TZ'];
    const samples = SUBJECTS.map((s) => [s, fc.sample(s.args, { seed: FUZZ.seed, numRuns: 25 })] as const);
    const outputs = (): string[] =>
      samples.map(([s, inputs]) =>
        JSON.stringify(
          inputs.map((args) => s.run(structuredClone(args))),
          (_key, value: unknown) => plain(value),
        ),
      );
    try {
      process.env['TZ'] = 'UTC';
      const reference = outputs();
      for (const zone of ZONES) {
        process.env['TZ'] = zone;
        expect(new Date(2026, 0, 1).getTimezoneOffset(), `the process did not switch to ${zone}`).toBe(
          {
            UTC: 0,
            'Europe/Oslo': -60,
            'America/Los_Angeles': 480,
            'Pacific/Kiritimati': -840,
            'Pacific/Apia': -780,
            'Asia/Kathmandu': -345,
          }[zone],
        );
        const got = outputs();
        samples.forEach(([s], i) => {
          expect(got[i], `${s.name} under ${zone}`).toBe(reference[i]);
        });
      }
    } finally {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    }
  });
});
