import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';

/**
 * The genders an assessment can record.
 *
 * @remarks
 * Jobbsjansen's main target group is women (handbook "Målgruppe", L67), so
 * gender is one of the programme-eligibility facts. `other` covers any answer
 * that is neither.
 *
 * @example
 * ```ts
 * GENDERS.includes('female'); // => true
 * ```
 * @category Needs
 */
export const GENDERS = deepFreeze(['female', 'male', 'other'] as const);

/**
 * Schema of one gender; see {@link GENDERS}.
 *
 * @example
 * ```ts
 * GenderSchema.parse('female'); // => 'female'
 * ```
 * @category Needs
 */
export const GenderSchema = z.enum(GENDERS);

/**
 * One gender; see {@link GENDERS}.
 *
 * @example
 * ```ts
 * const gender: Gender = 'female';
 * ```
 * @category Needs
 */
export type Gender = z.output<typeof GenderSchema>;

/**
 * Why the person came to Norway, as far as it matters for programmes.
 *
 * @remarks
 * The AFI report lists the reason for immigration (*innvandringsårsak*) among
 * the individual characteristics that matter for lasting work (AFI 2.2, L3787–3797).
 * The Introduction Programme is for refugees and family reunified with them
 * (AFI 1, L2954–2958); EEA citizens have no right to free Norwegian tuition
 * (AFI 2.4.1, L4159–4165).
 *
 * @example
 * ```ts
 * IMMIGRATION_REASONS.includes('refugee'); // => true
 * ```
 * @category Needs
 */
export const IMMIGRATION_REASONS = deepFreeze([
  'refugee',
  'family-of-refugee',
  'family-reunification',
  'work',
  'education',
  'eea',
  'other',
] as const);

/**
 * Schema of one immigration reason; see {@link IMMIGRATION_REASONS}.
 *
 * @example
 * ```ts
 * ImmigrationReasonSchema.parse('family-reunification');
 * ```
 * @category Needs
 */
export const ImmigrationReasonSchema = z.enum(IMMIGRATION_REASONS);

/**
 * One immigration reason; see {@link IMMIGRATION_REASONS}.
 *
 * @example
 * ```ts
 * const reason: ImmigrationReason = 'refugee';
 * ```
 * @category Needs
 */
export type ImmigrationReason = z.output<typeof ImmigrationReasonSchema>;

/**
 * How much paid work the person has now.
 *
 * @remarks
 * Jobbsjansen is for women at home (*hjemmeværende*) without attachment to
 * working life (handbook "Målgruppe", L67). `occasional` is on-call or
 * a few hours now and then.
 *
 * @example
 * ```ts
 * CURRENT_WORK_STATUSES[0]; // => 'none'
 * ```
 * @category Needs
 */
export const CURRENT_WORK_STATUSES = deepFreeze(['none', 'occasional', 'part-time', 'full-time'] as const);

/**
 * Schema of one current-work status; see {@link CURRENT_WORK_STATUSES}.
 *
 * @example
 * ```ts
 * CurrentWorkStatusSchema.parse('none'); // => 'none'
 * ```
 * @category Needs
 */
export const CurrentWorkStatusSchema = z.enum(CURRENT_WORK_STATUSES);

/**
 * One current-work status; see {@link CURRENT_WORK_STATUSES}.
 *
 * @example
 * ```ts
 * const work: CurrentWorkStatus = 'occasional';
 * ```
 * @category Needs
 */
export type CurrentWorkStatus = z.output<typeof CurrentWorkStatusSchema>;

/**
 * Other qualification schemes a person can be covered by.
 *
 * @remarks
 * Jobbsjansen is for those "not covered by other schemes" (AFI 1, L2976–2984),
 * and its social-assistance group must be outside the target group of the
 * Qualification Programme (*Kvalifiseringsprogrammet*) (handbook "Målgruppe", L71).
 *
 * @example
 * ```ts
 * OTHER_SCHEMES.includes('qualification-programme'); // => true
 * ```
 * @category Needs
 */
export const OTHER_SCHEMES = deepFreeze([
  'introduction-programme',
  'qualification-programme',
  'other',
] as const);

/**
 * Schema of one other scheme; see {@link OTHER_SCHEMES}.
 *
 * @example
 * ```ts
 * OtherSchemeSchema.parse('introduction-programme');
 * ```
 * @category Needs
 */
