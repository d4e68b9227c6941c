/**
 * Guards at the door: a cheap check that an argument has the shape of the
 * model its parameter is typed as, before a domain function reads it.
 *
 * Domain functions take parsed models, but callers also build models by hand
 * (from stored JSON, a database row, an untyped caller), so a brand set by the
 * parsers would not be enough. The guard is compiled once per schema (a zod
 * schema, described on first use, or a generated description; see `./describe`)
 * into plain `typeof` checks: the right kind of value, every required field present
 * with the right primitive type, enum value, number bound and date, and no
 * unknown key where the model is a strict object (every input model). It does no
 * copying, no transforms and no cross-field rules (that is what `parse…` is
 * for), stops at the first mismatch, and looks at a wrong-typed argument (a
 * 10 MB string, a sparse array of length 2³²−1) only once: type and length come
 * first, so it refuses them in constant time, before any walk.
 *
 * Any mismatch throws {@link SupportedEmploymentError} (`invalid_input`, or
 * `invalid_option` for options) with one coded issue whose path starts with
 * the parameter's name and whose `expected` says what would fit; the input's
 * values never appear.
 */
import type { z } from 'zod';
import { describeSchema, isZodSchema, type Described } from './describe';
import { SupportedEmploymentError } from '../core/errors';
import type { Issue } from '../issue';
import type { SchemaIssueCode as IssueCode } from '../core/issueCodes';
import { isRealIsoDate } from './calendar';
import { oneOf } from './oneOf';
import { isParsedAs } from './parsed';
import { schemaMessage } from './schemaIssues';

/**
 * The most candidates or openings one matching call takes (documented in
 * docs/matching.md): a list longer than this is refused before it is read.
 */
export const MAX_MATCH_LIST = 100_000;

/** The longest array a guard walks when the schema sets no maximum of its own. */
export const GUARD_MAX_ITEMS = 1_000_000;

/** How deep a guard follows nested values before it refuses (recursive schemas only). */
const MAX_DEPTH = 64;

/** What the guard found wrong: a code, where (from the argument), and what would fit. */
interface Miss {
  readonly code: IssueCode;
  readonly path: (string | number)[];
  readonly expected: string;
}

type Check = (value: unknown, depth: number) => Miss | undefined;

/** `deep` walks array elements; `shallow` checks arrays for type and length only. */
type Mode = 'deep' | 'shallow';

/** What a guard checks against: a model's zod schema, or its description (see `./describe`). */
export type GuardTarget = z.core.$ZodType | Described;

const miss = (code: IssueCode, expected: string): Miss => ({ code, path: [], expected });
const missType = (value: unknown, expected: string): Miss =>
  miss(value === undefined ? 'schema_required' : 'schema_invalid_type', expected);
const pass: Check = () => undefined;

const compiled = { deep: new WeakMap<object, Check>(), shallow: new WeakMap<object, Check>() };
const described = new WeakMap<object, Described>();

/** The description of a guard's target: itself, or its zod schema described once. */
function descriptionOf(target: GuardTarget): Described {
  if (!isZodSchema(target)) return target as Described;
  let found = described.get(target);
  if (found === undefined) {
    found = describeSchema(target);
    described.set(target, found);
  }
  return found;
}

/** The guard of a description, compiled once and cached (recursive descriptions included). */
function compile(node: Described, mode: Mode): Check {
  const cache = compiled[mode];
  const known = cache.get(node);
  if (known !== undefined) return known;
  const slot: { check?: Check } = {};
  // Stands in while the node is being compiled, so a description that refers to itself terminates.
  cache.set(node, (value, depth) => (slot.check as Check)(value, depth));
  slot.check = build(node, mode);
  cache.set(node, slot.check);
  return slot.check;
}

/** The length of a string in code points (a surrogate pair counts once), as zod and JSON Schema count it. */
export function codePoints(value: string): number {
  let n = value.length;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = value.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) n -= 1;
    }
  }
  return n;
}

