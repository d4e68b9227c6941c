/**
 * Freezes plain catalogue data (objects and arrays) recursively, so that no
 * consumer can change a shared catalogue entry; returns the value. zod schemas
 * (objects with `_zod`) are left as they are: zod keeps lazy caches on them,
 * and the schemas are not data a result is built from.
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  // Frozen objects are walked too: a catalogue entry frozen on its own (Object.freeze)
  // can still hold mutable children. `seen` keeps shared and cyclic parts to one visit.
  if (value !== null && typeof value === 'object' && !seen.has(value) && !('_zod' in value)) {
    seen.add(value);
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen);
  }
  return value;
}
