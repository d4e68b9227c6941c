import { z } from 'zod';
import { INPUT_LIMITS } from '../core/inputLimits';
import { IsoDateSchema } from '../core/dates/isoDate';
import { ProgrammeSchema } from './programme';
import { WorkplaceObservationSchema } from './workplaceObservations';
import {
  ChildSchema,
  CulturalConstraintsSchema,
  DigitalSkillsSchema,
  EarlierMeasuresSchema,
  FinancesSchema,
  HealthSchema,
  LiteracySchema,
  NorwegianSkillsSchema,
  PlacementRecordSchema,
  QualificationSchema,
  RulesKnowledgeSchema,
  SafetyConcernsSchema,
  WorkExperienceSchema,
} from './assessmentParts';
import {
  ConfidenceLevelSchema,
  CurrentWorkStatusSchema,
  FamilyStanceSchema,
  GenderSchema,
  HousingSituationSchema,
  ImmigrationReasonSchema,
  JobSeekingSkillLevelSchema,
  NetworkLevelSchema,
  OtherSchemeSchema,
  SchoolingLevelSchema,
  WorkWishSchema,
} from './assessmentVocabularies';

const years = z.number().min(0).max(100);
const freeText = z.string().min(1).max(INPUT_LIMITS.idLength);

/**
 * Schema of a {@link NeedsAssessment}: the facts a job specialist records about a participant.
 *
 * @remarks
 * The facts come from the first meetings (*kartlegging*) and are updated as the
 * follow-up goes on, because needs often surface only after enrolment (AFI
 * 2.5, L5130–5132). Every field except `id` and `assessedOn` is optional:
 * real assessments are incomplete, and an absent field means "not known yet",
 * which is never the same as `false`, `0`, `[]` or `'none'` (a recorded "no").
 * Unknown keys are rejected, so that a misspelt fact is not silently lost.
 *
 * Special-category data (GDPR art. 9; domain specification §8) are marked in
 * the field comments: `health`, `safety`, `culturalConstraints` and
 * `countryOfOrigin` (ethnic origin), plus `children[].extraCare`. The full list
 * is {@link NEEDS_ASSESSMENT_SPECIAL_CATEGORY_FIELDS}.
 *
 * @example
 * ```ts
 * const assessment = NeedsAssessmentSchema.parse({
 *   id: 'a-1', assessedOn: '2026-03-02', norwegian: { oral: 'a2' }, travelsAlone: false,
 * });
 * ```
 * @category Needs
 */