export const OtherSchemeSchema = z.enum(OTHER_SCHEMES);

/**
 * One other scheme; see {@link OTHER_SCHEMES}.
 *
 * @example
 * ```ts
 * const scheme: OtherScheme = 'qualification-programme';
 * ```
 * @category Needs
 */
export type OtherScheme = z.output<typeof OtherSchemeSchema>;

/**
 * How far the person can look for work on her own: CV, applications, interviews.
 *
 * @remarks
 * - `none`: has no CV, has never applied, does not know how it is done in Norway.
 * - `basic`: can do parts of it with help.
 * - `independent`: writes applications and goes to interviews on her own.
 *
 * Low job-seeker competence is need M3 of the AFI report (2.4.1, L4243–4260).
 *
 * @example
 * ```ts
 * JOB_SEEKING_SKILL_LEVELS[0]; // => 'none'
 * ```
 * @category Needs
 */
export const JOB_SEEKING_SKILL_LEVELS = deepFreeze(['none', 'basic', 'independent'] as const);

/**
 * Schema of one job-seeking skill level; see {@link JOB_SEEKING_SKILL_LEVELS}.
 *
 * @example
 * ```ts
 * JobSeekingSkillLevelSchema.parse('basic'); // => 'basic'
 * ```
 * @category Needs
 */
export const JobSeekingSkillLevelSchema = z.enum(JOB_SEEKING_SKILL_LEVELS);

/**
 * One job-seeking skill level; see {@link JOB_SEEKING_SKILL_LEVELS}.
 *
 * @example
 * ```ts
 * const skills: JobSeekingSkillLevel = 'none';
 * ```
 * @category Needs
 */
export type JobSeekingSkillLevel = z.output<typeof JobSeekingSkillLevelSchema>;

/**
 * The health situation as it bears on work.
 *
 * @remarks
 * The AFI report separates clarified (*avklarte*) from unclarified (*uavklarte*)
 * health challenges (need M2, 2.4.1, L4177–4241). `none` is a recorded "no
 * health challenge", distinct from an absent field (not yet known).
 *
 * @example
 * ```ts
 * HEALTH_STATUSES.includes('unclarified'); // => true
 * ```
 * @category Needs
 */
export const HEALTH_STATUSES = deepFreeze(['none', 'clarified', 'unclarified'] as const);

/**
 * Schema of one health status; see {@link HEALTH_STATUSES}.
 *
 * @example
 * ```ts
 * HealthStatusSchema.parse('clarified'); // => 'clarified'
 * ```
 * @category Needs
 */
export const HealthStatusSchema = z.enum(HEALTH_STATUSES);

/**
 * One health status; see {@link HEALTH_STATUSES}.
 *
 * @example
 * ```ts
 * const status: HealthStatus = 'unclarified';
 * ```
 * @category Needs
 */
export type HealthStatus = z.output<typeof HealthStatusSchema>;

/**
 * How much the person can work at present, as she and her helpers see it.
 *
 * @remarks
 * "Health problems, but can also work a little" is one of the AFI report's
 * indicators for SE (8.2, L12830). `none-at-present` is a fact about today,
 * never a reason to exclude her from SE (domain specification §2, zero exclusion).
 *
 * @example
 * ```ts
 * WORK_CAPACITIES.includes('reduced'); // => true
 * ```
 * @category Needs
 */
export const WORK_CAPACITIES = deepFreeze(['full', 'reduced', 'none-at-present'] as const);

/**
 * Schema of one work capacity; see {@link WORK_CAPACITIES}.
 *
 * @example
 * ```ts
 * WorkCapacitySchema.parse('reduced'); // => 'reduced'
 * ```
 * @category Needs
 */
export const WorkCapacitySchema = z.enum(WORK_CAPACITIES);

/**
 * One work capacity; see {@link WORK_CAPACITIES}.
 *
 * @example
 * ```ts
 * const capacity: WorkCapacity = 'full';
 * ```
 * @category Needs
 */
export type WorkCapacity = z.output<typeof WorkCapacitySchema>;

