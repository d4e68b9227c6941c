/**
 * Misuse is caught at the door: every exported function, called with
 * null, undefined, wrong types or hostile values in any argument position,
 * returns a result or throws SupportedEmploymentError with a code and a path —
 * never a raw TypeError, never another error. The list of functions is read
 * from the package's exports, so a new function without valid arguments here
 * fails the first test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src';
import {
  addCalendarDays,
  addCalendarMonths,
  addCalendarWeeks,
  applyCaseEvent,
  balanceJobMatch,
  candidateFromAssessment,
  classifyNeeds,
  compareIsoDates,
  explainRecommendation,
  ISSUE_CODES,
  isIsoDate,
  IsoDateSchema,
  localize,
  rankCandidates,
  recommendAdaptations,
  resolvePolicy,
  scheduleFollowUp,
  SupportedEmploymentError,
  type Issue,
} from '../../src';
import { makeCandidate, makeOpening } from '../fixtures/matching/factories';
import { hostileValue, specialValues } from '../fixtures/privacy/hostile';
import { SE_CONSENT } from '../fixtures/process/cases';
import { aminaAssessment } from '../fixtures/stories';
import { VALID_CALLS } from './callTable';
import { FUZZ } from './settings';

const candidate = makeCandidate();
const opening = makeOpening();

/**
 * The position of each function's trailing options (or facts) argument: where
 * the call table leaves it out, it is padded with `{}` here so that the
 * position is attacked as well.
 */
const OPTIONS_AT: Readonly<Record<string, number>> = {
  anchorBand: 1,
  assessSeqf: 1,
  assessSeSuitability: 1,
  assignCandidates: 2,
  balanceJobMatch: 2,
  candidateFromAssessment: 1,
  checkCaseload: 1,
  checkProgrammeEligibility: 2,
  classifyNeeds: 1,
  compareWithTargets: 1,
  computeOutcomeKpis: 1,
  nextFollowUp: 2,
  rankCandidates: 2,
  rankOpenings: 2,
  reassessNeeds: 2,
  recommendAdaptations: 1,
  scheduleFollowUp: 1,
  scoreMatchGrid: 2,
  validateActionPlan: 2,
  validateFollowUpPlan: 2,
};

/** Valid arguments for every exported function, from the call table (each made once): the baseline each hostile call changes one argument of. */
const VALID_ARGS: Readonly<Record<string, readonly unknown[]>> = Object.fromEntries(
  Object.entries(VALID_CALLS as Readonly<Record<string, () => unknown[]>>).map(([name, make]) => {
    const args = make();
    const at = OPTIONS_AT[name];
    return [name, at !== undefined && args.length === at ? [...args, {}] : args];
  }),
);

type AnyFunction = (...args: unknown[]) => unknown;

const FUNCTIONS: [string, AnyFunction][] = Object.entries(api as Record<string, unknown>)
  .filter(([name, value]) => typeof value === 'function' && name !== 'SupportedEmploymentError')
  .map(([name, value]): [string, AnyFunction] => [name, value as AnyFunction])
  .sort(([a], [b]) => a.localeCompare(b));

const CODES = new Set<string>(ISSUE_CODES);

