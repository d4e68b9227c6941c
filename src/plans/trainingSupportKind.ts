import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The kinds of support a training plan (*opplæringsplan*) can arrange at the workplace.
 *
 * @remarks
 * - `mentor`: a colleague appointed as mentor, possibly with NAV's mentor grant.
 * - `buddy`: a *fadder*, preferably with the same mother tongue (AFI report 4.8, L8098).
 * - `company-instructor`: a *bedriftslærer* who gives language and task support.
 * - `colleague`: an ordinary colleague who has agreed to help.
 * - `job-specialist-on-site`: the job specialist working alongside the participant (*jobbstøtte*, handbook §14).
 *
 * The first four are natural support at the workplace (AFI report 4.8.1,
 * L8004–8006; handbook §12, L340–342).
 *
 * @example
 * ```ts
 * TRAINING_SUPPORT_KINDS.includes('buddy'); // => true
 * ```
 * @category Plans
 */
export const TRAINING_SUPPORT_KINDS = deepFreeze([
  'mentor',
  'buddy',
  'company-instructor',
  'colleague',
  'job-specialist-on-site',
] as const);

/**
 * One kind of workplace support; see {@link TRAINING_SUPPORT_KINDS}.
 *
 * @example
 * ```ts
 * const support: TrainingSupportKind = 'job-specialist-on-site';
 * ```
 * @category Plans
 */
export type TrainingSupportKind = (typeof TRAINING_SUPPORT_KINDS)[number];

/**
 * Schema of a {@link TrainingSupportKind}.
 *
 * @example
 * ```ts
 * TrainingSupportKindSchema.parse('mentor'); // => 'mentor'
 * ```
 * @category Plans
 */
export const TrainingSupportKindSchema = z.enum(TRAINING_SUPPORT_KINDS);
