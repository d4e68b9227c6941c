import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';
import { INPUT_LIMITS } from '../core/inputLimits';
import { NeedsAssessmentSchema, type NeedsAssessment } from '../needs/needsAssessment';
import { ClockTimeSchema } from './clockTime';
import { IndustrySchema } from './industry';
import { LocationSchema } from './location';
import { PositionTypeSchema } from './positionType';

const flag = z.boolean().optional();
const percent = z.number().min(1).max(100);
const assessment = NeedsAssessmentSchema.shape;

/**
 * Who can take over at home when her working hours fall outside the children's care.
 *
 * @remarks
 * - `available`: someone (spouse, older children, a neighbour, network) already does.
 * - `can-be-arranged`: nobody yet, but a family council or the network can
 *   arrange it (handbook §5–6, L236–258).
 * - `none`: nobody; many single mothers have no one to take the children to
 *   kindergarten when work starts at 06:00 (AFI report 2.4.2, L4423–4427).
 *
 * @example
 * ```ts
 * CARE_RELIEF_LEVELS.includes('can-be-arranged'); // => true
 * ```
 * @category Matching
 */
export const CARE_RELIEF_LEVELS = deepFreeze(['available', 'can-be-arranged', 'none'] as const);

/**
 * How much income the household needs from the job.
 *
 * @remarks
 * A sole provider or a family under the income requirement for family
 * reunification needs a full income; a strained economy is both a motivation
 * and a pressure (AFI report 2.4.1–2.4.2, L4350–4360, L4389–4395).
 *
 * @example
 * ```ts
 * INCOME_NEEDS[0]; // => 'high'
 * ```
 * @category Matching
 */
export const INCOME_NEEDS = deepFreeze(['high', 'moderate', 'low'] as const);

/**
 * Schema of a {@link Candidate}: a participant's expectations and constraints for a job match.
 *
 * @remarks
 * The candidate's side of the handbook's balance "between the candidate's
 * expectations and the employer's needs" (L633–649) and of the AFI report's
 * care constraints (2.4.2, L4423–4433). The facts the needs assessment already
 * records keep the same names and schemas as in `NeedsAssessmentSchema`
 * (`norwegian`, `literacy`, `workExperience`, `health`, `children`,
 * `singleProvider`, `spouseWorksShifts`, `familyStance`, `maritalChallenges`,
 * `safety`, `travelsAlone`, `finances`, `wishToWork`, `jobWishes`,
 * `culturalConstraints`, `rulesKnowledge`), so an assessment's facts can be
 * copied across. The rest are the matching facts: wishes by industry and
 * position type, hours she can work, care relief, commute limits, attitude and
 * income need.
 *
 * Special-category data (GDPR art. 9): `health`, `children[].extraCare`,
 * `safety` and `culturalConstraints` (religion). An absent field is unknown,
 * never `false` or `[]`.
 *
 * @example
 * ```ts
 * const candidate = CandidateSchema.parse({
 *   id: 'c-1', norwegian: { oral: 'a2-plus' }, children: [{ age: 3 }], careRelief: 'none',
 *   wishes: { industries: ['laundry'] }, availability: { earliestStart: '08:00' },
 * });
 * ```
 * @category Matching
 */
