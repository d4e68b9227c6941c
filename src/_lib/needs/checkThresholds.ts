import type { z } from 'zod';
import type { Issue, NonEmptyArray } from '../../core/issue';
import type { NeedThresholds } from '../../needs/needThresholds';
import { fromZodIssues } from '../parseWith';

/**
 * The bounds of each need threshold, as `NeedThresholdsSchema` states them
 * (test/needs/checkThresholds.test.ts holds the two together). Checked here
 * without zod, so that `classifyNeeds` and its options need no schema library
 * at run time.
 */
export const THRESHOLD_BOUNDS: Readonly<Record<keyof NeedThresholds, { readonly min: number; readonly max: number; readonly int: boolean }>> = {
  compulsorySchoolYears: { min: 1, max: 20, int: true },
  primarySchoolYears: { min: 1, max: 20, int: true },
  schoolAge: { min: 1, max: 18, int: true },
  manyChildren: { min: 2, max: 20, int: true },
  newlyArrivedYears: { min: 0, max: 20, int: false },
  longMeasuresYears: { min: 0, max: 50, int: false },
  closerFollowUpHighIndicators: { min: 1, max: 7, int: true },
};

type Raw = Record<string, unknown> & { code: string; path: (string | number)[] };

/**
 * Checks a complete set of thresholds: the issues (codes and paths as the
 * schema's parse gives them, first problem per field), or undefined when all
 * are in range.
 */
export function checkThresholds(thresholds: Readonly<Record<string, unknown>>): NonEmptyArray<Issue> | undefined {
  const raw: Raw[] = [];
  const unknown: string[] = [];
  for (const key of Object.keys(thresholds)) {
    const bounds = THRESHOLD_BOUNDS[key as keyof NeedThresholds] as (typeof THRESHOLD_BOUNDS)[keyof NeedThresholds] | undefined;
    const value = thresholds[key];
    if (bounds === undefined) unknown.push(key);
    else if (typeof value !== 'number' || !Number.isFinite(value)) raw.push({ code: 'invalid_type', expected: 'number', input: value, path: [key] });
    else if (bounds.int && !Number.isSafeInteger(value)) raw.push({ code: 'invalid_type', expected: 'int', input: value, path: [key] });
    else if (value < bounds.min) raw.push({ code: 'too_small', origin: 'number', minimum: bounds.min, inclusive: true, input: value, path: [key] });
    else if (value > bounds.max) raw.push({ code: 'too_big', origin: 'number', maximum: bounds.max, inclusive: true, input: value, path: [key] });
  }
  for (const key of Object.keys(THRESHOLD_BOUNDS)) {
    if (!(key in thresholds)) raw.push({ code: 'invalid_type', expected: 'number', input: undefined, path: [key] });
  }
  if (unknown.length > 0) raw.push({ code: 'unrecognized_keys', keys: unknown, input: thresholds, path: [] });
  return raw.length === 0 ? undefined : fromZodIssues(raw as unknown as z.core.$ZodIssue[]);
}
