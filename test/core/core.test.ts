import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  ERROR_CODES,
  formatSourceRef,
  ISSUE_CODES,
  IssueSchema,
  localize,
  LocalizedTextSchema,
  POLICY_SOURCES,
  PolicySchema,
  resolvePolicy,
  SCHEMA_ISSUE_CODES,
  SourceRefSchema,
  SupportedEmploymentError,
  type PolicyKey,
} from '../../src';
import { parseWith, safeParseWith } from '../../src/_lib/parseWith';
import { toReport } from '../../src/_lib/result';
import { z } from 'zod';

describe('localize', () => {
  it('picks the text of the requested locale', () => {
    const text = { nb: 'Etteroppfølging', en: 'Follow-up after employment' };
    expect(localize(text, 'nb')).toBe('Etteroppfølging');
    expect(localize(text, 'en')).toBe('Follow-up after employment');
  });

  it('requires both locales in the schema', () => {
    expect(LocalizedTextSchema.safeParse({ nb: 'Arbeid' }).success).toBe(false);
    expect(LocalizedTextSchema.safeParse({ nb: 'Arbeid', en: '' }).success).toBe(false);
  });
});

describe('formatSourceRef', () => {
  it('formats a citation with lines', () => {
    expect(formatSourceRef({ document: 'handbook', section: '§15 Etteroppfølging', lines: 'L397' })).toBe(
      'Handbook Tilpasset SE, §15 Etteroppfølging (L397)',
    );
    expect(formatSourceRef({ document: 'afi-report', section: '8.2' }, 'nb')).toBe(
      'AFI-rapport 02:2019, 8.2',
    );
  });

  it('rejects an unknown document', () => {
    expect(SourceRefSchema.safeParse({ document: 'blog', section: 'x' }).success).toBe(false);
  });
});

describe('ISSUE_CODES', () => {
  it('holds each code once, in snake_case', () => {
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    for (const code of ISSUE_CODES) expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
  });

  it('includes every schema code', () => {
    for (const code of SCHEMA_ISSUE_CODES) expect(ISSUE_CODES).toContain(code);
  });
});

describe('SupportedEmploymentError', () => {
  it('carries a code, a name and the issues, and is an Error', () => {
    const error = new SupportedEmploymentError('unknown_id', 'No such step.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SupportedEmploymentError');
    expect(error.code).toBe('unknown_id');
    expect(error.message).toBe('[supported-employment] No such step.');
    expect(error.issues).toEqual([]);
  });

  it('keeps the cause', () => {
    const cause = new Error('inner');
    expect(new SupportedEmploymentError('invalid_input', 'x', { cause }).cause).toBe(cause);
  });

  it('uses only the declared codes', () => {
    expect(ERROR_CODES).toContain('invalid_input');
  });
});

describe('safeParseWith', () => {
  const Schema = z.object({
    start: z.iso.date(),
    hours: z.number().int().min(0).max(40),
    kind: z.enum(['paid', 'unpaid']),
    note: z.string().optional(),
  });

  it.each([
    [{ hours: 10, kind: 'paid' }, 'schema_required', ['start']],
    [{ start: '2026-02-30', hours: 10, kind: 'paid' }, 'schema_invalid_date', ['start']],
    [{ start: '2026-02-27', hours: 'ten', kind: 'paid' }, 'schema_invalid_type', ['hours']],
    [{ start: '2026-02-27', hours: 50, kind: 'paid' }, 'schema_too_big', ['hours']],
    [{ start: '2026-02-27', hours: -1, kind: 'paid' }, 'schema_too_small', ['hours']],
    [{ start: '2026-02-27', hours: 1, kind: 'secret' }, 'schema_invalid_value', ['kind']],
  ])('turns %j into %s at %j', (input, code, path) => {
    const result = safeParseWith(Schema, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0].code).toBe(code);
      expect(result.issues[0].path).toEqual(path);
      expect(IssueSchema.safeParse(result.issues[0]).success).toBe(true);
    }
  });

  it('never echoes the rejected value in a message', () => {
    const marker = 'MARKER-9f3a';
    const result = safeParseWith(Schema, { start: marker, hours: marker, kind: marker, note: 7 });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(marker);
  });

  it('returns the parsed value on success', () => {
    expect(safeParseWith(Schema, { start: '2028-02-29', hours: 0, kind: 'unpaid' })).toEqual({
      ok: true,
      value: { start: '2028-02-29', hours: 0, kind: 'unpaid' },
    });
  });

  it('parseWith throws the library error with the issues attached', () => {
    expect(() => parseWith(Schema, {}, 'test input')).toThrow(SupportedEmploymentError);
    try {
      parseWith(Schema, {}, 'test input');
    } catch (e) {
      const error = e as SupportedEmploymentError;
      expect(error.code).toBe('invalid_input');
      expect(error.issues.length).toBeGreaterThan(0);
    }
  });
});

