import { deepFreeze } from '../_lib/deepFreeze';
import type { SourceRef } from '../core/sourceRef';

/**
 * The kinds of special-category data a needs assessment can hold.
 *
 * @remarks
 * Health, religion and ethnic origin are special categories under GDPR art. 9;
 * the domain specification (§8) treats violence and negative social control
 * with the same care.
 *
 * @example
 * ```ts
 * SPECIAL_CATEGORIES.includes('health'); // => true
 * ```
 * @category Needs
 */
export const SPECIAL_CATEGORIES = deepFreeze([
  'health',
  'religion',
  'ethnic-origin',
  'violence-or-social-control',
] as const);

/**
 * One kind of special-category data; see {@link SPECIAL_CATEGORIES}.
 *
 * @example
 * ```ts
 * const category: SpecialCategory = 'religion';
 * ```
 * @category Needs
 */
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

/**
 * One field of a needs assessment that holds special-category data.
 *
 * @example
 * ```ts
 * const field: SpecialCategoryField = { path: 'health', category: 'health', indirect: false, source: { document: 'gdpr', section: 'Art. 9' } };
 * ```
 * @category Needs
 */
export interface SpecialCategoryField {
  /** The assessment path, dot-separated; `[]` marks every element of an array. */
  readonly path: string;
  /** The kind of special-category data. */
  readonly category: SpecialCategory;
  /** True when the field only hints at the category (a language can hint at ethnic origin). */
  readonly indirect: boolean;
  /** Where the classification comes from. */
  readonly source: SourceRef;
}

const GDPR: SourceRef = { document: 'gdpr', section: 'Art. 9 (special categories of personal data)' };
const SPEC_PRIVACY: SourceRef = { document: 'library', section: 'Domain specification §8 (privacy)' };

/**
 * The fields of a needs assessment that hold special-category data, for redaction and consent checks.
 *
 * @remarks
 * A whole object (`health`, `safety`, `culturalConstraints`) is listed once and
 * covers every field inside it. Fields marked `indirect` (preferred language,
 * immigration reason) do not state the category but can reveal it.
 *
 * @example
 * ```ts
 * NEEDS_ASSESSMENT_SPECIAL_CATEGORY_FIELDS.some((f) => f.path === 'safety'); // => true
 * ```
 * @category Needs
 */
export const NEEDS_ASSESSMENT_SPECIAL_CATEGORY_FIELDS: readonly SpecialCategoryField[] = deepFreeze([
  { path: 'health', category: 'health', indirect: false, source: GDPR },
  { path: 'children[].extraCare', category: 'health', indirect: false, source: GDPR },
  { path: 'safety', category: 'violence-or-social-control', indirect: false, source: SPEC_PRIVACY },
  { path: 'culturalConstraints', category: 'religion', indirect: false, source: GDPR },
  { path: 'countryOfOrigin', category: 'ethnic-origin', indirect: false, source: GDPR },
  { path: 'preferredLanguage', category: 'ethnic-origin', indirect: true, source: GDPR },
  { path: 'immigrationReason', category: 'ethnic-origin', indirect: true, source: GDPR },
]);
