import { SupportedEmploymentError } from '../core/errors';
import type { Issue } from '../issue';
import { INPUT_LIMITS } from '../core/inputLimits';
import type { LocalizedText } from '../core/localizedText';

/** The longest list any input model allows; longer arrays are refused before any walk. */
const MAX_LIST = Math.max(INPUT_LIMITS.planEntries, INPUT_LIMITS.followUpEntries, INPUT_LIMITS.smallLists);

const TOO_BIG: LocalizedText = Object.freeze({
  nb: 'Verdien er for stor eller for lang.',
  en: 'The value is too large or too long.',
});
const UNREADABLE: LocalizedText = Object.freeze({ nb: 'Verdien er ugyldig.', en: 'The value is not valid.' });
// The same fixed texts as the schema issues of parseWith.

function guardIssue(code: Issue['code'], path: readonly (string | number)[], message: LocalizedText): Issue {
  return { code, severity: 'error', path: [...path], message: { ...message } };
}

/**
 * A cheap walk of raw input before zod or any rule sees it: refuses arrays
 * longer than the longest list bound or with holes, strings longer than
 * `INPUT_LIMITS.stringLength`, nesting deeper than `INPUT_LIMITS.depth` and
 * more than `INPUT_LIMITS.nodes` values. Reads each array length before
 * touching an element, so a sparse array of length 2³²−1 costs nothing.
 * Anything thrown while reading (a Proxy trap, a getter) is reported as
 * `schema_invalid` at the root. Returns the first problem, or null.
 */
export function precheckInput(input: unknown, maxList: number = MAX_LIST): Issue | null {
  try {
    return walk(input, maxList);
  } catch {
    return guardIssue('schema_invalid', [], UNREADABLE);
  }
}

function walk(root: unknown, maxList: number): Issue | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (++nodes > INPUT_LIMITS.nodes) return guardIssue('schema_too_big', [], TOO_BIG);
    if (typeof value === 'string') {
      if (value.length > INPUT_LIMITS.stringLength) return guardIssue('schema_too_big', path, TOO_BIG);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= INPUT_LIMITS.depth) return guardIssue('schema_too_big', path, TOO_BIG);
    if (Array.isArray(value)) {
      const length: number = value.length;
      if (length > maxList) return guardIssue('schema_too_big', path, TOO_BIG);
      for (let i = length - 1; i >= 0; i--) {
        if (!(i in value)) return guardIssue('schema_invalid', [...path, i], UNREADABLE);
        stack.push({ value: value[i], path: [...path, i] });
      }
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > INPUT_LIMITS.nodes) return guardIssue('schema_too_big', path, TOO_BIG);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k] as string;
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

/**
 * Refuses, in constant time, a list argument that is longer than `max` or
 * (walking only up to `max`) has holes; returns the issue or null. Used by
 * functions that take an array of already-parsed records.
 */
export function precheckList(list: readonly unknown[], max: number): Issue | null {
  try {
    const length: number = list.length;
    if (length > max) return guardIssue('schema_too_big', [], TOO_BIG);
    for (let i = 0; i < length; i++) if (!(i in list)) return guardIssue('schema_invalid', [i], UNREADABLE);
    return null;
  } catch {
    return guardIssue('schema_invalid', [], UNREADABLE);
  }
}

/**
 * Throws `invalid_input` when any of the values fails {@link precheckInput}: for
 * functions that take already-parsed models, so that a huge or sparse array
 * never reaches their rules.
 */
export function assertBounded(what: string, ...values: readonly unknown[]): void {
  for (const value of values) {
    const refused = precheckInput(value);
    if (refused !== null) {
      throw new SupportedEmploymentError(
        'invalid_input',
        `The ${what} is larger or deeper than the input bounds allow (${refused.code}); see INPUT_LIMITS.`,
        {
          issues: [refused],
        },
      );
    }
  }
}
