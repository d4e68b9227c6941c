import { z } from 'zod';
import { INPUT_LIMITS } from '../core/inputLimits';
import { NorwegianLevelSchema } from './norwegianLevelSchema';
import {
  BenefitTypeSchema,
  ContactConstraintSchema,
  DressConstraintSchema,
  HealthLimitationSchema,
  HealthStatusSchema,
  IncomeSourceSchema,
  KnowledgeLevelSchema,
  RecognitionStatusSchema,
  TaskConstraintSchema,
  WorkCapacitySchema,
} from './assessmentVocabularies';

const years = z.number().min(0).max(100);

/**
 * Schema of {@link NorwegianSkills}: oral and written Norwegian and how learning goes.
 *
 * @remarks
 * The job specialist maps Norwegian at the first meeting, together with any
 * need for an interpreter (handbook §1, L175). Levels use
 * {@link NorwegianLevelSchema} (CEFR with `none`, `below-a1` and `+` sublevels).
 *
 * @example
 * ```ts
 * NorwegianSkillsSchema.parse({ oral: 'a2', written: 'a1' });
 * ```
 * @category Needs
 */
export const NorwegianSkillsSchema = z.strictObject({
  /** The level of spoken Norwegian. */
  oral: NorwegianLevelSchema.optional(),
  /** The level of written Norwegian. */
  written: NorwegianLevelSchema.optional(),
  /** The years of Norwegian tuition taken so far. */
  yearsOfTuition: years.optional(),
  /** True when Norwegian progresses slowly despite tuition (AFI 2.4.1, L4155–4169). */
  slowProgress: z.boolean().optional(),
  /** True when pronunciation makes her hard for strangers to understand (AFI 2.4.1, L4171–4175). */
  pronunciationDifficulties: z.boolean().optional(),
});

/**
 * Oral and written Norwegian, with tuition and progress.
 *
 * @example
 * ```ts
 * const norwegian: NorwegianSkills = { oral: 'b1', written: 'a2-plus' };
 * ```
 * @category Needs
 */
export interface NorwegianSkills extends z.output<typeof NorwegianSkillsSchema> {}

/**
 * Schema of {@link Literacy}: whether she reads and writes, in her own language and in Latin script.
 *
 * @remarks
 * Illiteracy explains slow language learning (AFI 2.4.2, L4509–4515); Zahra
 * could neither read nor write after years of adult education (handbook
 * "Zahras historie", L545). `false` is a recorded "cannot"; an absent field is unknown.
 *
 * @example
 * ```ts
 * LiteracySchema.parse({ ownLanguage: true, latinScript: false });
 * ```
 * @category Needs
 */
export const LiteracySchema = z.strictObject({
  /** True when she reads and writes her own (first) language. */
  ownLanguage: z.boolean().optional(),
  /** True when she reads and writes the Latin alphabet. */
  latinScript: z.boolean().optional(),
});

/**
 * Reading and writing, in her own language and in Latin script.
 *
 * @example
 * ```ts
 * const literacy: Literacy = { ownLanguage: false, latinScript: false };
 * ```
 * @category Needs
 */
export interface Literacy extends z.output<typeof LiteracySchema> {}

/**
 * Schema of one {@link Qualification}: a completed education or certificate.
 *
 * @remarks
 * Formal qualifications from abroad may be worth little in Norway until
 * recognised (AFI 2.4.1, need M6, L4315–4330).
 *
 * @example
 * ```ts
 * QualificationSchema.parse({ title: 'Nurse', obtained: 'abroad', recognition: 'not-applied' });
 * ```
 * @category Needs
 */
export const QualificationSchema = z.strictObject({
  /** The name of the qualification (free text). */
  title: z.string().min(1).max(INPUT_LIMITS.idLength).optional(),
  /** Where it was obtained. */
  obtained: z.enum(['abroad', 'norway']),
  /** Where a qualification from abroad stands with Norwegian recognition. */
  recognition: RecognitionStatusSchema.optional(),
  /** False when she does not want to work in the field of this qualification (AFI 2.4.1, L4324–4330). */
  wantsToUse: z.boolean().optional(),
});

/**
 * A completed education or certificate, and its standing in Norway.
 *
 * @example
 * ```ts
 * const q: Qualification = { obtained: 'abroad', recognition: 'recognised' };
 * ```
 * @category Needs
 */
