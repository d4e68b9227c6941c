import { z } from 'zod';
import { LocalizedTextSchema } from '../core/localizedTextSchema';
import { PolicySchema } from '../core/policySchema';
import { SourceRefSchema } from '../core/sourceRefSchema';
import { NavMeasureIdSchema, NavNeedsGroupSchema } from './navMeasureIdSchema';

/**
 * Schema of one {@link NavMeasure} entry in the catalogue.
 *
 * @example
 * ```ts
 * NavMeasureSchema.parse(NAV_MEASURES['mentor']).id; // => 'mentor'
 * ```
 * @category Plans
 */
export const NavMeasureSchema = z.object({
  /** The measure's id. */
  id: NavMeasureIdSchema,
  /** The measure's name in bokmål and English. */
  title: LocalizedTextSchema,
  /** What the measure is for, in our own words. */
  summary: LocalizedTextSchema,
  /** The needs groups the measure can be used for. */
  appliesTo: z.array(NavNeedsGroupSchema).min(1),
  /** The key in `Policy.navMeasureLimits` that holds the longest duration, per needs group. */
  limitKeys: z.object({
    /** The limit for people without reduced work capacity. */
    ordinary: PolicySchema.shape.navMeasureLimits.keyof(),
    /** The limit for people with reduced work capacity (*nedsatt arbeidsevne*). */
    'reduced-work-capacity': PolicySchema.shape.navMeasureLimits.keyof(),
  }),
  /** Where the limit comes from. */
  source: SourceRefSchema,
});