function stringCheck(node: Extract<Described, { type: 'string' }>): Check {
  const isDate = node.date === true;
  const max = node.max ?? Infinity;
  const min = node.min ?? 0;
  const patterns = node.patterns ?? [];
  const expected = isDate ? 'date (YYYY-MM-DD, years 1900 to 9999)' : 'string';
  return (value) => {
    if (typeof value !== 'string') return missType(value, expected);
    // Lengths count code points; a UTF-16 length over twice the maximum is too long whatever it holds.
    if (value.length > max * 2 || (value.length > max && codePoints(value) > max))
      return miss('schema_too_big', `at most ${max} characters`);
    // The same count for the floor: below it in units is short; from twice it in units, long enough.
    if (value.length < min || (value.length < min * 2 && codePoints(value) < min))
      return miss('schema_too_small', `at least ${min} characters`);
    if (isDate) return isRealIsoDate(value) ? undefined : miss('schema_invalid_date', expected);
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      if (!pattern.test(value)) return miss('schema_invalid_format', 'a string in the documented format');
    }
    return undefined;
  };
}

function numberCheck(node: Extract<Described, { type: 'number' }>): Check {
  const integer = node.integer === true;
  const min = node.min ?? -Infinity;
  const max = node.max ?? Infinity;
  const minInclusive = node.minExclusive !== true;
  const maxInclusive = node.maxExclusive !== true;
  const expected = integer ? 'integer' : 'number';
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return missType(value, expected);
    if (integer && !Number.isSafeInteger(value)) return miss('schema_invalid_type', expected);
    if (minInclusive ? value < min : value <= min)
      return miss('schema_too_small', `${minInclusive ? '≥' : '>'} ${min}`);
    if (maxInclusive ? value > max : value >= max)
      return miss('schema_too_big', `${maxInclusive ? '≤' : '<'} ${max}`);
    return undefined;
  };
}

function valuesCheck(values: readonly unknown[]): Check {
  const allowed = new Set(values);
  const expected = oneOf(values);
  return (value) =>
    allowed.has(value)
      ? undefined
      : value === undefined
        ? miss('schema_required', expected)
        : miss('schema_invalid_value', expected);
}

function objectCheck(node: Extract<Described, { type: 'object' }>, mode: Mode): Check {
  const shape = node.shape;
  // A strict object (z.strictObject) refuses unknown keys here as its parser does; one read of the keys, no values.
  const strict = node.strict === true;
  let fields: [string, Check][] | undefined;
  let byKey: Map<string, Check> | undefined;
  let required: ReadonlySet<string> | undefined;

  /** The first miss in the order of the shape (unknown keys first), as the parser would list them. */
  const firstMiss = (
    record: Record<string, unknown>,
    keys: readonly string[],
    depth: number,
  ): Miss | undefined => {
    if (strict) {
      for (const key of keys) {
        if (!Object.hasOwn(shape, key))
          return {
            code: 'schema_unrecognized_key',
            path: [key],
            expected: 'a known key (unknown keys are refused)',
          };
      }
    }
    for (const [key, check] of fields as [string, Check][]) {
      const found = check(record[key], depth + 1);
      if (found !== undefined) {
        found.path.unshift(key);
        return found;
      }
    }
    return undefined;
  };

  return (value, depth) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return missType(value, 'object');
    if (depth > MAX_DEPTH) return miss('schema_too_big', `at most ${MAX_DEPTH} levels of nesting`);
    if (fields === undefined) {
      fields = Object.entries(shape).map(([key, s]) => [key, compile(s, mode)]);
      byKey = new Map(fields);
      // A field is required when its check refuses a missing value.
      required = new Set(fields.filter(([, check]) => check(undefined, 0) !== undefined).map(([key]) => key));
    }
    const record = value as Record<string, unknown>;
    // The fast path reads the keys and values the object has, in one pass each, and no field by name:
    // parsed records come in many shapes, and reading a field by name from each is what costs. Any
    // doubt (a value that does not fit, an unknown key, a required field missing) goes to firstMiss,
    // which finds the same miss the field-by-field walk always reported.
    const keys = Object.keys(record);
    const values = Object.values(record);
    let requiredSeen = 0;
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as string;
      const check = (byKey as Map<string, Check>).get(key);
      if (check === undefined) {
        if (strict || Object.hasOwn(shape, key)) return firstMiss(record, keys, depth);
        continue;
      }
      if (check(values[i], depth + 1) !== undefined) return firstMiss(record, keys, depth);
      if ((required as ReadonlySet<string>).has(key)) requiredSeen += 1;
    }
    if (requiredSeen !== (required as ReadonlySet<string>).size) return firstMiss(record, keys, depth);
    return undefined;
  };
}

