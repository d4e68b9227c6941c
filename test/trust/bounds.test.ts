/**
 * Bounds everywhere: every list and text of every input model has a maximum,
 * the JSON Schemas carry it, issue lists are capped, and huge or sparse arrays
 * are refused before any walk.
 */
import { describe, expect, it } from 'vitest';
import {
  INPUT_LIMITS,
  INPUT_SCHEMA_NAMES,
  replayCase,
  safeParseActionPlan,
  safeParseCandidate,
  safeParseCaseEvent,
  safeParseFollowUpPlan,
  safeParseJobOpening,
  safeParseNeedsAssessment,
  safeParseTrainingPlan,
  type CaseEvent,
  type Result,
} from '../../src';
import { toInputJsonSchema, type JsonSchemaNode } from '../../scripts/build-json-schemas';
import { actionPlanInput, followUpPlanInput, trainingPlanInput } from '../fixtures/plans/factories';
import { BASE_OPENING } from '../fixtures/matching/factories';
import { OPENING, STARTED } from '../fixtures/process/cases';
import { MAX_ARRAY_LENGTH } from './hostileValues';

/** Every node of a JSON Schema with the path to it. */
function* nodes(node: unknown, path = '#'): Generator<[string, JsonSchemaNode]> {
  if (node === null || typeof node !== 'object') return;
  if (!Array.isArray(node)) yield [path, node as JsonSchemaNode];
  for (const [key, child] of Object.entries(node)) yield* nodes(child, `${path}/${key}`);
}

describe('the JSON Schemas of the input models', () => {
  it.each(INPUT_SCHEMA_NAMES.map((name) => [name]))(
    '%s: every array has maxItems and every free string maxLength',
    (name) => {
      const unbounded: string[] = [];
      let arrays = 0;
      for (const [path, node] of nodes(toInputJsonSchema(name))) {
        if (node['type'] === 'array') {
          arrays += 1;
          if (typeof node['maxItems'] !== 'number') unbounded.push(`${path} (array)`);
        }
        const bounded =
          typeof node['maxLength'] === 'number' ||
          node['enum'] !== undefined ||
          node['const'] !== undefined ||
          node['pattern'] !== undefined ||
          node['format'] !== undefined;
        if (node['type'] === 'string' && !bounded) unbounded.push(`${path} (string)`);
      }
      expect(unbounded).toEqual([]);
      if (['action-plan', 'training-plan', 'follow-up-plan', 'needs-assessment'].includes(name))
        expect(arrays).toBeGreaterThan(0);
    },
  );

  it('carry the named bounds (the plan activity list is INPUT_LIMITS.planEntries)', () => {
    const plan = toInputJsonSchema('action-plan');
    const activities = plan.properties?.['activities'] ?? {};
    expect(activities['maxItems']).toBe(INPUT_LIMITS.planEntries);
  });
});

const PARSERS: readonly (readonly [
  string,
  (input: unknown) => Result<unknown>,
  () => Record<string, unknown>,
  string,
])[] = [
  ['action plan', safeParseActionPlan, () => ({ ...actionPlanInput() }), 'activities'],
  ['training plan', safeParseTrainingPlan, () => ({ ...trainingPlanInput() }), 'tasks'],
  ['follow-up plan', safeParseFollowUpPlan, () => ({ ...followUpPlanInput() }), 'contacts'],
  [
    'needs assessment',
    safeParseNeedsAssessment,
    () => ({ id: 'a', assessedOn: '2026-01-05' }),
    'qualifications',
  ],
  ['candidate', safeParseCandidate, () => ({ id: 'c' }), 'experienceIndustries'],
  ['job opening', safeParseJobOpening, () => ({ ...structuredClone(BASE_OPENING) }), 'demands'],
];

describe.each(PARSERS)('safeParse of a %s', (_name, safeParse, valid, list) => {
  it('accepts the valid base (the control)', () => {
    expect(safeParse(valid()).ok).toBe(true);
  });

  it.each([
    ['a sparse array of length 2^32-1', () => new Array<unknown>(MAX_ARRAY_LENGTH)],
    ['a sparse array of length 4e7', () => new Array<unknown>(40_000_000)],
    ['200,000 empty objects', () => Array.from({ length: 200_000 }, () => ({}))],
  ])('refuses %s in a list with one coded issue at the list', (_label, make) => {
    const result = safeParse({ ...valid(), [list]: make() });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]?.code).toBe('schema_too_big');
      expect(result.issues[0]?.path).toEqual([list]);
    }
  });

  it('refuses a list with one hole as schema_invalid at the hole', () => {
    const holed: unknown[] = [undefined];
    holed.length = 2; // index 1 is a hole
    const result = safeParse({ ...valid(), [list]: holed });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.some((i) => i.code === 'schema_invalid' && i.path.join('.') === `${list}.1`)).toBe(
        true,
      );
  });

  it('refuses a 10 MB string and nesting deeper than INPUT_LIMITS.depth', () => {
    const long = safeParse({ ...valid(), id: 'x'.repeat(10 * 1024 * 1024) });
    expect(!long.ok && long.issues[0]?.code).toBe('schema_too_big');
    let deep: unknown = {};
    for (let i = 0; i < INPUT_LIMITS.depth + 5; i += 1) deep = { a: deep };
    const nested = safeParse({ ...valid(), id: deep });
    expect(!nested.ok && nested.issues[0]?.code).toBe('schema_too_big');
  });
});

describe('issue lists', () => {
  it('are cut at INPUT_LIMITS.issues, the last being too_many_issues', () => {
    const activities = Array.from({ length: 300 }, () => ({ id: ['x'] }));
    const result = safeParseActionPlan({ ...actionPlanInput(), activities });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(INPUT_LIMITS.issues);
      expect(result.issues[result.issues.length - 1]?.code).toBe('too_many_issues');
      expect(result.issues.filter((i) => i.code === 'too_many_issues')).toHaveLength(1);
    }
  });

  it('are not cut when short (the control)', () => {
    const result = safeParseActionPlan({ ...actionPlanInput(), activities: [{ id: ['x'] }] });
    expect(!result.ok && result.issues.some((i) => i.code === 'too_many_issues')).toBe(false);
  });
});

describe('replayCase bounds', () => {
  it('refuses more than INPUT_LIMITS.caseEvents events and a sparse list before reading any event', () => {
    for (const events of [
      new Array<unknown>(MAX_ARRAY_LENGTH),
      new Array<unknown>(INPUT_LIMITS.caseEvents + 1),
    ]) {
      const result = replayCase(OPENING, events as CaseEvent[]);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.code).toBe('schema_too_big');
    }
    const holed: unknown[] = [...STARTED];
    holed.length = STARTED.length + 1; // the last index is a hole
    const result = replayCase(OPENING, holed as CaseEvent[]);
    expect(!result.ok && result.issues[0]?.code).toBe('schema_invalid');
  });

  it('replays 10,000 events (the index of event ids keeps it linear; timed in the benchmark)', () => {
    const events: CaseEvent[] = [...STARTED];
    for (let i = 0; i < 10_000; i += 1)
      events.push({
        type: 'document-recorded',
        id: `d${i}`,
        date: '2026-01-07',
        document: 'cooperation-agreement',
      });
    const result = replayCase(OPENING, events);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.events).toHaveLength(events.length);
    const duplicate = replayCase(OPENING, [...events, { ...events[5]!, date: '2026-01-08' }]);
    expect(!duplicate.ok && duplicate.issues[0]?.code).toBe('event_id_duplicate');
    expect(safeParseCaseEvent(events[9]).ok).toBe(true);
  });
});
