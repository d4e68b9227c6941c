import { parseWith } from '../_lib/parseWith';
import type { NeedsAssessment } from '../needs/needsAssessment';
import {
  ASSESSMENT_CANDIDATE_FIELDS,
  CandidateSchema,
  type Candidate,
  type CandidateInput,
} from './candidate';
import { guard, guardOptions } from '../_lib/guards';
import { NeedsAssessmentSchema } from '../needs/needsAssessment';

/**
 * The matching facts that a needs assessment does not record (wishes by industry, hours, care relief…).
 *
 * @example
 * ```ts
 * const facts: CandidateMatchingFacts = { careRelief: 'can-be-arranged', wishes: { industries: ['laundry'] } };
 * ```
 * @category Matching
 */
export type CandidateMatchingFacts = Omit<
  CandidateInput,
  (typeof ASSESSMENT_CANDIDATE_FIELDS)[number] | 'id'
> & {
  /** The candidate id; defaults to the assessment's `participantId`, else its `id`. */
  readonly id?: string;
};

/**
 * Builds a matching candidate from a needs assessment plus the facts only matching needs.
 *
 * @remarks
 * The candidate reuses the assessment's facts and schemas where they overlap
 * (Norwegian, literacy, experience, health, children, family, travel, wishes,
 * religious constraints), so a job specialist records each fact once. The
 * job-match balance is done at step 3 of SE, on the vocational profile of step
 * 2 (domain specification §3, §6). Special-category fields (health, safety,
 * religion) are copied as they are; sharing any of them with an employer is a
 * separate question of consent.
 *
 * @param assessment - The parsed needs assessment.
 * @param facts - The matching facts the assessment does not hold.
 * @returns The parsed candidate.
 * @throws {@link SupportedEmploymentError} `invalid_input` when the facts do not fit the candidate schema.
 * @example
 * ```ts
 * const candidate = candidateFromAssessment(assessment, { careRelief: 'none', wishes: { industries: ['laundry'] } });
 * rankOpenings(candidate, openings, { limit: 5 });
 * ```
 * @category Matching
 */
export function candidateFromAssessment(
  assessment: NeedsAssessment,
  facts: CandidateMatchingFacts = {},
): Candidate {
  guard(NeedsAssessmentSchema, assessment, 'assessment', 'candidateFromAssessment');
  guardOptions(facts, 'candidateFromAssessment', 'facts');
  const shared: Record<string, unknown> = {};
  for (const key of ASSESSMENT_CANDIDATE_FIELDS) {
    const value = assessment[key];
    if (value !== undefined) shared[key] = value;
  }
  return parseWith(
    CandidateSchema,
    { ...facts, ...shared, id: facts.id ?? assessment.participantId ?? assessment.id },
    'candidate',
  );
}
