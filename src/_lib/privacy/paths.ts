import type { z } from 'zod';
import { joinPath, nodeOf, type SchemaNode } from './schemaNodes';

const INDEX = /^\d+$/;

function segmentsOf(path: string | readonly (string | number)[]): readonly string[] | undefined {
  if (typeof path !== 'string') {
    if (!Array.isArray(path)) return undefined;
    const out: string[] = [];
    for (const segment of path as readonly unknown[]) {
      if (typeof segment === 'number' && Number.isInteger(segment) && segment >= 0) out.push(String(segment));
      else if (typeof segment === 'string') out.push(segment);
      else return undefined;
    }
    return out;
  }
  const dotted = path.replace(/\[(\d*)\]/g, (_match, index: string) => `.${index === '' ? '[]' : index}`);
  const segments = (dotted.startsWith('.') ? dotted.slice(1) : dotted).split('.');
  return segments.some((s) => s === '') ? undefined : segments;
}

/**
 * The classification path of a field given as a path string (`children[].extraCare`,
 * `children[0].extraCare`, `children.0.extraCare`) or as an issue path
 * (`['children', 0, 'extraCare']`); `undefined` when the schema has no such field.
 * A path to an element of an array, or to a value of a record, names the field that holds it.
 */
export function canonicalPath(
  schema: z.ZodType,
  path: string | readonly (string | number)[],
): string | undefined {
  const segments = segmentsOf(path);
  if (segments === undefined || segments.length === 0) return undefined;
  let node: SchemaNode = nodeOf(schema);
  let canonical = '';
  let field = '';
  for (const segment of segments) {
    if (node.kind === 'object') {
      const next = node.fields.get(segment);
      if (next === undefined) return undefined;
      canonical = joinPath(canonical, segment);
      field = canonical;
      node = nodeOf(next);
    } else if (node.kind === 'array') {
      if (segment !== '[]' && !INDEX.test(segment)) return undefined;
      canonical = joinPath(canonical, '[]');
      node = nodeOf(node.element);
    } else if (node.kind === 'record') {
      canonical = joinPath(canonical, '*');
      node = nodeOf(node.value);
    } else {
      return undefined;
    }
  }
  return field === '' ? undefined : field;
}
