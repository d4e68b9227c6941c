import type { z } from 'zod';
import { canonicalPath } from '../_lib/privacy/paths';
import { asLibraryError, modelIdOf } from '../_lib/privacy/models';
import { FIELD_SENSITIVITY } from './fieldSensitivity';
import type { SensitivityLevel } from './sensitivityLevel';

/**
 * How sensitive one field of a public model is.
 *
 * @remarks
 * Looks the schema up by identity among {@link PRIVACY_MODELS} and the field
 * in {@link FIELD_SENSITIVITY}. The path may be written as in the catalogue
 * (`children[].extraCare`, `consents.*.status`), with indexes
 * (`children[2].extraCare`, `children.2.extraCare`, `consents.employer-sharing.status`)
 * or as an {@link Issue} path (`['children', 2, 'extraCare']`), so an issue can
 * be checked before it is shown. A path to an array element or a record value
 * names the field that holds it. Treat `undefined` as the most sensitive level.
 *
 * @param schema - The exported schema of a public model, such as {@link NeedsAssessmentSchema}.
 * @param path - The field path, as a string or as an issue path.
 * @returns The field's sensitivity level, or `undefined` when the model has no such field.
 * @throws {@link SupportedEmploymentError} `unknown_id` when the schema is not a public model.
 *
 * @example
 * ```ts
 * getFieldSensitivity(NeedsAssessmentSchema, 'health.trauma'); // => 'special-category'
 * getFieldSensitivity(NeedsAssessmentSchema, ['children', 0, 'age']); // => 'personal'
 * getFieldSensitivity(CaseEventSchema, 'type'); // => 'public'
 * ```
 * @category Privacy
 */
export function getFieldSensitivity(
  schema: z.ZodType,
  path: string | readonly (string | number)[],
): SensitivityLevel | undefined {
  const fields = FIELD_SENSITIVITY[modelIdOf(schema)];
  let canonical: string | undefined;
  try {
    canonical = canonicalPath(schema, path);
  } catch (error) {
    throw asLibraryError(error, 'path');
  }
  if (canonical === undefined || !Object.hasOwn(fields, canonical)) return undefined;
  return fields[canonical]?.sensitivity;
}