export const CandidateSchema = z.strictObject({
  /** The id of the candidate in the consumer's system. */
  id: z.string().min(1).max(INPUT_LIMITS.idLength),
  /** Her spoken and written Norwegian (as in the needs assessment). */
  norwegian: assessment.norwegian,
  /** Whether she reads and writes, in her own language and in Latin script (as in the needs assessment). */
  literacy: assessment.literacy,
  /** Years of paid work abroad and in Norway, and the occupations (as in the needs assessment). */
  workExperience: assessment.workExperience,
  /** The industries she has worked in, anywhere; `[]` records "none". */
  experienceIndustries: z.array(IndustrySchema).max(20).optional(),
  /** Special category (health). Her health as it bears on work (as in the needs assessment). */
  health: assessment.health,
  /** Her children living at home; `[]` records "no children at home" (as in the needs assessment). */
  children: assessment.children,
  /** True when she is the only provider for her children (*eneforsørger*). */
  singleProvider: assessment.singleProvider,
  /** True when her spouse works shifts (handbook L638). */
  spouseWorksShifts: assessment.spouseWorksShifts,
  /** The family's stance on her going out to work. */
  familyStance: assessment.familyStance,
  /** True when there are difficulties in the marriage or a separation (handbook L641). */
  maritalChallenges: assessment.maritalChallenges,
  /** Special category. Disclosed negative social control or violence (as in the needs assessment). */
  safety: assessment.safety,
  /** True when she travels alone by public transport (handbook §8, L278). */
  travelsAlone: assessment.travelsAlone,
  /** The household economy (as in the needs assessment). */
  finances: assessment.finances,
  /** Whether she says she wants paid work. */
  wishToWork: assessment.wishToWork,
  /** The jobs she wishes for (free text, compared with the opening's occupation). */
  jobWishes: assessment.jobWishes,
  /** Special category (religion). Religious or cultural limits on tasks, dress and contact. */
  culturalConstraints: assessment.culturalConstraints,
  /** How well she knows society's and working life's rules (as in the needs assessment). */
  rulesKnowledge: assessment.rulesKnowledge,
  /** Her wishes for the job. */
  wishes: z
    .strictObject({
      /** The industries she wants to work in; `[]` records "cannot name any yet". */
      industries: z.array(IndustrySchema).max(20).optional(),
      /** The industries she does not want to work in. */
      avoidIndustries: z.array(IndustrySchema).max(20).optional(),
      /** True when she is open to work outside her wishes, to explore (job tasting). */
      openToOtherWork: flag,
      /** The kinds of position she will take; `[]` is not allowed (leave it out when unknown). */
      positionTypes: z.array(PositionTypeSchema).min(1).max(4).optional(),
      /** True when she wants a permanent position, not a dead end. */
      permanent: flag,
    })
    .optional(),
  /** How much income the household needs from the job. */
  incomeNeed: z.enum(INCOME_NEEDS).optional(),
  /** The hours and position share she can work. */
  availability: z
    .strictObject({
      /** The earliest time she can start. */
      earliestStart: ClockTimeSchema.optional(),
      /** The latest time she can finish. */
      latestEnd: ClockTimeSchema.optional(),
      /** True when she can work evenings. */
      evenings: flag,
      /** True when she can work weekends. */
      weekends: flag,
      /** True when she can work nights. */
      nights: flag,
      /** The smallest position share she wants, 1–100. */
      minPositionPercent: percent.optional(),
      /** The largest position share she can manage, 1–100. */
      maxPositionPercent: percent.optional(),
    })
    .optional(),
  /** Who can take over at home when work falls outside the children's care. */
  careRelief: z.enum(CARE_RELIEF_LEVELS).optional(),
  /** How far she can travel to work. */
  commute: z
    .strictObject({
      /** Where she lives. */
      home: LocationSchema.optional(),
      /** The longest trip to work she can manage, one way, in minutes. */
      maxMinutes: z.number().min(0).max(600).optional(),
    })
    .optional(),
  /** Her attitude to work as it meets the employer's expectations. */
  attitude: z
    .strictObject({
      /** Whether she takes initiative, or waits for the next instruction (a hierarchical work culture). */
      initiative: z.enum(['takes-initiative', 'waits-for-instructions']).optional(),
      /** Whether she has a service attitude towards customers, or is developing it. */
      serviceAttitude: z.enum(['established', 'developing']).optional(),
      /** Whether she keeps times and appointments, or needs support with it. */
      punctuality: z.enum(['reliable', 'needs-support']).optional(),
    })
    .optional(),
});

/**
 * A participant's expectations and constraints for a job match (parsed); see {@link CandidateSchema}.
 *
 * @example
 * ```ts
 * const candidate: Candidate = { id: 'c-1', norwegian: { oral: 'b1' }, travelsAlone: true };
 * ```
 * @category Matching
 */
export interface Candidate extends z.output<typeof CandidateSchema> {}

/**
 * The input accepted by {@link CandidateSchema}, before parsing.
 *
 * @example
 * ```ts
 * const input: CandidateInput = { id: 'c-1', wishes: { industries: ['kindergarten'] } };
 * parseCandidate(input);
 * ```
 * @category Matching
 */
export interface CandidateInput extends z.input<typeof CandidateSchema> {}

/**
 * The facts a needs assessment already records and a {@link Candidate} takes over unchanged.
 *
 * @remarks
 * For each of these fields the candidate schema uses the very field schema of
 * `NeedsAssessmentSchema`, so the two can never drift apart.
 *
 * @example
 * ```ts
 * ASSESSMENT_CANDIDATE_FIELDS.includes('culturalConstraints'); // => true
 * ```
 * @category Matching
 */
export const ASSESSMENT_CANDIDATE_FIELDS = deepFreeze([
  'norwegian',
  'literacy',
  'workExperience',
  'health',
  'children',
  'singleProvider',
  'spouseWorksShifts',
  'familyStance',
  'maritalChallenges',
  'safety',
  'travelsAlone',
  'finances',
  'wishToWork',
  'jobWishes',
  'culturalConstraints',
  'rulesKnowledge',
] as const satisfies readonly (keyof NeedsAssessment & keyof Candidate)[]);
