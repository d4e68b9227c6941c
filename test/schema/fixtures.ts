/**
 * Valid and invalid inputs for every public input model, for the Ajv/zod agreement test.
 *
 * The valid ones come from the modules' own fixtures (the handbook stories, the
 * case journey, the plan, matching and policy factories) and from their
 * fast-check arbitraries; the invalid ones are written here, one per kind of
 * mistake a sender in another language makes (missing field, wrong type,
 * unknown value, impossible date, out of range, unknown key).
 */
import fc from 'fast-check';
import { DEFAULT_POLICY, INPUT_SCHEMA_NAMES, type InputSchemaName } from '../../src';
import { BASE_CANDIDATE, BASE_OPENING } from '../fixtures/matching/factories';
import { createRng, generateCandidate, generateOpening } from '../fixtures/matching/generate';
import { needsAssessmentArbitrary } from '../fixtures/needs/arbitraries';
import {
  actionPlanInputArb,
  followUpPlanInputArb,
  isoDate,
  trainingPlanInputArb,
} from '../fixtures/plans/arbitraries';
import {
  actionPlanInput,
  ALL_CONSENTS,
  employmentInput,
  followUpPlanInput,
  trainingPlanInput,
} from '../fixtures/plans/factories';
import { STORIES } from '../fixtures/plans/stories';
import { outcomeRecordArb, seqfAssessmentArb } from '../fixtures/outcomes/arbitraries';
import { rec } from '../fixtures/outcomes/records';
import { journeyArb } from '../fixtures/process/arbitraries';
import { JOURNEY_EVENTS, JOURNEY_OPENING, OUTCOME_EVENTS } from '../fixtures/process/journey';
import { storyAssessments } from '../fixtures/stories';

/** A value as it travels in a JSON document (no `undefined`, no functions, no frozen objects). */
export function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** Valid inputs from the modules' fixtures, per model. */
export const VALID: Readonly<Record<InputSchemaName, readonly unknown[]>> = {
  'new-case': [
    JOURNEY_OPENING,
    { id: 'c', openedOn: '2028-02-29' },
    { id: 'c', openedOn: '1900-01-01' },
    { id: 'c', openedOn: '9999-12-31' },
  ],
  'case-event': [...JOURNEY_EVENTS, ...OUTCOME_EVENTS],
  'needs-assessment': [...Object.values(storyAssessments), { id: 'a-1', assessedOn: '2026-03-02' }],
  'action-plan': [actionPlanInput(), ...STORIES.map((s) => s.actionPlan)],
  'training-plan': [
    trainingPlanInput(),
    ...STORIES.flatMap((s) => (s.trainingPlan ? [s.trainingPlan.plan] : [])),
  ],
  'recorded-consent': [
    ...ALL_CONSENTS,
    { scope: 'employer-sharing', givenOn: '2026-01-05', withdrawnOn: '2026-03-01' },
  ],
  candidate: [BASE_CANDIDATE, { id: 'c-min' }],
  'job-opening': [BASE_OPENING],
  employment: [
    employmentInput(),
    ...STORIES.flatMap((s) => (s.followUp ? [s.followUp.plan.employment] : [])),
  ],
  'follow-up-plan': [followUpPlanInput(), ...STORIES.flatMap((s) => (s.followUp ? [s.followUp.plan] : []))],
  policy: [DEFAULT_POLICY],
  'outcome-record': [
    rec('r-1'),
    rec('r-2', {
      jobSpecialistId: 'JS-07',
      exit: { date: '2024-06-03', kind: 'work' },
      employments: [
        {
          start: '2024-05-01',
          contractType: 'permanent',
          positionPercent: 80,
          involuntaryPartTime: true,
          industry: 'cleaning',
          declared: true,
        },
      ],
      attachment: [{ date: '2024-12-03', status: 'employed' }],
      nonWorkStatus: 'other',
      complexAtIntake: true,
    }),
  ],
  'seqf-self-assessment': [
    {
      organisationId: 'team-1',
      assessedOn: '2026-03-01',
      scope: 'full',
      ratings: [
        {
          criterionId: '1.1',
          claimedLevel: 2,
          evidence: [{ level: 2, description: 'vision in the statutes', documentRef: 'doc-1' }],
        },
      ],
    },
  ],
};

