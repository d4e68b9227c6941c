import { z } from 'zod';
import { LocalizedTextSchema } from '../core/localizedTextSchema';
import { SourceRefSchema } from '../core/sourceRefSchema';
import { EuseDimensionSchema } from './euseDimension';
import { SeDocumentIdSchema } from './seDocumentId';
import { SeStepIdSchema } from './seStep';

/**
 * Schema of a {@link SeStepDefinition}: one entry of the step catalogue.
 *
 * @example
 * ```ts
 * SeStepDefinitionSchema.parse(SE_STEPS[0]).number; // => 1
 * ```
 * @category Process
 */
export const SeStepDefinitionSchema = z.object({
  /** The step id. */
  id: SeStepIdSchema,
  /** The step's number in the five-step process, 1 to 5. */
  number: z.number().int().min(1).max(5),
  /** The step's name, in bokmål and English. */
  name: LocalizedTextSchema,
  /** A one-sentence summary of the step, in our own words. */
  summary: LocalizedTextSchema,
  /** What the step is for. */
  purpose: LocalizedTextSchema,
  /** The typical activities of the step, in our own words. */
  activities: z.array(LocalizedTextSchema).min(1),
  /** The documents the step usually produces. */
  documents: z.array(SeDocumentIdSchema).min(1),
  /** The EUSE dimensions the step serves, the main one first. */
  euseDimensions: z.array(EuseDimensionSchema).min(1),
  /** Where the method describes the step. */
  sources: z.array(SourceRefSchema).min(1),
});

/**
 * One of the five steps of SE, described for display and for rules to cite.
 *
 * @remarks
 * The five-step process (*femtrinnsprosessen*) as the AFI report (1.1.1 and
 * chapter 4) and the handbook ("Supported Employment – 5-stegsmetoden")
 * describe it. Steps overlap and a job specialist may go back and forth
 * between them (AFI report 1.1.1, L2268–2270).
 *
 * @example
 * ```ts
 * const step: SeStepDefinition = getStep('job-finding');
 * step.name.en; // => 'Finding a job'
 * ```
 * @category Process
 */
export interface SeStepDefinition extends z.output<typeof SeStepDefinitionSchema> {}
