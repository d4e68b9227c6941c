import { z } from 'zod';
import { NEED_IDS } from './needId';

/**
 * Schema of a {@link NeedId}.
 *
 * @example
 * ```ts
 * NeedIdSchema.parse('health'); // => 'health'
 * ```
 * @category Needs
 */
export const NeedIdSchema = z.enum(NEED_IDS);
