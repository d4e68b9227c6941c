import { z } from 'zod';

/**
 * Schema of a {@link Location}: where a workplace is, or where a candidate lives.
 *
 * @remarks
 * Travel time decides the `commute` factor ("Reisevei", handbook L643). Few in
 * the target group have a car and public transport takes long when she must
 * reach several places (AFI report 2.4.2, L4431–4433). Any of the fields can be
 * given; `balanceJobMatch` estimates travel time from coordinates, or from the
 * same district, unless the caller supplies its own estimate.
 *
 * @example
 * ```ts
 * LocationSchema.parse({ district: 'Søndre Nordstrand', municipality: 'Oslo' });
 * ```
 * @category Matching
 */
export const LocationSchema = z.strictObject({
  /** The district (*bydel*) or neighbourhood, as the consumer names it. */
  district: z.string().min(1).max(200).optional(),
  /** The municipality (*kommune*). */
  municipality: z.string().min(1).max(200).optional(),
  /** The position in decimal degrees (WGS 84). */
  coordinates: z
    .strictObject({
      /** The latitude in decimal degrees. */
      latitude: z.number().min(-90).max(90),
      /** The longitude in decimal degrees. */
      longitude: z.number().min(-180).max(180),
    })
    .optional(),
});

/**
 * Where a workplace is, or where a candidate lives.
 *
 * @example
 * ```ts
 * const home: Location = { district: 'Søndre Nordstrand', coordinates: { latitude: 59.83, longitude: 10.83 } };
 * ```
 * @category Matching
 */
export interface Location extends z.output<typeof LocationSchema> {}
