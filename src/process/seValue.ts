import { z } from 'zod';
import { LocalizedTextSchema } from '../core/localizedTextSchema';
import { SourceRefSchema } from '../core/sourceRefSchema';
import { SeValueIdSchema } from './seValueId';

/**
 * Schema of a {@link SeValue}: one entry of the values catalogue.
 *
 * @example
 * ```ts
 * SeValueSchema.parse(SE_VALUES[2]).id; // => 'zero-exclusion'
 * ```
 * @category Process
 */
export const SeValueSchema = z.object({
  /** The value id. */
  id: SeValueIdSchema,
  /** The value's number among the twelve SEQF core values, or null for a principle from elsewhere. */
  seqfNumber: z.number().int().min(1).max(12).nullable(),
  /** A short name, in bokmål and English. */
  name: LocalizedTextSchema,
  /** What the value means in practice, in our own words. */
  summary: LocalizedTextSchema,
  /** Where the value is stated. */
  sources: z.array(SourceRefSchema).min(1),
});

/**
 * A value or principle of Supported Employment, for display and for rules to cite.
 *
 * @remarks
 * Values are rules, not decoration (domain specification §2): zero exclusion
 * means no function returns a verdict that excludes a person who wants work;
 * rapid job search means job-finding is never blocked on a finished profile.
 *
 * @example
 * ```ts
 * const value: SeValue = SE_VALUES.find((v) => v.id === 'rapid-job-search')!;
 * value.seqfNumber; // => 5
 * ```
 * @category Process
 */
export interface SeValue extends z.output<typeof SeValueSchema> {}
