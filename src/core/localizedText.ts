import { z } from 'zod';

/**
 * The locales every user-facing text of the library is written in.
 *
 * @remarks
 * Bokmål (`nb`) for Norwegian job specialists and participants' documents,
 * English (`en`) for everyone else. The method's own words keep their Norwegian
 * form in the English texts the first time they appear.
 *
 * @example
 * ```ts
 * LOCALES.includes('nb'); // => true
 * ```
 * @category Core
 */
export const LOCALES = ['nb', 'en'] as const;

/**
 * A locale id: `nb` (Norwegian bokmål) or `en` (English).
 *
 * @example
 * ```ts
 * const locale: Locale = 'nb';
 * ```
 * @category Core
 */
export type Locale = (typeof LOCALES)[number];

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

/**
 * A user-facing text in Norwegian bokmål and English.
 *
 * @remarks
 * Every catalogue entry, issue message and explanation the library produces is
 * a `LocalizedText`, so that a UI can show it in either language without a
 * translation layer of its own.
 *
 * @example
 * ```ts
 * const title: LocalizedText = { nb: 'Etteroppfølging', en: 'Follow-up after employment' };
 * ```
 * @category Core
 */
export interface LocalizedText extends z.output<typeof LocalizedTextSchema> {}
