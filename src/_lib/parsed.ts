/**
 * Which values the library's own parsers made: deeply frozen models that
 * are known to fit their schema, so that a function taking one needs no
 * second check at its door.
 *
 * A guard at the door (`./guards`) and the bounds walk (`./inputGuard`)
 * exist for models built by hand. A model returned by `parse…` or
 * `safeParse…` of a plain input schema was checked against the schema and
 * the input bounds when it was made, and it is frozen all the way down, so
 * it cannot have changed since: checking it again would find nothing. The
 * record is a `WeakMap` from the model to what it was checked against (the
 * zod schema, or the description that the domain functions guard with), so
 * it keeps nothing alive and trusts a model only for its own type.
 *
 * The shared, frozen parts of needs profiles (`./needs/intern`) are recorded
 * too, against a token of their own: no guard trusts them, but the bounds
 * walk, which asks only whether a value is a library model, skips them.
 */

const madeBy = new WeakMap<object, object>();

/**
 * Records that `value`, deeply frozen, was parsed against `schema`.
 *
 * @param value - The parser's output (frozen by the caller).
 * @param schema - What it was checked against: a zod schema or a description.
 */
export function markParsed(value: object, schema: object): void {
  madeBy.set(value, schema);
}

/**
 * True when `value` is a model that the library parsed against `schema`.
 *
 * @param value - Any value.
 * @param schema - A zod schema or a description.
 */
export function isParsedAs(value: unknown, schema: object): boolean {
  return typeof value === 'object' && value !== null && madeBy.get(value) === schema;
}

/**
 * True when `value` is a model that the library made and recorded (a parsed model, a shared part
 * of needs profiles): deeply frozen and within the input bounds, whatever it was checked against.
 *
 * @param value - An object.
 */
export function isLibraryModel(value: object): boolean {
  return madeBy.has(value);
}
