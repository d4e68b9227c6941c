import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The kinds of position an employer can need.
 *
 * @remarks
 * The handbook maps whether the employer's need is seasonal, part-time, extra
 * shifts or a full position ("Kartlegge arbeidsgivers behov", L600):
 * - `seasonal`: a season or a holiday stand-in (*ferievikariat*).
 * - `part-time`: a fixed part-time position (*deltid*).
 * - `extra-shifts`: extra shifts or on-call work (*ekstravakter*, *ringevikar*).
 * - `full-time`: a full position (*full stilling*).
 *
 * @example
 * ```ts
 * POSITION_TYPES.includes('extra-shifts'); // => true
 * ```
 * @category Matching
 */
export const POSITION_TYPES = deepFreeze(['seasonal', 'part-time', 'extra-shifts', 'full-time'] as const);

/**
 * One position type; see {@link POSITION_TYPES}.
 *
 * @example
 * ```ts
 * const type: PositionType = 'part-time';
 * ```
 * @category Matching
 */
export type PositionType = (typeof POSITION_TYPES)[number];

/**
 * Schema of a {@link PositionType}.
 *
 * @example
 * ```ts
 * PositionTypeSchema.parse('seasonal'); // => 'seasonal'
 * ```
 * @category Matching
 */
export const PositionTypeSchema = z.enum(POSITION_TYPES);
