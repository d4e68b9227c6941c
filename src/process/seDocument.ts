import { z } from 'zod';
import { LocalizedTextSchema } from '../core/localizedTextSchema';
import { SourceRefSchema } from '../core/sourceRefSchema';
import { SeDocumentIdSchema } from './seDocumentId';
import { SeStepIdSchema } from './seStep';

/**
 * Schema of a {@link SeDocument}: one entry of the document catalogue.
 *
 * @example
 * ```ts
 * SeDocumentSchema.parse(SE_DOCUMENTS[0]).id; // => 'cooperation-agreement'
 * ```
 * @category Process
 */
export const SeDocumentSchema = z.object({
  /** The document id. */
  id: SeDocumentIdSchema,
  /** The step that usually produces the document first. */
  step: SeStepIdSchema,
  /** The document's name, in bokmål and English. */
  name: LocalizedTextSchema,
  /** What the document holds, in our own words. */
  summary: LocalizedTextSchema,
  /** Where the method names the document. */
  sources: z.array(SourceRefSchema).min(1),
});

/**
 * A document the SE method produces, with its name, the step it belongs to and its source.
 *
 * @remarks
 * Documents are outputs of the steps (domain specification §3). Plans such as
 * the job support plan are living documents: started in one step and updated
 * through the rest (AFI report 4.5, L7405–7407).
 *
 * @example
 * ```ts
 * const doc: SeDocument = SE_DOCUMENTS[3];
 * doc.name.nb; // => 'Yrkesprofil'
 * ```
 * @category Process
 */
export interface SeDocument extends z.output<typeof SeDocumentSchema> {}
