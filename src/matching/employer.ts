import { z } from 'zod';
import { INPUT_LIMITS } from '../core/inputLimits';
import { NavMeasureIdSchema } from '../plans/navMeasureIdSchema';

/**
 * Schema of an {@link Employer}: what the job specialist has mapped about the employer.
 *
 * @remarks
 * The handbook maps the employer's need for labour and what the employer can
 * offer ("Kartlegge arbeidsgivers behov", L596–604), and offers NAV measures
 * (wage subsidy, mentor, inclusion grant) that benefit both parties (L612).
 * Employers without experience of the target group need help with language
 * and cultural differences (AFI report 2.4.2, need S6, L4530–4536; handbook §12).
 * An absent field is unknown, never "no".
 *
 * @example
 * ```ts
 * EmployerSchema.parse({ id: 'e-1', acceptsNavMeasures: ['mentor'], experienceWithTargetGroup: false });
 * ```
 * @category Matching
 */
export const EmployerSchema = z.strictObject({
  /** The id of the employer in the consumer's system. */
  id: z.string().min(1).max(INPUT_LIMITS.idLength),
  /** The employer's name (shown to job specialists only). */
  name: z.string().min(1).max(INPUT_LIMITS.idLength).optional(),
  /** The NAV measures the employer accepts; `[]` records "none". */
  acceptsNavMeasures: z.array(NavMeasureIdSchema).max(4).optional(),
  /** True when the employer has employed or trained people from the target group before. */
  experienceWithTargetGroup: z.boolean().optional(),
  /** True when the employer is willing to be trained in the target group's needs (handbook §12). */
  openToTraining: z.boolean().optional(),
  /** True when the employer lets the job specialist support her at the workplace (handbook §14). */
  allowsJobSpecialistOnSite: z.boolean().optional(),
});

/**
 * What the job specialist has mapped about an employer (parsed).
 *
 * @example
 * ```ts
 * const employer: Employer = { id: 'e-1', acceptsNavMeasures: ['wage-subsidy', 'mentor'] };
 * ```
 * @category Matching
 */
export interface Employer extends z.output<typeof EmployerSchema> {}

/**
 * The input accepted by {@link EmployerSchema}, before parsing.
 *
 * @example
 * ```ts
 * const input: EmployerInput = { id: 'e-1' };
 * ```
 * @category Matching
 */
export interface EmployerInput extends z.input<typeof EmployerSchema> {}
