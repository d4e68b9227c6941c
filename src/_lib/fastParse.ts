/**
 * The fast parse path: code generated from a schema's description that checks
 * an input and copies it into the parsed model in one pass, filling in defaults.
 *
 * zod's parser (compiled or not) does far more per value than the input
 * models need: they are plain data with types, keys, bounds, formats,
 * allowed values and defaults, and no refinements or transforms. For such a
 * schema this path accepts an input only when every value fits, and then
 * builds the same output the schema's parser would (keys in the order of
 * the shape, absent optional keys left out, defaults filled in). Each
 * object and array of the schema gets a function of its own, with its own
 * property caches, as Ajv and zod's compiler do; where generated code is not
 * allowed, there is no fast path. At
 * the first doubt of any kind (a value that does not fit, an unknown key,
 * a value that is explicitly `undefined`, an object that is not plain, a
 * string or list beyond {@link INPUT_LIMITS}) it gives up and returns
 * `undefined`, and the caller parses the input the ordinary way, which
 * finds and reports the issue. So the fast path never decides a failure:
 * it only shortens the way to a success the ordinary parser would reach
 * with an equal value (test/schema/fastParse.test.ts checks this
 * on valid and mutated inputs).
 *
 * Every object and array it makes is frozen (see `./parsed`); a default is one frozen copy that
 * every model lacking the field shares.
 *
 * A schema gets a fast path only when every part of it is one this module
 * understands (see {@link isPlainSchema}); any other schema parses as before.
 */
import type { z } from 'zod';
import { INPUT_LIMITS } from '../core/inputLimits';
import { defOf, describeSchema, type Def, type Described } from './describe';
import { leafPredicate } from './guards';

/** Parses one input; `undefined` means "not on the fast path", never "invalid". */
type Parse = (input: unknown) => unknown;

/**
 * Objects of more optional fields than this are filled by computed key and then copied once with
 * a spread. A model with many optional fields comes in as many layouts as it has combinations of
 * fields; filling each layout by name makes V8 create and look up a hidden class for every prefix
 * of every combination, which costs more than the rest of the parse. Filled by computed key, V8
 * keeps the object in its slow dictionary mode instead (past a dozen properties), and the spread
 * turns it into a compact object with fast properties in one step. An object with few optional
 * fields (a plan's activity) has few layouts, and filling it by name is cheaper than the spread.
 */
const MANY_OPTIONAL_FIELDS = 12;

/** The longest list the fast path reads; longer lists go to the ordinary path and its bounds. */
const MAX_LIST = Math.max(INPUT_LIMITS.planEntries, INPUT_LIMITS.followUpEntries, INPUT_LIMITS.smallLists);

/** A string format the description carries exactly: a pattern, or a calendar date. */
const describedFormat = (def: Def): boolean => def['format'] === 'regex' || def['format'] === 'date';

/** The checks (beyond the type) that a description carries exactly, by the zod `check` name. */
const DESCRIBED_CHECKS: Readonly<Record<string, (def: Def) => boolean>> = {
  min_length: () => true,
  max_length: () => true,
  greater_than: () => true,
  less_than: () => true,
  number_format: (def) => def['format'] === 'safeint',
  string_format: describedFormat,
};

/**
 * True when the description of `schema` says all that its parser checks and does: only the kinds of
 * schema and the checks listed here, strict or stripping objects, no refinements, transforms,
 * pipes, records, intersections, lazy or read-only parts and no catch-alls other than `never`.
 */
export function isPlainSchema(schema: object, seen = new Set<object>()): boolean {
  if (seen.has(schema)) return true;
  seen.add(schema);
  const def = defOf(schema);
  const checks = Array.isArray(def['checks']) ? (def['checks'] as unknown[]).map(defOf) : [];
  for (const check of checks) {
    const known = DESCRIBED_CHECKS[String(check['check'])];
    if (known === undefined || !known(check)) return false;
  }
  const part = (key: string): boolean => isPlainSchema(def[key] as object, seen);
  switch (def.type) {
    case 'string':
      // A string format schema is its own check.
      return def['format'] === undefined || describedFormat(def);
    case 'number':
      return def['format'] === undefined || def['format'] === 'safeint';
    case 'boolean':
    case 'null':
    case 'enum':
    case 'literal':
      return true;
    case 'object': {
      const catchall = def['catchall'];
      if (catchall !== undefined && defOf(catchall).type !== 'never') return false;
      return Object.values(def['shape'] as Record<string, object>).every((s) => isPlainSchema(s, seen));
    }
    case 'array':
      return part('element');
    case 'union':
      return (def['options'] as object[]).every((o) => isPlainSchema(o, seen));
    case 'optional':
    case 'nullable':
    case 'default':
      return part('innerType');
    default:
      return false;
  }
}