export interface Qualification extends z.output<typeof QualificationSchema> {}

/**
 * Schema of {@link WorkExperience}: years of paid work abroad and in Norway.
 *
 * @remarks
 * `0` is a recorded "no experience"; an absent field is unknown. Most
 * participants lack Norwegian work experience and a third have none at all
 * (AFI 2.4.1, need M4, L4262–4279).
 *
 * @example
 * ```ts
 * WorkExperienceSchema.parse({ abroadYears: 0, norwayYears: 0 });
 * ```
 * @category Needs
 */
export const WorkExperienceSchema = z.strictObject({
  /** Years of paid work outside Norway. */
  abroadYears: years.optional(),
  /** Years of paid work in Norway. */
  norwayYears: years.optional(),
  /** Years since her last paid work; a long time at home leaves little recent work experience (handbook §5, L238). */
  yearsSinceLastWork: years.optional(),
  /** Occupations she has worked in (free text), for job matching. */
  occupations: z.array(z.string().min(1).max(INPUT_LIMITS.idLength)).max(50).optional(),
});

/**
 * Years of paid work abroad and in Norway, and the occupations.
 *
 * @example
 * ```ts
 * const experience: WorkExperience = { abroadYears: 6, norwayYears: 0 };
 * ```
 * @category Needs
 */
export interface WorkExperience extends z.output<typeof WorkExperienceSchema> {}

/**
 * Schema of {@link Health}: the health situation as it bears on work.
 *
 * @remarks
 * **Special-category data** (health, GDPR art. 9): every field of this object.
 * Clarified and unclarified health challenges, trauma and treatment are need M2
 * and part of need S9 of the AFI report (2.4.1, L4177–4241; 2.4.2, L4697–4751).
 *
 * @example
 * ```ts
 * HealthSchema.parse({ status: 'clarified', workCapacity: 'reduced', limitations: ['heavy-lifting'] });
 * ```
 * @category Needs
 */
export const HealthSchema = z.strictObject({
  /** Special category (health). Whether there is a health challenge, and whether it is clarified. */
  status: HealthStatusSchema.optional(),
  /** Special category (health). How much she can work at present. */
  workCapacity: WorkCapacitySchema.optional(),
  /** Special category (health). Work demands the condition limits. */
  limitations: z.array(HealthLimitationSchema).max(20).optional(),
  /** Special category (health). True when signs of trauma are known (AFI 2.4.1, L4194–4196). */
  trauma: z.boolean().optional(),
  /** Special category (health). True when she receives treatment or follow-up for the condition. */
  inTreatment: z.boolean().optional(),
  /** Special category (health). True when she is pregnant; SE follow-up may pause and resume after the leave (AFI 6.3, L10905–10909). */
  pregnant: z.boolean().optional(),
});

/**
 * The health situation as it bears on work (special-category data).
 *
 * @example
 * ```ts
 * const health: Health = { status: 'unclarified', trauma: true };
 * ```
 * @category Needs
 */
export interface Health extends z.output<typeof HealthSchema> {}

/**
 * Schema of one {@link Child} in the household.
 *
 * @remarks
 * Small children, many children and children who need follow-up after school
 * shape which jobs and hours are possible (handbook §5, L238; "Balanse mellom
 * forventninger og behov", L640; AFI 2.4.2, need S2, L4420–4453).
 *
 * @example
 * ```ts
 * ChildSchema.parse({ age: 3 });
 * ```
 * @category Needs
 */
export const ChildSchema = z.strictObject({
  /** The child's age in whole years. */
  age: z.number().int().min(0).max(40).optional(),
  /** True when the child needs someone at home after school (handbook L640). */
  needsAfterSchoolFollowUp: z.boolean().optional(),
  /** Special category (health). True when the child is chronically ill or needs extra care (AFI 2.4.2, L4441–4447). */
  extraCare: z.boolean().optional(),
});

/**
 * One child in the household.
 *
 * @example
 * ```ts
 * const child: Child = { age: 12, needsAfterSchoolFollowUp: true };
 * ```
 * @category Needs
 */
export interface Child extends z.output<typeof ChildSchema> {}

