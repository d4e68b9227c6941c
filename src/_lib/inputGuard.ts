import { SupportedEmploymentError } from '../core/errors';
import type { Issue } from '../issue';
import { INPUT_LIMITS } from '../core/inputLimits';
import type { LocalizedText } from '../core/localizedText';
import { isLibraryModel } from './parsed';

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

/** Where the walk stopped and why; `path` is built in reverse while the walk unwinds. */
interface Refusal {
  readonly code: Issue['code'];
  readonly message: LocalizedText;
  /** The keys from the refused value up to the root (reversed); empty and final for a refusal of the whole input. */
  readonly path: (string | number)[];
  /** True when the refusal is of the whole input (too many values), whatever the walk was reading. */
  readonly whole: boolean;
}

/** The walk's running count of values, shared by every level of the recursion. */
interface Count {
  nodes: number;
}

const refusal = (code: Issue['code'], message: LocalizedText, whole = false): Refusal => ({
  code,
  message,
  path: [],
  whole,
});

/** Adds `key` to a refusal found below it (unless it refuses the whole input) and passes it on. */
function under(found: Refusal, key: string | number): Refusal {
  if (!found.whole) found.path.push(key);
  return found;
}

/**
 * Visits `value` and everything below it, depth first in document order. Recursive, which is safe
 * because the depth is capped by `INPUT_LIMITS.depth` (32), and allocates nothing per value it
 * accepts: a path is built only for a refusal, on the way back up.
 */
function visit(value: unknown, depth: number, maxList: number, count: Count): Refusal | null {
  if (++count.nodes > INPUT_LIMITS.nodes) return refusal('schema_too_big', TOO_BIG, true);
  if (typeof value === 'string')
    return value.length > INPUT_LIMITS.stringLength ? refusal('schema_too_big', TOO_BIG) : null;
  if (value === null || typeof value !== 'object') return null;
  if (depth >= INPUT_LIMITS.depth) return refusal('schema_too_big', TOO_BIG);
  // A model the library made (a parsed plan, a shared part of a needs profile) is frozen and was
  // bounded when it was made; a context that holds one need not walk it again. Only frozen values
  // are looked up.
  if (Object.isFrozen(value) && isLibraryModel(value)) return null;
  if (Array.isArray(value)) {
    const length: number = value.length;
    if (length > maxList) return refusal('schema_too_big', TOO_BIG);
    // Holes first, the last one first, before any element is visited.
    for (let i = length - 1; i >= 0; i--)
      if (!(i in value)) return under(refusal('schema_invalid', UNREADABLE), i);
    for (let i = 0; i < length; i++) {
      const found = visit(value[i], depth + 1, maxList, count);
      if (found !== null) return under(found, i);
    }
    return null;
  }
  // Values in one pass, not each by name: records come in many shapes, and reads by name cost. The
  // keys, in the same order, are read only to name the place of a refusal.
  const values = Object.values(value);
  if (values.length > INPUT_LIMITS.nodes) return refusal('schema_too_big', TOO_BIG);
  for (let k = 0; k < values.length; k++) {
    const found = visit(values[k], depth + 1, maxList, count);
    if (found !== null) return under(found, Object.keys(value)[k] as string);
  }
  return null;
}

function walk(root: unknown, maxList: number): Issue | null {
  const found = visit(root, 0, maxList, { nodes: 0 });
  return found === null ? null : guardIssue(found.code, found.path.reverse(), found.message);
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
