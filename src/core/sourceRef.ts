import { deepFreeze } from '../_lib/deepFreeze';
import type { z } from 'zod';
import type { SourceRefSchema } from './sourceRefSchema';

/**
 * The documents a rule of the library can be sourced from.
 *
 * @remarks
 * - `handbook`: *Tilpasset Supported Employment*, Jobbsjansen Søndre Nordstrand
 *   (seed `001`). Sections are its numbered adaptations (`§1`–`§15`) or its
 *   headings ("Aminas historie", "Balanse mellom forventninger og behov").
 * - `afi-report`: AFI-Rapport 02:2019, *Supported Employment i kvalifiseringstiltak
 *   for innvandrere* (seed `004`). Sections are its chapters ("2.4.2", "8.2").
 * - `imdi-handbook-page`, `imdi-report-page`, `imdi-guidance`: IMDi's pages about
 *   the handbook, the report and the guidance booklet (seeds `000`, `002`, `003`).
 * - `nav`: NAV's rules for labour-market measures (*forskrift om arbeidsmarkedstiltak*),
 *   as summarised in the domain specification §7.
 * - `gdpr`: the EU General Data Protection Regulation (special categories, art. 9).
 * - `library`: a default this library chose where the sources give no number;
 *   every such default is an option.
 *
 * @example
 * ```ts
 * SOURCE_DOCUMENTS.includes('handbook'); // => true
 * ```
 * @category Core
 */
export const SOURCE_DOCUMENTS = deepFreeze([
  'handbook',
  'afi-report',
  'imdi-handbook-page',
  'imdi-report-page',
  'imdi-guidance',
  'nav',
  'gdpr',
  'library',
] as const);

/**
 * Id of a source document; see {@link SOURCE_DOCUMENTS}.
 *
 * @example
 * ```ts
 * const doc: SourceDocument = 'afi-report';
 * ```
 * @category Core
 */
export type SourceDocument = (typeof SOURCE_DOCUMENTS)[number];

/**
 * Where a domain rule, number or catalogue entry comes from.
 *
 * @remarks
 * Every rule the library applies names its source, so that a job specialist
 * or a researcher can look it up and disagree with it.
 *
 * @example
 * ```ts
 * const ref: SourceRef = { document: 'handbook', section: '§15 Etteroppfølging', lines: 'L397' };
 * ```
 * @category Core
 */
export interface SourceRef extends z.output<typeof SourceRefSchema> {}
