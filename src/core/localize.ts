import type { Locale, LocalizedText } from './localizedText';

/**
 * Picks the text for one locale from a {@link LocalizedText}.
 *
 * @remarks
 * Both locales are required by the schema, so this never falls back; an
 * unknown locale string (from untyped callers) gets the English text.
 *
 * @param text - The localized text.
 * @param locale - The wanted locale, `nb` or `en`.
 * @returns The text in that locale.
 * @example
 * ```ts
 * localize({ nb: 'Arbeid', en: 'Work' }, 'nb'); // => 'Arbeid'
 * ```
 * @category Core
 */
export function localize(text: LocalizedText, locale: Locale): string {
  return locale === 'nb' ? text.nb : text.en;
}
