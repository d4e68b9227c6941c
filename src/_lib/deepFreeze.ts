/**
 * Freezes plain catalogue data (objects and arrays) recursively, so that no
 * consumer can change a shared catalogue entry; returns the value. zod schemas
 * (objects with `_zod`) are left as they are: zod keeps lazy caches on them,
 * and the schemas are not data a result is built from.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value) && !('_zod' in value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
