import { z } from 'zod';
import { NORWEGIAN_LEVELS } from './norwegianLevel';

/**
 * Schema of a {@link NorwegianLevel}.
 *
 * @example
 * ```ts
 * NorwegianLevelSchema.parse('b1'); // => 'b1'
 * ```
 * @category Needs
 */
export const NorwegianLevelSchema = z.enum(NORWEGIAN_LEVELS);
