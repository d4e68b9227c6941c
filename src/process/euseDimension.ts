import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The four dimensions of Supported Employment in the EUSE definition: place, train, maintain, progress.
 *
 * @remarks
 * The European Union of Supported Employment describes SE follow-up as four
 * dimensions (AFI report 1.1.1, L2365–2380):
 * - `place`: find a suitable job and workplace (*utplassering*).
 * - `train`: learning the tasks with support at the workplace (*opplæring og støtte på arbeidsplass*).
 * - `maintain`: keep the job, with follow-up of both worker and employer (*beholde jobb*).
 * - `progress`: support for further career development (*videre karriereutvikling*).
 *
 * @example
 * ```ts
 * EUSE_DIMENSIONS; // => ['place', 'train', 'maintain', 'progress']
 * ```
 * @category Process
 */
export const EUSE_DIMENSIONS = deepFreeze(['place', 'train', 'maintain', 'progress'] as const);

/**
 * One EUSE dimension; see {@link EUSE_DIMENSIONS}.
 *
 * @example
 * ```ts
 * const dimension: EuseDimension = 'maintain';
 * ```
 * @category Process
 */
export type EuseDimension = (typeof EUSE_DIMENSIONS)[number];

/**
 * Schema of an {@link EuseDimension}.
 *
 * @example
 * ```ts
 * EuseDimensionSchema.parse('progress'); // => 'progress'
 * ```
 * @category Process
 */
export const EuseDimensionSchema = z.enum(EUSE_DIMENSIONS);
