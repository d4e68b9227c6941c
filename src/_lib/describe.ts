/**
 * Schema descriptions: the part of a model's schema that a guard at the door
 * and the options resolver read, as plain data.
 *
 * The library's schemas are zod schemas, and zod is large. The functions an
 * app runs in a browser on already-parsed data (`classifyNeeds`,
 * `recommendAdaptations`, `validateActionPlan`) must not pull zod in, yet they
 * check their arguments and options against those schemas. So the schemas
 * they need are described here as data: `scripts/generate-schema-descriptions.ts`
 * writes `src/_lib/schemaDescriptions.ts` from the zod schemas with
 * {@link describeSchema}, and a test fails when the committed file and the
 * schemas differ. Other functions pass their zod schema and it is described
 * on first use, by the same code.
 *
 * A description keeps types, keys, bounds, formats, allowed values and
 * defaults; it drops refinements, transforms and messages (what `parse…` is
 * for).
 */

/** A schema as plain data (see the module's comment). */
export type Described =
  | {
      readonly type: 'string';
      readonly date?: true;
      readonly min?: number;
      readonly max?: number;
      readonly patterns?: readonly RegExp[];
    }
  | {
      readonly type: 'number';
      readonly integer?: true;
      readonly min?: number;
      readonly max?: number;
      /** The bound itself is not allowed (`> min`, `< max`). */
      readonly minExclusive?: true;
      readonly maxExclusive?: true;
    }
  | { readonly type: 'boolean' | 'null' | 'undefined' | 'never' | 'any' }
  | { readonly type: 'values'; readonly values: readonly unknown[] }
  | { readonly type: 'object'; readonly shape: Readonly<Record<string, Described>>; readonly strict?: true }
  | { readonly type: 'array'; readonly element: Described; readonly min?: number; readonly max?: number }
  | { readonly type: 'record'; readonly key: Described; readonly value: Described }
  | { readonly type: 'union'; readonly options: readonly Described[]; readonly discriminator?: string }
  | { readonly type: 'optional' | 'nullable' | 'readonly'; readonly inner: Described }
  | { readonly type: 'default'; readonly inner: Described; readonly value: unknown }
  | { readonly type: 'intersection'; readonly left: Described; readonly right: Described };

/** The parts of a zod definition read here. */
export interface Def {
  readonly type: string;
  readonly [key: string]: unknown;
}

/** True when `value` is a zod schema (it carries a definition), as opposed to a description. */
export function isZodSchema(value: object): boolean {
  return '_zod' in value;
}

/** The definition of a zod schema, read without importing zod. */
export function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

function checksOf(def: Def): Def[] {
  const checks = def['checks'];
  return Array.isArray(checks) ? checks.map((c) => defOf(c)) : [];
}

/** `node` without the keys whose value is undefined, so descriptions compare and print cleanly. */
function compact(node: Record<string, unknown>): Described {
  return Object.fromEntries(
    Object.entries(node).filter(([, value]) => value !== undefined),
  ) as unknown as Described;
}

function describeString(def: Def): Described {
  const date = def['format'] === 'date';
  let max: number | undefined;
  let min: number | undefined;
  const patterns: RegExp[] = [];
  if (!date && def['pattern'] instanceof RegExp) patterns.push(def['pattern']);
  for (const c of checksOf(def)) {
    if (c['check'] === 'max_length' && typeof c['maximum'] === 'number')
      max = Math.min(max ?? Infinity, c['maximum']);
    if (c['check'] === 'min_length' && typeof c['minimum'] === 'number')
      min = Math.max(min ?? 0, c['minimum']);
    if (c['check'] === 'string_format' && c['pattern'] instanceof RegExp) patterns.push(c['pattern']);
  }
  return compact({
    type: 'string',
    date: date ? (true as const) : undefined,
    min: min === 0 ? undefined : min,
    max,
    patterns: patterns.length > 0 ? patterns : undefined,
  });
}

