import type { Locale, LocalizedText } from './localizedText';
import { guard, guardOneOf } from '../_lib/guards';
import { LOCALES } from './localizedText';
import { LocalizedTextSchema } from './localizedTextSchema';

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
  guard(LocalizedTextSchema, text, 'text', 'localize');
  if (locale !== 'nb' && locale !== 'en') guardOneOf(LOCALES, locale, 'locale', 'localize');
  return locale === 'nb' ? text.nb : text.en;
}
