import { z } from 'zod';
import { LocalizedTextSchema } from '../core/localizedTextSchema';
import { SourceRefSchema } from '../core/sourceRefSchema';
import { NEED_LEVELS } from './needId';
import { NeedIdSchema } from './needIdSchema';

/**
 * Schema of a {@link NeedDefinition}: one entry of the needs taxonomy.
 *
 * @example
 * ```ts
 * NeedDefinitionSchema.safeParse(NEEDS.literacy).success; // => true
 * ```
 * @category Needs
 */
export const NeedDefinitionSchema = z.strictObject({
  /** The need. */
  id: NeedIdSchema,
  /** The level the need arises at. */
  level: z.enum(NEED_LEVELS),
  /** A short name, in bokmål and English. */
  label: LocalizedTextSchema,
  /** What the need means, in our own words. */
  description: LocalizedTextSchema,
  /** Typical situations in which the need shows. */
  examples: z.array(LocalizedTextSchema).min(1),
  /** True for the four needs that set this target group apart from classic SE groups. */
  distinguishing: z.boolean(),
  /** True for safety needs, which are always urgent. */
  safety: z.boolean(),
  /** Where the need is described. */
  sources: z.array(SourceRefSchema).min(1),
});