/**
 * Work demands that a health condition limits, so that a job match can check them.
 *
 * @remarks
 * Clarified health problems (heart disease, back, arm and leg injuries) may call
 * for workplace accommodation (*tilrettelegging*) or rule out the former
 * occupation (AFI 2.4.1, L4178–4182). The list is a library vocabulary for the
 * job-match factor `health-limitations`; `other` covers the rest.
 *
 * @example
 * ```ts
 * HEALTH_LIMITATIONS.includes('heavy-lifting'); // => true
 * ```
 * @category Needs
 */
export const HEALTH_LIMITATIONS = deepFreeze([
  'heavy-lifting',
  'prolonged-standing',
  'repetitive-movements',
  'night-work',
  'shift-work',
  'early-starts',
  'long-hours',
  'high-pace',
  'stress',
  'emotionally-demanding-work',
  'noise',
  'allergens',
  'other',
] as const);

/**
 * Schema of one health limitation; see {@link HEALTH_LIMITATIONS}.
 *
 * @example
 * ```ts
 * HealthLimitationSchema.parse('night-work'); // => 'night-work'
 * ```
 * @category Needs
 */
export const HealthLimitationSchema = z.enum(HEALTH_LIMITATIONS);

/**
 * One health limitation; see {@link HEALTH_LIMITATIONS}.
 *
 * @example
 * ```ts
 * const limitation: HealthLimitation = 'heavy-lifting';
 * ```
 * @category Needs
 */
export type HealthLimitation = z.output<typeof HealthLimitationSchema>;

/**
 * How the family regards the participant going out to work.
 *
 * @remarks
 * - `supportive`: the family helps make room for work (handbook §5–6).
 * - `neutral`: neither helps nor hinders.
 * - `unsure`: the family is unsure about her working; this calls for close
 *   cooperation with the family (handbook §6, L256).
 * - `opposed`: the family is against her working.
 * - `controlling`: the family (or ethnic network) decides for her; this can be
 *   negative social control (*negativ sosial kontroll*, handbook §10, L314;
 *   AFI 2.4.2, L4410–4418).
 *
 * @example
 * ```ts
 * FAMILY_STANCES.includes('controlling'); // => true
 * ```
 * @category Needs
 */
export const FAMILY_STANCES = deepFreeze([
  'supportive',
  'neutral',
  'unsure',
  'opposed',
  'controlling',
] as const);

/**
 * Schema of the family's stance on her working; see {@link FAMILY_STANCES}.
 *
 * @example
 * ```ts
 * FamilyStanceSchema.parse('supportive'); // => 'supportive'
 * ```
 * @category Needs
 */
export const FamilyStanceSchema = z.enum(FAMILY_STANCES);

/**
 * One family stance; see {@link FAMILY_STANCES}.
 *
 * @example
 * ```ts
 * const stance: FamilyStance = 'opposed';
 * ```
 * @category Needs
 */
export type FamilyStance = z.output<typeof FamilyStanceSchema>;

/**
 * How large the person's network outside her own family is.
 *
 * @remarks
 * Many participants have little network outside the family, and some have
 * only the job specialist (handbook §7, L264; AFI 2.4.1, L4348–4350).
 *
 * @example
 * ```ts
 * NETWORK_LEVELS[0]; // => 'none'
 * ```
 * @category Needs
 */
export const NETWORK_LEVELS = deepFreeze(['none', 'little', 'some', 'good'] as const);

/**
 * Schema of one network level; see {@link NETWORK_LEVELS}.
 *
 * @example
 * ```ts
 * NetworkLevelSchema.parse('little'); // => 'little'
 * ```
 * @category Needs
 */
export const NetworkLevelSchema = z.enum(NETWORK_LEVELS);

/**
 * One network level; see {@link NETWORK_LEVELS}.
 *
 * @example
 * ```ts
 * const network: NetworkLevel = 'little';
 * ```
 * @category Needs
 */
export type NetworkLevel = z.output<typeof NetworkLevelSchema>;

/**
 * The housing situation.
 *
 * @remarks
 * - `stable`: a home she can stay in.
 * - `unsuitable`: a home, but too small, unsafe or otherwise unfit.
 * - `temporary`: a crisis shelter, a short let, staying with others.
 * - `without-home`: no place to live.
 *
 * Housing problems are part of need M8 (AFI 2.4.1, L4348) and a reason for
 * interdisciplinary cooperation (handbook §11, L324–326).
 *
 * @example
 * ```ts
 * HOUSING_SITUATIONS.includes('temporary'); // => true
 * ```
 * @category Needs
 */