function arrayCheck(node: Extract<Described, { type: 'array' }>, mode: Mode): Check {
  const max = node.max ?? GUARD_MAX_ITEMS;
  const min = node.min ?? 0;
  let element: Check | undefined;
  return (value, depth) => {
    if (!Array.isArray(value)) return missType(value, 'array');
    if (value.length > max) return miss('schema_too_big', `at most ${max} items`);
    if (value.length < min) return miss('schema_too_small', `at least ${min} items`);
    if (mode === 'shallow') return undefined;
    element ??= compile(node.element, mode);
    for (let i = 0; i < value.length; i += 1) {
      const found = element(value[i], depth + 1);
      if (found !== undefined) {
        found.path.unshift(i);
        return found;
      }
    }
    return undefined;
  };
}

function recordCheck(node: Extract<Described, { type: 'record' }>, mode: Mode): Check {
  let key: Check | undefined;
  let item: Check | undefined;
  return (value, depth) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return missType(value, 'object');
    if (mode === 'shallow') return undefined;
    key ??= compile(node.key, mode);
    item ??= compile(node.value, mode);
    const keys = Object.keys(value);
    if (keys.length > GUARD_MAX_ITEMS) return miss('schema_too_big', `at most ${GUARD_MAX_ITEMS} keys`);
    for (const k of keys) {
      const found = key(k, depth + 1) ?? item((value as Record<string, unknown>)[k], depth + 1);
      if (found !== undefined) {
        found.path.unshift(k);
        return found;
      }
    }
    return undefined;
  };
}

/** The allowed values of a union option's discriminator field. */
function tagsOf(option: Described, discriminator: string): readonly unknown[] {
  if (option.type !== 'object') return [];
  const tag = option.shape[discriminator];
  return tag?.type === 'values' ? tag.values : [];
}

function unionCheck(node: Extract<Described, { type: 'union' }>, mode: Mode): Check {
  const { options, discriminator } = node;
  if (discriminator !== undefined) {
    let byTag: Map<unknown, Check> | undefined;
    let expected = '';
    return (value, depth) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return missType(value, 'object');
      if (byTag === undefined) {
        byTag = new Map();
        for (const option of options) {
          for (const v of tagsOf(option, discriminator)) byTag.set(v, compile(option, mode));
        }
        expected = oneOf([...byTag.keys()]);
      }
      const check = byTag.get((value as Record<string, unknown>)[discriminator]);
      if (check === undefined) return { code: 'schema_invalid_value', path: [discriminator], expected };
      return check(value, depth);
    };
  }
  let checks: Check[] | undefined;
  return (value, depth) => {
    checks ??= options.map((o) => compile(o, mode));
    let first: Miss | undefined;
    for (const check of checks) {
      const found = check(value, depth);
      if (found === undefined) return undefined;
      first ??= found;
    }
    return first;
  };
}

