import {
  NAV_INCLUSION_GRANT,
  NAV_MENTOR,
  NAV_WAGE_SUBSIDY,
  NAV_WORK_TRAINING,
  RELIEF_ALONE,
  RELIEF_ARRANGE,
  RELIEF_AVAILABLE,
  RELIEF_NONE,
  STANCE_CONTROLLING,
  STANCE_NEUTRAL,
  STANCE_OPPOSED,
  STANCE_SUPPORTIVE,
  TYPE_EXTRA,
  TYPE_SEASONAL,
  type PreparedCandidate,
  type PreparedOpening,
  type Tri,
} from './prepare';
import { sameOccupation } from './prepare';
import { R, REASONS, REASON_HARD, REASON_STATUS } from './reasons';
import type { ResolvedSettings } from './settings';

/*
 * Imported values used in hot loops are aliased once into module constants:
 * when this module runs as CommonJS under a transpiler (tsx, vitest), every
 * imported binding is read through a getter, which costs more than the work.
 */
const _NAV_INCLUSION_GRANT = NAV_INCLUSION_GRANT;
const _NAV_MENTOR = NAV_MENTOR;
const _NAV_WAGE_SUBSIDY = NAV_WAGE_SUBSIDY;
const _NAV_WORK_TRAINING = NAV_WORK_TRAINING;
const _RELIEF_ALONE = RELIEF_ALONE;
const _RELIEF_ARRANGE = RELIEF_ARRANGE;
const _RELIEF_AVAILABLE = RELIEF_AVAILABLE;
const _RELIEF_NONE = RELIEF_NONE;
const _STANCE_CONTROLLING = STANCE_CONTROLLING;
const _STANCE_NEUTRAL = STANCE_NEUTRAL;
const _STANCE_OPPOSED = STANCE_OPPOSED;
const _STANCE_SUPPORTIVE = STANCE_SUPPORTIVE;
const _TYPE_EXTRA = TYPE_EXTRA;
const _TYPE_SEASONAL = TYPE_SEASONAL;
const _REASON_HARD = REASON_HARD;
const _REASON_STATUS = REASON_STATUS;

/*
 * The fast scoring path. Every factor maps a prepared candidate and opening to
 * one fixed reason code; texts are looked up only when a result is explained.
 * The codes are copied into module constants because reading them from the
 * large `R` object on every pair would be a slow dictionary lookup.
 */
const {
  afterSchoolAlone,
  afterSchoolArrange,
  afterSchoolInTime,
  afterSchoolNoRelief,
  afterSchoolNone,
  afterSchoolRelief,
  afterSchoolReliefUnknown,
  afterSchoolScheduleUnknown,
  afterSchoolUnknown,
  attitudeCandidateUnknown,
  attitudeEmployerUnknown,
  attitudeFits,
  attitudeInitiative,
  attitudePunctuality,
  attitudeService,
  commuteAloneUnknown,
  commuteFits,
  commuteLimitUnknown,
  commuteTimeUnknown,
  commuteTooLong,
  commuteTraining,
  cultureBoth,
  cultureCandidate,
  cultureEmployer,
  cultureReady,
  cultureUnknown,
  declaredNo,
  declaredUnknown,
  declaredYes,
  developmentDeadEnd,
  developmentFirstStep,
  developmentPath,
  developmentPlacement,
  developmentPracticeTrap,
  developmentProspectUnknown,
  developmentUnknown,
  experienceCandidateUnknown,
  experienceEmployerUnknown,
  experienceGap,
  experienceNavUnknown,
  experienceNotRequired,
  experienceSame,
  experienceTraining,
  experienceWorkTraining,
  familyNeutral,
  familyOpposed,
  familySafety,
  familySupportive,
  familyUnknown,
  healthAccommodate,
  healthAccommodateUnknown,
  healthCandidateUnknown,
  healthClash,
  healthDemandsUnknown,
  healthGrant,
  healthNoClash,
  healthNone,
  hoursAlone,
  hoursArrange,
  hoursCareNoRelief,
  hoursChildrenUnknown,
  hoursFit,
  hoursNoCareDuty,
  hoursOutsideLimits,
  hoursRelief,
  hoursReliefUnknown,
  hoursScheduleUnknown,
  interestAvoided,
  interestExplore,
  interestOther,
  interestUnknown,
  interestWished,
  languageFits,
  languageGap,
  languageLevelUnknown,
  languageReading,
  languageReadingDemandUnknown,
  languageReadingUnknown,
  languageTooFar,
  maritalNone,
  maritalSupport,
  maritalUnknown,
  motivationBuild,
  motivationUnknown,
  motivationYes,
  notSoleProvider,
  positionFits,
  positionGrow,
  positionGrowthUnknown,
  positionIncomeShort,
  positionIncomeSubsidy,
  positionNavUnknown,
  positionPaidUnknown,
  positionTooLarge,
  positionTooSmall,
  positionTypeNotWished,
  positionTypeUnknown,
  positionWishUnknown,
  religionCandidateUnknown,
  religionContactTalk,
  religionDressAsk,
  religionEmployerRefused,
  religionTalkThrough,
  religionContactAdapt,
  religionContactUnknown,
  religionContactUnresolved,
  religionDressAdapt,
  religionDressConflict,
  religionDressUnknown,
  religionNegotiable,
  religionNone,
  religionReassign,
  religionSolutionUnknown,
  religionTasksUnknown,
  religionUnresolved,
  soleProviderAlone,
  soleProviderArrange,
  soleProviderGrow,
  soleProviderIncomeShort,
  soleProviderNoChildren,
  soleProviderChildrenUnknown,
  soleProviderFits,
  soleProviderNavUnknown,
  soleProviderNoRelief,
  soleProviderPaidUnknown,
  soleProviderScheduleUnknown,
  soleProviderSubsidy,
  soleProviderUnknown,
  soleProviderUnpaid,
  spouseArrange,
  spouseChildrenUnknown,
  spouseDayJob,
  spouseNoRelief,
  spouseNoShifts,
  spouseNoYoungChildren,
  spouseRelief,
  spouseScheduleUnknown,
  spouseUnknown,
  trainingFits,
  trainingJobSpecialist,
  trainingMentor,
  trainingNone,
  trainingUnknown,
} = R;

