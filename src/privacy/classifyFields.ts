import type { z } from 'zod';
import { modelIdOf } from '../_lib/privacy/models';
import { fieldPaths } from '../_lib/privacy/schemaNodes';
import type { SourceRef } from '../core/sourceRef';
import { NEEDS_ASSESSMENT_SPECIAL_CATEGORY_FIELDS } from '../needs/specialCategoryFields';
import type { ClassifiedField, FieldClassification } from './fieldClassification';
import { FIELD_SENSITIVITY } from './fieldSensitivity';

const GDPR_PERSONAL: SourceRef = Object.freeze({ document: 'gdpr', section: 'Art. 4(1) (personal data)' });
const GDPR_SPECIAL: SourceRef = Object.freeze({
  document: 'gdpr',
  section: 'Art. 9(1) (special categories of personal data)',
});
const SPEC_PRIVACY: SourceRef = Object.freeze({
  document: 'library',
  section: 'Domain specification §8 (privacy)',
});
const FREE_TEXT: SourceRef = Object.freeze({
  document: 'library',
  section: 'Free text about the participant can hold any special category (domain specification §8)',
});
const FAMILY: SourceRef = Object.freeze({
  document: 'handbook',
  section: '§5 «Rydde plass til jobb» – kartlegging av familiesituasjon',
  lines: 'L242',
});
const PUBLIC: SourceRef = Object.freeze({
  document: 'library',
  section:
    'Facts about employers and the codes of the method are not about the participant (domain specification §8)',
});
const UNCLASSIFIED: FieldClassification = { sensitivity: 'special-category' };

function covers(listed: string, path: string): boolean {
  return path === listed || path.startsWith(`${listed}.`) || path.startsWith(`${listed}[]`);
}

function sourceOf(path: string, c: FieldClassification, fromAssessment: boolean): SourceRef {
  if (c.sensitivity === 'public') return PUBLIC;
  if (c.sensitivity === 'personal') return c.topic === 'family-situation' ? FAMILY : GDPR_PERSONAL;
  if (fromAssessment) {
    const listed = NEEDS_ASSESSMENT_SPECIAL_CATEGORY_FIELDS.find((f) => covers(f.path, path));
    if (listed !== undefined) return listed.source;
  }
  if (c.topic === undefined) return FREE_TEXT;
  return c.topic === 'violence-or-social-control' ? SPEC_PRIVACY : GDPR_SPECIAL;
}

/**
 * Every field of a public model with its sensitivity, topic and source, in schema order.
 *
 * @remarks
 * Reads {@link FIELD_SENSITIVITY} for the model whose exported schema is
 * passed. Special-category fields of the needs assessment (and of the
 * candidate, which reuses them) carry the source given in
 * {@link NEEDS_ASSESSMENT_SPECIAL_CATEGORY_FIELDS}; other special-category
 * fields cite GDPR art. 9 (or the domain specification §8 for violence and
 * negative social control), personal fields GDPR art. 4(1), and family facts
 * the handbook, which makes mapping the family depend on consent (§5, L242).
 * A field the catalogue does not know is listed as `special-category`, so a
 * gap fails towards hiding.
 *
 * @param schema - The exported schema of a public model, such as {@link ActionPlanSchema}.
 * @returns The model's fields, parents before the fields inside them.
 * @throws {@link SupportedEmploymentError} `unknown_id` when the schema is not a public model.
 *
 * @example
 * ```ts
 * const fields = classifyFields(NeedsAssessmentSchema);
 * fields.filter((f) => f.sensitivity === 'special-category').map((f) => f.path);
 * // => ['countryOfOrigin', 'immigrationReason', 'preferredLanguage', 'health', …]
 * ```
 * @category Privacy
 */
export function classifyFields(schema: z.ZodType): ClassifiedField[] {
  const model = modelIdOf(schema);
  const fields = FIELD_SENSITIVITY[model];
  const fromAssessment = model === 'needs-assessment' || model === 'candidate';
  return fieldPaths(schema).map((path): ClassifiedField => {
    const c = (Object.hasOwn(fields, path) ? fields[path] : undefined) ?? UNCLASSIFIED;
    const source = sourceOf(path, c, fromAssessment);
    return c.topic === undefined
      ? { path, sensitivity: c.sensitivity, source }
      : { path, sensitivity: c.sensitivity, topic: c.topic, source };
  });
}