/**
 * Schema of {@link SafetyConcerns}: disclosed negative social control or violence.
 *
 * @remarks
 * **Special-category data** (GDPR art. 9 and highly sensitive): every field.
 * Negative social control (*negativ sosial kontroll*) and violence in close
 * relationships (*vold i nære relasjoner*) call for safety first and help from
 * specialists such as a crisis centre (handbook §10, L312–318; "Aminas historie", L441–443).
 *
 * @example
 * ```ts
 * SafetyConcernsSchema.parse({ violence: true, acute: true });
 * ```
 * @category Needs
 */
export const SafetyConcernsSchema = z.strictObject({
  /** Special category. True when negative social control has been disclosed. */
  negativeSocialControl: z.boolean().optional(),
  /** Special category. True when violence in a close relationship has been disclosed. */
  violence: z.boolean().optional(),
  /** Special category. True when the situation is acute: she is not safe now. */
  acute: z.boolean().optional(),
});

/**
 * Disclosed negative social control or violence (special-category data).
 *
 * @example
 * ```ts
 * const safety: SafetyConcerns = { negativeSocialControl: true };
 * ```
 * @category Needs
 */
export interface SafetyConcerns extends z.output<typeof SafetyConcernsSchema> {}

/**
 * Schema of {@link DigitalSkills}: the digital services she can use on her own.
 *
 * @remarks
 * Missing IT skills for job search, CV and applications (AFI 2.4.1, L4258–4260)
 * and for dealing with public services (AFI 2.4.3, L4883–4893).
 *
 * @example
 * ```ts
 * DigitalSkillsSchema.parse({ email: false, bankId: true });
 * ```
 * @category Needs
 */
export const DigitalSkillsSchema = z.strictObject({
  /** True when she reads and sends e-mail on her own. */
  email: z.boolean().optional(),
  /** True when she logs in with BankID on her own. */
  bankId: z.boolean().optional(),
  /** True when she can search and apply for jobs online. */
  jobPortals: z.boolean().optional(),
});

/**
 * The digital services she can use on her own.
 *
 * @example
 * ```ts
 * const digital: DigitalSkills = { email: true, bankId: false };
 * ```
 * @category Needs
 */
export interface DigitalSkills extends z.output<typeof DigitalSkillsSchema> {}

/**
 * Schema of {@link Finances}: the household economy.
 *
 * @remarks
 * Very difficult finances are both a motivation and a pressure (AFI 2.4.1,
 * L4350–4360); debt is a reason to bring in debt advisers (handbook §11, L324).
 *
 * @example
 * ```ts
 * FinancesSchema.parse({ strained: true, benefits: ['social-assistance'] });
 * ```
 * @category Needs
 */
export const FinancesSchema = z.strictObject({
  /** True when the household economy is strained. */
  strained: z.boolean().optional(),
  /** True when she has debt that burdens her. */
  debt: z.boolean().optional(),
  /** The benefits the household receives; `[]` records "none". */
  benefits: z.array(BenefitTypeSchema).max(10).optional(),
  /** The household's main source of income. */
  mainIncome: IncomeSourceSchema.optional(),
});

/**
 * The household economy.
 *
 * @example
 * ```ts
 * const finances: Finances = { debt: true, mainIncome: 'social-assistance' };
 * ```
 * @category Needs
 */
export interface Finances extends z.output<typeof FinancesSchema> {}

/**
 * Schema of {@link EarlierMeasures}: labour-market measures tried before.
 *
 * @remarks
 * "Earlier measures and methods tried without progress" is the first of the
 * AFI report's indicators for SE (8.2, L12806–12812), and the reason mapping
 * must be done anew (need S3, 2.4.2, L4455–4476).
 *
 * @example
 * ```ts
 * EarlierMeasuresSchema.parse({ years: 10, withoutProgress: true });
 * ```
 * @category Needs
 */
export const EarlierMeasuresSchema = z.strictObject({
  /** How many years she has been in measures or courses. */
  years: years.optional(),
  /** True when those measures brought no progress toward work. */
  withoutProgress: z.boolean().optional(),
});

/**
 * Labour-market measures tried before, and whether they helped.
 *
 * @example
 * ```ts
 * const earlier: EarlierMeasures = { withoutProgress: true };
 * ```
 * @category Needs
 */
export interface EarlierMeasures extends z.output<typeof EarlierMeasuresSchema> {}

