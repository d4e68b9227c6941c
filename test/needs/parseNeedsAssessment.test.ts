import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NeedsAssessmentSchema,
  parseNeedsAssessment,
  safeParseNeedsAssessment,
  SupportedEmploymentError,
} from '../../src';
import { expectIssues } from '../fixtures/expectIssues';
import { needsAssessmentArbitrary } from '../fixtures/needs/arbitraries';

const base = { id: 'a-1', assessedOn: '2026-03-02' };

describe('safeParseNeedsAssessment', () => {
  it('accepts an assessment with only its id and date', () => {
    const result = safeParseNeedsAssessment(base);
    expect(result).toEqual({ ok: true, value: base });
  });

  it('keeps "no" facts apart from unknown ones', () => {
    const result = safeParseNeedsAssessment({
      ...base,
      travelsAlone: false,
      children: [],
      workExperience: { norwayYears: 0 },
    });
    expect(result.ok && result.value).toEqual({
      ...base,
      travelsAlone: false,
      children: [],
      workExperience: { norwayYears: 0 },
    });
    expect(result.ok && 'networkOutsideFamily' in result.value).toBe(false);
  });

  it.each([
    ['a missing id', { assessedOn: '2026-03-02' }, 'schema_required', ['id']],
    ['a missing date', { id: 'a-1' }, 'schema_required', ['assessedOn']],
    [
      'a date that does not exist',
      { ...base, assessedOn: '2026-02-30' },
      'schema_invalid_date',
      ['assessedOn'],
    ],
    [
      'an unknown Norwegian level',
      { ...base, norwegian: { oral: 'b3' } },
      'schema_invalid_value',
      ['norwegian', 'oral'],
    ],
    [
      'a negative number of years',
      { ...base, workExperience: { norwayYears: -1 } },
      'schema_too_small',
      ['workExperience', 'norwayYears'],
    ],
    [
      'a fractional child age',
      { ...base, children: [{ age: 2.5 }] },
      'schema_invalid_type',
      ['children', 0, 'age'],
    ],
    [
      'a qualification without its origin',
      { ...base, qualifications: [{ title: 'Lærer' }] },
      'schema_required',
      ['qualifications', 0, 'obtained'],
    ],
    ['a boolean given as text', { ...base, travelsAlone: 'no' }, 'schema_invalid_type', ['travelsAlone']],
    [
      'an unknown health status',
      { ...base, health: { status: 'bad' } },
      'schema_invalid_value',
      ['health', 'status'],
    ],
    ['an unknown fact', { ...base, travelAlone: false }, 'schema_unrecognized_key', ['travelAlone']],
  ] as const)('reports %s with its code and path', (_name, input, code, path) => {
    const result = safeParseNeedsAssessment(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expectIssues(result.issues, [{ code, path: [...path], severity: 'error' }]);
  });

  it('never repeats an input value in its messages', () => {
    const secret = 'Violence-at-home-2026';
    const result = safeParseNeedsAssessment({
      ...base,
      countryOfOrigin: 7,
      preferredLanguage: '',
      health: { status: secret },
    });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(secret);
  });

  it('returns an issue rather than throwing for any input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = safeParseNeedsAssessment(input);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('accepts what the schema accepts', () => {
    fc.assert(
      fc.property(needsAssessmentArbitrary, (a) => {
        expect(safeParseNeedsAssessment(a).ok).toBe(NeedsAssessmentSchema.safeParse(a).success);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});

describe('parseNeedsAssessment', () => {
  it('returns the parsed assessment', () => {
    expect(parseNeedsAssessment({ ...base, housing: 'temporary' })).toEqual({
      ...base,
      housing: 'temporary',
    });
  });

  it('throws invalid_input with the issues attached', () => {
    let error: unknown;
    try {
      parseNeedsAssessment({ ...base, housing: 'tent' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SupportedEmploymentError);
    expect((error as SupportedEmploymentError).code).toBe('invalid_input');
    expectIssues((error as SupportedEmploymentError).issues, [
      { code: 'schema_invalid_value', path: ['housing'] },
    ]);
  });
});
