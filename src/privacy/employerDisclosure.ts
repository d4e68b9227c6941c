import { deepFreeze } from '../_lib/deepFreeze';
import type { ConsentScope } from '../process/consentScope';

/**
 * What it takes for one field to appear in an employer brief.
 *
 * @remarks
 * Either the consent scopes that must all be in force (always including
 * `employer-sharing`), or the reason it is never shared: `not-needed` (the
 * employer does not need it) or `no-sharing-scope` (no scope covers it).
 *
 * @example
 * ```ts
 * const rule: EmployerDisclosure = ['employer-sharing', 'employer-sharing-health'];
 * ```
 * @category Privacy
 */
export type EmployerDisclosure = readonly ConsentScope[] | 'not-needed' | 'no-sharing-scope';

/**
 * The two models an employer brief takes facts from.
 *
 * @example
 * ```ts
 * BRIEF_SOURCES.includes('candidate'); // => true
 * ```
 * @category Privacy
 */
export const BRIEF_SOURCES = deepFreeze(['assessment', 'candidate'] as const);

/**
 * One model an employer brief takes facts from; see {@link BRIEF_SOURCES}.
 *
 * @example
 * ```ts
 * const from: BriefSource = 'assessment';
 * ```
 * @category Privacy
 */
export type BriefSource = (typeof BRIEF_SOURCES)[number];

type Rules = Readonly<Record<string, EmployerDisclosure>>;

const BASE: EmployerDisclosure = Object.freeze(['employer-sharing'] as const);
const HEALTH: EmployerDisclosure = Object.freeze(['employer-sharing', 'employer-sharing-health'] as const);
const FAMILY: EmployerDisclosure = Object.freeze(['employer-sharing', 'employer-sharing-family'] as const);
const RELIGION: EmployerDisclosure = Object.freeze([
  'employer-sharing',
  'employer-sharing-religion',
] as const);
const VIOLENCE: EmployerDisclosure = Object.freeze([
  'employer-sharing',
  'employer-sharing-violence',
] as const);
const FAMILY_AND_VIOLENCE: EmployerDisclosure = Object.freeze([
  'employer-sharing',
  'employer-sharing-family',
  'employer-sharing-violence',
] as const);
const NOT: EmployerDisclosure = 'not-needed';
const NO_SCOPE: EmployerDisclosure = 'no-sharing-scope';

const SHARED: Rules = {
  norwegian: BASE,
  'norwegian.oral': BASE,
  'norwegian.written': BASE,
  'norwegian.yearsOfTuition': NOT,
  'norwegian.slowProgress': NOT,
  'norwegian.pronunciationDifficulties': NOT,
  literacy: BASE,
  'literacy.ownLanguage': BASE,
  'literacy.latinScript': BASE,
  workExperience: BASE,
  'workExperience.abroadYears': BASE,
  'workExperience.norwayYears': BASE,
  'workExperience.yearsSinceLastWork': BASE,
  'workExperience.occupations': BASE,
  health: HEALTH,
  'health.status': NOT,
  'health.workCapacity': HEALTH,
  'health.limitations': HEALTH,
  'health.trauma': NOT,
  'health.inTreatment': NOT,
  'health.pregnant': NOT,
  children: FAMILY,
  'children[].age': FAMILY,
  'children[].needsAfterSchoolFollowUp': FAMILY,
  'children[].extraCare': NOT,
  singleProvider: FAMILY,
  spouseWorksShifts: FAMILY,
  familyStance: FAMILY_AND_VIOLENCE,
  maritalChallenges: FAMILY,
  safety: VIOLENCE,
  'safety.negativeSocialControl': VIOLENCE,
  'safety.violence': VIOLENCE,
  'safety.acute': VIOLENCE,
  travelsAlone: BASE,
  finances: NOT,
  'finances.strained': NOT,
  'finances.debt': NOT,
  'finances.benefits': NOT,
  'finances.mainIncome': NOT,
  wishToWork: NOT,
  jobWishes: BASE,
  culturalConstraints: RELIGION,
  'culturalConstraints.tasks': RELIGION,
  'culturalConstraints.dress': RELIGION,
  'culturalConstraints.contact': RELIGION,
  'culturalConstraints.negotiable': RELIGION,
  rulesKnowledge: BASE,
  'rulesKnowledge.society': NOT,
  'rulesKnowledge.workingLife': BASE,
};

