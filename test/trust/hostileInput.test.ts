import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEmployerBrief,
  CandidateSchema,
  CaseEventSchema,
  createCase,
  getFieldSensitivity,
  ISSUE_CODES,
  NeedsAssessmentSchema,
  parseActionPlan,
  parseCandidate,
  parseCaseEvent,
  parseFollowUpPlan,
  parseJobOpening,
  parseNeedsAssessment,
  parseTrainingPlan,
  PRIVACY_MODELS,
  redact,
  safeParseActionPlan,
  safeParseCandidate,
  safeParseCaseEvent,
  safeParseFollowUpPlan,
  safeParseJobOpening,
  safeParseNeedsAssessment,
  safeParseTrainingPlan,
  SCHEMA_ISSUE_CODES,
  SupportedEmploymentError,
  validateActionPlan,
  validateFollowUpPlan,
  validateTrainingPlan,
  type Issue,
  type LocalizedText,
  type Result,
} from '../../src';
import { BASE_CANDIDATE, BASE_OPENING } from '../fixtures/matching/factories';
import {
  actionContext,
  actionPlan,
  actionPlanInput,
  followUpContext,
  followUpPlan,
  followUpPlanInput,
  trainingContext,
  trainingPlan,
  trainingPlanInput,
} from '../fixtures/plans/factories';
import { hostileValue, mutated, prototypeSnapshot } from '../fixtures/privacy/hostile';
import { ISSUE_TRIGGERS } from '../fixtures/privacy/issueTriggers';
import { JOURNEY_EVENTS, JOURNEY_OPENING } from '../fixtures/process/journey';
import { caseOf } from '../fixtures/process/cases';
import { aminaAssessment } from '../fixtures/stories';
import { FUZZ } from './settings';

/** The fixed message of each schema code, read from the inputs that trigger it. */
const FIXED = new Map<string, LocalizedText>();
for (const trigger of ISSUE_TRIGGERS) {
  const out = trigger.run() as Result<unknown>;
  if (typeof out === 'object' && out !== null && 'ok' in out && !out.ok)
    for (const issue of out.issues) FIXED.set(issue.code, issue.message);
}

const SCHEMA_CODES = new Set<string>(SCHEMA_ISSUE_CODES);
const ALL_CODES = new Set<string>(ISSUE_CODES);

function expectSchemaIssues(issues: readonly Issue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(SCHEMA_CODES.has(issue.code), issue.code).toBe(true);
    expect(issue.severity).toBe('error');
    expect(issue.message).toEqual(FIXED.get(issue.code));
    for (const segment of issue.path) expect(['string', 'number']).toContain(typeof segment);
  }
}

/** Runs `f`; returns what it returns, or the error it throws when that is a SupportedEmploymentError. */
function onlyLibraryErrors<T>(f: () => T): T | SupportedEmploymentError {
  try {
    return f();
  } catch (error) {
    if (error instanceof SupportedEmploymentError) return error;
    throw new Error(
      `threw something other than SupportedEmploymentError: ${error instanceof Error ? error.name : typeof error}`,
    );
  }
}

let before = '';
beforeAll(() => {
  before = prototypeSnapshot();
});

function expectCleanPrototypes(): void {
  expect(prototypeSnapshot()).toBe(before);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
}

afterAll(() => {
  expectCleanPrototypes();
});

const PARSERS = [
  ['NeedsAssessment', safeParseNeedsAssessment, parseNeedsAssessment, aminaAssessment],
  ['CaseEvent', safeParseCaseEvent, parseCaseEvent, JOURNEY_EVENTS[36]],
  ['ActionPlan', safeParseActionPlan, parseActionPlan, actionPlanInput()],
  ['TrainingPlan', safeParseTrainingPlan, parseTrainingPlan, trainingPlanInput()],
  ['FollowUpPlan', safeParseFollowUpPlan, parseFollowUpPlan, followUpPlanInput()],
  ['Candidate', safeParseCandidate, parseCandidate, BASE_CANDIDATE],
  ['JobOpening', safeParseJobOpening, parseJobOpening, BASE_OPENING],
] as const;

