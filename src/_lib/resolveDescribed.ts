/**
 * Reads a value through a schema description as zod reads it through the
 * schema: defaults filled in, unknown keys stripped (or refused by a strict
 * object), read-only parts frozen, and every problem an issue with zod's code
 * and path, in zod's order.
 *
 * It is how functions that must not import zod (see `./describe`) read their
 * options. It covers what options schemas are made of (objects, arrays, allowed
 * values, numbers with bounds, strings, booleans, optional, nullable, default,
 * read-only); refinements and transforms are not described, so a schema that
 * has them is read by zod itself. `test/schema/describedOptions.test.ts`
 * checks that it agrees with zod on every options schema it is used for, on
 * valid and mutated values.
 */
import type { NonEmptyArray } from '../core/issue';
import type { Issue } from '../issue';
import type { SchemaIssueCode } from '../core/issueCodes';
import { isRealIsoDate } from './calendar';
import type { Described } from './describe';
import { oneOf } from './oneOf';
import { capIssues, messageOf } from './schemaIssues';

type Path = readonly (string | number)[];

/** The result: the value read, or the issues (at least one). */
export type DescribedResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: NonEmptyArray<Issue> };

function issue(issues: Issue[], code: SchemaIssueCode, path: Path, expected?: string): void {
  issues.push({
    code,
    severity: 'error',
    path: [...path],
    message: messageOf(code),
    ...(expected === undefined ? {} : { expected }),
  });
}

function wrongType(issues: Issue[], value: unknown, path: Path, expected: string): void {
  issue(issues, value === undefined ? 'schema_required' : 'schema_invalid_type', path, expected);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readNumber(
  node: Extract<Described, { type: 'number' }>,
  value: unknown,
  path: Path,
  issues: Issue[],
) {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    wrongType(issues, value, path, 'number');
    return value;
  }
  if (node.integer === true) {
    // zod stops at a fraction; an integer beyond the safe range is "too big" and still bound-checked.
    if (!Number.isInteger(value)) {
      issue(issues, 'schema_invalid_type', path, 'integer');
      return value;
    }
    if (value > Number.MAX_SAFE_INTEGER)
      issue(issues, 'schema_too_big', path, `≤ ${Number.MAX_SAFE_INTEGER}`);
    if (value < Number.MIN_SAFE_INTEGER)
      issue(issues, 'schema_too_small', path, `≥ ${Number.MIN_SAFE_INTEGER}`);
  }
  const { min, max } = node;
  if (min !== undefined && (node.minExclusive === true ? value <= min : value < min))
    issue(issues, 'schema_too_small', path, `${node.minExclusive === true ? '>' : '≥'} ${min}`);
  if (max !== undefined && (node.maxExclusive === true ? value >= max : value > max))
    issue(issues, 'schema_too_big', path, `${node.maxExclusive === true ? '<' : '≤'} ${max}`);
  return value;
}

function readString(
  node: Extract<Described, { type: 'string' }>,
  value: unknown,
  path: Path,
  issues: Issue[],
) {
  if (typeof value !== 'string') {
    wrongType(issues, value, path, 'string');
    return value;
  }
  if (node.max !== undefined && value.length > node.max)
    issue(issues, 'schema_too_big', path, `at most ${node.max} characters`);
  if (node.min !== undefined && value.length < node.min)
    issue(issues, 'schema_too_small', path, `at least ${node.min} characters`);
  if (node.date === true && !isRealIsoDate(value))
    issue(issues, 'schema_invalid_date', path, 'date (YYYY-MM-DD, years 1900 to 9999)');
  for (const pattern of node.patterns ?? []) {
    pattern.lastIndex = 0;
    if (!pattern.test(value)) issue(issues, 'schema_invalid_format', path, 'a string in the regex format');
  }
  return value;
}

function readObject(
  node: Extract<Described, { type: 'object' }>,
  value: unknown,
  path: Path,
  issues: Issue[],
) {
  if (!isPlainObject(value)) {
    wrongType(issues, value, path, 'object');
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node.shape)) {
    const read = readValue(node.shape[key] as Described, value[key], [...path, key], issues);
    if (read !== undefined || Object.hasOwn(value, key)) out[key] = read;
  }
  if (node.strict === true) {
    // One zod issue names every unknown key; the library reports each (at most five) at its own path.
    const unknown = Object.keys(value).filter((key) => !Object.hasOwn(node.shape, key));
    for (const key of unknown.slice(0, 5))
      issue(issues, 'schema_unrecognized_key', [...path, key], 'a known key (unknown keys are refused)');
  }
  return out;
}

function readArray(node: Extract<Described, { type: 'array' }>, value: unknown, path: Path, issues: Issue[]) {
  if (!Array.isArray(value)) {
    wrongType(issues, value, path, 'array');
    return value;
  }
  const out = value.map((item, i) => readValue(node.element, item, [...path, i], issues));
  if (node.max !== undefined && value.length > node.max)
    issue(issues, 'schema_too_big', path, `at most ${node.max} items`);
  if (node.min !== undefined && value.length < node.min)
    issue(issues, 'schema_too_small', path, `at least ${node.min} items`);
  return out;
}

function readValue(node: Described, value: unknown, path: Path, issues: Issue[]): unknown {
  switch (node.type) {
    case 'number':
      return readNumber(node, value, path, issues);
    case 'string':
      return readString(node, value, path, issues);
    case 'boolean':
    case 'null':
    case 'undefined':
      if (node.type === 'null' ? value !== null : typeof value !== node.type)
        wrongType(issues, value, path, node.type);
      return value;
    case 'values':
      if (!node.values.includes(value))
        issue(
          issues,
          value === undefined ? 'schema_required' : 'schema_invalid_value',
          path,
          oneOf(node.values),
        );
      return value;
    case 'object':
      return readObject(node, value, path, issues);
    case 'array':
      return readArray(node, value, path, issues);
    case 'optional':
      return value === undefined ? undefined : readValue(node.inner, value, path, issues);
    case 'nullable':
      return value === null ? null : readValue(node.inner, value, path, issues);
    case 'default':
      return value === undefined ? node.value : readValue(node.inner, value, path, issues);
    case 'readonly': {
      const read = readValue(node.inner, value, path, issues);
      return typeof read === 'object' && read !== null ? Object.freeze(read) : read;
    }
    case 'record': {
      if (!isPlainObject(value)) {
        wrongType(issues, value, path, 'record');
        return value;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        readValue(node.key, key, [...path, key], issues);
        out[key] = readValue(node.value, value[key], [...path, key], issues);
      }
      return out;
    }
    case 'union': {
      for (const option of node.options) {
        const tried: Issue[] = [];
        const read = readValue(option, value, path, tried);
        if (tried.length === 0) return read;
      }
      issue(issues, 'schema_invalid', path);
      return value;
    }
    case 'never':
      issue(issues, 'schema_invalid_type', path, 'never');
      return value;
    case 'intersection':
    case 'any':
      return value;
  }
}

/**
 * Reads `value` through `node`: the value with defaults filled in, or the
 * issues (codes, paths and what would fit; never the value itself).
 */
export function readDescribed(node: Described, value: unknown): DescribedResult {
  const issues: Issue[] = [];
  const read = readValue(node, value, [], issues);
  const [first, ...rest] = issues;
  return first === undefined ? { ok: true, value: read } : { ok: false, issues: capIssues([first, ...rest]) };
}
