import type { z } from 'zod';

/** A zod schema seen through its internal definition (zod v4 `schema._zod.def`). */
interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly valueType?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly getter?: () => z.ZodType;
}

/** What a schema holds, once optional, nullable, default and similar wrappers are taken off. */
export type SchemaNode =
  | {
      readonly kind: 'object';
      readonly fields: ReadonlyMap<string, z.ZodType>;
      /** For a union of objects: every option's schema of each field, so that a value is checked against all of them. */
      readonly alternatives?: ReadonlyMap<string, readonly z.ZodType[]>;
    }
  | { readonly kind: 'array'; readonly element: z.ZodType }
  | { readonly kind: 'record'; readonly value: z.ZodType }
  | { readonly kind: 'leaf' };

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'catch',
  'nonoptional',
  'success',
]);

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { readonly _zod: { readonly def: Def } })._zod.def;
}

/** Takes off wrappers (optional, nullable, default, pipe, lazy…) until a schema with content is left. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 64; i += 1) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType !== undefined) current = def.innerType;
    else if (def.type === 'pipe' && def.in !== undefined) current = def.in;
    else if (def.type === 'lazy' && def.getter !== undefined) current = def.getter();
    else return current;
  }
  return current;
}

/**
 * What a schema holds: the fields of an object (the fields of every member
 * merged, for a union of objects), the element of an array, the values of a
 * record, or a leaf (string, number, enum…).
 */
export function nodeOf(schema: z.ZodType): SchemaNode {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object' && def.shape !== undefined) {
    return { kind: 'object', fields: new Map(Object.entries(def.shape)) };
  }
  if (def.type === 'array' && def.element !== undefined) return { kind: 'array', element: def.element };
  if (def.type === 'record' && def.valueType !== undefined) return { kind: 'record', value: def.valueType };
  if (def.type === 'union' && def.options !== undefined) {
    const fields = new Map<string, z.ZodType>();
    const alternatives = new Map<string, z.ZodType[]>();
    for (const option of def.options) {
      const node = nodeOf(option);
      if (node.kind !== 'object') continue;
      for (const [key, field] of node.fields) {
        if (!fields.has(key)) fields.set(key, field);
        alternatives.set(key, [
          ...(alternatives.get(key) ?? []),
          ...(node.alternatives?.get(key) ?? [field]),
        ]);
      }
    }
    if (fields.size > 0) return { kind: 'object', fields, alternatives };
  }
  return { kind: 'leaf' };
}

/** Joins a parent path and a key the way classification paths are written (`a.b`, `a[]`). */
export function joinPath(parent: string, key: string): string {
  if (key === '[]') return `${parent}[]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** Every field path of an object schema, parents before children, in schema order. */
export function fieldPaths(schema: z.ZodType): string[] {
  const out: string[] = [];
  const visit = (node: SchemaNode, prefix: string, depth: number): void => {
    if (depth > 32) return;
    if (node.kind === 'object') {
      for (const [key, field] of node.fields) {
        const path = joinPath(prefix, key);
        out.push(path);
        visit(nodeOf(field), path, depth + 1);
      }
    } else if (node.kind === 'array') {
      visit(nodeOf(node.element), joinPath(prefix, '[]'), depth + 1);
    } else if (node.kind === 'record') {
      visit(nodeOf(node.value), joinPath(prefix, '*'), depth + 1);
    }
  };
  visit(nodeOf(schema), '', 0);
  return out;
}