function build(node: Described, mode: Mode): Check {
  const later = (part: Described): Check => {
    let check: Check | undefined;
    return (value, depth) => (check ??= compile(part, mode))(value, depth);
  };
  switch (node.type) {
    case 'string':
      return stringCheck(node);
    case 'number':
      return numberCheck(node);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? undefined : missType(value, 'boolean'));
    case 'null':
      return (value) => (value === null ? undefined : missType(value, 'null'));
    case 'undefined':
      return (value) =>
        value === undefined ? undefined : miss('schema_invalid_type', 'nothing (undefined)');
    case 'values':
      return valuesCheck(node.values);
    case 'object':
      return objectCheck(node, mode);
    case 'array':
      return arrayCheck(node, mode);
    case 'record':
      return recordCheck(node, mode);
    case 'union':
      return unionCheck(node, mode);
    case 'optional': {
      const check = later(node.inner);
      return (value, depth) => (value === undefined ? undefined : check(value, depth));
    }
    case 'nullable': {
      const check = later(node.inner);
      return (value, depth) => (value === null ? undefined : check(value, depth));
    }
    case 'default':
    case 'readonly':
      // A parsed model holds the inner value (defaults filled in).
      return later(node.inner);
    case 'intersection': {
      const left = later(node.left);
      const right = later(node.right);
      return (value, depth) => left(value, depth) ?? right(value, depth);
    }
    case 'never':
      return () => miss('schema_invalid', 'nothing');
    case 'any':
      return pass;
  }
}

/** The issue for a miss, with the parameter name in front of the path. */
function issueOf(found: Miss, name: string): Issue {
  return {
    code: found.code,
    severity: 'error',
    path: [name, ...found.path],
    message: schemaMessage(found.code),
    expected: found.expected,
  };
}

function refuse(issue: Issue, fn: string, what: string, code: 'invalid_input' | 'invalid_option'): never {
  throw new SupportedEmploymentError(code, `${fn}: the ${what} does not fit its type.`, { issues: [issue] });
}

/** Runs a compiled guard; a value whose inspection throws (a hostile Proxy, a throwing getter) is refused as well. */
function run(check: Check, value: unknown): Miss | undefined {
  try {
    return check(value, 0);
  } catch {
    return miss('schema_invalid', 'a plain value (reading it threw)');
  }
}

/**
 * Throws `invalid_input` (or `invalid_option`) unless `value` has the shape of `schema`'s output.
 *
 * @param schema - The schema of the parameter's type.
 * @param value - The argument.
 * @param name - The parameter's name; the first segment of the issue's path.
 * @param fn - The public function's name, for the message.
 * @param options - `shallow` to check arrays for type and length only (large derived models such as a case);
 *   `code` for the error code.
 */
export function guard(
  schema: GuardTarget,
  value: unknown,
  name: string,
  fn: string,
  options: { readonly shallow?: boolean; readonly code?: 'invalid_input' | 'invalid_option' } = {},
): void {
  // A model the library parsed against this schema is frozen and was checked then (./parsed).
  if (isParsedAs(value, schema)) return;
  const found = run(compile(descriptionOf(schema), options.shallow === true ? 'shallow' : 'deep'), value);
  if (found !== undefined) refuse(issueOf(found, name), fn, name, options.code ?? 'invalid_input');
}

/**
 * True when `value` has the shape of `schema`'s output, as {@link guard} checks it (types, keys, bounds,
 * formats and allowed values; no refinements). Never throws.
 *
 * @param schema - The schema, or its description.
 * @param value - Any value.
 */
export function fits(schema: GuardTarget, value: unknown): boolean {
  return run(compile(descriptionOf(schema), 'deep'), value) === undefined;
}

/**
 * The guard's check of one leaf of a description (a string, number, boolean,
 * null or set of allowed values) as a predicate, for the fast parse path
 * (`./fastParse`), so that both read leaves by the same rules. Undefined for
 * any other kind of node.
 */
export function leafPredicate(node: Described): ((value: unknown) => boolean) | undefined {
  switch (node.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
    case 'values': {
      const check = build(node, 'deep');
      return (value) => check(value, 0) === undefined;
    }
    default:
      return undefined;
  }
}

