import type {
  CulturalConstraints,
  DigitalSkills,
  EarlierMeasures,
  Finances,
  Health,
  Literacy,
  NorwegianSkills,
  RulesKnowledge,
  SafetyConcerns,
  WorkExperience,
} from '../../needs/assessmentParts';
import type { NeedsAssessment } from '../../needs/needsAssessment';

/**
 * Every key of `T`, present, with `undefined` where `T` leaves it out. The
 * compiler checks that a literal of this type names every field, so a field
 * added to the schema cannot be forgotten here.
 */
type Complete<T> = { [K in keyof Required<T>]: K extends keyof T ? T[K] : never };

/**
 * Copies the own fields of `from` onto `to`, a fresh object that already
 * holds every field of its kind (as `undefined`). Object.assign copies a plain
 * object's own fields in one builtin pass, fast however many different shapes
 * the inputs come in.
 */
function fill<T extends object>(to: Complete<T>, from: T): T {
  return Object.assign(to, from);
}

const part = <T extends object>(value: T | undefined, copy: (v: T) => T): T | undefined =>
  value === undefined || value === null || typeof value !== 'object' ? value : copy(value);

const norwegian = (v: NorwegianSkills): NorwegianSkills =>
  fill<NorwegianSkills>(
    {
      oral: undefined,
      written: undefined,
      yearsOfTuition: undefined,
      slowProgress: undefined,
      pronunciationDifficulties: undefined,
    },
    v,
  );

const literacy = (v: Literacy): Literacy =>
  fill<Literacy>({ ownLanguage: undefined, latinScript: undefined }, v);

const workExperience = (v: WorkExperience): WorkExperience =>
  fill<WorkExperience>(
    { abroadYears: undefined, norwayYears: undefined, yearsSinceLastWork: undefined, occupations: undefined },
    v,
  );

const health = (v: Health): Health =>
  fill<Health>(
    {
      status: undefined,
      workCapacity: undefined,
      limitations: undefined,
      trauma: undefined,
      inTreatment: undefined,
      pregnant: undefined,
    },
    v,
  );

const safety = (v: SafetyConcerns): SafetyConcerns =>
  fill<SafetyConcerns>({ negativeSocialControl: undefined, violence: undefined, acute: undefined }, v);

const digitalSkills = (v: DigitalSkills): DigitalSkills =>
  fill<DigitalSkills>({ email: undefined, bankId: undefined, jobPortals: undefined }, v);

const finances = (v: Finances): Finances =>
  fill<Finances>({ strained: undefined, debt: undefined, benefits: undefined, mainIncome: undefined }, v);

const earlierMeasures = (v: EarlierMeasures): EarlierMeasures =>
  fill<EarlierMeasures>({ years: undefined, withoutProgress: undefined }, v);

const rulesKnowledge = (v: RulesKnowledge): RulesKnowledge =>
  fill<RulesKnowledge>({ society: undefined, workingLife: undefined }, v);

const culturalConstraints = (v: CulturalConstraints): CulturalConstraints =>
  fill<CulturalConstraints>(
    { tasks: undefined, dress: undefined, contact: undefined, negotiable: undefined },
    v,
  );

/**
 * A read-only copy of an assessment in which every field is present (absent
 * ones as `undefined`), so that every copy has the same object shape.
 *
 * Parsed assessments leave unknown facts out, so a batch of them comes in
 * hundreds of different shapes. Reading a named field of objects of that many
 * shapes misses V8's lookup caches every time, and the need rules read
 * hundreds of fields per assessment. The copy is made with `for…in` (fast for
 * any shape); the rules then read one shape only. The rules only compare
 * values with `undefined` (never `in`, `Object.keys` or spreads), so they see
 * the same facts through the view as through the assessment. Lists are
 * shared with the assessment, not copied.
 */
export function assessmentView(a: NeedsAssessment): NeedsAssessment {
  // Not an object (a caller that skipped parsing): hand it on as it is, so the rules fail as they would without the view.
  if (typeof a !== 'object' || a === null) return a;
  const view = fill<NeedsAssessment>(
    {
      id: undefined as unknown as string,
      assessedOn: undefined as unknown as string,
      participantId: undefined,
      age: undefined,
      gender: undefined,
      countryOfOrigin: undefined,
      immigrationReason: undefined,
      yearsInNorway: undefined,
      programme: undefined,
      otherSchemes: undefined,
      currentWork: undefined,
      inOrdinaryEducation: undefined,
      preferredLanguage: undefined,
      interpreterNeeded: undefined,
      norwegian: undefined,
      literacy: undefined,
      yearsOfSchooling: undefined,
      schooling: undefined,
      qualifications: undefined,
      workExperience: undefined,
      jobSeekingSkills: undefined,
      health: undefined,
      children: undefined,
      singleProvider: undefined,
      spouseWorksShifts: undefined,
      reliefAtHome: undefined,
      otherCareDuties: undefined,
      familyStance: undefined,
      maritalChallenges: undefined,
      safety: undefined,
      networkOutsideFamily: undefined,
      travelsAlone: undefined,
      digitalSkills: undefined,
      housing: undefined,
      finances: undefined,
      confidence: undefined,
      wishToWork: undefined,
      jobWishes: undefined,
      earlierMeasures: undefined,
      dropoutRisk: undefined,
      hardToPlace: undefined,
      socialChallenges: undefined,
      struggledInPlacementAlone: undefined,
      educationFirst: undefined,
      goodMatchTakesTime: undefined,
      workplaceObservations: undefined,
      placements: undefined,
      rulesKnowledge: undefined,
      undeclaredWorkExperienced: undefined,
      exploitationExperienced: undefined,
      culturalConstraints: undefined,
    },
    a,
  ) as Complete<NeedsAssessment>;
  view.norwegian = part(view.norwegian, norwegian);
  view.literacy = part(view.literacy, literacy);
  view.workExperience = part(view.workExperience, workExperience);
  view.health = part(view.health, health);
  view.safety = part(view.safety, safety);
  view.digitalSkills = part(view.digitalSkills, digitalSkills);
  view.finances = part(view.finances, finances);
  view.earlierMeasures = part(view.earlierMeasures, earlierMeasures);
  view.rulesKnowledge = part(view.rulesKnowledge, rulesKnowledge);
  view.culturalConstraints = part(view.culturalConstraints, culturalConstraints);
  return view;
}
