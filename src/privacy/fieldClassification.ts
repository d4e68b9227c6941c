import { z } from 'zod';
import { SourceRefSchema } from '../core/sourceRefSchema';
import { SensitiveTopicSchema } from './sensitiveTopic';
import { SensitivityLevelSchema } from './sensitivityLevel';

/**
 * Schema of a {@link FieldClassification}.
 *
 * @example
 * ```ts
 * FieldClassificationSchema.parse({ sensitivity: 'special-category', topic: 'health' });
 * ```
 * @category Privacy
 */
export const FieldClassificationSchema = z.object({
  /** How sensitive the field is. */
  sensitivity: SensitivityLevelSchema,
  /** The kind of sensitive information, when it needs its own consent to be shared; absent for free text that can hold any kind. */
  topic: SensitiveTopicSchema.optional(),
});

/**
 * The classification of one field: its sensitivity and, for sensitive fields, its topic.
 *
 * @remarks
 * See {@link SENSITIVITY_LEVELS} for what each level means and
 * {@link SENSITIVE_TOPICS} for the topics.
 *
 * @example
 * ```ts
 * const c: FieldClassification = { sensitivity: 'personal', topic: 'family-situation' };
 * ```
 * @category Privacy
 */
export interface FieldClassification extends z.output<typeof FieldClassificationSchema> {}

/**
 * Schema of a {@link ClassifiedField}.
 *
 * @example
 * ```ts
 * ClassifiedFieldSchema.parse({ path: 'health', sensitivity: 'special-category', topic: 'health', source: { document: 'gdpr', section: 'Art. 9' } });
 * ```
 * @category Privacy
 */
export const ClassifiedFieldSchema = FieldClassificationSchema.extend({
  /** The field path: keys joined by `.`, `[]` after an array, `*` for any key of a record. */
  path: z.string().min(1),
  /** Where the classification comes from. */
  source: SourceRefSchema,
});

/**
 * One field of a model with its classification and its source, as listed by {@link classifyFields}.
 *
 * @example
 * ```ts
 * const field: ClassifiedField = { path: 'children[].extraCare', sensitivity: 'special-category', topic: 'health', source: { document: 'gdpr', section: 'Art. 9' } };
 * ```
 * @category Privacy
 */
export interface ClassifiedField extends z.output<typeof ClassifiedFieldSchema> {}
