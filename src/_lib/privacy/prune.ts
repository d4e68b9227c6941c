import type { z } from 'zod';
import { joinPath, nodeOf } from './schemaNodes';

const DROP: unique symbol = Symbol('drop');

/** Decides, for one field path, whether the field is kept (and copied further) or left out. */
export type Decide = (path: string) => boolean;

/** Told the path of every value that is not of its field's type (and so is left out). */
export type OnInvalid = (path: string) => void;

/**
 * True when a leaf value fits its own schema (an enum holds one of its values, a
 * boolean is a boolean); for a field of a union of objects, any option's schema.
 */
function fitsLeaf(schemas: readonly z.ZodType[], value: unknown): boolean {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return false;
  try {
    return schemas.some((schema) => schema.safeParse(value).success);
  } catch {
    return false;
  }
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  // A data property, so that a key such as `__proto__` can never reach a prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isRecordLike(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function copy(
  schema: z.ZodType,
  value: unknown,
  prefix: string,
  decide: Decide,
  field: boolean,
  onInvalid: OnInvalid,
  alternatives: readonly z.ZodType[] = [schema],
): unknown {
  if (value === null) return null;
  if (value === undefined) return DROP;
  const node = nodeOf(schema);
  const invalid = (): typeof DROP => {
    onInvalid(prefix);
    return DROP;
  };
  switch (node.kind) {
    case 'leaf':
      // Re-checked against the field's own schema: a value not of its type is never copied.
      return fitsLeaf(alternatives, value) ? value : invalid();
    case 'array': {
      if (!Array.isArray(value)) return invalid();
      const path = joinPath(prefix, '[]');
      const out: unknown[] = [];
      for (const item of value as readonly unknown[]) {
        const copied = copy(node.element, item, path, decide, false, onInvalid);
        if (copied !== DROP) out.push(copied);
      }
      return out;
    }
    case 'record': {
      if (!isRecordLike(value)) return invalid();
      const path = joinPath(prefix, '*');
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        const copied = copy(node.value, value[key], path, decide, false, onInvalid);
        if (copied !== DROP) define(out, key, copied);
      }
      return out;
    }
    case 'object': {
      if (!isRecordLike(value)) return invalid();
      const out: Record<string, unknown> = {};
      let kept = 0;
      let withheld = 0;
      for (const key of Object.keys(value)) {
        const fieldSchema = node.fields.get(key);
        if (fieldSchema === undefined) continue;
        const path = joinPath(prefix, key);
        if (!decide(path)) {
          withheld += 1;
          continue;
        }
        const copied = copy(
          fieldSchema,
          value[key],
          path,
          decide,
          true,
          onInvalid,
          node.alternatives?.get(key),
        );
        if (copied !== DROP) {
          define(out, key, copied);
          kept += 1;
        } else if (value[key] !== undefined) {
          withheld += 1;
        }
      }
      // An object field emptied by withholding is left out: `{}` would only say that something was there.
      // Array elements stay, even when empty, so that a list keeps its length.
      return field && kept === 0 && withheld > 0 ? DROP : out;
    }
  }
}

export function prune(
  schema: z.ZodType,
  value: unknown,
  decide: Decide,
  onInvalid: OnInvalid = () => undefined,
): unknown {
  const copied = copy(schema, value, '', decide, false, onInvalid);
  return copied === DROP ? undefined : copied;
}
