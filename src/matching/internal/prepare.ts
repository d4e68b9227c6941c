import {
  CONTACT_CONSTRAINTS,
  DRESS_CONSTRAINTS,
  HEALTH_LIMITATIONS,
  TASK_CONSTRAINTS,
} from '../../needs/assessmentVocabularies';
import { NORWEGIAN_LEVELS } from '../../needs/norwegianLevel';
import type { Candidate } from '../candidate';
import { INDUSTRIES, INDUSTRY_WORDS } from '../industry';
import type { JobOpening } from '../jobOpening';
import { SERVICE_LANGUAGE_DEMAND } from '../languageDemand';
import { NAV_MEASURE_IDS } from '../../plans/navMeasureId';
import { POSITION_TYPES } from '../positionType';
import { CandidateSchema } from '../candidate';
import { JobOpeningSchema } from '../jobOpening';
import type { ResolvedSettings } from './settings';
import { flat, templateOf } from './shape';

/** Tri-state: 1 true, 0 false, -1 unknown. */
export type Tri = 1 | 0 | -1;

export const tri = (value: boolean | undefined): Tri => (value === undefined ? -1 : value ? 1 : 0);

function mask<T extends string>(vocabulary: readonly T[], values: readonly T[] | undefined): number {
  if (values === undefined) return 0;
  let m = 0;
  for (const v of values) m |= 1 << vocabulary.indexOf(v);
  return m;
}

const norm = (s: string): string => s.trim().toLowerCase();

/** Lower case, letters and digits only, words separated by one space. */
const words = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The shortest text that may match inside a longer one ("assistent" in "barnehageassistent"). */
const MIN_PART = 4;

/**
 * True when a job wish and an occupation name the same work: equal, or one
 * contains the other ("barnehageassistent" and "assistent"). Both are already
 * passed through `words`.
 */
export function sameOccupation(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  return a.length >= b.length ? b.length >= MIN_PART && a.includes(b) : a.length >= MIN_PART && b.includes(a);
}

/** The industries a free-text job wish names (INDUSTRY_WORDS), as a bit mask. */
function industriesNamed(wish: string): number {
  let m = 0;
  for (let i = 0; i < INDUSTRIES.length; i++) {
    for (const word of INDUSTRY_WORDS[INDUSTRIES[i] as (typeof INDUSTRIES)[number]]) {
      if (wish.includes(word)) {
        m |= 1 << i;
        break;
      }
    }
  }
  return m;
}

/**
 * Who can take over at home: as recorded (`careRelief`), or `alone` when derived
 * for a sole provider with nothing recorded (AFI report 2.4.2, L4421–4433);
 * `undefined` when not known.
 */
export type Relief = 'available' | 'can-be-arranged' | 'none' | 'alone' | undefined;

export const NAV_WAGE_SUBSIDY = 1 << NAV_MEASURE_IDS.indexOf('wage-subsidy');
export const NAV_MENTOR = 1 << NAV_MEASURE_IDS.indexOf('mentor');
export const NAV_INCLUSION_GRANT = 1 << NAV_MEASURE_IDS.indexOf('inclusion-grant');
export const NAV_WORK_TRAINING = 1 << NAV_MEASURE_IDS.indexOf('work-training');

const HEALTH_NIGHT = 1 << HEALTH_LIMITATIONS.indexOf('night-work');
const HEALTH_EARLY = 1 << HEALTH_LIMITATIONS.indexOf('early-starts');
export const TYPE_SEASONAL = POSITION_TYPES.indexOf('seasonal');
export const TYPE_EXTRA = POSITION_TYPES.indexOf('extra-shifts');

