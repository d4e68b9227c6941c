import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarDays,
  addCalendarMonths,
  addCalendarWeeks,
  calendarDaysBetween,
  compareIsoDates,
  IsoDateSchema,
  isIsoDate,
  SupportedEmploymentError,
  wholeMonthsBetween,
  wholeWeeksBetween,
} from '../../src';
import { packedDaysLater, packedMonthsLater } from '../../src/_lib/calendar';

describe('IsoDateSchema', () => {
  it.each([
    ['2026-11-22', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-1', false],
    ['2026-11-22T10:00:00Z', false],
    ['', false],
  ])('accepts %s: %s', (value, expected) => {
    expect(IsoDateSchema.safeParse(value).success).toBe(expected);
    expect(isIsoDate(value)).toBe(expected);
  });

  it('rejects values that are not strings', () => {
    for (const value of [20261122, null, undefined, {}, new Date(0)]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
  ])('adds to %s %i days giving %s', (from, days, expected) => {
    expect(addCalendarDays(from, days)).toBe(expected);
  });

  it('throws a coded error for a date that does not exist', () => {
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(SupportedEmploymentError);
    try {
      addCalendarDays('2026-02-30', 1);
    } catch (e) {
      expect((e as SupportedEmploymentError).code).toBe('invalid_date');
      expect((e as Error).message).not.toContain('2026-02-30');
    }
  });
});

describe('addCalendarWeeks', () => {
  it('crosses the spring daylight-saving change without losing a day', () => {
    expect(addCalendarWeeks('2026-03-25', 1)).toBe('2026-04-01');
    expect(addCalendarWeeks('2026-03-08', 1)).toBe('2026-03-15');
  });
});

describe('addCalendarMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-08-17', 36, '2029-08-17'],
  ])('adds to %s %i months giving %s', (from, months, expected) => {
    expect(addCalendarMonths(from, months)).toBe(expected);
  });
});

describe('calendarDaysBetween', () => {
  it('counts the leap day', () => {
    expect(calendarDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(calendarDaysBetween('2026-02-28', '2026-03-01')).toBe(1);
  });

  it('is negative when the second date is earlier', () => {
    expect(calendarDaysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });

  it('is the inverse of addCalendarDays for any date and offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: -3000, max: 3000 }),
        (base, offset) => {
          const start = addCalendarDays('1990-01-01', base);
          expect(calendarDaysBetween(start, addCalendarDays(start, offset))).toBe(offset);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('wholeWeeksBetween', () => {
  it('rounds toward zero', () => {
    expect(wholeWeeksBetween('2026-01-01', '2026-01-14')).toBe(1);
    expect(wholeWeeksBetween('2026-01-01', '2026-01-15')).toBe(2);
    expect(wholeWeeksBetween('2026-01-15', '2026-01-02')).toBe(-1);
  });
});

describe('wholeMonthsBetween', () => {
  it.each([
    ['2026-01-15', '2027-01-14', 11],
    ['2026-01-15', '2027-01-15', 12],
    ['2026-01-31', '2026-02-28', 1],
    ['2028-02-29', '2029-02-28', 12],
  ])('counts from %s to %s as %i months', (from, to, expected) => {
    expect(wholeMonthsBetween(from, to)).toBe(expected);
  });
});

describe('compareIsoDates', () => {
  it('sorts dates chronologically', () => {
    expect(['2026-03-01', '2025-12-31', '2026-01-31'].sort(compareIsoDates)).toEqual([
      '2025-12-31',
      '2026-01-31',
      '2026-03-01',
    ]);
    expect(compareIsoDates('2026-01-01', '2026-01-01')).toBe(0);
  });
});

describe('date arithmetic in every time zone', () => {
  it('keeps a day that the local time zone skipped', () => {
    // Pacific/Kiritimati skipped 1994-12-31 and Pacific/Apia 2011-12-30; the
    // library works on calendar days, so neither may shift.
    expect(addCalendarDays('1994-12-31', 0)).toBe('1994-12-31');
    expect(addCalendarDays('2011-12-29', 1)).toBe('2011-12-30');
    expect(calendarDaysBetween('1994-12-30', '1995-01-01')).toBe(2);
  });
});

describe('packedMonthsLater and packedDaysLater (the plan rules’ date arithmetic)', () => {
  const packed = (iso: string): number => Number(iso.replaceAll('-', ''));

  it('keeps to the last day of a shorter month, as addCalendarMonths does', () => {
    expect(packedMonthsLater('2026-01-31', 1)).toBe(20260228);
    expect(packedMonthsLater('2028-01-31', 1)).toBe(20280229);
    expect(packedMonthsLater('2026-03-31', -1)).toBe(20260228);
    expect(packedMonthsLater('2026-12-15', 14)).toBe(20280215);
  });

  it('adds days across a leap day and a year end', () => {
    expect(packedDaysLater('2028-02-28', 1)).toBe(20280229);
    expect(packedDaysLater('2026-03-01', -1)).toBe(20260228);
    expect(packedDaysLater('1999-12-31', 1)).toBe(20000101);
  });

  // Each integer version against the date-fns function it stands in for, on dates from 1975 to
  // about 2080 and amounts of up to 50 years either way.
  it.each([
    ['months', packedMonthsLater, addCalendarMonths, 600],
    ['days', packedDaysLater, addCalendarDays, 20_000],
  ] as const)('agrees on any date and whole number of %s', (_unit, fast, slow, most) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: -most, max: most }),
        (base, amount) => {
          const start = addCalendarDays('1975-01-01', base);
          expect(fast(start, amount)).toBe(packed(slow(start, amount)));
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it('gives -1 for what it cannot read, leaving it to addCalendarMonths', () => {
    expect(packedDaysLater('2026-02-30', 1)).toBe(-1);
    expect(packedDaysLater('2026-02-01', 0.5)).toBe(-1);
    expect(packedMonthsLater('2026-02-30', 1)).toBe(-1);
    expect(packedMonthsLater('2026-02-01', 1.5)).toBe(-1);
    expect(packedMonthsLater('2026-02-01', Number.NaN)).toBe(-1);
  });
});