/** The length of an array argument, or what is wrong with it; a value whose inspection throws (a revoked Proxy, a throwing trap) is refused as well. */
function listLength(value: unknown): number | Miss {
  try {
    return Array.isArray(value) ? value.length : missType(value, 'array');
  } catch {
    return miss('schema_invalid', 'a plain value (reading it threw)');
  }
}

/**
 * Throws `invalid_input` unless `value` is an array of at most `max` items, each of the shape of `schema`.
 * The length is checked first, so a huge or sparse array is refused before any walk.
 *
 * @param schema - The schema of one item.
 * @param value - The argument.
 * @param name - The parameter's name.
 * @param fn - The public function's name.
 * @param max - The documented maximum number of items.
 */
export function guardList(schema: GuardTarget, value: unknown, name: string, fn: string, max: number): void {
  const length = listLength(value);
  if (typeof length !== 'number') refuse(issueOf(length, name), fn, name, 'invalid_input');
  if (length > max)
    refuse(issueOf(miss('schema_too_big', `at most ${max} items`), name), fn, name, 'invalid_input');
  const list = value as readonly unknown[];
  const check = compile(descriptionOf(schema), 'deep');
  for (let i = 0; i < length; i += 1) {
    const found = run((_, depth) => check(list[i], depth), undefined);
    if (found !== undefined) {
      found.path.unshift(i);
      refuse(issueOf(found, name), fn, name, 'invalid_input');
    }
  }
}

/**
 * Throws `invalid_input` (or `invalid_option`) unless `value` is one of `values`.
 *
 * @param values - The allowed values.
 * @param value - The argument.
 * @param name - The parameter's name.
 * @param fn - The public function's name.
 * @param code - The error code.
 */
export function guardOneOf(
  values: readonly unknown[],
  value: unknown,
  name: string,
  fn: string,
  code: 'invalid_input' | 'invalid_option' = 'invalid_input',
): void {
  if (!values.includes(value))
    refuse(
      issueOf(miss(value === undefined ? 'schema_required' : 'schema_invalid_value', oneOf(values)), name),
      fn,
      name,
      code,
    );
}

/** True when `value` is an object (not null, not an array) whose own keys and values can all be read without throwing. */
function readable(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    if (Array.isArray(value)) return false;
    // Reads every own value once, so that a throwing getter or trap shows here and not later.
    Object.values(value);
    return true;
  } catch {
    // A Proxy whose traps throw, or a getter that throws.
    return false;
  }
}

/**
 * Throws `invalid_input` unless `value` is an object (not null, not an array)
 * whose fields can be read without throwing.
 *
 * @param value - The argument.
 * @param name - The parameter's name.
 * @param fn - The public function's name.
 */
export function guardObject(value: unknown, name: string, fn: string): void {
  if (!readable(value)) refuse(issueOf(missType(value, 'object'), name), fn, name, 'invalid_input');
}

/**
 * Throws `invalid_option` unless `value` is `undefined` or an object (not null,
 * not an array) whose fields can be read without throwing. The options'
 * values are checked by each function's own option rules.
 *
 * @param value - The options argument.
 * @param fn - The public function's name.
 * @param name - The parameter's name, `options` unless told.
 * @param required - True when `undefined` is refused as well.
 */
export function guardOptions(value: unknown, fn: string, name = 'options', required = false): void {
  if ((required || value !== undefined) && !readable(value)) {
    refuse(issueOf(miss('schema_invalid_type', 'object or undefined'), name), fn, name, 'invalid_option');
  }
}

/**
 * Checks an amount of days, weeks or months for the date helpers: a safe
 * integer, never `NaN`, `Infinity`, a fraction or a numeric string. Returns it
 * (with `-0` as `0`); throws `invalid_input` otherwise.
 *
 * @param value - The argument.
 * @param name - The parameter's name.
 * @param fn - The public function's name.
 */
export function wholeAmount(value: unknown, name: string, fn: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    refuse(issueOf(missType(value, 'integer'), name), fn, name, 'invalid_input');
  }
  return value === 0 ? 0 : value;
}