/** The candidate's facts as flat numbers, computed once per candidate. */
export interface PreparedCandidate {
  readonly source: Candidate;
  readonly id: string;
  // interest
  readonly wishMask: number;
  readonly avoidMask: number;
  readonly jobWishes: readonly string[];
  /** 1: wishes stated; 0: recorded as "cannot name any yet"; -1: unknown. */
  readonly wishesStated: Tri;
  readonly openToOther: Tri;
  readonly wishToWork: Tri;
  // attitude
  readonly initiative: Tri;
  readonly service: Tri;
  readonly punctual: Tri;
  // experience and culture
  readonly experienceKnown: boolean;
  readonly experienceMask: number;
  readonly experienceOccupations: readonly string[];
  readonly cultureReady: Tri;
  // language
  readonly oral: number;
  readonly canRead: Tri;
  // hours
  readonly earliestStart: number;
  readonly latestEnd: number;
  readonly evenings: Tri;
  readonly weekends: Tri;
  readonly nights: Tri;
  readonly minPercent: number;
  readonly maxPercent: number;
  // care and family
  readonly youngChildren: Tri;
  readonly afterSchool: Tri;
  readonly soleProvider: Tri;
  readonly spouseShifts: Tri;
  /** Recorded, or derived from a sole provider or a spouse's shifts; see `prepareCandidate`. */
  readonly relief: Relief;
  /** 1: children at home; 0: recorded as none; -1: unknown. */
  readonly hasChildren: Tri;
  readonly stance: Candidate['familyStance'];
  readonly safety: Tri;
  readonly marital: Tri;
  // commute
  readonly travelsAlone: Tri;
  readonly maxMinutes: number;
  readonly lat: number;
  readonly lon: number;
  readonly cosLat: number;
  readonly district: string;
  readonly municipality: string;
  // religion
  readonly culturalKnown: boolean;
  readonly tasksKnown: boolean;
  readonly taskMask: number;
  readonly dressKnown: boolean;
  readonly dressMask: number;
  readonly contactKnown: boolean;
  readonly contactMask: number;
  readonly negotiable: Tri;
  // health
  readonly healthKnown: boolean;
  readonly limitMask: number;
  // position
  readonly typeMask: number;
  readonly permanent: Tri;
  readonly incomeHigh: Tri;
}

/** The opening's facts as flat numbers, computed once per opening. */
export interface PreparedOpening {
  readonly source: JobOpening;
  readonly id: string;
  readonly industryBit: number;
  readonly occupation: string;
  // language
  readonly demand: number;
  /** 0 opening, 1 industry default, 2 raised for customer contact. */
  readonly demandFrom: number;
  readonly reading: Tri;
  // expectations
  readonly expectationsKnown: boolean;
  readonly initiative: Tri;
  readonly service: Tri;
  readonly experienceRequired: Tri;
  // training and employer
  readonly mentor: Tri;
  readonly trainer: Tri;
  readonly trainingPlan: Tri;
  readonly allowsJobSpecialist: Tri;
  readonly navKnown: boolean;
  readonly navMask: number;
  readonly employerReady: Tri;
  // schedule
  readonly scheduleKnown: boolean;
  readonly start: number;
  readonly end: number;
  readonly evenings: Tri;
  readonly weekends: Tri;
  readonly nights: Tri;
  /** Outside the children's care hours. */
  readonly outsideCare: Tri;
  /** Ends after the after-school time (or has evenings). */
  readonly afterSchoolClash: Tri;
  // religion
  readonly tasksKnown: boolean;
  readonly taskMask: number;
  readonly reassignable: Tri;
  readonly tasksCanAdapt: Tri;
  readonly contactKnown: boolean;
  readonly contactMask: number;
  readonly contactAvoidable: Tri;
  readonly uniform: Tri;
  readonly dressAccommodates: number;
  readonly dressCanAdapt: Tri;
  // health
  readonly demandsKnown: boolean;
  readonly demandMask: number;
  readonly canAccommodate: Tri;
  // development and terms
  readonly paid: Tri;
  readonly hiringProspect: Tri;
  readonly devPath: Tri;
  readonly moreHours: Tri;
  readonly pathToPermanent: Tri;
  readonly declared: Tri;
  readonly type: number;
  readonly percent: number;
  // location
  readonly lat: number;
  readonly lon: number;
  readonly cosLat: number;
  readonly district: string;
  readonly municipality: string;
}

/** 1 if any is 1, else -1 if any is -1, else 0. */
function anyTrue(a: Tri, b: Tri, c: Tri = 0, d: Tri = 0, e: Tri = 0): Tri {
  if (a === 1 || b === 1 || c === 1 || d === 1 || e === 1) return 1;
  return a === -1 || b === -1 || c === -1 || d === -1 || e === -1 ? -1 : 0;
}

/** Minutes since midnight of a valid `HH:MM`. */
function minutesOf(time: string): number {
  return (
    ((time.charCodeAt(0) - 48) * 10 + time.charCodeAt(1) - 48) * 60 +
    (time.charCodeAt(3) - 48) * 10 +
    time.charCodeAt(4) -
    48
  );
}

