/**
 * A deep, unfrozen copy of plain data (objects and arrays; other values are
 * shared), with the same keys in the same order.
 */
export function mutableCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => mutableCopy(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = mutableCopy((value as Record<string, unknown>)[key]);
  return out as T;
}
