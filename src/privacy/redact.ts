import { z } from 'zod';
import { resolveOptions } from '../_lib/resolveOptions';
import { asLibraryError, modelIdOf } from '../_lib/privacy/models';
import { prune } from '../_lib/privacy/prune';
import { SupportedEmploymentError } from '../core/errors';
import { FIELD_SENSITIVITY } from './fieldSensitivity';
import { SENSITIVITY_LEVELS } from './sensitivityLevel';

/**
 * A copy of a model with fields left out: every field, at every depth, may be absent.
 *
 * @example
 * ```ts
 * const shared: Redacted<NeedsAssessment> = redact(assessment, NeedsAssessmentSchema);
 * shared.health; // => undefined
 * ```
 * @category Privacy
 */
export type Redacted<T> = T extends readonly (infer E)[]
  ? Redacted<E>[]
  : T extends object
    ? { [K in keyof T]?: Redacted<T[K]> }
    : T;

/**
 * Schema of the options of {@link redact}: which sensitivity level to keep.
 *
 * @remarks
 * `keep` is the most sensitive level kept; more sensitive fields are left out.
 * Its default, `personal`, leaves out special-category fields (GDPR art. 9;
 * violence and negative social control, domain specification §8), so the
 * default shares no special-category data; `public` leaves out everything
 * about the participant; `special-category` keeps every known field (a copy
 * without unknown keys). The default is a library default chosen to hide.
 *
 * @example
 * ```ts
 * RedactOptionsSchema.parse({}).keep; // => 'personal'
 * ```
 * @category Privacy
 */
export const RedactOptionsSchema = z.strictObject({
  /** The most sensitive level to keep; `personal` (a library default) when omitted. */
  keep: z.enum(SENSITIVITY_LEVELS).default('personal'),
});

/**
 * Options of {@link redact}; see {@link RedactOptionsSchema} for the levels and the default.
 *
 * @example
 * ```ts
 * const options: RedactOptions = { keep: 'public' };
 * ```
 * @category Privacy
 */
export type RedactOptions = z.input<typeof RedactOptionsSchema>;

/**
 * Returns a copy of a model's value with the fields above a sensitivity level removed.
 *
 * @remarks
 * Special-category data (GDPR art. 9: health, religion, ethnic origin; and
 * violence and negative social control, domain specification §8) should only
 * reach those who need it. Fields are looked up in {@link FIELD_SENSITIVITY};
 * a field more sensitive than `keep` is **removed**, key and all — never
 * masked, because a placeholder would not fit the field's type and an empty
 * value could be read as a recorded "no". An object field left empty by the
 * removal is removed too, since `{}` would only say that something was there.
 * Note that an absent fact in a
 * needs assessment means "unknown", so a redacted copy is for showing and
 * sharing, not for classifying needs.
 *
 * The value should be parsed data. Keys the schema does not know, and values
 * of the wrong shape, are left out too, so redaction fails towards hiding. The
 * input is never changed; the copy shares nothing with it.
 *
 * @param value - The value of the model, parsed with its schema.
 * @param schema - The model's exported schema, such as {@link NeedsAssessmentSchema}.
 * @param options - Which level to keep; `personal` when omitted.
 * @returns A new object holding only the fields at or below the `keep` level.
 * @throws {@link SupportedEmploymentError} `unknown_id` when the schema is not a public model,
 * `invalid_option` when `keep` is not a level or an option is unknown, `invalid_input` when the value is not an object.
 *
 * @example
 * ```ts
 * const assessment = parseNeedsAssessment({ id: 'a-1', assessedOn: '2026-03-02', health: { trauma: true }, travelsAlone: false });
 * redact(assessment, NeedsAssessmentSchema); // => { id: 'a-1', assessedOn: '2026-03-02', travelsAlone: false }
 * redact(assessment, NeedsAssessmentSchema, { keep: 'public' }); // => {}
 * ```
 * @category Privacy
 */
export function redact<S extends z.ZodType>(
  value: z.output<S>,
  schema: S,
  options: RedactOptions = {},
): Redacted<z.output<S>> {
  const fields = FIELD_SENSITIVITY[modelIdOf(schema)];
  const { keep } = resolveOptions(RedactOptionsSchema, options, 'redact');
  const limit = SENSITIVITY_LEVELS.indexOf(keep);
  let copied: unknown;
  try {
    copied = prune(schema, value, (path) => {
      const c = Object.hasOwn(fields, path) ? fields[path] : undefined;
      return c !== undefined && SENSITIVITY_LEVELS.indexOf(c.sensitivity) <= limit;
    });
  } catch (error) {
    throw asLibraryError(error, 'value to redact');
  }
  if (typeof copied !== 'object' || copied === null || Array.isArray(copied)) {
    throw new SupportedEmploymentError(
      'invalid_input',
      'The value to redact must be an object of the model; parse it first.',
    );
  }
  return copied as Redacted<z.output<S>>;
}
