import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The form in which a plan was agreed with the participant: `written`, `simplified` or `oral`.
 *
 * @remarks
 * The handbook advises writing the plan down so the participant can take it
 * home (handbook §1, L177). The AFI report found that written plans do not work
 * for participants with little Norwegian; job specialists then used the plan
 * orally or worded it to the participant's language level (AFI report 4.5.2,
 * L7455–7463). `simplified` is a written plan in plain words adapted to the
 * participant's level.
 *
 * @example
 * ```ts
 * PLAN_FORMS; // => ['written', 'simplified', 'oral']
 * ```
 * @category Plans
 */
export const PLAN_FORMS = deepFreeze(['written', 'simplified', 'oral'] as const);

/**
 * One plan form; see {@link PLAN_FORMS}.
 *
 * @example
 * ```ts
 * const form: PlanForm = 'oral';
 * ```
 * @category Plans
 */
export type PlanForm = (typeof PLAN_FORMS)[number];

/**
 * Schema of a {@link PlanForm}.
 *
 * @example
 * ```ts
 * PlanFormSchema.parse('simplified'); // => 'simplified'
 * ```
 * @category Plans
 */
export const PlanFormSchema = z.enum(PLAN_FORMS);