function earliest(times: readonly string[] | undefined): number {
  if (times === undefined) return -1;
  let min = Infinity;
  for (const t of times) {
    const m = minutesOf(t);
    if (m < min) min = m;
  }
  return min;
}

function latest(times: readonly string[] | undefined): number {
  if (times === undefined) return -1;
  let max = -1;
  for (const t of times) {
    const m = minutesOf(t);
    if (m > max) max = m;
  }
  return max;
}

const RAD = Math.PI / 180;

const OPENING = templateOf(JobOpeningSchema.shape);
const CANDIDATE = templateOf(CandidateSchema.shape);
const WISHES = templateOf(CandidateSchema.shape.wishes.unwrap().shape);
const AVAILABILITY = templateOf(CandidateSchema.shape.availability.unwrap().shape);

/** Precomputes a candidate's facts for fast pair evaluation. */
export function prepareCandidate(candidate: Candidate, s: ResolvedSettings): PreparedCandidate {
  const c = flat(candidate, CANDIDATE);
  const wishes = c.wishes === undefined ? undefined : flat(c.wishes, WISHES);
  const jobWishes = (c.jobWishes ?? []).map(words);
  // Her wishes by industry, and the industries her free-text job wishes name.
  let wishMask = mask(INDUSTRIES, wishes?.industries);
  for (const wish of jobWishes) wishMask |= industriesNamed(wish);
  const wishesStated: Tri =
    wishMask !== 0 || jobWishes.length > 0
      ? 1
      : wishes?.industries !== undefined || c.jobWishes !== undefined
        ? 0
        : -1;

  const exp = c.workExperience;
  const experienceOccupations = (exp?.occupations ?? []).map(words);
  const experienceKnown = c.experienceIndustries !== undefined || exp?.occupations !== undefined;
  const norwayYears = exp?.norwayYears;
  const workingLife = c.rulesKnowledge?.workingLife;
  const cultureReady: Tri =
    (norwayYears !== undefined && norwayYears > 0) || workingLife === 'good'
      ? 1
      : norwayYears === 0 || workingLife === 'little' || workingLife === 'some'
        ? 0
        : -1;

  const a = c.availability === undefined ? undefined : flat(c.availability, AVAILABILITY);
  const children = c.children;
  let youngChildren: Tri = -1;
  let afterSchool: Tri = -1;
  if (children !== undefined) {
    let young = false;
    let youngUnknown = false;
    let after = false;
    let afterUnknown = false;
    for (const child of children) {
      if (child.age === undefined) youngUnknown = true;
      else if (child.age < s.youngUnder) young = true;
      if (child.needsAfterSchoolFollowUp === true) after = true;
      else if (
        child.needsAfterSchoolFollowUp === undefined &&
        (child.age === undefined || (child.age >= 6 && child.age < 16))
      ) {
        afterUnknown = true;
      }
    }
    youngChildren = young ? 1 : youngUnknown ? -1 : 0;
    afterSchool = after ? 1 : afterUnknown ? -1 : 0;
  }

  // Who can take over at home: as recorded; else derived (domain specification §6,
  // AFI report 2.4.2, L4421–4433): a sole provider has nobody at home; a spouse
  // who does not work shifts can take the early drop-off and the evenings; a
  // spouse on shifts can, with a plan made with the family (handbook §5–6).
  const relief: Relief =
    c.careRelief !== undefined
      ? c.careRelief
      : c.singleProvider === true
        ? 'alone'
        : c.singleProvider === false && c.spouseWorksShifts === false
          ? 'available'
          : c.spouseWorksShifts === true
            ? 'can-be-arranged'
            : undefined;
  const safety =
    c.safety === undefined ? -1 : anyTrue(tri(c.safety.negativeSocialControl), tri(c.safety.violence));

  const home = c.commute?.home;
  const cc = c.culturalConstraints;
  const health = c.health;
  const healthKnown = health !== undefined && (health.limitations !== undefined || health.status === 'none');

  const incomeHigh: Tri =
    c.incomeNeed !== undefined
      ? c.incomeNeed === 'high'
        ? 1
        : 0
      : c.singleProvider === true || c.finances?.strained === true
        ? 1
        : -1;

  return {
    source: candidate,
    id: c.id,
    wishMask,
    avoidMask: mask(INDUSTRIES, wishes?.avoidIndustries),
    jobWishes,
    wishesStated,
    openToOther: tri(wishes?.openToOtherWork),
    wishToWork: c.wishToWork === undefined ? -1 : c.wishToWork === 'yes' ? 1 : 0,
    initiative:
      c.attitude?.initiative === undefined ? -1 : c.attitude.initiative === 'takes-initiative' ? 1 : 0,
    service:
      c.attitude?.serviceAttitude === undefined ? -1 : c.attitude.serviceAttitude === 'established' ? 1 : 0,
    punctual: c.attitude?.punctuality === undefined ? -1 : c.attitude.punctuality === 'reliable' ? 1 : 0,
    experienceKnown,
    experienceMask: mask(INDUSTRIES, c.experienceIndustries),
    experienceOccupations,
    cultureReady,
    oral: c.norwegian?.oral === undefined ? -1 : NORWEGIAN_LEVELS.indexOf(c.norwegian.oral),
    canRead: tri(c.literacy?.latinScript),
    earliestStart: a?.earliestStart === undefined ? -1 : minutesOf(a.earliestStart),
    latestEnd: a?.latestEnd === undefined ? -1 : minutesOf(a.latestEnd),
    evenings: tri(a?.evenings),
    weekends: tri(a?.weekends),
    nights: tri(a?.nights),
    minPercent: a?.minPositionPercent ?? -1,
    maxPercent: a?.maxPositionPercent ?? -1,
    youngChildren,
    afterSchool,
    soleProvider: tri(c.singleProvider),
    spouseShifts: tri(c.spouseWorksShifts),
    relief,
    hasChildren: children === undefined ? -1 : children.length > 0 ? 1 : 0,
    stance: c.familyStance,
    safety,
    marital: tri(c.maritalChallenges),
    travelsAlone: tri(c.travelsAlone),
    maxMinutes: c.commute?.maxMinutes ?? -1,
    lat: home?.coordinates?.latitude ?? Number.NaN,
    lon: home?.coordinates?.longitude ?? Number.NaN,
    cosLat: Math.cos((home?.coordinates?.latitude ?? 0) * RAD),
    district: home?.district === undefined ? '' : norm(home.district),
    municipality: home?.municipality === undefined ? '' : norm(home.municipality),
    culturalKnown: cc !== undefined,
    tasksKnown: cc?.tasks !== undefined,
    taskMask: mask(TASK_CONSTRAINTS, cc?.tasks),
    dressKnown: cc?.dress !== undefined,
    dressMask: mask(DRESS_CONSTRAINTS, cc?.dress),
    contactKnown: cc?.contact !== undefined,
    contactMask: mask(CONTACT_CONSTRAINTS, cc?.contact),
    negotiable: tri(cc?.negotiable),
    healthKnown,
    limitMask: mask(HEALTH_LIMITATIONS, health?.limitations),
    typeMask: mask(POSITION_TYPES, wishes?.positionTypes),
    permanent: tri(wishes?.permanent),
    incomeHigh,
  };
}

