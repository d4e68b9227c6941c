/**
 * Freezes plain catalogue data (objects and arrays) recursively, so that no
 * consumer can change a shared catalogue entry; returns the value.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