/** Invalid inputs, each with the mistake it shows, per model. */
export const INVALID: Readonly<Record<InputSchemaName, readonly (readonly [string, unknown])[]>> = {
  'new-case': [
    ['no opening date', { id: 'c' }],
    ['an impossible date', { id: 'c', openedOn: '2027-02-29' }],
    ['a date with time', { id: 'c', openedOn: '2027-01-11T00:00:00Z' }],
    ['an empty id', { id: '', openedOn: '2027-01-11' }],
    ['not an object', ['c', '2027-01-11']],
    ['an unknown key', { id: 'c', openedOn: '2027-01-11', programme: 'jobbsjansen' }],
    ['a year before 1900', { id: 'c', openedOn: '1899-12-31' }],
    ['year 0', { id: 'c', openedOn: '0000-01-01' }],
  ],
  'case-event': [
    ['an unknown event type', { type: 'hired', id: 'e', date: '2027-01-11' }],
    ['no type', { id: 'e', date: '2027-01-11', programme: 'nav', referredBy: 'nav-adviser' }],
    [
      'an unknown programme',
      { type: 'referral', id: 'e', date: '2027-01-11', programme: 'school', referredBy: 'self' },
    ],
    [
      'zero hours in a placement',
      {
        type: 'placement-started',
        id: 'e',
        date: '2027-01-11',
        placementId: 'p',
        kind: 'work-trial',
        employerId: 'o',
        hoursPerWeek: 0,
      },
    ],
    ['a step that does not exist', { type: 'step-entered', id: 'e', date: '2027-01-11', step: 'step-6' }],
    ['an impossible date', { type: 'consent-given', id: 'e', date: '2027-04-31', scope: 'se-participation' }],
    [
      'a position share over 100',
      {
        type: 'employment-started',
        id: 'e',
        date: '2027-06-01',
        employmentId: 'x',
        employerId: 'o',
        contractType: 'permanent',
        positionPercent: 120,
        industry: 'hotels',
        occupation: 'room-attendant',
      },
    ],
    [
      'an unknown key (free text on an event)',
      { type: 'case-closed', id: 'e', date: '2027-01-11', outcome: 'work', note: 'x' },
    ],
  ],
  'needs-assessment': [
    ['no assessment date', { id: 'a-1' }],
    ['a misspelt fact (unknown key)', { id: 'a-1', assessedOn: '2026-03-02', travelsAlnoe: false }],
    [
      'a Norwegian level that does not exist',
      { id: 'a-1', assessedOn: '2026-03-02', norwegian: { oral: 'b3' } },
    ],
    ['a negative age', { id: 'a-1', assessedOn: '2026-03-02', age: -1 }],
    ['a fractional age', { id: 'a-1', assessedOn: '2026-03-02', age: 38.5 }],
    ['a boolean as a string', { id: 'a-1', assessedOn: '2026-03-02', singleProvider: 'yes' }],
    ['a 13th month', { id: 'a-1', assessedOn: '2026-13-02' }],
    ['too long free text', { id: 'a-1', assessedOn: '2026-03-02', countryOfOrigin: 'x'.repeat(201) }],
    ['year 0', { id: 'a-1', assessedOn: '0000-01-01' }],
    ['a two-digit year written with leading zeros', { id: 'a-1', assessedOn: '0099-01-01' }],
  ],
  'action-plan': [
    ['no main goal', { id: 'p', participantRef: 'pt' }],
    [
      'a main goal of an unknown kind',
      {
        id: 'p',
        participantRef: 'pt',
        mainGoal: { kind: 'holiday', occupation: 'x', targetDate: '2027-01-01' },
      },
    ],
    [
      'a work goal without paid and declared',
      {
        id: 'p',
        participantRef: 'pt',
        mainGoal: { kind: 'work', occupation: 'x', targetDate: '2027-01-01' },
      },
    ],
    [
      'an activity with too many hours',
      {
        ...actionPlanInput(),
        activities: [
          {
            id: 'a',
            kind: 'meeting',
            owner: 'participant',
            startDate: '2026-01-05',
            hoursPerWeek: 81,
            status: 'planned',
          },
        ],
      },
    ],
    [
      'an activity owner that does not exist',
      {
        ...actionPlanInput(),
        activities: [
          {
            id: 'a',
            kind: 'meeting',
            owner: 'neighbour',
            startDate: '2026-01-05',
            hoursPerWeek: 1,
            status: 'planned',
          },
        ],
      },
    ],
    ['a plan version 0', { ...actionPlanInput(), versions: [{ version: 0, date: '2026-01-05' }] }],
    [
      'a misspelt key in the main goal',
      {
        ...actionPlanInput(),
        mainGoal: {
          kind: 'work',
          occupation: 'x',
          targetDate: '2027-01-01',
          paid: true,
          declared: true,
          requiredNorwegianlevel: 'b1',
        },
      },
    ],
    ['an unknown key on the plan', { ...actionPlanInput(), notes: 'x' }],
  ],
  'training-plan': [
    ['no employer', { id: 't', participantRef: 'pt', startDate: '2026-01-05' }],
    ['a support kind that does not exist', { ...trainingPlanInput(), support: [{ kind: 'friend' }] }],
    ['a task without description', { ...trainingPlanInput(), tasks: [{ id: 'x' }] }],
    ['an unknown key on the plan', { ...trainingPlanInput(), notes: 'x' }],
  ],
  'recorded-consent': [
    ['a scope that does not exist', { scope: 'everything', givenOn: '2026-01-05' }],
    ['no date', { scope: 'family-contact' }],
    [
      'a withdrawal date that is not a date',
      { scope: 'family-contact', givenOn: '2026-01-05', withdrawnOn: 'yesterday' },
    ],
    ['an unknown key', { scope: 'family-contact', givenOn: '2026-01-05', by: 'x' }],
  ],
  candidate: [
    ['no id', {}],
    ['a clock time of 25:00', { id: 'c', availability: { earliestStart: '25:00' } }],
    ['an unknown industry', { id: 'c', wishes: { industries: ['space-travel'] } }],
    ['an unknown key', { id: 'c', name: 'Amina' }],
    ['an empty list of position types', { id: 'c', wishes: { positionTypes: [] } }],
  ],
  'job-opening': [
    ['no employer', { id: 'o', industry: 'cleaning' }],
    ['a position share of 0', { ...BASE_OPENING, positionPercent: 0 }],
    [
      'a latitude out of range',
      { ...BASE_OPENING, location: { coordinates: { latitude: 91, longitude: 10 } } },
    ],
    ['an unknown key in the employer', { ...BASE_OPENING, employer: { id: 'e', orgNumber: '123' } }],
  ],
  employment: [
    ['no first working day', { employerRef: 'e', contractType: 'permanent', positionPercent: 100 }],
    ['a position share of 0', { ...employmentInput(), positionPercent: 0 }],
    ['a contract type that does not exist', { ...employmentInput(), contractType: 'forever' }],
    ['an unknown key', { ...employmentInput(), salary: 1 }],
  ],
  'follow-up-plan': [
    ['no employment', { id: 'f', participantRef: 'pt', startDate: '2026-01-05' }],
    [
      'a contact with nobody',
      {
        ...followUpPlanInput(),
        contacts: [{ date: '2026-01-05', kind: 'phone', withWhom: [], status: 'held' }],
      },
    ],
    ['a topic that does not exist', { ...followUpPlanInput(), topics: ['weather'] }],
    ['an unknown key on the plan', { ...followUpPlanInput(), notes: 'x' }],
  ],
  policy: [
    ['a missing number', { ...DEFAULT_POLICY, followUpMinimumMonths: undefined }],
    ['a fractional number of months', { ...DEFAULT_POLICY, followUpMinimumMonths: 12.5 }],
    ['zero weeks of placement', { ...DEFAULT_POLICY, unpaidPlacementMaxWeeks: 0 }],
    [
      'a caseload as a string',
      { ...DEFAULT_POLICY, caseload: { min: '10', max: 15, startMax: 10, startPhaseMonths: 6 } },
    ],
    [
      'a target above 100 %',
      { ...DEFAULT_POLICY, outcomes: { ...DEFAULT_POLICY.outcomes, targetSeqfTopTransitionToWork: 1.5 } },
    ],
    ['a misspelt number (unknown key)', { ...DEFAULT_POLICY, followUpMinimumMonth: 24 }],
    ['an unknown key in a group', { ...DEFAULT_POLICY, caseload: { ...DEFAULT_POLICY.caseload, maxx: 20 } }],
  ],
  'outcome-record': [
    ['no case id', { ...rec('x'), caseId: undefined }],
    ['an exit kind outside the vocabulary', rec('x', { exit: { date: '2024-01-01', kind: 'won' as never } })],
    ['an impossible date', rec('x', { referredOn: '2027-02-29' })],
    [
      'a position share over 100',
      rec('x', {
        employments: [
          {
            start: '2024-01-01',
            contractType: 'permanent',
            positionPercent: 120,
            industry: 'i',
            declared: true,
          },
        ],
      }),
    ],
    ['an unknown key', { ...rec('x'), name: 'someone' }],
  ],
  'seqf-self-assessment': [
    [
      'a level of 6',
      {
        organisationId: 't',
        assessedOn: '2026-03-01',
        scope: 'full',
        ratings: [{ criterionId: '1.1', claimedLevel: 6, evidence: [] }],
      },
    ],
    [
      'evidence for level 1',
      {
        organisationId: 't',
        assessedOn: '2026-03-01',
        scope: 'full',
        ratings: [{ criterionId: '1.1', claimedLevel: 2, evidence: [{ level: 1, description: 'x' }] }],
      },
    ],
    [
      'an invented criterion',
      {
        organisationId: 't',
        assessedOn: '2026-03-01',
        scope: 'full',
        ratings: [{ criterionId: '4.4', claimedLevel: 2, evidence: [] }],
      },
    ],
    ['an unknown scope', { organisationId: 't', assessedOn: '2026-03-01', scope: 'half', ratings: [] }],
  ],
};

