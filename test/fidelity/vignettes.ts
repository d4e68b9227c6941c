/**
 * Fidelity vignettes: ordinary cases written from the handbook and the AFI report (not from the
 * three stories), each with what a job specialist would expect, and the seed lines it rests on.
 *
 * H = shared/seeds/001_ef7ddf85f9867693.txt (handbook), R = shared/seeds/004_16e19382a475895f.txt
 * (AFI report 02:2019). The expectations were written from those lines before the cases were run.
 */
import type {
  AdaptationId,
  EligibilityStatus,
  NeedId,
  NeedSeverity,
  NeedsAssessmentInput,
  SePath,
  SeRecommendation,
  SeStepId,
} from '../../src';

/** The facts of a case, without the assessment's id and date. */
export type VignetteFacts = Omit<NeedsAssessmentInput, 'id' | 'assessedOn'>;

/** One vignette: facts → what must and must not come out. */
export interface Vignette {
  readonly id: string;
  readonly title: string;
  /** The seed lines the case and its expectations rest on. */
  readonly rests: string;
  readonly facts: VignetteFacts;
  /** The case's current SE step, when it matters. */
  readonly step?: SeStepId;
  /** Needs that must be present; with a severity, at exactly that severity. */
  readonly needs?: readonly (NeedId | readonly [NeedId, NeedSeverity])[];
  readonly notNeeds?: readonly NeedId[];
  readonly adaptations?: readonly AdaptationId[];
  readonly notAdaptations?: readonly AdaptationId[];
  /** The adaptation that must come first. */
  readonly first?: AdaptationId;
  /** §6 must work with a trusted person she chooses, never the family. */
  readonly trustedPersonOnly?: true;
  readonly complex?: boolean;
  readonly suitability?: SeRecommendation;
  readonly path?: SePath;
  readonly jobbsjansen?: EligibilityStatus;
}