export const HOUSING_SITUATIONS = deepFreeze(['stable', 'unsuitable', 'temporary', 'without-home'] as const);

/**
 * Schema of one housing situation; see {@link HOUSING_SITUATIONS}.
 *
 * @example
 * ```ts
 * HousingSituationSchema.parse('stable'); // => 'stable'
 * ```
 * @category Needs
 */
export const HousingSituationSchema = z.enum(HOUSING_SITUATIONS);

/**
 * One housing situation; see {@link HOUSING_SITUATIONS}.
 *
 * @example
 * ```ts
 * const housing: HousingSituation = 'unsuitable';
 * ```
 * @category Needs
 */
export type HousingSituation = z.output<typeof HousingSituationSchema>;

/**
 * Public benefits and allowances a household may live on.
 *
 * @remarks
 * - `transitional-benefit`: *overgangsstønad* for single providers.
 * - `social-assistance`: *økonomisk sosialhjelp*.
 * - `introduction-benefit`: *introduksjonsstønad* in the Introduction Programme.
 * - `qualification-benefit`: *kvalifiseringsstønad* in the Qualification Programme.
 * - `unemployment-benefit`: *dagpenger*.
 * - `work-assessment-allowance`: *arbeidsavklaringspenger* (AAP).
 * - `disability-benefit`: *uføretrygd*.
 * - `other`: any other benefit.
 *
 * Jobbsjansen names single providers on transitional benefit and women on social
 * assistance as target groups (handbook "Målgruppe", L69–71).
 *
 * @example
 * ```ts
 * BENEFIT_TYPES.includes('transitional-benefit'); // => true
 * ```
 * @category Needs
 */
export const BENEFIT_TYPES = deepFreeze([
  'transitional-benefit',
  'social-assistance',
  'introduction-benefit',
  'qualification-benefit',
  'unemployment-benefit',
  'work-assessment-allowance',
  'disability-benefit',
  'other',
] as const);

/**
 * Schema of one benefit type; see {@link BENEFIT_TYPES}.
 *
 * @example
 * ```ts
 * BenefitTypeSchema.parse('social-assistance'); // => 'social-assistance'
 * ```
 * @category Needs
 */
export const BenefitTypeSchema = z.enum(BENEFIT_TYPES);

/**
 * One benefit type; see {@link BENEFIT_TYPES}.
 *
 * @example
 * ```ts
 * const benefit: BenefitType = 'transitional-benefit';
 * ```
 * @category Needs
 */
export type BenefitType = z.output<typeof BenefitTypeSchema>;

/**
 * The household's main source of income: a benefit, her own work, or the household's other earners.
 *
 * @remarks
 * Jobbsjansen's single-provider group has transitional benefit as its *main*
 * income (handbook "Målgruppe", L69).
 *
 * @example
 * ```ts
 * INCOME_SOURCES.includes('own-work'); // => true
 * ```
 * @category Needs
 */
export const INCOME_SOURCES = deepFreeze([...BENEFIT_TYPES, 'own-work', 'household'] as const);

/**
 * Schema of one income source; see {@link INCOME_SOURCES}.
 *
 * @example
 * ```ts
 * IncomeSourceSchema.parse('household'); // => 'household'
 * ```
 * @category Needs
 */
export const IncomeSourceSchema = z.enum(INCOME_SOURCES);

/**
 * One income source; see {@link INCOME_SOURCES}.
 *
 * @example
 * ```ts
 * const income: IncomeSource = 'transitional-benefit';
 * ```
 * @category Needs
 */
export type IncomeSource = z.output<typeof IncomeSourceSchema>;

/**
 * Self-rated confidence (*selvtillit*) that she can get and keep a job.
 *
 * @remarks
 * Low self-confidence and sense of mastery is need M7 (AFI 2.4.1, L4332–4343)
 * and the reason for empowerment (handbook §4, L226).
 *
 * @example
 * ```ts
 * CONFIDENCE_LEVELS[0]; // => 'low'
 * ```
 * @category Needs
 */
export const CONFIDENCE_LEVELS = deepFreeze(['low', 'medium', 'high'] as const);

/**
 * Schema of one confidence level; see {@link CONFIDENCE_LEVELS}.
 *
 * @example
 * ```ts
 * ConfidenceLevelSchema.parse('low'); // => 'low'
 * ```
 * @category Needs
 */
