/**
 * Small sets as one number.
 *
 * A set drawn from a fixed, ordered list of at most 53 items (the needs, the open questions) can
 * be one exact number: the sum of the place values (2 to the power of the item's place) of its
 * items. Equal sets are equal numbers, so a table can share one list per number.
 */

/**
 * The place value of each of `count` items: 2 to the power of its place.
 *
 * @param count - How many items the list has (at most 53).
 * @returns The place values, in list order.
 */
export function placeValues(count: number): number[] {
  return Array.from({ length: count }, (_, i) => 2 ** i);
}

/**
 * True when the item of place value `place` is in `set`.
 *
 * @param set - A sum of place values.
 * @param place - One item's place value.
 * @returns Whether the item is in the set.
 */
export function inSet(set: number, place: number): boolean {
  return Math.floor(set / place) % 2 === 1;
}
