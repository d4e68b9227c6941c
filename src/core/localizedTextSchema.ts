import { z } from 'zod';
import { LOCALES } from './localizedText';

/**
 * Schema of a {@link Locale}.
 *
 * @example
 * ```ts
 * LocaleSchema.parse('en'); // => 'en'
 * ```
 * @category Core
 */
export const LocaleSchema = z.enum(LOCALES);

/**
 * Schema of a {@link LocalizedText}: a non-empty text in both bokmål and English.
 *
 * @example
 * ```ts
 * LocalizedTextSchema.parse({ nb: 'Arbeid', en: 'Work' });
 * ```
 * @category Core
 */
export const LocalizedTextSchema = z.object({
  /** The text in Norwegian bokmål. */
  nb: z.string().min(1),
  /** The text in English. */
  en: z.string().min(1),
});