/**
 * A default value as zod hands it out (plain objects and arrays copied one level deep), frozen as the
 * rest of the model. Made once per field and shared by every model that lacks the field: frozen, the
 * copy cannot be told from a fresh one but by identity, and a copy per model cost a fifth of a
 * 20-activity plan's parse.
 */
function frozenDefault(value: unknown): unknown {
  if (Array.isArray(value)) return Object.freeze([...(value as unknown[])]);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype)
    return Object.freeze({ ...value });
  return value;
}

/**
 * The generated source of one schema's parser, and the values it refers to (leaf checks, key
 * lists, defaults), passed in as the arguments `c0, c1, …` of the outer function.
 */
class Source {
  readonly functions: string[] = [];
  readonly constants: unknown[] = [];
  private readonly names = new Map<Described, string>();

  /** A constant's name in the generated code. */
  constant(value: unknown): string {
    this.constants.push(value);
    return `c${this.constants.length - 1}`;
  }

  /**
   * The expression that parses `x` (a local holding the value) against `node`: the value or its
   * copy, or undefined. Leaves are checked in place; objects, arrays and unions get a function each,
   * called with `depth` and `budget` (the values left to read, `INPUT_LIMITS.nodes`).
   */
  parse(node: Described, x: string, depth = 'd + 1', budget = 'b'): string | undefined {
    if (node.type === 'object' || node.type === 'array' || node.type === 'union') {
      const name = this.functionOf(node);
      return name === undefined ? undefined : `${name}(${x}, ${depth}, ${budget})`;
    }
    if (node.type === 'nullable') {
      const inner = this.parse(node.inner, x, depth, budget);
      return inner === undefined ? undefined : `(${x} === null ? null : ${inner})`;
    }
    const fits = leafPredicate(node);
    if (fits === undefined) return undefined;
    const check = this.constant(fits);
    // A string is also held to the input limit, as the bounds walk holds it on the ordinary path.
    return node.type === 'string'
      ? `(typeof ${x} === 'string' && ${x}.length <= ${INPUT_LIMITS.stringLength} && ${check}(${x}) ? ${x} : undefined)`
      : `(${check}(${x}) ? ${x} : undefined)`;
  }

  /** The name of the function that parses `node`, generated once; undefined when a part has no fast path. */
  private functionOf(node: Extract<Described, { type: 'object' | 'array' | 'union' }>): string | undefined {
    const known = this.names.get(node);
    if (known !== undefined) return known;
    const name = `f${this.names.size}`;
    this.names.set(node, name);
    const code =
      node.type === 'object'
        ? this.object(node)
        : node.type === 'array'
          ? this.array(node)
          : this.union(node);
    if (code === undefined) return undefined;
    this.functions.push(`function ${name}(v, d, b) {\n${code}\n}`);
    return name;
  }

  private object(node: Extract<Described, { type: 'object' }>): string | undefined {
    // Only strict objects: a stripping object's unknown keys are left to the ordinary path.
    if (node.strict !== true) return undefined;
    const fields = Object.entries(node.shape);
    // The known keys as the labels of one switch: for the few keys of an object, comparing interned
    // strings one by one costs less than hashing each key into a set.
    // Each known key's value is taken as the key comes up in `for…in`, which reads a plain object's
    // values in place, whatever its layout; a read by name would have to look the key up in every
    // one of the many layouts of the inputs (JSON.parse makes one per combination of keys).
    const known = fields.map(([key], i) => `case ${JSON.stringify(key)}: x${i} = v[k]; break;`).join(' ');
    // An object of many layouts is filled by computed key (see MANY_OPTIONAL_FIELDS), others by name.
    const manyLayouts = fields.filter(([, part]) => part.type === 'optional').length > MANY_OPTIONAL_FIELDS;
    const names = manyLayouts ? this.constant(fields.map(([key]) => key)) : '';
    const lines = [
      `if (typeof v !== 'object' || v === null || Array.isArray(v) || d >= ${INPUT_LIMITS.depth}) return undefined;`,
      // Plain data only: anything else (a class instance, a Date) takes the ordinary path.
      `const p = Object.getPrototypeOf(v); if (p !== Object.prototype && p !== null) return undefined;`,
      // Every enumerable key must be known; counted, so that a key whose value is undefined is left to
      // the ordinary path.
      `let ${fields.map((_, i) => `x${i}`).join(', ')};`,
      `let keys = 0; for (const k in v) { switch (k) { ${known} default: return undefined; } keys++; }`,
      `let seen = 0;`,
    ];
    const stores: string[] = [];
    for (const [i, [key, part]] of fields.entries()) {
      const k = manyLayouts ? `${names}[${i}]` : JSON.stringify(key);
      const absent = part.type === 'optional' ? 'optional' : part.type === 'default' ? 'default' : 'required';
      const inner = part.type === 'optional' || part.type === 'default' ? part.inner : part;
      const parse = this.parse(inner, `x${i}`);
      if (parse === undefined) return undefined;
      lines.push(`let o${i};`);
      // A key that did not come up may still have a value that zod reads by name (not enumerable, or
      // inherited without being enumerable): such an input is left to the ordinary path.
      const unread = `if (v[${JSON.stringify(key)}] !== undefined) return undefined;`;
      const missing =
        absent === 'required'
          ? 'return undefined;'
          : absent === 'default'
            ? `${unread} o${i} = ${this.constant(frozenDefault((part as { value: unknown }).value))};`
            : unread;
      lines.push(
        `if (x${i} === undefined) { ${missing} } else { seen++; if (--b.n < 0) return undefined; o${i} = ${parse}; if (o${i} === undefined) return undefined; }`,
      );
      stores.push(absent === 'optional' ? `if (o${i} !== undefined) r[${k}] = o${i};` : `r[${k}] = o${i};`);
    }
    lines.push(
      'if (seen !== keys) return undefined;',
      'const r = {};',
      ...stores,
      // An object of many layouts leaves dictionary mode in one spread copy, which also takes half the memory.
      manyLayouts ? 'return Object.freeze({ ...r });' : 'return Object.freeze(r);',
    );
    return lines.join('\n');
  }

