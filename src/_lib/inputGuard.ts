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

/** One value met by the walk: where it hangs (its parent and key), not its whole path, which is built only to refuse. */
interface Frame {
  readonly value: unknown;
  readonly parent: Frame | undefined;
  readonly key: string | number;
  readonly depth: number;
}

/** The path from the root to a frame (plus `last`, when given). */
function pathOf(frame: Frame, last?: string | number): (string | number)[] {
  const path: (string | number)[] = last === undefined ? [] : [last];
  for (let f: Frame = frame; f.parent !== undefined; f = f.parent) path.push(f.key);
  return path.reverse();
}

function walk(root: unknown, maxList: number): Issue | null {
  // Depth first, last child pushed first, so values are met in document order. A frame holds its
  // parent rather than a copy of its path: copying paths made the walk quadratic in the depth and
  // most of its cost on plans and assessments.
  const stack: Frame[] = [{ value: root, parent: undefined, key: '', depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const value = frame.value;
    if (++nodes > INPUT_LIMITS.nodes) return guardIssue('schema_too_big', [], TOO_BIG);
    if (typeof value === 'string') {
      if (value.length > INPUT_LIMITS.stringLength)
        return guardIssue('schema_too_big', pathOf(frame), TOO_BIG);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (frame.depth >= INPUT_LIMITS.depth) return guardIssue('schema_too_big', pathOf(frame), TOO_BIG);
    const depth = frame.depth + 1;
    if (Array.isArray(value)) {
      const length: number = value.length;
      if (length > maxList) return guardIssue('schema_too_big', pathOf(frame), TOO_BIG);
      for (let i = length - 1; i >= 0; i--) {
        if (!(i in value)) return guardIssue('schema_invalid', pathOf(frame, i), UNREADABLE);
        stack.push({ value: value[i], parent: frame, key: i, depth });
      }
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > INPUT_LIMITS.nodes) return guardIssue('schema_too_big', pathOf(frame), TOO_BIG);
    // Values in one pass, not each by name: records come in many shapes, and reads by name cost.
    const values = Object.values(value);
    for (let k = keys.length - 1; k >= 0; k--) {
      stack.push({ value: values[k], parent: frame, key: keys[k] as string, depth });
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