/** Calls `f`; returns the result, or the error when it is a SupportedEmploymentError with coded, located issues. */
function call(f: AnyFunction, args: readonly unknown[]): unknown {
  try {
    return f(...args);
  } catch (error) {
    if (!(error instanceof SupportedEmploymentError)) {
      throw new Error(
        `threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 80)}` : typeof error}, not SupportedEmploymentError`,
      );
    }
    for (const issue of error.issues) {
      expect(CODES.has(issue.code), issue.code).toBe(true);
      for (const segment of issue.path) expect(['string', 'number']).toContain(typeof segment);
    }
    return error;
  }
}

/** The argument lists with one position replaced by `value`, and the list of `value` in every position. */
function variants(valid: readonly unknown[], value: unknown): unknown[][] {
  const n = Math.max(valid.length, 1);
  const out: unknown[][] = [Array.from({ length: n }, () => value), [value], []];
  for (let i = 0; i < n; i += 1) out.push(valid.map((v, j) => (j === i ? value : v)));
  return out;
}

describe('every exported function at the door', () => {
  it('has valid arguments here, and answers them without throwing', () => {
    expect(FUNCTIONS.length).toBeGreaterThan(50);
    expect(FUNCTIONS.map(([name]) => name).filter((name) => VALID_ARGS[name] === undefined)).toEqual([]);
    for (const [name, f] of FUNCTIONS) expect(() => f(...(VALID_ARGS[name] ?? [])), name).not.toThrow();
  });

  it.each(FUNCTIONS)(
    '%s answers or throws SupportedEmploymentError for hand-picked hostile values in every position',
    (name, f) => {
      const valid = VALID_ARGS[name] ?? [];
      for (const value of [...specialValues(), new Array(5), { length: 4e7 }, Object.freeze({})]) {
        for (const args of variants(valid, value)) call(f, args);
      }
    },
  );

  it.each(FUNCTIONS)(
    '%s answers or throws SupportedEmploymentError for generated hostile values',
    (name, f) => {
      const valid = VALID_ARGS[name] ?? [];
      fc.assert(
        fc.property(hostileValue, fc.nat(), (value, at) => {
          const args = [...valid];
          args[at % Math.max(valid.length, 1)] = value;
          call(f, args);
        }),
        { ...FUZZ, numRuns: 40 },
      );
    },
  );
});

/** Runs `f`, expects SupportedEmploymentError with `code`, and returns its first issue. */
function refused(f: () => unknown, code: string): Issue | undefined {
  let caught: unknown;
  try {
    f();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SupportedEmploymentError);
  const error = caught as SupportedEmploymentError;
  expect(error.code).toBe(code);
  return error.issues[0];
}

describe('the misuses named in the issues', () => {
  it('refuse an empty object, null and a cast row as an assessment', () => {
    expect(refused(() => classifyNeeds({} as never), 'invalid_input')).toMatchObject({
      code: 'schema_required',
      path: ['assessment', 'id'],
      expected: 'string',
    });
    expect(refused(() => classifyNeeds(null as never), 'invalid_input')).toMatchObject({
      code: 'schema_invalid_type',
      path: ['assessment'],
      expected: 'object',
    });
    const row = { ...aminaAssessment, wishToWork: 'maybe' } as never;
    const issue = refused(() => classifyNeeds(row), 'invalid_input');
    expect(issue).toMatchObject({ code: 'schema_invalid_value', path: ['assessment', 'wishToWork'] });
    expect(issue?.expected).toMatch(/^one of: /);
    refused(() => candidateFromAssessment(row), 'invalid_input');
  });

  it('refuse empty objects as a candidate and an opening, and a profile without needs', () => {
    expect(refused(() => balanceJobMatch({} as never, {} as never), 'invalid_input')?.path[0]).toBe(
      'candidate',
    );
    expect(refused(() => balanceJobMatch(candidate, {} as never), 'invalid_input')?.path[0]).toBe('opening');
    expect(refused(() => recommendAdaptations({} as never), 'invalid_input')?.path[0]).toBe('profile');
  });

  it('refuse wrong types in the small helpers', () => {
    expect(refused(() => localize(null as never, 'nb'), 'invalid_input')?.path).toEqual(['text']);
    expect(refused(() => localize({ nb: 'a', en: 'b' }, 'de' as never), 'invalid_input')?.path).toEqual([
      'locale',
    ]);
    expect(refused(() => explainRecommendation(true as never, 'nb'), 'invalid_input')?.path).toEqual(['rec']);
    refused(() => addCalendarDays(Symbol('d') as never, 1), 'invalid_date');
    refused(() => compareIsoDates(Symbol('d') as never, '2026-01-01'), 'invalid_date');
  });

  it('refuse a 10 MB string where a model belongs, at the type', () => {
    const huge = 'x'.repeat(10_000_000);
    expect(refused(() => balanceJobMatch(huge as never, opening), 'invalid_input')).toMatchObject({
      path: ['candidate'],
      expected: 'object',
    });
    expect(refused(() => applyCaseEvent(huge as never, SE_CONSENT), 'invalid_input')).toMatchObject({
      path: ['seCase'],
      expected: 'object',
    });
    expect(refused(() => candidateFromAssessment(huge as never), 'invalid_input')).toMatchObject({
      path: ['assessment'],
      expected: 'object',
    });
  });

  it('refuse a huge sparse list of candidates before reading any item', () => {
    let reads = 0;
    const sparse = new Proxy(new Array<unknown>(4e7), {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(refused(() => rankCandidates(opening, sparse as never), 'invalid_input')).toMatchObject({
      code: 'schema_too_big',
      path: ['candidates'],
    });
    expect(reads).toBe(0);
    // A short list with a hole is refused at the hole.
    const holey: unknown[] = [candidate];
    holey[2] = candidate;
    expect(refused(() => rankCandidates(opening, holey as never), 'invalid_input')).toMatchObject({
      path: ['candidates', 1],
    });
  });

  it('refuse unknown policy overrides and options that are not objects', () => {
    expect(
      refused(() => resolvePolicy({ requiredNorwegianlevel: 'b1' } as never), 'invalid_option'),
    ).toMatchObject({ code: 'schema_unrecognized_key', path: ['requiredNorwegianlevel'] });
    expect(refused(() => resolvePolicy({ caseload: { mx: 3 } } as never), 'invalid_option')).toMatchObject({
      code: 'schema_unrecognized_key',
      path: ['caseload', 'mx'],
    });
    expect(refused(() => classifyNeeds(aminaAssessment, 'strict' as never), 'invalid_option')?.path).toEqual([
      'options',
    ]);
  });

  it('name code, path and expectation in the message, never the value', () => {
    let message = '';
    try {
      classifyNeeds({ ...aminaAssessment, wishToWork: 'Violence-at-home' } as never);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('schema_invalid_value at assessment.wishToWork (expected one of: ');
    expect(message).not.toContain('Violence');
  });
});

describe('the date helpers', () => {
  it.each([NaN, Infinity, -Infinity, 0.5, -0.5, '5', null, undefined, 2 ** 53])(
    'refuse %s as an amount',
    (amount) => {
      for (const add of [addCalendarDays, addCalendarWeeks, addCalendarMonths]) {
        expect(refused(() => add('2026-01-31', amount as never), 'invalid_input')?.expected).toBe('integer');
      }
    },
  );

  it('treat -0 as no change', () => {
    expect(addCalendarDays('2026-01-31', -0)).toBe('2026-01-31');
  });

  it('refuse results outside 1900-01-01 to 9999-12-31, and never go past them', () => {
    expect(addCalendarDays('9999-12-30', 1)).toBe('9999-12-31');
    refused(() => addCalendarDays('9999-12-31', 1), 'invalid_date');
    refused(() => addCalendarDays('1900-01-01', -1), 'invalid_date');
    refused(() => addCalendarDays('2026-01-31', 1e9), 'invalid_date');
    refused(() => addCalendarMonths('9999-12-31', 1), 'invalid_date');
    refused(() => addCalendarMonths('2026-01-31', Number.MAX_SAFE_INTEGER), 'invalid_date');
    refused(() => scheduleFollowUp({ firstWorkingDay: '9999-06-01' }), 'invalid_date');
  });

  it('never read years 0-99 as 1900-1999: such dates are outside the range everywhere', () => {
    for (const date of ['0000-01-01', '0099-12-31', '1899-12-31']) {
      expect(isIsoDate(date), date).toBe(false);
      expect(IsoDateSchema.safeParse(date).success, date).toBe(false);
      refused(() => addCalendarDays(date, 0), 'invalid_date');
    }
    expect(isIsoDate('1900-01-01')).toBe(true);
  });

  it('move any in-range date by whole days both ways and back to where it started', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1950-01-01T00:00:00Z'),
          max: new Date('9950-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -10_000, max: 10_000 }),
        (d, n) => {
          const start = d.toISOString().slice(0, 10);
          expect(addCalendarDays(addCalendarDays(start, n), -n)).toBe(start);
        },
      ),
      FUZZ,
    );
  });
});
