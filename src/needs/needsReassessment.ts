import { z } from 'zod';
import { IssueSchema } from '../issue';
import { NEED_SEVERITIES } from './needId';
import { NeedIdSchema } from './needIdSchema';
import { ClassifiedNeedSchema, NeedsProfileSchema } from './needsProfile';

/**
 * Schema of a {@link NeedSeverityChange}.
 *
 * @example
 * ```ts
 * NeedSeverityChangeSchema.parse({ id: 'health', from: 'moderate', to: 'high', direction: 'raised' });
 * ```
 * @category Needs
 */
export const NeedSeverityChangeSchema = z.object({
  /** The need whose severity changed. */
  id: NeedIdSchema,
  /** The severity in the previous profile. */
  from: z.enum(NEED_SEVERITIES),
  /** The severity now. */
  to: z.enum(NEED_SEVERITIES),
  /** Whether the need became more (`raised`) or less (`lowered`) severe. */
  direction: z.enum(['raised', 'lowered']),
});

/**
 * A need present before and now, at a different severity.
 *
 * @example
 * ```ts
 * const change: NeedSeverityChange = { id: 'housing', from: 'high', to: 'moderate', direction: 'lowered' };
 * ```
 * @category Needs
 */
export interface NeedSeverityChange extends z.output<typeof NeedSeverityChangeSchema> {}

/**
 * Schema of a {@link NeedsReassessment}.
 *
 * @example
 * ```ts
 * NeedsReassessmentSchema.safeParse(reassessNeeds(previous, assessment)).success; // => true
 * ```
 * @category Needs
 */
export const NeedsReassessmentSchema = z.object({
  /** The new profile, classified from the new assessment. */
  profile: NeedsProfileSchema,
  /** Needs present now that were not present before (as classified now). */
  appeared: z.array(ClassifiedNeedSchema),
  /** Needs present before that are not present now (as classified before). */
  resolved: z.array(ClassifiedNeedSchema),
  /** Needs present in both, at a different severity. */
  changed: z.array(NeedSeverityChangeSchema),
  /** Needs present in both at the same severity. */
  unchanged: z.array(NeedIdSchema),
  /** Findings about the comparison itself, such as an assessment dated before the previous one. */
  issues: z.array(IssueSchema),
});

/**
 * What changed between a previous needs profile and a new assessment.
 *
 * @remarks
 * Needs often surface only after enrolment, and others are resolved by the
 * follow-up (AFI 2.5, L5130–5132), so a profile is re-assessed over time
 * (domain specification §4).
 *
 * @example
 * ```ts
 * const change: NeedsReassessment = reassessNeeds(previousProfile, newAssessment);
 * change.appeared.map((n) => n.id);
 * ```
 * @category Needs
 */
export interface NeedsReassessment extends z.output<typeof NeedsReassessmentSchema> {}
