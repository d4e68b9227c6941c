import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * A participant's attachment to work observed on one date.
 *
 * @remarks
 * The AFI report proposes to measure attachment 6 months, 1 year and 3 years
 * after exit to work (AFI report 7.2.3, L12400–12406). `unknown` records that
 * an attempt to find out gave no answer; it is left out of attachment rates
 * and lowers their coverage.
 *
 * @example
 * ```ts
 * ATTACHMENT_STATUSES.includes('employed'); // => true
 * ```
 * @category Process
 */
export const ATTACHMENT_STATUSES = deepFreeze(['employed', 'education', 'not-employed', 'unknown'] as const);

/**
 * One value of {@link ATTACHMENT_STATUSES}.
 *
 * @example
 * ```ts
 * const value: AttachmentStatus = 'unknown';
 * ```
 * @category Process
 */
export type AttachmentStatus = (typeof ATTACHMENT_STATUSES)[number];

/**
 * Schema of a {@link AttachmentStatus}.
 *
 * @example
 * ```ts
 * AttachmentStatusSchema.parse('employed'); // => 'employed'
 * ```
 * @category Process
 */
export const AttachmentStatusSchema = z.enum(ATTACHMENT_STATUSES);
