import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * How an attachment observation was made: contact with her, a register, or the employer.
 *
 * @remarks
 * The AFI report names follow-up contact and registers as ways to measure
 * attachment after exit (AFI report 7.2.3, L12400–12406).
 *
 * @example
 * ```ts
 * ATTACHMENT_SOURCES.includes('contact'); // => true
 * ```
 * @category Process
 */
export const ATTACHMENT_SOURCES = deepFreeze(['contact', 'register', 'employer'] as const);

/**
 * One value of {@link ATTACHMENT_SOURCES}.
 *
 * @example
 * ```ts
 * const value: AttachmentSource = 'employer';
 * ```
 * @category Process
 */
export type AttachmentSource = (typeof ATTACHMENT_SOURCES)[number];

/**
 * Schema of a {@link AttachmentSource}.
 *
 * @example
 * ```ts
 * AttachmentSourceSchema.parse('contact'); // => 'contact'
 * ```
 * @category Process
 */
export const AttachmentSourceSchema = z.enum(ATTACHMENT_SOURCES);
