/** Deep-freezes plain catalogue data so that no consumer can change a shared catalogue entry. */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      frozen((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