/** How bad a reason is, for combining several checks of one factor: fit < adaptable < unknown < conflict < hard. */
const RANK: Uint8Array = Uint8Array.from(REASONS, (r) => (r.hard ? 4 : r.status === 2 ? 3 : r.status === 3 ? 2 : r.status));

/** The worse of two reason codes; on a tie, the first. */
function worse(a: number, b: number): number {
  return (RANK[b] as number) > (RANK[a] as number) ? b : a;
}

/** The reason for who can take over at home; `alone` is the derived "sole provider, nobody recorded". */
function byRelief(relief: number, available: number, arrange: number, none: number, unknown: number, alone: number): number {
  return relief === _RELIEF_AVAILABLE
    ? available
    : relief === _RELIEF_ARRANGE
      ? arrange
      : relief === _RELIEF_NONE
        ? none
        : relief === _RELIEF_ALONE
          ? alone
          : unknown;
}

/**
 * Whether a paid job gives too little to live on for a high income need: a
 * season, extra shifts or a share under `highIncomeMinPercent` (AFI report
 * 2.4.2, L4861–4871). 1 short, 0 enough, -1 unknown.
 */
function incomeShort(o: PreparedOpening, s: ResolvedSettings): Tri {
  if (o.type === _TYPE_EXTRA || o.type === _TYPE_SEASONAL || (o.percent >= 0 && o.percent < s.highIncomeMinPercent)) return 1;
  return o.type < 0 && o.percent < 0 ? -1 : 0;
}

/** For a short income: 1 when the job can grow (more hours, permanent), 0 when it cannot, -1 unknown. */
function grows(o: PreparedOpening): Tri {
  if (o.moreHours === 1 || o.pathToPermanent === 1) return 1;
  return o.moreHours === 0 && o.pathToPermanent === 0 ? 0 : -1;
}

const EARTH_KM = 6371;
const RAD = Math.PI / 180;

/** The one-way travel time in minutes, or -1 when it cannot be estimated. */
export function travelMinutes(c: PreparedCandidate, o: PreparedOpening, s: ResolvedSettings): number {
  if (s.travelMinutes !== undefined) {
    const m = s.travelMinutes(c.source, o.source);
    return m === undefined || !Number.isFinite(m) || m < 0 ? -1 : m;
  }
  if (!Number.isNaN(c.lat) && !Number.isNaN(o.lat)) {
    // Equirectangular distance: accurate to well under 1 % at commuting distances.
    const dy = (o.lat - c.lat) * RAD;
    const dx = (o.lon - c.lon) * RAD * 0.5 * (c.cosLat + o.cosLat);
    const km = EARTH_KM * Math.sqrt(dx * dx + dy * dy);
    return s.baseTravelMinutes + km * s.minutesPerKm;
  }
  if (c.district !== '' && c.district === o.district && (c.municipality === '' || o.municipality === '' || c.municipality === o.municipality)) {
    return s.sameDistrictMinutes;
  }
  return -1;
}