export const ConfidenceLevelSchema = z.enum(CONFIDENCE_LEVELS);

/**
 * One confidence level; see {@link CONFIDENCE_LEVELS}.
 *
 * @example
 * ```ts
 * const confidence: ConfidenceLevel = 'medium';
 * ```
 * @category Needs
 */
export type ConfidenceLevel = z.output<typeof ConfidenceLevelSchema>;

/**
 * Whether the person says she wants paid work: `yes`, `unsure` or `no`.
 *
 * @remarks
 * The decision to offer SE rests on the wish to work and the need for closer
 * follow-up (AFI 8.2, L12796–12800). Not (yet) expressing the wish leads to
 * motivation work first, never to exclusion (domain specification §2).
 *
 * @example
 * ```ts
 * WORK_WISHES.includes('unsure'); // => true
 * ```
 * @category Needs
 */
export const WORK_WISHES = deepFreeze(['yes', 'unsure', 'no'] as const);

/**
 * Schema of the wish to work; see {@link WORK_WISHES}.
 *
 * @example
 * ```ts
 * WorkWishSchema.parse('yes'); // => 'yes'
 * ```
 * @category Needs
 */
export const WorkWishSchema = z.enum(WORK_WISHES);

/**
 * The wish to work; see {@link WORK_WISHES}.
 *
 * @example
 * ```ts
 * const wish: WorkWish = 'yes';
 * ```
 * @category Needs
 */
export type WorkWish = z.output<typeof WorkWishSchema>;

/**
 * How well the person knows a set of rules (society's or working life's).
 *
 * @remarks
 * Needs X1 and X2 of the AFI report (2.4.3, L4882–4914).
 *
 * @example
 * ```ts
 * KNOWLEDGE_LEVELS[0]; // => 'little'
 * ```
 * @category Needs
 */
export const KNOWLEDGE_LEVELS = deepFreeze(['little', 'some', 'good'] as const);

/**
 * Schema of one knowledge level; see {@link KNOWLEDGE_LEVELS}.
 *
 * @example
 * ```ts
 * KnowledgeLevelSchema.parse('some'); // => 'some'
 * ```
 * @category Needs
 */
export const KnowledgeLevelSchema = z.enum(KNOWLEDGE_LEVELS);

/**
 * One knowledge level; see {@link KNOWLEDGE_LEVELS}.
 *
 * @example
 * ```ts
 * const knowledge: KnowledgeLevel = 'little';
 * ```
 * @category Needs
 */
export type KnowledgeLevel = z.output<typeof KnowledgeLevelSchema>;

/**
 * Work tasks a person may not do for religious or cultural reasons.
 *
 * @remarks
 * The handbook names handling pork, alcohol and meat that is not halal
 * (§9, L308). `other` covers the rest.
 *
 * @example
 * ```ts
 * TASK_CONSTRAINTS.includes('alcohol'); // => true
 * ```
 * @category Needs
 */
export const TASK_CONSTRAINTS = deepFreeze(['pork', 'alcohol', 'non-halal-meat', 'other'] as const);

/**
 * Schema of one task constraint; see {@link TASK_CONSTRAINTS}.
 *
 * @example
 * ```ts
 * TaskConstraintSchema.parse('pork'); // => 'pork'
 * ```
 * @category Needs
 */
export const TaskConstraintSchema = z.enum(TASK_CONSTRAINTS);

/**
 * One task constraint; see {@link TASK_CONSTRAINTS}.
 *
 * @example
 * ```ts
 * const task: TaskConstraint = 'non-halal-meat';
 * ```
 * @category Needs
 */
export type TaskConstraint = z.output<typeof TaskConstraintSchema>;

/**
 * Dress a person keeps for religious or cultural reasons.
 *
 * @remarks
 * The handbook's example is the hijab, which many employers fit into the
 * uniform (§9, L306). `covering-clothing` is long sleeves, skirt or similar.
 *
 * @example
 * ```ts
 * DRESS_CONSTRAINTS.includes('hijab'); // => true
 * ```
 * @category Needs
 */
export const DRESS_CONSTRAINTS = deepFreeze(['hijab', 'covering-clothing', 'other'] as const);

/**
 * Schema of one dress constraint; see {@link DRESS_CONSTRAINTS}.
 *
 * @example
 * ```ts
 * DressConstraintSchema.parse('hijab'); // => 'hijab'
 * ```
 * @category Needs
 */