/**
 * Schema of one {@link PlacementRecord}: a work placement or job she has had.
 *
 * @remarks
 * Repeated, long or extended unpaid placements without hiring are the
 * practice trap (*praksisfellen*, AFI 2.4.2, need S10, L4757–4789); one short
 * placement that is still running and closely followed up is the intended use
 * (at most six weeks, followed "tett, tett", AFI 6.5.2, L11185–11189). Record
 * `ended` and `extended` so the two can be told apart.
 *
 * @example
 * ```ts
 * PlacementRecordSchema.parse({ paid: false, weeks: 12, hired: false });
 * ```
 * @category Needs
 */
export const PlacementRecordSchema = z.strictObject({
  /** True for paid work, false for unpaid practice (*arbeidspraksis*). */
  paid: z.boolean().optional(),
  /** How many weeks it lasted. */
  weeks: z.number().min(0).max(520).optional(),
  /** True when it led to paid employment there; false when it did not. */
  hired: z.boolean().optional(),
  /** True when a job specialist followed it up closely at the workplace (AFI 6.5.2, L11185–11189). */
  withFollowUp: z.boolean().optional(),
  /** True when the placement has ended; false while it is still running. */
  ended: z.boolean().optional(),
  /** True when the employer extended the unpaid period instead of offering paid work (AFI 2.4.2, L4782–4786). */
  extended: z.boolean().optional(),
  /** The occupation or workplace type (free text). */
  occupation: z.string().min(1).max(INPUT_LIMITS.idLength).optional(),
});

/**
 * One work placement or job, paid or unpaid, and how it ended.
 *
 * @example
 * ```ts
 * const placement: PlacementRecord = { paid: false, weeks: 8, hired: false };
 * ```
 * @category Needs
 */
export interface PlacementRecord extends z.output<typeof PlacementRecordSchema> {}

/**
 * Schema of {@link RulesKnowledge}: how well she knows society's and working life's rules.
 *
 * @remarks
 * Needs X1 (bank account, tax card, official letters) and X2 (rules of
 * Norwegian working life) of the AFI report (2.4.3, L4882–4914).
 *
 * @example
 * ```ts
 * RulesKnowledgeSchema.parse({ society: 'little', workingLife: 'some' });
 * ```
 * @category Needs
 */
export const RulesKnowledgeSchema = z.strictObject({
  /** Knowledge of society's laws, rules, requirements and duties. */
  society: KnowledgeLevelSchema.optional(),
  /** Knowledge of the written and unwritten rules of Norwegian working life. */
  workingLife: KnowledgeLevelSchema.optional(),
});

/**
 * How well she knows society's and working life's rules.
 *
 * @example
 * ```ts
 * const knowledge: RulesKnowledge = { workingLife: 'little' };
 * ```
 * @category Needs
 */
export interface RulesKnowledge extends z.output<typeof RulesKnowledgeSchema> {}

/**
 * Schema of {@link CulturalConstraints}: religious or cultural limits on tasks, dress and contact.
 *
 * @remarks
 * **Special-category data** (religious belief, GDPR art. 9): every field.
 * The handbook names the hijab, shaking hands, and handling pork, alcohol and
 * meat that is not halal, and shows that many such limits can be solved
 * (§9, L304–310). `[]` records "none"; an absent field is unknown.
 *
 * @example
 * ```ts
 * CulturalConstraintsSchema.parse({ tasks: ['pork', 'alcohol'], dress: ['hijab'] });
 * ```
 * @category Needs
 */
export const CulturalConstraintsSchema = z.strictObject({
  /** Special category (religion). Tasks she will not do. */
  tasks: z.array(TaskConstraintSchema).max(10).optional(),
  /** Special category (religion). Dress she keeps at work. */
  dress: z.array(DressConstraintSchema).max(10).optional(),
  /** Special category (religion). Contact she avoids. */
  contact: z.array(ContactConstraintSchema).max(10).optional(),
  /** Special category (religion). True when she is open to solving the limits with the employer. */
  negotiable: z.boolean().optional(),
});

/**
 * Religious or cultural limits on tasks, dress and contact (special-category data).
 *
 * @example
 * ```ts
 * const constraints: CulturalConstraints = { contact: ['handshake'] };
 * ```
 * @category Needs
 */
export interface CulturalConstraints extends z.output<typeof CulturalConstraintsSchema> {}