function family(c: PreparedCandidate): number {
  if (c.safety === 1 || c.stance === _STANCE_CONTROLLING) return familySafety;
  if (c.stance === _STANCE_SUPPORTIVE) return familySupportive;
  if (c.stance === _STANCE_NEUTRAL) return familyNeutral;
  if (c.stance === _STANCE_OPPOSED) return familyOpposed;
  return familyUnknown;
}

function spouse(c: PreparedCandidate, o: PreparedOpening): number {
  if (c.spouseShifts === 0) return spouseNoShifts;
  // Without young children there is nobody to cover, whatever the spouse's shifts.
  if (c.youngChildren === 0) return spouseNoYoungChildren;
  if (c.spouseShifts === -1) return spouseUnknown;
  if (o.outsideCare === 0) return spouseDayJob;
  if (c.youngChildren === -1) return spouseChildrenUnknown;
  if (o.outsideCare === -1) return spouseScheduleUnknown;
  return byRelief(c.relief, spouseRelief, spouseArrange, spouseNoRelief, spouseUnknown, spouseNoRelief);
}

function soleProvider(c: PreparedCandidate, o: PreparedOpening, s: ResolvedSettings): number {
  if (c.soleProvider === 0) return notSoleProvider;
  if (c.soleProvider === -1) return c.hasChildren === 0 ? soleProviderNoChildren : soleProviderUnknown;
  let hours: number = soleProviderFits;
  if (c.youngChildren !== 0 && o.outsideCare !== 0) {
    if (c.youngChildren === -1) hours = soleProviderChildrenUnknown;
    else if (o.outsideCare === -1) hours = soleProviderScheduleUnknown;
    else hours = byRelief(c.relief, soleProviderFits, soleProviderArrange, soleProviderNoRelief, soleProviderUnknown, soleProviderAlone);
  }
  let income: number = soleProviderFits;
  if (o.paid === -1) income = soleProviderPaidUnknown;
  else if (o.paid === 0) {
    income = (o.navMask & _NAV_WAGE_SUBSIDY) !== 0 ? soleProviderSubsidy : o.navKnown ? soleProviderUnpaid : soleProviderNavUnknown;
  } else if (c.incomeHigh === 1 && incomeShort(o, s) === 1) {
    // A season, extra shifts or a small share: enough only if it can grow.
    income = grows(o) === 1 ? soleProviderGrow : soleProviderIncomeShort;
  }
  return worse(hours, income);
}

function afterSchool(c: PreparedCandidate, o: PreparedOpening): number {
  if (c.afterSchool === 0) return afterSchoolNone;
  // Whatever the children need after school, a day that ends in time covers it,
  // and so does someone at home who can take over (derived: SPEC §6).
  if (o.afterSchoolClash === 0 && c.hasChildren === 1) return afterSchoolInTime;
  if (c.afterSchool === -1) return c.relief === _RELIEF_AVAILABLE ? afterSchoolRelief : afterSchoolUnknown;
  if (o.afterSchoolClash === -1) return afterSchoolScheduleUnknown;
  return byRelief(c.relief, afterSchoolRelief, afterSchoolArrange, afterSchoolNoRelief, afterSchoolReliefUnknown, afterSchoolAlone);
}

function marital(c: PreparedCandidate): number {
  return c.marital === 0 ? maritalNone : c.marital === 1 ? maritalSupport : maritalUnknown;
}

function culture(c: PreparedCandidate, o: PreparedOpening): number {
  if (c.cultureReady === -1) return cultureUnknown;
  const employerReady = o.employerReady === 1;
  if (c.cultureReady === 1) return employerReady ? cultureReady : cultureEmployer;
  return employerReady ? cultureCandidate : cultureBoth;
}

function commute(c: PreparedCandidate, minutes: number): number {
  if (minutes < 0) return commuteTimeUnknown;
  if (c.maxMinutes < 0) return commuteLimitUnknown;
  if (minutes > c.maxMinutes) return commuteTooLong;
  return c.travelsAlone === 1 ? commuteFits : c.travelsAlone === 0 ? commuteTraining : commuteAloneUnknown;
}

