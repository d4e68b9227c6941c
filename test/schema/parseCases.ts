/**
 * Inputs for the parse-path property tests: valid inputs of each input schema,
 * and mutations of them (one field deleted, retyped or given an unknown sibling).
 */
import fc from 'fast-check';
import type { z } from 'zod';
import {
  ActionPlanSchema,
  CandidateSchema,
  CaseEventSchema,
  FollowUpPlanSchema,
  JobOpeningSchema,
  NeedsAssessmentSchema,
  TrainingPlanSchema,
} from '../../src';
import { createRng, generateCandidate, generateOpening } from '../fixtures/matching/generate';
import { needsAssessmentArbitrary } from '../fixtures/needs/arbitraries';
import {
  actionPlanInputArb,
  followUpPlanInputArb,
  trainingPlanInputArb,
} from '../fixtures/plans/arbitraries';
import { journeyArb } from '../fixtures/process/arbitraries';

type Path = readonly (string | number)[];

/** Every path to a field or item of a JSON value (objects and arrays), depth first. */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (typeof value !== 'object' || value === null) return out;
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  for (const key of keys) {
    const path = [...at, key];
    out.push(path);
    pathsOf((value as Record<string | number, unknown>)[key], path, out);
  }
  return out;
}

const REPLACEMENTS: readonly unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  1e9,
  '',
  'x',
  '2026-02-30',
  '2026-03-02',
  true,
  false,
  [],
  {},
  ['x'],
  { x: 1 },
];

export const mutationArb = fc.record({
  at: fc.nat(),
  action: fc.constantFrom('delete', 'replace', 'add-key'),
  replacement: fc.constantFrom(...REPLACEMENTS),
});

/** A deep copy of `value` with one field deleted, replaced or given an unknown sibling key. */
export function mutate(value: unknown, m: { at: number; action: string; replacement: unknown }): unknown {
  const copy = structuredClone(value);
  const paths = pathsOf(copy);
  if (paths.length === 0) return m.replacement;
  const path = paths[m.at % paths.length] as Path;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (m.action === 'delete' && !Array.isArray(parent)) Reflect.deleteProperty(parent, last);
  else if (
    m.action === 'add-key' &&
    typeof parent[last] === 'object' &&
    parent[last] !== null &&
    !Array.isArray(parent[last])
  ) {
    (parent[last] as Record<string, unknown>)['unexpectedKey'] = m.replacement;
  } else parent[last] = m.replacement;
  return copy;
}

const seeded = <T>(make: (rng: ReturnType<typeof createRng>, i: number) => T): fc.Arbitrary<T> =>
  fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((seed) => make(createRng(seed), seed % 1000));

export const CASES: readonly { name: string; schema: z.ZodType; valid: fc.Arbitrary<unknown> }[] = [
  { name: 'NeedsAssessmentSchema', schema: NeedsAssessmentSchema, valid: needsAssessmentArbitrary },
  { name: 'ActionPlanSchema', schema: ActionPlanSchema, valid: actionPlanInputArb },
  { name: 'TrainingPlanSchema', schema: TrainingPlanSchema, valid: trainingPlanInputArb },
  { name: 'FollowUpPlanSchema', schema: FollowUpPlanSchema, valid: followUpPlanInputArb },
  {
    name: 'CaseEventSchema',
    schema: CaseEventSchema,
    valid: journeyArb.filter((j) => j.events.length > 0).map((j) => j.events[0]),
  },
  { name: 'CandidateSchema', schema: CandidateSchema, valid: seeded(generateCandidate) },
  { name: 'JobOpeningSchema', schema: JobOpeningSchema, valid: seeded(generateOpening) },
];