const EVENING = 18 * 60;
const NIGHT_END = 23 * 60;
const NIGHT_START = 5 * 60;

/** Precomputes an opening's facts for fast pair evaluation. */
export function prepareOpening(opening: JobOpening, s: ResolvedSettings): PreparedOpening {
  const o = flat(opening, OPENING);
  const industryIdx = INDUSTRIES.indexOf(o.industry);
  const lang = o.language;
  let demand = s.demandByIndustry[industryIdx] ?? 0;
  let demandFrom = 1;
  if (lang?.required !== undefined) {
    demand = NORWEGIAN_LEVELS.indexOf(lang.required);
    demandFrom = 0;
  } else if (lang?.customerContact === 'extensive' && s.demandOverridden[industryIdx] === 0) {
    const service = NORWEGIAN_LEVELS.indexOf(SERVICE_LANGUAGE_DEMAND.level);
    if (service > demand) {
      demand = service;
      demandFrom = 2;
    }
  }

  const sch = o.schedule;
  const start = earliest(sch?.startTimes);
  const end = latest(sch?.endTimes);
  const evenings: Tri =
    sch?.evenings !== undefined ? tri(sch.evenings) : end >= 0 ? (end > EVENING ? 1 : 0) : -1;
  const nights: Tri =
    sch?.nights !== undefined
      ? tri(sch.nights)
      : start >= 0 && end >= 0
        ? start < NIGHT_START || end > NIGHT_END
          ? 1
          : 0
        : -1;
  const weekends = tri(sch?.weekends);
  const scheduleKnown = sch !== undefined;
  const outsideCare = scheduleKnown
    ? anyTrue(
        start < 0 ? -1 : start < s.careStart ? 1 : 0,
        end < 0 ? -1 : end > s.careEnd ? 1 : 0,
        evenings,
        weekends,
        nights,
      )
    : -1;
  const afterSchoolClash = scheduleKnown
    ? anyTrue(end < 0 ? -1 : end > s.afterSchoolBy ? 1 : 0, evenings, nights)
    : -1;

  let demandMask = mask(HEALTH_LIMITATIONS, o.demands);
  if (nights === 1) demandMask |= HEALTH_NIGHT;
  if (start >= 0 && start < s.careStart) demandMask |= HEALTH_EARLY;

  const dev = o.development;
  const devPath =
    dev === undefined
      ? -1
      : anyTrue(tri(dev.pathToPermanent), tri(dev.moreHoursPossible), tri(dev.certificatePossible));
  const exp = o.expectations;
  const tr = o.training;
  // Read directly: an employer has few optional keys, so few shapes, and a copy costs more than it saves.
  // (An employer that is not an object reads as all unknown, as its copy did.)
  const employer: unknown = o.employer;
  const emp: Partial<JobOpening['employer']> =
    typeof employer === 'object' && employer !== null ? employer : {};
  const loc = o.location;

  return {
    source: opening,
    id: o.id,
    industryBit: 1 << industryIdx,
    occupation: o.occupation === undefined ? '' : words(o.occupation),
    demand,
    demandFrom,
    reading: tri(lang?.readingRequired),
    expectationsKnown: exp !== undefined,
    initiative: tri(exp?.initiative),
    service:
      exp?.serviceAttitude !== undefined
        ? tri(exp.serviceAttitude)
        : lang?.customerContact === 'extensive'
          ? 1
          : tri(undefined),
    experienceRequired: tri(exp?.experienceRequired),
    mentor: tri(tr?.mentor),
    trainer: tri(tr?.willingTrainer),
    trainingPlan: tri(tr?.trainingPlan),
    allowsJobSpecialist: tri(emp.allowsJobSpecialistOnSite),
    navKnown: emp.acceptsNavMeasures !== undefined,
    navMask: mask(NAV_MEASURE_IDS, emp.acceptsNavMeasures),
    employerReady: tri(emp.experienceWithTargetGroup),
    scheduleKnown,
    start,
    end,
    evenings,
    weekends,
    nights,
    outsideCare,
    afterSchoolClash,
    tasksKnown: o.sensitiveTasks !== undefined,
    taskMask: mask(TASK_CONSTRAINTS, o.sensitiveTasks?.involves),
    reassignable: tri(o.sensitiveTasks?.reassignable),
    tasksCanAdapt: tri(o.sensitiveTasks?.canAdapt),
    contactKnown: o.contact !== undefined,
    contactMask: mask(CONTACT_CONSTRAINTS, o.contact?.involves),
    contactAvoidable: tri(o.contact?.avoidable),
    uniform: tri(o.dress?.uniform),
    dressAccommodates: mask(DRESS_CONSTRAINTS, o.dress?.accommodates),
    dressCanAdapt: tri(o.dress?.canAdapt),
    demandsKnown: o.demands !== undefined,
    demandMask,
    canAccommodate: tri(o.canAccommodateHealth),
    paid: tri(o.paid),
    hiringProspect: tri(o.hiringProspect),
    devPath,
    moreHours: tri(dev?.moreHoursPossible),
    pathToPermanent: tri(dev?.pathToPermanent),
    declared: tri(o.declaredWork),
    type: o.positionType === undefined ? -1 : POSITION_TYPES.indexOf(o.positionType),
    percent: o.positionPercent ?? -1,
    lat: loc?.coordinates?.latitude ?? Number.NaN,
    lon: loc?.coordinates?.longitude ?? Number.NaN,
    cosLat: Math.cos((loc?.coordinates?.latitude ?? 0) * RAD),
    district: loc?.district === undefined ? '' : norm(loc.district),
    municipality: loc?.municipality === undefined ? '' : norm(loc.municipality),
  };
}