describe('toReport', () => {
  it('orders errors before warnings before notes and is valid only without errors', () => {
    const message = { nb: 'x', en: 'x' };
    const info = { code: 'schema_invalid' as const, severity: 'info' as const, path: [], message };
    const warning = { ...info, severity: 'warning' as const };
    const error = { ...info, severity: 'error' as const };
    expect(toReport([info, warning]).valid).toBe(true);
    const report = toReport([info, warning, error]);
    expect(report.valid).toBe(false);
    expect(report.issues.map((i) => i.severity)).toEqual(['error', 'warning', 'info']);
  });
});

describe('DEFAULT_POLICY', () => {
  it('holds the numbers of the domain specification', () => {
    expect(DEFAULT_POLICY.followUpMinimumMonths).toBe(12);
    expect(DEFAULT_POLICY.followUpRecommendedMonths).toBe(36);
    expect(DEFAULT_POLICY.unpaidPlacementMaxWeeks).toBe(6);
    expect(DEFAULT_POLICY.navMeasureLimits).toEqual({
      mentorMonths: 6,
      mentorReducedCapacityMonths: 36,
      wageSubsidyMonths: 12,
      wageSubsidyReducedCapacityMonths: 24,
      workTrainingMonths: 18,
      inclusionGrantMonths: 12,
    });
    expect(DEFAULT_POLICY.complexNeeds).toEqual({ minModerateNeeds: 3, minLevels: 2 });
    expect(PolicySchema.safeParse(DEFAULT_POLICY).success).toBe(true);
  });

  it('names a source for every number', () => {
    const keys: PolicyKey[] = [];
    for (const [key, value] of Object.entries(DEFAULT_POLICY)) {
      if (typeof value === 'object' && value !== null)
        for (const sub of Object.keys(value)) keys.push(`${key}.${sub}` as PolicyKey);
      else keys.push(key as PolicyKey);
    }
    expect(Object.keys(POLICY_SOURCES).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(SourceRefSchema.safeParse(POLICY_SOURCES[key]).success).toBe(true);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY.navMeasureLimits)).toBe(true);
  });
});

describe('resolvePolicy', () => {
  it('overrides single numbers, also nested, and keeps the rest', () => {
    const policy = resolvePolicy({ followUpMinimumMonths: 24, caseload: { max: 23 } });
    expect(policy.followUpMinimumMonths).toBe(24);
    expect(policy.caseload).toEqual({ min: 10, max: 23, startMax: 10, startPhaseMonths: 6 });
    expect(policy.unpaidPlacementMaxWeeks).toBe(6);
    expect(DEFAULT_POLICY.followUpMinimumMonths).toBe(12);
  });

  it('rejects an out-of-range number with a coded error', () => {
    expect(() => resolvePolicy({ unpaidPlacementMaxWeeks: -3 })).toThrow(SupportedEmploymentError);
  });
});
