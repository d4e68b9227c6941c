import { describe, expect, it } from 'vitest';
import {
  CASE_EVENT_TYPES,
  CaseEventSchema,
  parseCaseEvent,
  safeParseCaseEvent,
  SupportedEmploymentError,
  type CaseEventInput,
} from '../../src';
import { expectIssues } from '../fixtures/expectIssues';
import { JOURNEY_EVENTS, OUTCOME_EVENTS } from '../fixtures/process/journey';

/** One valid input of every event type. */
const ONE_OF_EACH: readonly CaseEventInput[] = CASE_EVENT_TYPES.map((type) => {
  const found = JOURNEY_EVENTS.find((e) => e.type === type) ?? OUTCOME_EVENTS.find((e) => e.type === type);
  if (found === undefined) throw new Error(`journey lacks ${type}`);
  return found;
});

describe('CASE_EVENT_TYPES', () => {
  it('names exactly the members of CaseEventSchema', () => {
    expect(CaseEventSchema.options.map((o) => o.shape.type.value)).toEqual([...CASE_EVENT_TYPES]);
  });
});

describe('parseCaseEvent', () => {
  it.each(ONE_OF_EACH.map((e) => [e.type, e] as const))('parses a %s event', (_type, input) => {
    expect(parseCaseEvent(input)).toEqual(input);
  });

  it('accepts a leap day in a leap year', () => {
    expect(parseCaseEvent({ type: 'case-closed', id: 'x', date: '2028-02-29', outcome: 'work' }).date).toBe(
      '2028-02-29',
    );
  });

  it('refuses fields it does not know, naming the key in the path', () => {
    const result = safeParseCaseEvent({
      type: 'case-closed',
      id: 'x',
      date: '2028-02-29',
      outcome: 'work',
      note: 'free text',
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => [i.code, i.path])).toEqual([['schema_unrecognized_key', ['note']]]);
  });

  it('throws invalid_input with the coded issues attached', () => {
    let caught: unknown;
    try {
      parseCaseEvent({ type: 'case-closed', id: 'x', date: '2027-02-29', outcome: 'work' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SupportedEmploymentError);
    expect((caught as SupportedEmploymentError).code).toBe('invalid_input');
    expectIssues((caught as SupportedEmploymentError).issues, [
      { code: 'schema_invalid_date', path: ['date'] },
    ]);
  });
});

describe('safeParseCaseEvent', () => {
  it.each([
    [
      'a 29 February outside a leap year',
      { type: 'case-closed', id: 'x', date: '2027-02-29', outcome: 'work' },
      'schema_invalid_date',
      ['date'],
    ],
    [
      'a 31 April',
      { type: 'case-closed', id: 'x', date: '2026-04-31', outcome: 'work' },
      'schema_invalid_date',
      ['date'],
    ],
    ['a missing id', { type: 'case-closed', date: '2026-04-30', outcome: 'work' }, 'schema_required', ['id']],
    [
      'an outcome outside the vocabulary',
      { type: 'case-closed', id: 'x', date: '2026-04-30', outcome: 'won' },
      'schema_invalid_value',
      ['outcome'],
    ],
    ['an unknown event type', { type: 'party', id: 'x', date: '2026-04-30' }, 'schema_invalid', ['type']],
    [
      'a position share above 100 %',
      { ...ONE_OF_EACH[CASE_EVENT_TYPES.indexOf('employment-started')]!, positionPercent: 120 },
      'schema_too_big',
      ['positionPercent'],
    ],
    [
      'zero hours a week in a placement',
      { ...ONE_OF_EACH[CASE_EVENT_TYPES.indexOf('placement-started')]!, hoursPerWeek: 0 },
      'schema_too_small',
      ['hoursPerWeek'],
    ],
  ] as const)('refuses %s', (_what, input, code, path) => {
    const result = safeParseCaseEvent(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expectIssues(result.issues, [{ code, path: [...path] }]);
  });

  it('never repeats the rejected value in the message', () => {
    const result = safeParseCaseEvent({
      type: 'case-closed',
      id: 'secret-id',
      date: '2026-13-45',
      outcome: 'work',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result.issues)).not.toContain('2026-13-45');
  });

  it('returns the parsed event when it is valid', () => {
    const result = safeParseCaseEvent(ONE_OF_EACH[0]);
    expect(result).toEqual({ ok: true, value: ONE_OF_EACH[0] });
  });
});