export const VIGNETTES: readonly Vignette[] = [
  {
    id: 'V01',
    title: 'Mother of two grown-up children at home',
    rests: 'H L256 (the big children relieve mother); SPEC §4',
    facts: {
      gender: 'female',
      age: 50,
      children: [{ age: 22 }, { age: 25 }],
      singleProvider: false,
      wishToWork: 'yes',
    },
    notNeeds: ['care-responsibilities'],
    notAdaptations: ['family-and-network-cooperation'],
  },
  {
    id: 'V02',
    title: 'Children of 10 and 14, two parents at home',
    rests: 'H L256; R L4423–4429 (only small children cannot be left alone)',
    facts: {
      children: [{ age: 10 }, { age: 14 }],
      singleProvider: false,
      spouseWorksShifts: false,
      wishToWork: 'yes',
    },
    notNeeds: ['care-responsibilities'],
  },
  {
    id: 'V03',
    title: 'Single mother of a teenager',
    rests: 'R L4427–4429 (small children alone); SPEC §4 (teenagers alone are not a care need)',
    facts: { singleProvider: true, children: [{ age: 15 }], wishToWork: 'yes' },
    notNeeds: ['care-responsibilities'],
  },
  {
    id: 'V04',
    title: 'Single mother of two small children, no one to take over, on transitional benefit',
    rests: 'R L4421–4433; H L256, L262–266; H Målgruppe L69–71',
    facts: {
      gender: 'female',
      age: 30,
      currentWork: 'none',
      singleProvider: true,
      reliefAtHome: false,
      children: [{ age: 2 }, { age: 5 }],
      finances: { mainIncome: 'transitional-benefit' },
      wishToWork: 'yes',
    },
    needs: [['care-responsibilities', 'high']],
    adaptations: ['family-and-network-cooperation', 'network-building', 'clearing-room-for-work'],
    jobbsjansen: 'eligible',
  },
  {
    id: 'V05',
    title: 'Spouse on shifts, a four-year-old',
    rests: 'H L638 (spouse working shifts); R L4423–4427 (kindergarten at 06:00)',
    facts: { spouseWorksShifts: true, children: [{ age: 4 }], wishToWork: 'yes' },
    needs: ['care-responsibilities'],
  },
  {
    id: 'V06',
    title: 'A child who needs follow-up after school, two parents',
    rests: 'H L640 (children needing follow-up after school)',
    facts: { singleProvider: false, children: [{ age: 8, needsAfterSchoolFollowUp: true }] },
    needs: [['care-responsibilities', 'moderate']],
  },
  {
    id: 'V07',
    title: 'A man who wants work, A2 Norwegian, no work experience',
    rests: 'SPEC §2, §4 (zero exclusion for everyone); R L12759–12771, L12826–12828; H Målgruppe L67',
    facts: {
      gender: 'male',
      age: 40,
      wishToWork: 'yes',
      norwegian: { oral: 'a2' },
      jobSeekingSkills: 'basic',
      workExperience: { norwayYears: 0, abroadYears: 0 },
    },
    suitability: 'recommended',
    jobbsjansen: 'not-eligible',
  },
  {
    id: 'V08',
    title: 'A woman of 58 who wants work and is hard to place',
    rests: 'SPEC §4 (zero exclusion; Jobbsjansen is 18–55); R L12818; IMDi age limit',
    facts: { gender: 'female', age: 58, wishToWork: 'yes', hardToPlace: true },
    suitability: 'recommended',
    jobbsjansen: 'not-eligible',
  },
  {
    id: 'V09',
    title: 'Says no to work',
    rests: 'R L12759–12771 (motivation work, not exclusion); SPEC §2',
    facts: { wishToWork: 'no', confidence: 'low' },
    needs: ['self-confidence'],
    suitability: 'motivation-work-first',
  },
  {
    id: 'V10',
    title: 'Unsure about work',
    rests: 'R L4491–4493 (ownership of the goal); R L12759–12771',
    facts: { wishToWork: 'unsure' },
    needs: ['participation'],
    adaptations: ['relationship-building', 'empowerment'],
    suitability: 'motivation-work-first',
  },
  {
    id: 'V11',
    title: 'Trauma, undiagnosed and untreated',
    rests: 'R L4188–4219, L4697–4709; H L330 (fast mental health care, DPS)',
    facts: { health: { status: 'unclarified', trauma: true, inTreatment: false }, wishToWork: 'yes' },
    needs: [['health', 'high'], 'inter-agency-cooperation'],
    adaptations: ['interdisciplinary-cooperation'],
    notAdaptations: ['employer-training', 'on-the-job-support'],
  },
  {
    id: 'V12',
    title: 'Engineer with B2 Norwegian and a good network, no work in Norway yet',
    rests: 'R L4263–4273 (experience from abroad), L4315–4330, L6760–6762; SPEC §4 (one fact is one barrier)',
    facts: {
      wishToWork: 'yes',
      jobWishes: ['ingeniør'],
      norwegian: { oral: 'b2', written: 'b2' },
      networkOutsideFamily: 'good',
      schooling: 'higher',
      qualifications: [{ obtained: 'abroad', recognition: 'not-applied' }],
      workExperience: { norwayYears: 0, abroadYears: 10 },
      jobSeekingSkills: 'independent',
    },
    needs: ['foreign-qualifications'],
    notNeeds: ['norwegian-language', 'language-support', 'social-network', 'literacy'],
    adaptations: ['cultural-differences'],
    notAdaptations: ['suggestopedia', 'on-the-job-support', 'network-building'],
    complex: false,
    suitability: 'consider',
  },
  {
    id: 'V13',
    title: 'The "job-ready" contrast group',
    rests: 'R L6720–6734, L6760–6762 (the better the work capacity, the less need for SE)',
    facts: {
      wishToWork: 'yes',
      jobWishes: ['butikk'],
      norwegian: { oral: 'b1-plus', written: 'b1' },
      health: { status: 'none' },
      workExperience: { norwayYears: 3, abroadYears: 2 },
      jobSeekingSkills: 'independent',
      travelsAlone: true,
    },
    notNeeds: ['closer-follow-up', 'norwegian-language', 'work-experience'],
    complex: false,
    suitability: 'consider',
  },
  {
    id: 'V14',
    title: 'One short unpaid placement, still running, closely followed up',
    rests: 'R L11185–11189 (at most six weeks, followed closely)',
    facts: { placements: [{ paid: false, weeks: 3, ended: false, withFollowUp: true }] },
    notNeeds: ['practice-trap'],
  },
  {
    id: 'V15',
    title: 'Two long unpaid placements that ended without hiring',
    rests: 'R L4757–4789 (the practice trap); R L12822–12824',
    facts: {
      wishToWork: 'yes',
      placements: [
        { paid: false, weeks: 12, ended: true, hired: false },
        { paid: false, weeks: 16, ended: true, hired: false },
      ],
    },
    needs: [['practice-trap', 'high'], 'closer-follow-up'],
    suitability: 'recommended',
  },
  {
    id: 'V16',
    title: 'An unpaid placement the employer extended instead of hiring',
    rests: 'R L4782–4786',
    facts: { placements: [{ paid: false, weeks: 5, ended: false, extended: true }] },
    needs: ['practice-trap'],
  },
  {
    id: 'V17',
    title: 'Violence disclosed after an intake where the family seemed supportive',
    rests: 'H L312–318, L256–258; R L7321–7323; H L441–449',
    facts: {
      familyStance: 'supportive',
      children: [{ age: 2 }, { age: 4 }],
      reliefAtHome: false,
      safety: { violence: true },
      wishToWork: 'yes',
    },
    needs: [['negative-social-control', 'high'], 'inter-agency-cooperation'],
    first: 'negative-social-control',
    adaptations: ['family-and-network-cooperation', 'interdisciplinary-cooperation'],
    trustedPersonOnly: true,
  },
  {
    id: 'V18',
    title: 'Cannot read or write in any language',
    rests: 'R L4509–4515; H L205, L387; H L545–547',
    facts: { literacy: { ownLanguage: false, latinScript: false }, norwegian: { oral: 'a2' } },
    needs: [['literacy', 'high'], 'language-support'],
    adaptations: ['suggestopedia', 'on-the-job-support', 'norwegian-skills-plan'],
  },
  {
    id: 'V19',
    title: 'Reads and writes another script, not the Latin alphabet',
    rests: 'R L4509–4515 (analphabetism in Latin script)',
    facts: { literacy: { ownLanguage: true, latinScript: false }, norwegian: { oral: 'b1' } },
    needs: [['literacy', 'moderate']],
  },
  {
    id: 'V20',
    title: 'Speaks B1, writes A2',
    rests: 'H L205; R L4499–4509; SPEC §5 (suggestopedia is not for a written-only gap)',
    facts: { norwegian: { oral: 'b1', written: 'a2' } },
    needs: [['norwegian-language', 'low']],
    notNeeds: ['language-support'],
    notAdaptations: ['suggestopedia', 'on-the-job-support'],
  },
  {
    id: 'V21',
    title: 'Norwegian tuition has stalled',
    rests: 'R L4155–4169, L4499–4501; H L179–185, L205',
    facts: { norwegian: { oral: 'a2', slowProgress: true, yearsOfTuition: 4 } },
    needs: ['norwegian-language', 'language-support'],
    adaptations: ['suggestopedia'],
  },
  {
    id: 'V22',
    title: 'Employer reports she waits for instructions and does not ask',
    rests: 'H L377–383, L334–351; R L4566–4570',
    facts: { workplaceObservations: ['waits-for-instructions', 'does-not-ask-when-unsure'] },
    step: 'on-off-job-support',
    needs: [['cultural-differences', 'moderate']],
    adaptations: ['employer-training', 'cultural-differences', 'job-preparation-course'],
  },
  {
    id: 'V23',
    title: 'Gives goods away at the till and stays away without notice',
    rests: 'R L4560–4564; H L336–351',
    facts: { workplaceObservations: ['gives-away-goods', 'absent-without-notice'] },
    needs: ['cultural-differences', ['working-life-rules', 'moderate']],
    adaptations: ['employer-training'],
  },
  {
    id: 'V24',
    title: 'Has done undeclared work',
    rests: 'R L4916–4936; H L316, L407–409',
    facts: { undeclaredWorkExperienced: true },
    needs: [['declared-work', 'high'], 'inter-agency-cooperation'],
    adaptations: ['interdisciplinary-cooperation'],
  },
  {
    id: 'V25',
    title: 'Exploited by an employer who did not pay',
    rests: 'R L4938–4963; H L407–409',
    facts: { exploitationExperienced: true },
    needs: [['exploitation-protection', 'high'], 'inter-agency-cooperation', 'after-follow-up'],
    adaptations: ['interdisciplinary-cooperation', 'after-follow-up'],
  },
  {
    id: 'V26',
    title: 'Family against her working',
    rests: "H L256 (play on the family's team); R L4370–4418",
    facts: { familyStance: 'opposed' },
    needs: ['family-situation'],
    adaptations: ['family-and-network-cooperation'],
  },
  {
    id: 'V27',
    title: 'Family unsure about her working',
    rests: 'H L256; SPEC §5 (§6 for a family that is unsure or opposed)',
    facts: { familyStance: 'unsure' },
    needs: ['family-situation'],
    adaptations: ['family-and-network-cooperation'],
  },
  {
    id: 'V28',
    title: 'Family controls her choices',
    rests: 'H L314 (definition), L258; R L4410–4418, L7321–7323',
    facts: { familyStance: 'controlling' },
    needs: ['negative-social-control', ['family-situation', 'high']],
    first: 'negative-social-control',
    adaptations: ['family-and-network-cooperation'],
    trustedPersonOnly: true,
  },
  {
    id: 'V29',
    title: 'Pregnant, wants work, hard to place',
    rests: 'R L10905–10909 (leave from SE during pregnancy); SPEC §2',
    facts: { wishToWork: 'yes', hardToPlace: true, health: { pregnant: true } },
    suitability: 'recommended',
    path: 'pause-and-resume',
  },
  {
    id: 'V30',
    title: 'Wants work but puts school first',
    rests: 'R L11513–11523 (part-time work during studies, or Supported Education with SE)',
    facts: { wishToWork: 'yes', educationFirst: true, earlierMeasures: { withoutProgress: true } },
    suitability: 'recommended',
    path: 'alongside-education',
  },
  {
    id: 'V31',
    title: 'A good match that takes time to find',
    rests: 'R L4637–4639',
    facts: { wishToWork: 'yes', goodMatchTakesTime: true },
    needs: ['closer-follow-up'],
    suitability: 'recommended',
  },
  {
    id: 'V32',
    title: 'A case at the employer step, no special needs',
    rests: 'H L336 (employer training secures every employment), L351 (from the first working day)',
    facts: { wishToWork: 'yes', jobWishes: ['renhold'] },
    step: 'employer-engagement',
    adaptations: ['employer-training'],
  },
  {
    id: 'V33',
    title: 'The same case while still looking for a job',
    rests: 'SPEC §5 (currentStep gates what belongs to later steps)',
    facts: { wishToWork: 'yes', jobWishes: ['renhold'] },
    step: 'job-finding',
    notAdaptations: ['employer-training'],
  },
  {
    id: 'V34',
    title: 'The target group: little Norwegian, no school, small children alone, no network, temporary home',
    rests: 'R L5111–5122 (interplay of barriers on several levels), L4421–4433; H L238, L264',
    facts: {
      wishToWork: 'yes',
      norwegian: { oral: 'a1' },
      schooling: 'none',
      singleProvider: true,
      children: [{ age: 1 }, { age: 4 }],
      networkOutsideFamily: 'none',
      housing: 'temporary',
    },
    complex: true,
    adaptations: [
      'network-building',
      'family-and-network-cooperation',
      'interdisciplinary-cooperation',
      'on-the-job-support',
    ],
    suitability: 'recommended',
  },
  {
    id: 'V35',
    title: 'No work experience at all, A2 Norwegian',
    rests: 'H L385–393 (§14), L262–266 (§7 is about network); R L4275–4279',
    facts: {
      workExperience: { norwayYears: 0, abroadYears: 0 },
      norwegian: { oral: 'a2' },
      jobSeekingSkills: 'none',
    },
    needs: [['work-experience', 'high']],
    adaptations: ['on-the-job-support'],
    notAdaptations: ['network-building'],
  },
  {
    id: 'V36',
    title: 'A health problem, able to work some',
    rests: 'R L12830; H L385–393 (§14 reasons do not include health)',
    facts: { wishToWork: 'yes', health: { status: 'clarified', workCapacity: 'reduced', inTreatment: true } },
    needs: ['health'],
    notAdaptations: ['employer-training', 'on-the-job-support'],
    suitability: 'recommended',
    path: 'start-now',
  },
  {
    id: 'V37',
    title: 'Three children aged 14, 17 and 20',
    rests: 'H L238, L256; SPEC §4',
    facts: { children: [{ age: 14 }, { age: 17 }, { age: 20 }], singleProvider: true },
    notNeeds: ['care-responsibilities'],
  },
  {
    id: 'V38',
    title: 'Newly arrived, B1, work experience from abroad',
    rests: 'R L4883 (newly arrived), L4263–4273; SPEC §4 (few years in Norway is one barrier)',
    facts: {
      yearsInNorway: 1,
      norwegian: { oral: 'b1', written: 'b1' },
      workExperience: { norwayYears: 0, abroadYears: 6 },
      networkOutsideFamily: 'some',
      wishToWork: 'yes',
      jobWishes: ['kokk'],
    },
    needs: ['society-rules'],
    complex: false,
  },
];
