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
