import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The industries a job opening (and a candidate's wishes and experience) can belong to.
 *
 * @remarks
 * Drawn from the industries the handbook names as having a great need for
 * labour (service, accounting, health, kindergartens; restaurant, canteen,
 * cleaning and reception; facility management and *Horeca*, L600–602 and
 * L657–659), the positions its candidates were placed in during 2022
 * (L614–625) and the workplaces in the AFI report's employer chapter (shop,
 * warehouse, hotel, kindergarten, café, school, construction; 3.3, L5341–5355):
 * - `kindergarten`, `school`, `health-care` (nursing homes, home care, dental assistant)
 * - `retail` (shops), `reception`, `hospitality` (hotel, restaurant, café)
 * - `canteen-and-kitchen`, `cleaning`, `laundry` (including dry cleaning)
 * - `warehouse`, `construction`, `manufacturing` (food and fish processing, bakery)
 * - `transport` (bus driver), `office-and-accounting`, `personal-services` (hairdresser, car care)
 * - `other`
 *
 * @example
 * ```ts
 * INDUSTRIES.includes('laundry'); // => true
 * ```
 * @category Matching
 */
export const INDUSTRIES = deepFreeze([
  'kindergarten',
  'school',
  'health-care',
  'retail',
  'reception',
  'hospitality',
  'canteen-and-kitchen',
  'cleaning',
  'laundry',
  'warehouse',
  'construction',
  'manufacturing',
  'transport',
  'office-and-accounting',
  'personal-services',
  'other',
] as const);

/**
 * One industry; see {@link INDUSTRIES}.
 *
 * @example
 * ```ts
 * const industry: Industry = 'kindergarten';
 * ```
 * @category Matching
 */
export type Industry = (typeof INDUSTRIES)[number];

/**
 * Schema of an {@link Industry}.
 *
 * @example
 * ```ts
 * IndustrySchema.parse('cleaning'); // => 'cleaning'
 * ```
 * @category Matching
 */
export const IndustrySchema = z.enum(INDUSTRIES);

/**
 * Words that name an industry in a free-text job wish, in bokmål and English.
 *
 * @remarks
 * Interest compares her job wishes with the industry and the occupation of an
 * opening (domain specification §6, "Derive, do not give up"). Job wishes are
 * free text ("barnehageassistent", "kindergarten assistant"), so a wish names
 * an industry when it contains one of these words: Norwegian builds compounds,
 * and "barnehage" is found in "barnehageassistent". The lists are a library
 * default (document `library`), not a source's vocabulary.
 *
 * @example
 * ```ts
 * INDUSTRY_WORDS.kindergarten.includes('barnehage'); // => true
 * ```
 * @category Matching
 */
export const INDUSTRY_WORDS: Readonly<Record<Industry, readonly string[]>> = deepFreeze({
  kindergarten: ['barnehage', 'kindergarten', 'daycare', 'nursery'],
  school: ['skole', 'school'],
  'health-care': [
    'helse',
    'sykehjem',
    'omsorg',
    'pleie',
    'hjemmetjeneste',
    'health',
    'nursing',
    'care home',
    'caregiver',
  ],
  retail: ['butikk', 'dagligvare', 'kasse', 'salg', 'retail', 'store', 'cashier', 'sales'],
  reception: ['resepsjon', 'reception'],
  hospitality: ['hotell', 'restaurant', 'servitør', 'kafé', 'kafe', 'hotel', 'waiter', 'café'],
  'canteen-and-kitchen': ['kantine', 'kjøkken', 'kokk', 'canteen', 'kitchen', 'cook'],
  cleaning: ['renhold', 'rengjøring', 'cleaning', 'cleaner'],
  laundry: ['vaskeri', 'laundry'],
  warehouse: ['lager', 'logistikk', 'warehouse', 'logistics'],
  construction: ['bygg', 'anlegg', 'snekker', 'construction', 'builder'],
  manufacturing: ['produksjon', 'fabrikk', 'industri', 'manufacturing', 'factory', 'production'],
  transport: ['transport', 'sjåfør', 'driver'],
  'office-and-accounting': ['kontor', 'regnskap', 'office', 'accounting', 'bookkeeping'],
  'personal-services': ['frisør', 'skjønnhet', 'hairdresser', 'beauty'],
  other: [],
});