function describeNumber(def: Def): Described {
  let integer = false;
  let min: number | undefined;
  let max: number | undefined;
  let minExclusive = false;
  let maxExclusive = false;
  for (const c of checksOf(def)) {
    if (c['check'] === 'number_format') integer = true;
    if (c['check'] === 'greater_than' && typeof c['value'] === 'number')
      [min, minExclusive] = [c['value'], c['inclusive'] !== true];
    if (c['check'] === 'less_than' && typeof c['value'] === 'number')
      [max, maxExclusive] = [c['value'], c['inclusive'] !== true];
  }
  return compact({
    type: 'number',
    integer: integer ? (true as const) : undefined,
    min,
    max,
    minExclusive: minExclusive ? (true as const) : undefined,
    maxExclusive: maxExclusive ? (true as const) : undefined,
  });
}

function describeArray(def: Def, element: Described): Described {
  let max: number | undefined;
  let min: number | undefined;
  for (const c of checksOf(def)) {
    if (c['check'] === 'max_length' && typeof c['maximum'] === 'number')
      max = Math.min(max ?? Infinity, c['maximum']);
    if (c['check'] === 'min_length' && typeof c['minimum'] === 'number') min = c['minimum'];
  }
  return compact({ type: 'array', element, min: min === 0 ? undefined : min, max });
}

/**
 * Describes a zod schema as data. The same zod schema gives the same
 * description object (shared sub-schemas stay shared); a schema that refers to
 * itself gives a description that refers to itself.
 *
 * @param schema - A zod schema (read through its definition, without importing zod).
 * @param seen - Descriptions made so far, for sharing; pass one map to describe several schemas.
 */
export function describeSchema(schema: object, seen = new Map<object, Described>()): Described {
  const known = seen.get(schema);
  if (known !== undefined) return known;
  const def = defOf(schema);
  // Unwrappers describe as their inner schema (a parsed model holds the inner value).
  if (['prefault', 'nonoptional', 'catch'].includes(def.type)) {
    const inner = describeSchema(def['innerType'] as object, seen);
    seen.set(schema, inner);
    return inner;
  }
  if (def.type === 'pipe') {
    const out = def['out'] as object;
    const inner: Described = defOf(out).type === 'transform' ? { type: 'any' } : describeSchema(out, seen);
    seen.set(schema, inner);
    return inner;
  }
  if (def.type === 'lazy') {
    const inner = describeSchema((def['getter'] as () => object)(), seen);
    seen.set(schema, inner);
    return inner;
  }
  // Containers are registered before their parts are described, so that recursion ends.
  const node: Record<string, unknown> = {};
  seen.set(schema, node as Described);
  const part = (key: string): Described => describeSchema(def[key] as object, seen);
  let made: Described;
  switch (def.type) {
    case 'string':
      made = describeString(def);
      break;
    case 'number':
      made = describeNumber(def);
      break;
    case 'boolean':
    case 'null':
    case 'never':
      made = { type: def.type };
      break;
    case 'undefined':
    case 'void':
      made = { type: 'undefined' };
      break;
    case 'enum':
      made = { type: 'values', values: Object.values(def['entries'] as Record<string, unknown>) };
      break;
    case 'literal':
      made = { type: 'values', values: [...(def['values'] as unknown[])] };
      break;
    case 'object': {
      const shape = def['shape'] as Record<string, object>;
      const catchall = def['catchall'] as object | undefined;
      const described: Record<string, Described> = {};
      Object.assign(node, { type: 'object', shape: described });
      if (catchall !== undefined && defOf(catchall).type === 'never') node['strict'] = true;
      for (const [key, s] of Object.entries(shape)) described[key] = describeSchema(s, seen);
      return node as Described;
    }
    case 'array':
      made = describeArray(def, part('element'));
      break;
    case 'record':
      made = { type: 'record', key: part('keyType'), value: part('valueType') };
      break;
    case 'union': {
      const discriminator = def['discriminator'];
      const options = (def['options'] as object[]).map((o) => describeSchema(o, seen));
      made = compact({
        type: 'union',
        options,
        discriminator: typeof discriminator === 'string' ? discriminator : undefined,
      });
      break;
    }
    case 'optional':
    case 'nullable':
    case 'readonly':
      made = { type: def.type, inner: part('innerType') };
      break;
    case 'default':
      made = { type: 'default', inner: part('innerType'), value: def['defaultValue'] };
      break;
    case 'intersection':
      made = { type: 'intersection', left: part('left'), right: part('right') };
      break;
    default:
      // transform, custom, unknown and the like: nothing cheap to check.
      made = { type: 'any' };
  }
  // The node was registered empty; it takes the description's fields now.
  return Object.assign(node, made);
}
