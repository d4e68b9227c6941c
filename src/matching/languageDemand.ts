import { deepFreeze } from '../_lib/deepFreeze';
import type { SourceRef } from '../core/sourceRef';
import type { NorwegianLevel } from '../needs/norwegianLevel';
import type { Industry } from './industry';

/**
 * One row of the default language-demand table: the level and where it comes from.
 *
 * @example
 * ```ts
 * const row: LanguageDemand = { level: 'b1', source: { document: 'afi-report', section: '2.4.1' } };
 * ```
 * @category Matching
 */
export interface LanguageDemand {
  /** The Norwegian level the work really demands (oral, CEFR-based). */
  readonly level: NorwegianLevel;
  /** Where the level comes from. */
  readonly source: SourceRef;
}

const B1_CHILDREN_HEALTH: SourceRef = {
  document: 'afi-report',
  section: '2.4.1 (minimum B1 for kindergartens and health institutions)',
  lines: 'L4149–4153',
};
const A2_B1_LIMIT: SourceRef = {
  document: 'afi-report',
  section: '3.5.1 (a limit between A2 and B1 outside service work)',
  lines: 'L5793–5809',
};
const SERVICE_HIGHER: SourceRef = {
  document: 'afi-report',
  section: '3.5.1 (higher for typical service work such as shops)',
  lines: 'L5766–5774, L5793–5797',
};
const LIBRARY: SourceRef = {
  document: 'library',
  section: 'Language demand for office, transport and personal services (no number in the sources)',
};

/**
 * The Norwegian level each industry demands when an opening does not state its own.
 *
 * @remarks
 * Domain specification §6 and the AFI report: *at least B1* for kindergartens
 * and health institutions (2.4.1, L4149–4153; school is read the same way, as
 * work with children); *somewhere between A2 and B1* in work without a typical
 * service function, enough to take and give messages (3.5.1, L5793–5809),
 * encoded as `a2-plus`; *higher* in typical service work such as shops
 * (L5766–5774), encoded as `b1-plus` for retail and reception. Hospitality mixes
 * service and back-of-house work and gets `b1`. Office, transport and personal
 * services have no number in the sources; `b1` is a library default. An
 * opening's own `language.required` always wins, and an opening with
 * extensive customer contact is raised to the service level (`b1-plus`). Pass
 * `languageDemandByIndustry` to `balanceJobMatch` to override any row.
 *
 * @example
 * ```ts
 * DEFAULT_LANGUAGE_DEMAND.kindergarten.level; // => 'b1'
 * DEFAULT_LANGUAGE_DEMAND.cleaning.level; // => 'a2-plus'
 * ```
 * @category Matching
 */
export const DEFAULT_LANGUAGE_DEMAND: Readonly<Record<Industry, LanguageDemand>> = deepFreeze({
  kindergarten: { level: 'b1', source: B1_CHILDREN_HEALTH },
  school: { level: 'b1', source: B1_CHILDREN_HEALTH },
  'health-care': { level: 'b1', source: B1_CHILDREN_HEALTH },
  retail: { level: 'b1-plus', source: SERVICE_HIGHER },
  reception: { level: 'b1-plus', source: SERVICE_HIGHER },
  hospitality: { level: 'b1', source: SERVICE_HIGHER },
  'canteen-and-kitchen': { level: 'a2-plus', source: A2_B1_LIMIT },
  cleaning: { level: 'a2-plus', source: A2_B1_LIMIT },
  laundry: { level: 'a2-plus', source: A2_B1_LIMIT },
  warehouse: { level: 'a2-plus', source: A2_B1_LIMIT },
  construction: { level: 'a2-plus', source: A2_B1_LIMIT },
  manufacturing: { level: 'a2-plus', source: A2_B1_LIMIT },
  transport: { level: 'b1', source: LIBRARY },
  'office-and-accounting': { level: 'b1', source: LIBRARY },
  'personal-services': { level: 'b1', source: LIBRARY },
  other: { level: 'a2-plus', source: A2_B1_LIMIT },
});

/**
 * The level an opening with extensive customer contact is raised to (typical service work).
 *
 * @remarks
 * The AFI report: service and retail work demand more Norwegian and a service
 * attitude (3.5.1, L5766–5774, L5793–5797). Encoded as `b1-plus`, one step
 * above the A2–B1 limit of other work (a library reading of "higher").
 *
 * @example
 * ```ts
 * SERVICE_LANGUAGE_DEMAND.level; // => 'b1-plus'
 * ```
 * @category Matching
 */
export const SERVICE_LANGUAGE_DEMAND: LanguageDemand = Object.freeze({
  level: 'b1-plus',
  source: SERVICE_HIGHER,
});