describe.each(PARSERS)('safeParse%s and parse%s', (_name, safeParse, parse, valid) => {
  const template = (() => {
    try {
      parse({ surely: 'not valid' });
    } catch (error) {
      return (error as Error).message.split(' Issues: ')[0];
    }
    throw new Error('expected parse to throw');
  })();

  const check = (input: unknown): void => {
    const result = safeParse(input);
    if (result.ok) {
      expect(safeParse(result.value).ok).toBe(true);
    } else {
      expectSchemaIssues(result.issues);
    }
    const parsed = onlyLibraryErrors(() => parse(input));
    if (parsed instanceof SupportedEmploymentError) {
      expect(result.ok).toBe(false);
      expect(parsed.code).toBe('invalid_input');
      // The fixed sentence, then `code at path` of the first issues (paths from the schema, never values).
      const [sentence, listed = ''] = parsed.message.split(' Issues: ');
      expect(sentence).toBe(template);
      expect(listed.startsWith(`${parsed.issues[0]?.code} at `)).toBe(true);
      expectSchemaIssues(parsed.issues);
    } else {
      expect(result.ok).toBe(true);
    }
    expectCleanPrototypes();
  };

  it('accept the valid fixture', () => {
    expect(safeParse(valid).ok).toBe(true);
  });

  it('return a coded failure (never throw) for any JSON or JavaScript value', () => {
    fc.assert(fc.property(hostileValue, check), FUZZ);
  });

  it('return a coded failure for a valid input with one value made hostile', () => {
    fc.assert(fc.property(mutated(valid), check), FUZZ);
  });
});

describe('createCase', () => {
  it('throws only SupportedEmploymentError for hostile openings', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, mutated(JOURNEY_OPENING)), (input) => {
        const out = onlyLibraryErrors(() => createCase(input as never));
        if (out instanceof SupportedEmploymentError) expect(out.code).toBe('invalid_input');
        expectCleanPrototypes();
      }),
      FUZZ,
    );
  });
});

const VALIDATORS = [
  [
    'validateActionPlan',
    (p: unknown, c: unknown) => validateActionPlan(p as never, c as never),
    actionPlan(),
    actionContext(),
  ],
  [
    'validateTrainingPlan',
    (p: unknown, c: unknown) => validateTrainingPlan(p as never, c as never),
    trainingPlan(),
    trainingContext(),
  ],
  [
    'validateFollowUpPlan',
    (p: unknown, c: unknown) => validateFollowUpPlan(p as never, c as never),
    followUpPlan(),
    followUpContext(),
  ],
] as const;

describe.each(VALIDATORS)('%s on input that does not fit the schema', (_name, validate, plan, context) => {
  const check = (p: unknown, c: unknown): void => {
    const out = onlyLibraryErrors(() => validate(p, c));
    if (!(out instanceof SupportedEmploymentError)) {
      expect(typeof out.valid).toBe('boolean');
      for (const issue of out.issues) expect(ALL_CODES.has(issue.code), issue.code).toBe(true);
    }
    expectCleanPrototypes();
  };

  it('returns a report or throws only SupportedEmploymentError for a hostile plan', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, mutated(plan)), (p) => {
        check(p, context);
      }),
      FUZZ,
    );
  });

  it('returns a report or throws only SupportedEmploymentError for a hostile context', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, mutated(context)), (c) => {
        check(plan, c);
      }),
      FUZZ,
    );
  });
});

describe('privacy functions on hostile input', () => {
  const seCase = caseOf([]);

  it('redact returns a copy or throws only SupportedEmploymentError', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRIVACY_MODELS),
        fc.oneof(hostileValue, mutated(aminaAssessment)),
        hostileValue,
        (model, value, keep) => {
          onlyLibraryErrors(() => redact(value as never, model.schema, { keep: keep as never }));
          onlyLibraryErrors(() => redact(aminaAssessment as never, model.schema, keep as never));
          const out = onlyLibraryErrors(() => redact(value as never, model.schema));
          if (!(out instanceof SupportedEmploymentError))
            expect(JSON.parse(JSON.stringify(out))).toBeTypeOf('object');
          expectCleanPrototypes();
        },
      ),
      FUZZ,
    );
  });

  it('buildEmployerBrief returns a brief or throws only SupportedEmploymentError', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileValue, mutated(seCase)),
        fc.oneof(hostileValue, mutated(aminaAssessment)),
        fc.oneof(hostileValue, mutated(BASE_CANDIDATE)),
        fc.oneof(fc.constant('2026-05-04'), hostileValue),
        (c, assessment, candidate, asOf) => {
          onlyLibraryErrors(() =>
            buildEmployerBrief(c as never, {
              asOf: asOf as never,
              assessment: assessment as never,
              candidate: candidate as never,
            }),
          );
          onlyLibraryErrors(() =>
            buildEmployerBrief(seCase, { asOf: '2026-05-04', assessment: assessment as never }),
          );
          onlyLibraryErrors(() => buildEmployerBrief(seCase, asOf as never));
          expectCleanPrototypes();
        },
      ),
      FUZZ,
    );
  });

  it('getFieldSensitivity returns a level or undefined for any path', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(NeedsAssessmentSchema, CaseEventSchema, CandidateSchema),
        hostileValue,
        (schema, path) => {
          const out = onlyLibraryErrors(() => getFieldSensitivity(schema, path as never));
          expect(out === undefined || typeof out === 'string').toBe(true);
        },
      ),
      FUZZ,
    );
  });
});
