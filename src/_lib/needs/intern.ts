/**
 * Shared, frozen parts of needs profiles.
 *
 * A batch of profiles repeats the same few parts again and again: the same
 * need at the same severity on the same evidence, the same list of open
 * questions. Holding one frozen copy of each part and letting every profile
 * point at it keeps 100,000 profiles in a few megabytes instead of hundreds.
 * A part is frozen whether it is shared or not, so no caller can change what
 * another profile shows. The tables hold at most {@link CAP} parts each; past
 * that, parts are made afresh (still frozen), so memory stays bounded and
 * the result never depends on what was classified before.
 */
import { markParsed } from '../parsed';

/** What a shared part is recorded as in `../parsed`: made by the library, checked against nothing else. */
const SHARED_PART = Object.freeze({});

/** The most parts each table keeps. */
export const CAP = 4096;

/** A bounded table of frozen parts by key (a string, or a number where a part can be numbered). */
export interface Interner<T, K extends string | number = string> {
  /** The shared part for `key`, if there is one. */
  readonly find: (key: K) => T | undefined;
  /** Freezes `part` and shares it as the part for `key` (while the table has room); returns it. */
  readonly keep: (key: K, part: T) => T;
  /** The shared part for `key`, made (and frozen) by `make` the first time. */
  readonly get: (key: K, make: () => T) => T;
}

/** A new, empty table of at most {@link CAP} parts. */
export function interner<T extends object, K extends string | number = string>(): Interner<T, K> {
  const parts = new Map<K, T>();
  const keep = (key: K, part: T): T => {
    const made = Object.freeze(part);
    if (parts.size < CAP) {
      parts.set(key, made);
      // Deeply frozen and small: a bounds walk that meets it again can skip it (../parsed).
      markParsed(made, SHARED_PART);
    }
    return made;
  };
  return {
    find: (key) => parts.get(key),
    keep,
    get: (key, make) => parts.get(key) ?? keep(key, make()),
  };
}

/** A small number for each distinct string seen in a list (paths and need ids come from a fixed, small set). */
const codes = new Map<string, number>();

/**
 * A short key for a list of strings: one character per item, the item's
 * number. Short keys keep the table lookups cheap (a key joined from the
 * strings themselves costs more to hash than the sharing saves).
 */
export function keyOf(list: readonly string[]): string {
  let key = '';
  for (const item of list) {
    let code = codes.get(item);
    if (code === undefined) {
      code = codes.size + 1;
      if (code >= 0xd800) return list.join('\n'); // never in practice: fall back to the strings
      codes.set(item, code);
    }
    key += String.fromCharCode(code);
  }
  return key;
}

/** A frozen list of strings, shared with every equal list seen before. */
export function internList<T extends string>(
  table: Interner<T[]>,
  list: readonly T[] | undefined,
  key: string = list === undefined ? '' : keyOf(list),
): T[] {
  if (list === undefined || list.length === 0) return table.get('', () => []);
  return table.get(key, () => list.slice());
}
