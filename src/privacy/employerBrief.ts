import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';
import { IsoDateSchema } from '../core/dates/isoDate';
import { CandidateSchema } from '../matching/candidate';
import { NeedsAssessmentSchema } from '../needs/needsAssessment';
import { ConsentScopeSchema } from '../process/consentScope';
import { BRIEF_SOURCES } from './employerDisclosure';
import { WithholdReasonSchema } from './withholdReason';

/**
 * Whether sharing with an employer is in force, and if not, why.
 *
 * @remarks
 * - `in-force`: `employer-sharing` is given and not withdrawn, and she has not withdrawn from SE.
 * - `not-given`: `employer-sharing` has never been given (as of the date).
 * - `withdrawn`: `employer-sharing` was given and then withdrawn.
 * - `participation-withdrawn`: she has withdrawn her consent to SE follow-up (`se-participation`).
 *
 * @example
 * ```ts
 * EMPLOYER_SHARING_STATUSES[0]; // => 'in-force'
 * ```
 * @category Privacy
 */
export const EMPLOYER_SHARING_STATUSES = deepFreeze([
  'in-force',
  'not-given',
  'withdrawn',
  'participation-withdrawn',
] as const);

/**
 * One value of {@link EMPLOYER_SHARING_STATUSES}.
 *
 * @example
 * ```ts
 * const status: EmployerSharingStatus = 'withdrawn';
 * ```
 * @category Privacy
 */
export type EmployerSharingStatus = (typeof EMPLOYER_SHARING_STATUSES)[number];

/**
 * Schema of a {@link WithheldFact}.
 *
 * @example
 * ```ts
 * WithheldFactSchema.parse({ from: 'assessment', path: 'health', reason: 'scope-not-given', scope: 'employer-sharing-health' });
 * ```
 * @category Privacy
 */
export const WithheldFactSchema = z.object({
  /** The model the fact was in. */
  from: z.enum(BRIEF_SOURCES),
  /** The field path (as in {@link FIELD_SENSITIVITY}); never the value. */
  path: z.string().min(1),
  /** Why it was left out. */
  reason: WithholdReasonSchema,
  /** The consent scope that is missing or withdrawn, for the consent reasons. */
  scope: ConsentScopeSchema.optional(),
});

/**
 * One fact left out of an employer brief: where it was and why, never what it was.
 *
 * @example
 * ```ts
 * const withheld: WithheldFact = { from: 'candidate', path: 'culturalConstraints', reason: 'scope-withdrawn', scope: 'employer-sharing-religion' };
 * ```
 * @category Privacy
 */
export interface WithheldFact extends z.output<typeof WithheldFactSchema> {}

/**
 * Schema of an {@link EmployerBrief}, for consumers that store or forward briefs.
 *
 * @example
 * ```ts
 * EmployerBriefSchema.safeParse(buildEmployerBrief(seCase, { asOf: '2026-05-04' })).success; // => true
 * ```
 * @category Privacy
 */
export const EmployerBriefSchema = z.object({
  /** The date the consents were read at. */
  asOf: IsoDateSchema,
  /** Whether sharing with an employer is in force. */
  sharing: z.enum(EMPLOYER_SHARING_STATUSES),
  /** The employer-sharing scopes in force; empty unless sharing is in force. */
  scopes: z.array(ConsentScopeSchema),
  /** The facts of the needs assessment that may be shared, when an assessment was given and sharing is in force. */
  assessment: NeedsAssessmentSchema.partial().optional(),
  /** The facts of the candidate that may be shared, when a candidate was given and sharing is in force. */
  candidate: CandidateSchema.partial().optional(),
  /** Every recorded fact that was left out, with the reason; for the job specialist, not for the employer. */
  withheld: z.array(WithheldFactSchema),
});

/**
 * What a participant has consented to share with an employer, and what was left out and why.
 *
 * @remarks
 * Give the employer `assessment` and `candidate` only. `withheld` is for the
 * job specialist: that a fact was withheld shows that it was recorded (that
 * there is something about her health, say), so it must not go to the
 * employer. Built by {@link buildEmployerBrief}.
 *
 * @example
 * ```ts
 * const brief: EmployerBrief = buildEmployerBrief(seCase, { asOf: '2026-05-04', candidate });
 * const forEmployer = { assessment: brief.assessment, candidate: brief.candidate };
 * ```
 * @category Privacy
 */
export interface EmployerBrief extends z.output<typeof EmployerBriefSchema> {}