const policyArb = fc.record({
  followUpMinimumMonths: fc.integer({ min: 0, max: 120 }),
  followUpRecommendedMonths: fc.integer({ min: 0, max: 120 }),
  unpaidPlacementMaxWeeks: fc.integer({ min: 1, max: 104 }),
  unpaidPlacementsBeforePracticeTrap: fc.integer({ min: 1, max: 10 }),
  caseload: fc.record({
    min: fc.integer({ min: 1, max: 100 }),
    max: fc.integer({ min: 1, max: 100 }),
    startMax: fc.integer({ min: 1, max: 100 }),
    startPhaseMonths: fc.integer({ min: 0, max: 120 }),
  }),
  outcomes: fc.record({
    targetSeqfTopTransitionToWork: fc.double({ min: 0, max: 1, noNaN: true }),
    targetJobbsjansenWorkOrEducation: fc.double({ min: 0, max: 1, noNaN: true }),
    targetIntroWorkOrEducation: fc.double({ min: 0, max: 1, noNaN: true }),
    benchmarkJobbsjansen2016DirectToJob: fc.double({ min: 0, max: 1, noNaN: true }),
    benchmarkIntroEmployedOneYearAfter: fc.double({ min: 0, max: 1, noNaN: true }),
    timeAnchorTopWeeks: fc.integer({ min: 0, max: 520 }),
    timeAnchorLowestWeeks: fc.integer({ min: 0, max: 520 }),
    inWorkAfterSeStartMonths: fc.integer({ min: 0, max: 120 }),
    attachmentWindowDays: fc.integer({ min: 0, max: 366 }),
    minN: fc.integer({ min: 1, max: 10_000 }),
    minCellSize: fc.integer({ min: 1, max: 10_000 }),
  }),
  navMeasureLimits: fc.record({
    mentorMonths: fc.integer({ min: 0, max: 120 }),
    mentorReducedCapacityMonths: fc.integer({ min: 0, max: 120 }),
    wageSubsidyMonths: fc.integer({ min: 0, max: 120 }),
    wageSubsidyReducedCapacityMonths: fc.integer({ min: 0, max: 120 }),
    workTrainingMonths: fc.integer({ min: 0, max: 120 }),
    inclusionGrantMonths: fc.integer({ min: 0, max: 120 }),
  }),
  complexNeeds: fc.record({
    minModerateNeeds: fc.integer({ min: 1, max: 30 }),
    minLevels: fc.integer({ min: 1, max: 3 }),
  }),
});