export const DressConstraintSchema = z.enum(DRESS_CONSTRAINTS);

/**
 * One dress constraint; see {@link DRESS_CONSTRAINTS}.
 *
 * @example
 * ```ts
 * const dress: DressConstraint = 'hijab';
 * ```
 * @category Needs
 */
export type DressConstraint = z.output<typeof DressConstraintSchema>;

/**
 * Physical contact a person avoids for religious or cultural reasons.
 *
 * @remarks
 * The handbook names shaking hands (§9, L307). `opposite-gender-care` is
 * personal care of people of the other gender, common in health and care work.
 *
 * @example
 * ```ts
 * CONTACT_CONSTRAINTS.includes('handshake'); // => true
 * ```
 * @category Needs
 */
export const CONTACT_CONSTRAINTS = deepFreeze(['handshake', 'opposite-gender-care', 'other'] as const);

/**
 * Schema of one contact constraint; see {@link CONTACT_CONSTRAINTS}.
 *
 * @example
 * ```ts
 * ContactConstraintSchema.parse('handshake'); // => 'handshake'
 * ```
 * @category Needs
 */
export const ContactConstraintSchema = z.enum(CONTACT_CONSTRAINTS);

/**
 * One contact constraint; see {@link CONTACT_CONSTRAINTS}.
 *
 * @example
 * ```ts
 * const contact: ContactConstraint = 'handshake';
 * ```
 * @category Needs
 */
export type ContactConstraint = z.output<typeof ContactConstraintSchema>;

/**
 * How a qualification from abroad stands with Norwegian recognition.
 *
 * @remarks
 * Qualifications from abroad often have little value in Norway; guidance on
 * recognition (*godkjenning*) is part of need M6 (AFI 2.4.1, L4315–4324).
 * `not-applied` means recognition has not been sought.
 *
 * @example
 * ```ts
 * RECOGNITION_STATUSES.includes('pending'); // => true
 * ```
 * @category Needs
 */
export const RECOGNITION_STATUSES = deepFreeze([
  'recognised',
  'pending',
  'not-recognised',
  'not-applied',
] as const);

/**
 * Schema of one recognition status; see {@link RECOGNITION_STATUSES}.
 *
 * @example
 * ```ts
 * RecognitionStatusSchema.parse('recognised'); // => 'recognised'
 * ```
 * @category Needs
 */
export const RecognitionStatusSchema = z.enum(RECOGNITION_STATUSES);

/**
 * One recognition status; see {@link RECOGNITION_STATUSES}.
 *
 * @example
 * ```ts
 * const recognition: RecognitionStatus = 'not-applied';
 * ```
 * @category Needs
 */
export type RecognitionStatus = z.output<typeof RecognitionStatusSchema>;

/**
 * The highest schooling completed, for when the exact years are not known.
 *
 * @remarks
 * - `none`: never went to school.
 * - `some`: some years, compulsory school (*grunnskole*) not completed.
 * - `compulsory`: compulsory school or its equivalent completed.
 * - `upper-secondary`: upper secondary (*videregående*) completed.
 * - `higher`: college or university completed.
 *
 * A third of the participants had not completed compulsory school and over half
 * had no formal qualifications (AFI 2.4.1, need M5, L4304–4307).
 *
 * @example
 * ```ts
 * SCHOOLING_LEVELS.indexOf('some') < SCHOOLING_LEVELS.indexOf('compulsory'); // => true
 * ```
 * @category Needs
 */
export const SCHOOLING_LEVELS = deepFreeze([
  'none',
  'some',
  'compulsory',
  'upper-secondary',
  'higher',
] as const);

/**
 * Schema of one schooling level; see {@link SCHOOLING_LEVELS}.
 *
 * @example
 * ```ts
 * SchoolingLevelSchema.parse('some'); // => 'some'
 * ```
 * @category Needs
 */
export const SchoolingLevelSchema = z.enum(SCHOOLING_LEVELS);

/**
 * One schooling level; see {@link SCHOOLING_LEVELS}.
 *
 * @example
 * ```ts
 * const schooling: SchoolingLevel = 'compulsory';
 * ```
 * @category Needs
 */
export type SchoolingLevel = z.output<typeof SchoolingLevelSchema>;