function interest(c: PreparedCandidate, o: PreparedOpening): number {
  if ((c.avoidMask & o.industryBit) !== 0) return interestAvoided;
  if ((c.wishMask & o.industryBit) !== 0) return interestWished;
  if (o.occupation !== '') {
    for (const wish of c.jobWishes) if (sameOccupation(wish, o.occupation)) return interestWished;
  }
  if (c.wishesStated === -1) return interestUnknown;
  // Conflict only for work she has rejected: an avoided industry (above), or
  // everything outside her wishes when she has said she is not open to other work.
  return c.wishesStated === 1 && c.openToOther === 0 ? interestOther : interestExplore;
}

function motivation(c: PreparedCandidate): number {
  return c.wishToWork === 1 ? motivationYes : c.wishToWork === 0 ? motivationBuild : motivationUnknown;
}

function expectation(expected: Tri, has: Tri, adaptable: number): number {
  if (expected === 0) return attitudeFits;
  if (expected === -1) return attitudeEmployerUnknown;
  return has === 1 ? attitudeFits : has === 0 ? adaptable : attitudeCandidateUnknown;
}

function attitude(c: PreparedCandidate, o: PreparedOpening): number {
  let code = expectation(o.initiative, c.initiative, attitudeInitiative);
  code = worse(code, expectation(o.service, c.service, attitudeService));
  return worse(code, expectation(1, c.punctual, attitudePunctuality));
}

function experience(c: PreparedCandidate, o: PreparedOpening): number {
  if ((c.experienceMask & o.industryBit) !== 0) return experienceSame;
  if (o.occupation !== '') {
    for (const occupation of c.experienceOccupations) if (sameOccupation(occupation, o.occupation)) return experienceSame;
  }
  if (o.experienceRequired === 0) return experienceNotRequired;
  if (!c.experienceKnown) return experienceCandidateUnknown;
  if (o.experienceRequired === -1) return experienceEmployerUnknown;
  if (o.trainer === 1 || o.mentor === 1 || o.trainingPlan === 1) return experienceTraining;
  if ((o.navMask & _NAV_WORK_TRAINING) !== 0) return experienceWorkTraining;
  if (o.navKnown && o.trainer === 0 && o.mentor === 0) return experienceGap;
  return experienceNavUnknown;
}

function language(c: PreparedCandidate, o: PreparedOpening, s: ResolvedSettings): number {
  if (c.oral < 0) return languageLevelUnknown;
  const gap = o.demand - c.oral;
  let code: number = gap <= 0 ? languageFits : gap <= s.gapSteps ? languageGap : languageTooFar;
  if (o.reading === 1) {
    if (c.canRead === 0) code = worse(code, languageReading);
    else if (c.canRead === -1) code = worse(code, languageReadingUnknown);
  } else if (o.reading === -1 && c.canRead === 0) {
    code = worse(code, languageReadingDemandUnknown);
  }
  return code;
}

/**
 * Hours against her stated limits, or, where she has stated none, against the
 * care of children too young to be left alone: who takes them at 06:00 or in
 * the evening (AFI report 2.4.2, L4421–4433), as recorded or derived (`relief`).
 */
function hours(c: PreparedCandidate, o: PreparedOpening, s: ResolvedSettings): number {
  if (!o.scheduleKnown) return hoursScheduleUnknown;
  let stated = false;
  let care = false;
  let openingUnknown = false;
  let candidateUnknown = false;
  // Outside the care hours with no young child at home: no care duty stands in the way.
  let outside = false;
  const young = c.youngChildren;

  // earliest start
  if (o.start < 0) openingUnknown = true;
  else if (c.earliestStart >= 0) stated ||= o.start < c.earliestStart;
  else if (o.start < s.careStart) {
    if (young === 1) care = true;
    else if (young === -1) candidateUnknown = true;
    else outside = true;
  }
  // latest end
  if (o.end < 0) openingUnknown = true;
  else if (c.latestEnd >= 0) stated ||= o.end > c.latestEnd;
  else if (o.end > s.careEnd) {
    if (young === 1) care = true;
    else if (young === -1) candidateUnknown = true;
    else outside = true;
  }
  // evenings, weekends, nights
  for (let d = 0; d < 3; d++) {
    const needed = d === 0 ? o.evenings : d === 1 ? o.weekends : o.nights;
    if (needed === -1) openingUnknown = true;
    else if (needed === 1) {
      const can = d === 0 ? c.evenings : d === 1 ? c.weekends : c.nights;
      if (can === 0) stated = true;
      else if (can === -1) {
        if (young === 1) care = true;
        else if (young === -1) candidateUnknown = true;
        else outside = true;
      }
    }
  }

  // Her own stated limits count as she stated them (the participant decides):
  // arranging childcare does not turn them into an adaptable factor. With young
  // children and no relief at all, the hours are impossible (a hard conflict).
  if (stated) return young === 1 && c.relief === _RELIEF_NONE ? hoursCareNoRelief : hoursOutsideLimits;
  if (care) return byRelief(c.relief, hoursRelief, hoursArrange, hoursCareNoRelief, hoursReliefUnknown, hoursAlone);
  if (candidateUnknown) return hoursChildrenUnknown;
  if (openingUnknown) return hoursScheduleUnknown;
  return outside ? hoursNoCareDuty : hoursFit;
}