/** Schema-valid inputs from the modules' generators, per model. */
export const ARBITRARIES: Readonly<Record<InputSchemaName, fc.Arbitrary<unknown>>> = {
  'new-case': journeyArb.map((j) => j.opening),
  'case-event': journeyArb.chain((j) => fc.constantFrom(...j.events)),
  'needs-assessment': needsAssessmentArbitrary,
  'action-plan': actionPlanInputArb,
  'training-plan': trainingPlanInputArb,
  'recorded-consent': fc.record(
    { scope: fc.constantFrom(...ALL_CONSENTS.map((c) => c.scope)), givenOn: isoDate, withdrawnOn: isoDate },
    { requiredKeys: ['scope', 'givenOn'] },
  ),
  candidate: fc.integer({ min: 1, max: 2 ** 31 }).map((seed) => generateCandidate(createRng(seed), seed)),
  'job-opening': fc.integer({ min: 1, max: 2 ** 31 }).map((seed) => generateOpening(createRng(seed), seed)),
  employment: followUpPlanInputArb.map((p) => p.employment),
  'follow-up-plan': followUpPlanInputArb,
  policy: policyArb,
  'outcome-record': outcomeRecordArb,
  'seqf-self-assessment': seqfAssessmentArb,
};

/** Every model name, for `it.each`. */
export const NAMES: readonly InputSchemaName[] = INPUT_SCHEMA_NAMES;

