import type { Locale } from './localizedText';
import type { SourceDocument, SourceRef } from './sourceRef';
import { guard, guardOneOf } from '../_lib/guards';
import { LOCALES } from './localizedText';
import { SourceRefSchema } from './sourceRefSchema';

const TITLES: Readonly<Record<SourceDocument, { readonly nb: string; readonly en: string }>> = {
  handbook: { nb: 'Håndbok Tilpasset SE', en: 'Handbook Tilpasset SE' },
  'afi-report': { nb: 'AFI-rapport 02:2019', en: 'AFI report 02:2019' },
  'imdi-handbook-page': { nb: 'IMDi om håndboka', en: 'IMDi on the handbook' },
  'imdi-report-page': { nb: 'IMDi om AFI-rapporten', en: 'IMDi on the AFI report' },
  'imdi-guidance': { nb: 'IMDi veiledningshefte', en: 'IMDi guidance booklet' },
  nav: { nb: 'NAV, forskrift om arbeidsmarkedstiltak', en: 'NAV labour-market measure rules' },
  gdpr: { nb: 'Personvernforordningen (GDPR)', en: 'GDPR' },
  library: { nb: 'Bibliotekets standardvalg', en: 'Library default' },
};

/**
 * Formats a {@link SourceRef} as a short citation for display.
 *
 * @param ref - The source reference.
 * @param locale - The locale of the document title; defaults to `en`.
 * @returns A citation such as `Handbook Tilpasset SE, §15 Etteroppfølging (L397)`.
 * @example
 * ```ts
 * formatSourceRef({ document: 'afi-report', section: '8.2' }, 'nb');
 * // => 'AFI-rapport 02:2019, 8.2'
 * ```
 * @category Core
 */
export function formatSourceRef(ref: SourceRef, locale: Locale = 'en'): string {
  guard(SourceRefSchema, ref, 'ref', 'formatSourceRef');
  guardOneOf(LOCALES, locale, 'locale', 'formatSourceRef');
  const title = TITLES[ref.document][locale];
  const lines = ref.lines === undefined ? '' : ` (${ref.lines})`;
  return `${title}, ${ref.section}${lines}`;
}
