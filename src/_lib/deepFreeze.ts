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

/**
 * Freezes a value the library has just built (a tree of plain objects and
 * arrays that shares nothing with its caller and has no cycles), recursively.
 *
 * The same result as {@link deepFreeze} on such a value, without the set of
 * visited objects: on a replayed case of 10,000 events that set alone held
 * ~30,000 weak entries, and the collector's work on them made the replay grow
 * faster than the number of events. Objects that are already frozen are not
 * entered again (a fresh tree can only hold frozen parts that were frozen whole).
 */
export function freezeFresh<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) freezeFresh(value[i]);
    else for (const key in value) freezeFresh((value as Record<string, unknown>)[key]);
  }
  return value;
}
