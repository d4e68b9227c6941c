import { describe, expect, it } from 'vitest';
import {
  parseCandidate,
  parseJobOpening,
  safeParseCandidate,
  safeParseJobOpening,
  SupportedEmploymentError,
} from '../../src';
import { BASE_CANDIDATE, BASE_OPENING } from '../fixtures/matching/factories';

describe('parseCandidate', () => {
  it('returns the parsed candidate', () => {
    expect(parseCandidate(BASE_CANDIDATE).id).toBe('c-base');
  });

  it('throws invalid_input with the issues attached', () => {
    try {
      parseCandidate({ ...BASE_CANDIDATE, careRelief: 'grandmother' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SupportedEmploymentError);
      expect((error as SupportedEmploymentError).code).toBe('invalid_input');
      expect((error as SupportedEmploymentError).issues[0]?.path).toEqual(['careRelief']);
    }
  });
});

describe('safeParseCandidate', () => {
  it('reports a bad time with its path and never echoes the value', () => {
    const result = safeParseCandidate({ ...BASE_CANDIDATE, availability: { earliestStart: '6 am' } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.path).toEqual(['availability', 'earliestStart']);
      expect(JSON.stringify(result.issues)).not.toContain('6 am');
    }
  });

  it('rejects unknown keys, so a misspelt fact is not lost', () => {
    const result = safeParseCandidate({ ...BASE_CANDIDATE, travelAlone: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('schema_unrecognized_key');
  });

  it('accepts a candidate with only an id', () => {
    expect(safeParseCandidate({ id: 'c-1' }).ok).toBe(true);
  });
});

describe('parseJobOpening', () => {
  it('returns the parsed opening', () => {
    expect(parseJobOpening(BASE_OPENING).industry).toBe('cleaning');
  });

  it('throws invalid_input on a missing employer', () => {
    expect(() => parseJobOpening({ ...BASE_OPENING, employer: undefined })).toThrow(SupportedEmploymentError);
  });
});

describe('safeParseJobOpening', () => {
  it('rejects a position share above 100', () => {
    const result = safeParseJobOpening({ ...BASE_OPENING, positionPercent: 120 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('schema_too_big');
  });

  it('rejects an unknown NAV measure', () => {
    const result = safeParseJobOpening({
      ...BASE_OPENING,
      employer: { id: 'e', acceptsNavMeasures: ['free-lunch'] },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toEqual(['employer', 'acceptsNavMeasures', 0]);
  });
});
