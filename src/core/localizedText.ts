import { deepFreeze } from '../_lib/deepFreeze';
import type { z } from 'zod';
import type { LocalizedTextSchema } from './localizedTextSchema';

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
export const LOCALES = deepFreeze(['nb', 'en'] as const);

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