  private array(node: Extract<Described, { type: 'array' }>): string | undefined {
    const parse = this.parse(node.element, 'x');
    if (parse === undefined) return undefined;
    const max = Math.min(node.max ?? MAX_LIST, MAX_LIST);
    return [
      `if (!Array.isArray(v) || d >= ${INPUT_LIMITS.depth}) return undefined;`,
      `const n = v.length; if (n > ${max} || n < ${node.min ?? 0}) return undefined;`,
      // A hole reads as undefined, which no element accepts. The copy is made at its final length:
      // an array grown by push keeps room for more, and a parsed model's lists never grow.
      `const r = new Array(n); for (let i = 0; i < n; i++) { if (--b.n < 0) return undefined; const x = v[i]; const o = ${parse}; if (o === undefined) return undefined; r[i] = o; }`,
      'return Object.freeze(r);',
    ].join('\n');
  }

  private union(node: Extract<Described, { type: 'union' }>): string | undefined {
    // Each option in turn, the first that fits winning as in zod; a failed try spends no budget.
    const tries: string[] = [];
    for (const option of node.options) {
      const parse = this.parse(option, 'v', 'd', 't');
      if (parse === undefined) return undefined;
      tries.push(
        `{ const t = { n: b.n }; const o = ${parse}; if (o !== undefined) { b.n = t.n; return o; } }`,
      );
    }
    return [...tries, 'return undefined;'].join('\n');
  }
}

/**
 * Generates the parser of a description, or returns null when a part has no fast path or
 * generated code is not allowed here (a content security policy without `unsafe-eval`): then
 * every input takes the ordinary path. The code holds only the schema's keys (quoted as JSON)
 * and numbers; everything else is passed in as a constant, and no input is ever part of it.
 */
function generate(root: Described): Parse | null {
  const source = new Source();
  const parse = source.parse(root, 'v');
  if (parse === undefined) return null;
  const names = source.constants.map((_, i) => `c${i}`);
  const code = `"use strict";\n${source.functions.join('\n')}\nreturn (v) => { const d = -1; const b = { n: ${INPUT_LIMITS.nodes - 1} }; return ${parse}; };`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from the schema alone (see above)
    const make = new Function(...names, code) as (...constants: unknown[]) => Parse;
    return make(...source.constants);
  } catch {
    return null;
  }
}

/** The fast parser of each schema met so far, or null for a schema that has none (made on first use). */
const parsers = new WeakMap<object, ((input: unknown) => unknown) | null>();

/**
 * The fast parser of a zod schema, or null when the schema is not plain
 * ({@link isPlainSchema}). The parser returns the parsed value, or
 * `undefined` when the input must take the ordinary path; it may throw
 * when reading the input throws (a getter, a Proxy), and the caller then
 * takes the ordinary path too.
 *
 * @param schema - A zod schema of the library.
 */
export function fastParserOf(schema: z.ZodType): ((input: unknown) => unknown) | null {
  const known = parsers.get(schema);
  if (known !== undefined) return known;
  const parser = isPlainSchema(schema) ? generate(describeSchema(schema)) : null;
  parsers.set(schema, parser);
  return parser;
}
