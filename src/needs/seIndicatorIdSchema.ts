import { z } from 'zod';
import { SE_INDICATOR_IDS } from './seIndicators';

/**
 * Schema of one {@link SeIndicatorId}.
 *
 * @example
 * ```ts
 * SeIndicatorIdSchema.parse('dropout-risk'); // => 'dropout-risk'
 * ```
 * @category Needs
 */
export const SeIndicatorIdSchema = z.enum(SE_INDICATOR_IDS);