// ---------------------------------------------------------------------------
// Mutations: one change at a random place in a valid document.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Replacement values that probe types, formats, ranges and vocabularies. */
const PROBES: readonly Json[] = [
  null,
  true,
  0,
  -1,
  1.5,
  101,
  1e9,
  '',
  'x',
  'yes',
  'x'.repeat(201),
  '2026-02-30',
  '2025-02-29',
  '2024-02-29',
  '2026-13-01',
  '26-01-05',
  '2026-1-5',
  '24:00',
  '25:00',
  '07:30',
  [],
  ['x'],
  {},
  { unexpected: 1 },
];

/** All paths to values inside a JSON document (the root is `[]`). */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

/** The document with the value at `path` replaced, removed (`undefined`), or an extra key added. */
function applyAt(
  doc: Json,
  path: readonly (string | number)[],
  change: (old: Json) => Json | undefined,
): Json | undefined {
  if (path.length === 0) return change(doc);
  const [head, ...rest] = path;
  if (Array.isArray(doc) && typeof head === 'number') {
    const copy = [...doc];
    const next = applyAt(copy[head] as Json, rest, change);
    if (next === undefined) copy.splice(head, 1);
    else copy[head] = next;
    return copy;
  }
  if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && typeof head === 'string') {
    const next = applyAt(doc[head] as Json, rest, change);
    return Object.fromEntries(
      Object.entries(doc).flatMap(([key, value]) =>
        key !== head ? [[key, value]] : next === undefined ? [] : [[key, next]],
      ),
    );
  }
  return doc;
}

/** A valid document with one random change: a probe value, a removed value, or an unknown key. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((value) => {
    const doc = asJson(value) as Json;
    const paths = pathsOf(doc);
    return fc
      .tuple(
        fc.constantFrom(...paths),
        fc.oneof(
          fc.constantFrom<'remove' | 'add-key'>('remove', 'add-key'),
          fc.constantFrom(...PROBES).map((p) => ({ probe: p })),
        ),
      )
      .map(
        ([path, how]) =>
          applyAt(doc, path, (old) => {
            if (how === 'remove') return path.length === 0 ? old : undefined;
            if (how === 'add-key')
              return old !== null && typeof old === 'object' && !Array.isArray(old)
                ? { ...old, unexpectedKey: 'x' }
                : old;
            return how.probe;
          }) ?? null,
      );
  });
}