const ASSESSMENT: Rules = {
  ...SHARED,
  id: NOT,
  reliefAtHome: FAMILY,
  assessedOn: NOT,
  participantId: NOT,
  age: NOT,
  gender: NOT,
  countryOfOrigin: NO_SCOPE,
  immigrationReason: NO_SCOPE,
  yearsInNorway: NOT,
  programme: NOT,
  otherSchemes: NOT,
  currentWork: NOT,
  inOrdinaryEducation: NOT,
  preferredLanguage: NO_SCOPE,
  interpreterNeeded: BASE,
  yearsOfSchooling: BASE,
  schooling: BASE,
  qualifications: BASE,
  'qualifications[].title': BASE,
  'qualifications[].obtained': BASE,
  'qualifications[].recognition': BASE,
  'qualifications[].wantsToUse': NOT,
  jobSeekingSkills: NOT,
  otherCareDuties: FAMILY,
  networkOutsideFamily: NOT,
  digitalSkills: BASE,
  'digitalSkills.email': BASE,
  'digitalSkills.bankId': BASE,
  'digitalSkills.jobPortals': BASE,
  housing: NOT,
  confidence: NOT,
  earlierMeasures: NOT,
  'earlierMeasures.years': NOT,
  'earlierMeasures.withoutProgress': NOT,
  dropoutRisk: NOT,
  hardToPlace: NOT,
  socialChallenges: NOT,
  struggledInPlacementAlone: NOT,
  educationFirst: NOT,
  goodMatchTakesTime: NOT,
  workplaceObservations: NOT,
  placements: BASE,
  'placements[].paid': BASE,
  'placements[].weeks': BASE,
  'placements[].hired': NOT,
  'placements[].withFollowUp': NOT,
  'placements[].ended': BASE,
  'placements[].extended': NOT,
  'placements[].occupation': BASE,
  undeclaredWorkExperienced: NOT,
  exploitationExperienced: NOT,
};

const CANDIDATE: Rules = {
  ...SHARED,
  id: NOT,
  experienceIndustries: BASE,
  wishes: BASE,
  'wishes.industries': BASE,
  'wishes.avoidIndustries': BASE,
  'wishes.openToOtherWork': BASE,
  'wishes.positionTypes': BASE,
  'wishes.permanent': BASE,
  incomeNeed: NOT,
  availability: BASE,
  'availability.earliestStart': BASE,
  'availability.latestEnd': BASE,
  'availability.evenings': BASE,
  'availability.weekends': BASE,
  'availability.nights': BASE,
  'availability.minPositionPercent': BASE,
  'availability.maxPositionPercent': BASE,
  careRelief: FAMILY,
  commute: BASE,
  'commute.home': NOT,
  'commute.home.district': NOT,
  'commute.home.municipality': NOT,
  'commute.home.coordinates': NOT,
  'commute.home.coordinates.latitude': NOT,
  'commute.home.coordinates.longitude': NOT,
  'commute.maxMinutes': BASE,
  attitude: BASE,
  'attitude.initiative': BASE,
  'attitude.serviceAttitude': BASE,
  'attitude.punctuality': BASE,
};

/**
 * For every field of a needs assessment and a candidate, what it takes to share it with an employer.
 *
 * @remarks
 * "The job specialist guides — the participant decides" (AFI report 4.3,
 * L7242–7245): she decides what an employer learns about her challenges (AFI
 * report 5.4.7, L9113–9117), and confidentiality is an SE value (L7133–7135).
 * The rules, used by {@link buildEmployerBrief}:
 * - Work-relevant facts (Norwegian level, literacy, schooling, experience,
 *   wishes, availability, travelling alone) need `employer-sharing`.
 * - Health facts that bear on the work (work capacity, limitations) also need
 *   `employer-sharing-health`; family facts `employer-sharing-family`;
 *   religious limits `employer-sharing-religion`; safety concerns
 *   `employer-sharing-violence`. The family's stance on her working needs both
 *   family and violence scopes, because `controlling` records negative social control.
 * - Identifiers, age, gender, economy, housing, diagnosis status, trauma,
 *   treatment, a child's health and the indicators for closer follow-up are
 *   `not-needed` (data minimisation, GDPR art. 5(1)(c)).
 * - Country of origin, immigration reason and preferred language reveal
 *   ethnic origin and have `no-sharing-scope`.
 *
 * These choices are the library's; a consumer that needs others can build
 * its own brief from {@link redact} and the consents of the case.
 *
 * @example
 * ```ts
 * EMPLOYER_DISCLOSURE.assessment['health.limitations']; // => ['employer-sharing', 'employer-sharing-health']
 * EMPLOYER_DISCLOSURE.assessment['countryOfOrigin']; // => 'no-sharing-scope'
 * ```
 * @category Privacy
 */
export const EMPLOYER_DISCLOSURE: Readonly<
  Record<BriefSource, Readonly<Record<string, EmployerDisclosure>>>
> = Object.freeze({
  assessment: Object.freeze(ASSESSMENT),
  candidate: Object.freeze(CANDIDATE),
});