/**
 * A task she will not do meets a task of the job. Adaptable with the handbook's
 * measures (swapping tasks, gloves, talking it through with the employer, or her
 * own solution such as asking her religious leader) unless a side has refused:
 * the employer to adapt, or she to solve it when colleagues cannot take the task
 * (handbook §9, L302–310; AFI report L9269–9287).
 */
function taskClash(c: PreparedCandidate, o: PreparedOpening): number {
  if (o.reassignable === 1) return religionReassign;
  if (c.negotiable === 1) return religionNegotiable;
  if (o.tasksCanAdapt === 0) return religionEmployerRefused;
  if (c.negotiable === 0) return o.reassignable === 0 ? religionUnresolved : religionSolutionUnknown;
  return religionTalkThrough;
}

function religion(c: PreparedCandidate, o: PreparedOpening): number {
  const openingNone = o.tasksKnown && o.taskMask === 0 && o.contactKnown && o.contactMask === 0 && o.uniform === 0;
  if (openingNone) return religionNone;
  if (!c.culturalKnown) return religionCandidateUnknown;
  let code: number = religionNone;

  // tasks
  if (!o.tasksKnown) {
    if (!c.tasksKnown || c.taskMask !== 0) code = worse(code, religionTasksUnknown);
  } else if (o.taskMask !== 0) {
    if (!c.tasksKnown) code = worse(code, religionCandidateUnknown);
    else if ((c.taskMask & o.taskMask) !== 0) code = worse(code, taskClash(c, o));
  }
  // contact
  if (!o.contactKnown) {
    if (!c.contactKnown || c.contactMask !== 0) code = worse(code, religionContactUnknown);
  } else if (o.contactMask !== 0) {
    if (!c.contactKnown) code = worse(code, religionCandidateUnknown);
    else if ((c.contactMask & o.contactMask) !== 0) {
      code = worse(
        code,
        o.contactAvoidable === 1 || c.negotiable === 1
          ? religionContactAdapt
          : o.contactAvoidable === 0 && c.negotiable === 0
            ? religionContactUnresolved
            : c.negotiable === 0
              ? religionSolutionUnknown
              : religionContactTalk,
      );
    }
  }
  // dress
  if (o.uniform === -1) {
    if (!c.dressKnown || c.dressMask !== 0) code = worse(code, religionDressUnknown);
  } else if (o.uniform === 1) {
    if (!c.dressKnown) code = worse(code, religionCandidateUnknown);
    else if ((c.dressMask & ~o.dressAccommodates) !== 0) {
      code = worse(
        code,
        o.dressCanAdapt === 1 ? religionDressAdapt : o.dressCanAdapt === 0 ? religionDressConflict : religionDressAsk,
      );
    }
  }
  return code;
}

function health(c: PreparedCandidate, o: PreparedOpening): number {
  if (o.demandsKnown && o.demandMask === 0) return healthNone;
  if (!c.healthKnown) return healthCandidateUnknown;
  if (c.limitMask === 0) return healthNone;
  if ((c.limitMask & o.demandMask) === 0) return o.demandsKnown ? healthNoClash : healthDemandsUnknown;
  if (o.canAccommodate === 1) return healthAccommodate;
  if ((o.navMask & _NAV_INCLUSION_GRANT) !== 0) return healthGrant;
  if (o.canAccommodate === 0 && o.navKnown) return healthClash;
  return healthAccommodateUnknown;
}

