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

/**
 * A read-only copy of an assessment in which every field is present (absent
 * ones as `undefined`), so that every copy has the same object shape.
 *
 * Parsed assessments leave unknown facts out, so a batch of them comes in
 * hundreds of different shapes. Reading a named field of objects of that many
 * shapes misses V8's lookup caches every time, and the need rules read
 * hundreds of fields per assessment. The copy is made by `Object.assign`
 * (fast for any shape); the rules then read one shape only. The rules only
 * compare values with `undefined` (never `in`, `Object.keys` or spreads), so
 * they see the same facts through the view as through the assessment. The
 * parts (`norwegian`, `health`…) and lists are shared with the assessment,
 * not copied: each part has a handful of fields, and copying it costs more
 * than reading it in its own shape.
 */
export function assessmentView(a: NeedsAssessment): NeedsAssessment {
  // Not an object (a caller that skipped parsing): hand it on as it is, so the rules fail as they would without the view.
  if (typeof a !== 'object' || a === null) return a;
  return fill<NeedsAssessment>(
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
  );
}
