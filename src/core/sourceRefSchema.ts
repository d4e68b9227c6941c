import { z } from 'zod';
import { SOURCE_DOCUMENTS } from './sourceRef';

/**
 * Schema of a {@link SourceRef}.
 *
 * @example
 * ```ts
 * SourceRefSchema.parse({ document: 'handbook', section: '§15 Etteroppfølging' });
 * ```
 * @category Core
 */
export const SourceRefSchema = z.object({
  /** The document the rule or fact comes from. */
  document: z.enum(SOURCE_DOCUMENTS),
  /** The section, chapter or heading within the document. */
  section: z.string().min(1),
  /** Optional line range in the seed text, such as `L397` or `L11180–11190`. */
  lines: z.string().min(1).optional(),
});