function development(c: PreparedCandidate, o: PreparedOpening): number {
  if (o.paid === 0) {
    return o.hiringProspect === 1 ? developmentPlacement : o.hiringProspect === 0 ? developmentPracticeTrap : developmentProspectUnknown;
  }
  if (o.devPath === 1) return developmentPath;
  if (o.devPath === -1) return developmentUnknown;
  return c.permanent === 1 ? developmentDeadEnd : developmentFirstStep;
}

function declared(o: PreparedOpening): number {
  return o.declared === 1 ? declaredYes : o.declared === 0 ? declaredNo : declaredUnknown;
}

function position(c: PreparedCandidate, o: PreparedOpening, s: ResolvedSettings): number {
  if (o.type < 0) return positionTypeUnknown;
  let code: number = positionFits;
  // Without a wished type, her income need (when known) decides alone.
  if (c.typeMask === 0) code = c.incomeHigh === -1 ? positionWishUnknown : positionFits;
  else if ((c.typeMask & (1 << o.type)) === 0) code = positionTypeNotWished;

  if (c.maxPercent >= 0 || c.minPercent >= 0) {
    if (o.percent < 0) code = worse(code, positionTypeUnknown);
    else if (c.maxPercent >= 0 && o.percent > c.maxPercent) code = worse(code, positionTooLarge);
    else if (c.minPercent >= 0 && o.percent < c.minPercent) {
      code = worse(code, o.moreHours === 1 ? positionGrow : o.moreHours === 0 ? positionTooSmall : positionGrowthUnknown);
    }
  }

  if (c.incomeHigh === 1) {
    if (o.paid === -1) code = worse(code, positionPaidUnknown);
    else if (o.paid === 0) {
      code = worse(
        code,
        (o.navMask & _NAV_WAGE_SUBSIDY) !== 0 ? positionIncomeSubsidy : o.navKnown ? positionIncomeShort : positionNavUnknown,
      );
    } else if (incomeShort(o, s) === 1) {
      // Too little to live on as offered: adaptable only when it can grow.
      code = worse(code, grows(o) === 1 ? positionGrow : positionIncomeShort);
    }
  }
  return code;
}

function training(o: PreparedOpening): number {
  if (o.mentor === 1 || o.trainer === 1) return trainingFits;
  if ((o.navMask & _NAV_MENTOR) !== 0) return trainingMentor;
  if (o.allowsJobSpecialist === 1) return trainingJobSpecialist;
  if (o.mentor === 0 && o.trainer === 0 && o.allowsJobSpecialist === 0 && o.navKnown) return trainingNone;
  return trainingUnknown;
}

/**
 * Evaluates every factor of one pair into `codes` (19 reason codes, in MATCH_FACTOR_IDS order)
 * and returns the score, or -1 when there is a hard conflict (the public score is then 0).
 */
export function evaluatePair(c: PreparedCandidate, o: PreparedOpening, s: ResolvedSettings, codes: Uint16Array): number {
  codes[0] = family(c);
  codes[1] = spouse(c, o);
  codes[2] = soleProvider(c, o, s);
  codes[3] = afterSchool(c, o);
  codes[4] = marital(c);
  codes[5] = culture(c, o);
  codes[6] = commute(c, travelMinutes(c, o, s));
  codes[7] = interest(c, o);
  codes[8] = motivation(c);
  codes[9] = attitude(c, o);
  codes[10] = experience(c, o);
  codes[11] = language(c, o, s);
  codes[12] = hours(c, o, s);
  codes[13] = religion(c, o);
  codes[14] = health(c, o);
  codes[15] = development(c, o);
  codes[16] = declared(o);
  codes[17] = position(c, o, s);
  codes[18] = training(o);
  return scoreCodes(codes, s);
}

/** The score of evaluated codes, or -1 when one of them is a hard conflict. */
export function scoreCodes(codes: Uint16Array, s: ResolvedSettings): number {
  const w = s.weights;
  const credit = s.credit;
  let sum = 0;
  let hard = 0;
  for (let i = 0; i < 19; i++) {
    const code = codes[i] as number;
    hard |= _REASON_HARD[code] as number;
    sum += (w[i] as number) * (credit[_REASON_STATUS[code] as number] as number);
  }
  if (hard !== 0) return -1;
  const score = sum / s.totalWeight;
  return score > 1 ? 1 : score;
}
