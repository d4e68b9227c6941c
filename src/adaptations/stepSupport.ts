import { z } from 'zod';
import { LocalizedTextSchema } from '../core/localizedTextSchema';
import { SourceRefSchema } from '../core/sourceRefSchema';
import { SeStepIdSchema } from '../process/seStep';

/**
 * Schema of a {@link SupportMethod}.
 *
 * @example
 * ```ts
 * SupportMethodSchema.parse({ text: { nb: 'Snakk sakte.', en: 'Speak slowly.' }, lines: 'L7256' });
 * ```
 * @category Adaptations
 */
export const SupportMethodSchema = z.object({
  /** The method as a short action, in our own words. */
  text: LocalizedTextSchema,
  /** The lines of the AFI report seed where the method is listed. */
  lines: z.string().min(1),
});

/**
 * One method from the AFI report's per-step tables, with the lines it comes from.
 *
 * @example
 * ```ts
 * const method: SupportMethod = getStepSupport('initial-contact').dimensions['language-support'][1]!;
 * method.text.en; // => 'Speak slowly.'
 * ```
 * @category Adaptations
 */
export interface SupportMethod extends z.output<typeof SupportMethodSchema> {}

const methods = z.array(SupportMethodSchema).min(1);

/**
 * Schema of a {@link StepSupport}.
 *
 * @example
 * ```ts
 * StepSupportSchema.parse(getStepSupport('job-finding')).figure; // => 'Figur 8'
 * ```
 * @category Adaptations
 */
export const StepSupportSchema = z.object({
  /** The SE step. */
  step: SeStepIdSchema,
  /** The report figure the methods come from. */
  figure: z.string().min(1),
  /** The methods, by support dimension. */
  dimensions: z.object({
    /** The methods for language support (*språkstøtte*). */
    'language-support': methods,
    /** The methods for user participation (*brukermedvirkning*). */
    'user-participation': methods,
    /** The methods for support with cultural differences (*kulturforskjeller*). */
    'cultural-differences': methods,
    /** The other methods at the step (*andre metoder*). */
    'other-methods': methods,
  }),
  /** The report section and the line range of the figure. */
  source: SourceRefSchema,
});

/**
 * The target-group methods for one SE step, by support dimension (AFI report figures 6–9 and 11).
 *
 * @remarks
 * The five steps must be supplemented with language support, cultural-difference
 * support and user participation for this target group: the main difference from
 * classic SE groups (AFI report 4.3, L6964–6974). Figure 10 is an image of the
 * EUSE toolkit and has no text; step 5's methods are figure 11.
 *
 * @example
 * ```ts
 * const support: StepSupport = getStepSupport('employer-engagement');
 * support.dimensions['cultural-differences'].length; // => 5
 * ```
 * @category Adaptations
 */
export interface StepSupport extends z.output<typeof StepSupportSchema> {}
