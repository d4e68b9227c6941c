/**
 * Parsed objects have optional keys, so one schema yields many hidden classes and
 * property reads on them become megamorphic (slow) when thousands are scanned.
 * `flat` copies an object onto a template with every key of its schema, so that all
 * copies share one shape and later reads are fast. Values are not changed.
 */

/** A template with every key of a zod object shape, set to `undefined`. */
export function templateOf(shape: object): Readonly<Record<string, undefined>> {
  const template: Record<string, undefined> = {};
  for (const key of Object.keys(shape)) template[key] = undefined;
  return template;
}

/** A copy of `value` with the template's shape (every key present). */
export function flat<T extends object>(value: T, template: Readonly<Record<string, undefined>>): T {
  // Object.assign copies a plain object's own fields in one builtin pass, faster
  // than a for-in loop over objects of many shapes. (Parsed data has no inherited
  // enumerable fields, which for-in would also have copied.)
  return Object.assign({ ...template }, value);
}
