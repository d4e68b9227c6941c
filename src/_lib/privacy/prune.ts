import type { z } from 'zod';
import { joinPath, nodeOf, type SchemaNode } from './schemaNodes';

const DROP: unique symbol = Symbol('drop');

/** Decides, for one field path, whether the field is kept (and copied further) or left out. */
export type Decide = (path: string) => boolean;

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  // A data property, so that a key such as `__proto__` can never reach a prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isRecordLike(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function copy(node: SchemaNode, value: unknown, prefix: string, decide: Decide, field: boolean): unknown {
  if (value === null) return null;
  if (value === undefined) return DROP;
  switch (node.kind) {
    case 'leaf':
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : DROP;
    case 'array': {
      if (!Array.isArray(value)) return DROP;
      const element = nodeOf(node.element);
      const path = joinPath(prefix, '[]');
      const out: unknown[] = [];
      for (const item of value as readonly unknown[]) {
        const copied = copy(element, item, path, decide, false);
        if (copied !== DROP) out.push(copied);
      }
      return out;
    }
    case 'record': {
      if (!isRecordLike(value)) return DROP;
      const inner = nodeOf(node.value);
      const path = joinPath(prefix, '*');
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        const copied = copy(inner, value[key], path, decide, false);
        if (copied !== DROP) define(out, key, copied);
      }
      return out;
    }
    case 'object': {
      if (!isRecordLike(value)) return DROP;
      const out: Record<string, unknown> = {};
      let kept = 0;
      let withheld = 0;
      for (const key of Object.keys(value)) {
        const schema = node.fields.get(key);
        if (schema === undefined) continue;
        const path = joinPath(prefix, key);
        if (!decide(path)) {
          withheld += 1;
          continue;
        }
        const copied = copy(nodeOf(schema), value[key], path, decide, true);
        if (copied !== DROP) {
          define(out, key, copied);
          kept += 1;
        }
      }
      // An object field emptied by withholding is left out: `{}` would only say that something was there.
      // Array elements stay, even when empty, so that a list keeps its length.
      return field && kept === 0 && withheld > 0 ? DROP : out;
    }
  }
}

/**
 * Copies `value` along `schema`, keeping each field for which `decide(path)`
 * is true. Keys the schema does not know and values of the wrong shape are
 * left out, so the copy fails towards hiding; so is an object field whose
 * every field was withheld. Returns `undefined` when the value itself does not
 * have the shape of the schema.
 */
export function prune(schema: z.ZodType, value: unknown, decide: Decide): unknown {
  const copied = copy(nodeOf(schema), value, '', decide, false);
  return copied === DROP ? undefined : copied;
}