export const NeedsAssessmentSchema = z.strictObject({
  /** The id of this assessment (unique within the consumer's system). */
  id: z.string().min(1).max(INPUT_LIMITS.idLength),
  /** The date the facts were recorded. */
  assessedOn: IsoDateSchema,
  /** The id of the participant, when the consumer links assessments to a person. */
  participantId: z.string().min(1).max(INPUT_LIMITS.idLength).optional(),
  /** Her age in whole years. */
  age: z.number().int().min(0).max(120).optional(),
  /** Her gender. */
  gender: GenderSchema.optional(),
  /** Special category (ethnic origin). The country she comes from (free text). */
  countryOfOrigin: freeText.optional(),
  /** Why she came to Norway, as far as it matters for programmes. */
  immigrationReason: ImmigrationReasonSchema.optional(),
  /** The years she has lived in Norway. */
  yearsInNorway: years.optional(),
  /** The programme she follows SE in. */
  programme: ProgrammeSchema.optional(),
  /** Other qualification schemes she is covered by; `[]` records "none". */
  otherSchemes: z.array(OtherSchemeSchema).max(5).optional(),
  /** How much paid work she has now. */
  currentWork: CurrentWorkStatusSchema.optional(),
  /** True when she is in ordinary education (school, upper secondary, college). */
  inOrdinaryEducation: z.boolean().optional(),
  /** The language she prefers to speak in meetings (free text). */
  preferredLanguage: freeText.optional(),
  /** True when meetings need an interpreter (handbook §1, L175). */
  interpreterNeeded: z.boolean().optional(),
  /** Her spoken and written Norwegian. */
  norwegian: NorwegianSkillsSchema.optional(),
  /** Whether she reads and writes, in her own language and in Latin script. */
  literacy: LiteracySchema.optional(),
  /** Years of schooling completed, anywhere. */
  yearsOfSchooling: years.optional(),
  /** The highest schooling completed, when the exact years are not known. */
  schooling: SchoolingLevelSchema.optional(),
  /** Completed qualifications, with their recognition; `[]` records "none". */
  qualifications: z.array(QualificationSchema).max(20).optional(),
  /** Years of paid work abroad and in Norway. */
  workExperience: WorkExperienceSchema.optional(),
  /** How far she can look for work on her own. */
  jobSeekingSkills: JobSeekingSkillLevelSchema.optional(),
  /** Special category (health). Her health as it bears on work. */
  health: HealthSchema.optional(),
  /** Her children living at home; `[]` records "no children at home". */
  children: z.array(ChildSchema).max(20).optional(),
  /** True when she is the only provider for her children (*eneforsørger*). */
  singleProvider: z.boolean().optional(),
  /** True when her spouse works shifts (handbook L638). */
  spouseWorksShifts: z.boolean().optional(),
  /** True when someone at home (a partner, a grown-up child, a relative) can take over the care when she works; false records "no one" (handbook §6, L256; AFI 2.4.2, L4423–4429). */
  reliefAtHome: z.boolean().optional(),
  /** True when she cares for ill or elderly relatives besides her children (AFI 2.4.2, L4441–4447). */
  otherCareDuties: z.boolean().optional(),
  /** The family's stance on her going out to work. */
  familyStance: FamilyStanceSchema.optional(),
  /** True when there are difficulties in the marriage or a separation (handbook L641; AFI 2.4.2, L4396–4408). */
  maritalChallenges: z.boolean().optional(),
  /** Special category. Disclosed negative social control or violence. */
  safety: SafetyConcernsSchema.optional(),
  /** How large her network outside the family is. */
  networkOutsideFamily: NetworkLevelSchema.optional(),
  /** True when she travels alone by public transport (handbook §8, L278). */
  travelsAlone: z.boolean().optional(),
  /** The digital services she can use on her own. */
  digitalSkills: DigitalSkillsSchema.optional(),
  /** Her housing situation. */
  housing: HousingSituationSchema.optional(),
  /** The household economy. */
  finances: FinancesSchema.optional(),
  /** Her own rating of her confidence that she can get and keep a job. */
  confidence: ConfidenceLevelSchema.optional(),
  /** Whether she says she wants paid work. */
  wishToWork: WorkWishSchema.optional(),
  /** The jobs she wishes for (free text); `[]` records "cannot name any yet". */
  jobWishes: z.array(freeText).max(20).optional(),
  /** Labour-market measures tried before, and whether they helped. */
  earlierMeasures: EarlierMeasuresSchema.optional(),
  /** True when she is at risk of dropping out of her programme (AFI 8.2, L12814–12816). */
  dropoutRisk: z.boolean().optional(),
  /** True when advisers have found it hard to find a placement for her (AFI 8.2, L12818). */
  hardToPlace: z.boolean().optional(),
  /** True when "difficult behaviour" or social challenges are reported (AFI 8.2, L12820). */
  socialChallenges: z.boolean().optional(),
  /** True when she could not benefit from a placement or show her worth without workplace follow-up (AFI 8.2, L12822–12824). */
  struggledInPlacementAlone: z.boolean().optional(),
  /** True when she wants to prioritise school or education before work (AFI 6.6, L11513–11523). */
  educationFirst: z.boolean().optional(),
  /** True when the job specialist judges she can get work through a good match that takes time to find (AFI 2.4.2, L4637–4639). */
  goodMatchTakesTime: z.boolean().optional(),
  /** Work-culture gaps observed at a workplace, as coded observations (handbook §9, §12–13, L334–351, L377–383; AFI 2.4.2, L4529–4582); `[]` records "none observed". */
  workplaceObservations: z.array(WorkplaceObservationSchema).max(20).optional(),
  /** Placements and jobs she has had; `[]` records "none". */
  placements: z.array(PlacementRecordSchema).max(50).optional(),
  /** How well she knows society's and working life's rules. */
  rulesKnowledge: RulesKnowledgeSchema.optional(),
  /** True when she has been offered or has done undeclared ("black") work (AFI 2.4.3, L4916–4936). */
  undeclaredWorkExperienced: z.boolean().optional(),
  /** True when she has met exploitation or unequal treatment at work (AFI 2.4.3, L4938–4963). */
  exploitationExperienced: z.boolean().optional(),
  /** Special category (religion). Religious or cultural limits on tasks, dress and contact. */
  culturalConstraints: CulturalConstraintsSchema.optional(),
});

/**
 * The facts a job specialist records about a participant at one date (parsed).
 *
 * @remarks
 * An absent field is "unknown"; see {@link NeedsAssessmentSchema}.
 *
 * @example
 * ```ts
 * const assessment: NeedsAssessment = { id: 'a-1', assessedOn: '2026-03-02', travelsAlone: false };
 * classifyNeeds(assessment).needs.map((n) => n.id); // => ['mobility']
 * ```
 * @category Needs
 */
export interface NeedsAssessment extends z.output<typeof NeedsAssessmentSchema> {}

/**
 * The input accepted by {@link NeedsAssessmentSchema}, before parsing.
 *
 * @example
 * ```ts
 * const input: NeedsAssessmentInput = { id: 'a-1', assessedOn: '2026-03-02' };
 * parseNeedsAssessment(input);
 * ```
 * @category Needs
 */
export interface NeedsAssessmentInput extends z.input<typeof NeedsAssessmentSchema> {}
