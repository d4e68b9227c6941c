import type { LocalizedText } from '../core/localizedText';
import type { SourceRef } from '../core/sourceRef';
import {
  cannotReadOrWrite,
  childrenNeedingCare,
  hasChildUnder,
  hasHealthChallenge,
  hasHousingProblem,
  hasSafetyConcern,
  levelAbove,
  levelAtMost,
  levelBelow,
  unpaidEndedNotHiredCount,
  wantsWorkWithoutJobWish,
} from '../_lib/needs/facts';
import { deepFreeze } from '../_lib/deepFreeze';
import { afi, handbook, library } from '../_lib/needs/sources';
import { withTest } from '../_lib/needs/ruleTests';
import { countIn, someIn } from '../_lib/frozenLists';
import type { NeedId, NeedSeverity } from './needId';
import type { NeedRuleContext } from './needRuleContext';
import { DEFAULT_NEED_THRESHOLDS, type NeedThresholds } from './needThresholds';
import type { NeedEvidencePath } from './needEvidencePath';
import type { NeedsAssessment } from './needsAssessment';
import { SE_INDICATORS, SE_INDICATOR_IDS } from './seIndicators';
import { WORKPLACE_OBSERVATION_CATALOGUE } from './workplaceObservations';

/**
 * The independent barriers a need rule can rest on: one fact (or one group of facts
 * about the same thing) is one barrier, however many needs it produces.
 *
 * @remarks
 * The complex-needs rule counts barriers, not needs, so that one fact (no work in
 * Norway, few years in Norway) cannot make a person complex by count alone
 * (AFI 2.5, L5111–5122; 3.11, L6775–6781; domain specification §4).
 *
 * @example
 * ```ts
 * NEED_BARRIERS.includes('care'); // => true
 * ```
 * @category Needs
 */
export const NEED_BARRIERS = deepFreeze([
  'norwegian',
  'literacy',
  'health',
  'job-seeking',
  'work-experience',
  'schooling',
  'qualifications',
  'confidence',
  'digital',
  'mobility',
  'network',
  'housing',
  'finances',
  'family',
  'care',
  'safety',
  'earlier-measures',
  'work-wish',
  'interpreter',
  'arrival',
  'placements',
  'workplace-culture',
  'rules-knowledge',
  'cultural-constraints',
  'closer-follow-up',
  'undeclared-work',
  'exploitation',
] as const);

/**
 * One barrier; see {@link NEED_BARRIERS}.
 *
 * @example
 * ```ts
 * const barrier: NeedBarrier = 'work-experience';
 * ```
 * @category Needs
 */
export type NeedBarrier = (typeof NEED_BARRIERS)[number];

/**
 * One row of the classification table: when a fact pattern holds, a need is present at a severity.
 *
 * @remarks
 * Every row names its source. Rows only look for facts that are present
 * (never for absent ones), so adding a fact to an assessment can add a need or
 * raise its severity but never remove one (see `docs/needs.md`, "Monotonicity").
 * Thresholds are read from the {@link NeedRuleContext}, never written into a row.
 *
 * @example
 * ```ts
 * const rule: NeedRule = NEED_RULES[0];
 * rule.when(assessment, DEFAULT_NEED_RULE_CONTEXT); // => 'high' or undefined
 * ```
 * @category Needs
 */
export interface NeedRule {
  /** A stable id for the row, unique in the table. */
  readonly id: string;
  /** The need the row produces. */
  readonly need: NeedId;
  /** The severity the row gives when it holds. */
  readonly severity: NeedSeverity;
  /** The independent barrier the row rests on (for the complex-needs rule). */
  readonly barrier: NeedBarrier;
  /** The condition, in words, with the default thresholds. */
  readonly condition: LocalizedText;
  /** The condition, in words, for other thresholds. */
  readonly conditionFor: (thresholds: NeedThresholds) => LocalizedText;
  /** The assessment paths that are the evidence when the row holds. */
  readonly evidence: readonly NeedEvidencePath[];
  /** Where the rule comes from. */
  readonly source: SourceRef;
  /** The row's test: its severity when the condition holds, otherwise `undefined`. */
  readonly when: (assessment: NeedsAssessment, context: NeedRuleContext) => NeedSeverity | undefined;
  /** When present, narrows `evidence` to the paths that actually produced the need. */
  readonly evidenceOf?: (
    assessment: NeedsAssessment,
    context: NeedRuleContext,
  ) => readonly NeedEvidencePath[];
}

/** A row as written in the table: named fields, the barrier derived from the first evidence path unless given. */
interface RuleSpec {
  readonly id: string;
  readonly need: NeedId;
  readonly severity: NeedSeverity;
  readonly barrier?: NeedBarrier;
  readonly evidence: readonly NeedEvidencePath[];
  readonly source: SourceRef;
  readonly condition: LocalizedText | ((t: NeedThresholds) => LocalizedText);
  readonly test: (a: NeedsAssessment, c: NeedRuleContext) => boolean;
  readonly evidenceOf?: NeedRule['evidenceOf'];
}

/** The barrier of a fact, by the head of its path; facts about the same thing share a barrier. */
const BARRIER_OF: Readonly<Record<string, NeedBarrier>> = {
  norwegian: 'norwegian',
  literacy: 'literacy',
  health: 'health',
  jobSeekingSkills: 'job-seeking',
  workExperience: 'work-experience',
  schooling: 'schooling',
  yearsOfSchooling: 'schooling',
  qualifications: 'qualifications',
  confidence: 'confidence',
  digitalSkills: 'digital',
  travelsAlone: 'mobility',
  networkOutsideFamily: 'network',
  housing: 'housing',
  finances: 'finances',
  familyStance: 'family',
  maritalChallenges: 'family',
  children: 'care',
  singleProvider: 'care',
  spouseWorksShifts: 'care',
  reliefAtHome: 'care',
  otherCareDuties: 'care',
  safety: 'safety',
  earlierMeasures: 'earlier-measures',
  hardToPlace: 'earlier-measures',
  wishToWork: 'work-wish',
  jobWishes: 'work-wish',
  interpreterNeeded: 'interpreter',
  yearsInNorway: 'arrival',
  placements: 'placements',
  struggledInPlacementAlone: 'placements',
  workplaceObservations: 'workplace-culture',
  rulesKnowledge: 'rules-knowledge',
  culturalConstraints: 'cultural-constraints',
  undeclaredWorkExperienced: 'undeclared-work',
  exploitationExperienced: 'exploitation',
};

function barrierOf(spec: RuleSpec): NeedBarrier {
  if (spec.barrier !== undefined) return spec.barrier;
  const first = spec.evidence[0] ?? '';
  const head = first.split('.')[0] ?? '';
  const barrier = BARRIER_OF[head];
  if (barrier === undefined) throw new Error(`need rule ${spec.id}: no barrier for ${first}`);
  return barrier;
}

function rule(spec: RuleSpec): NeedRule {
  const conditionFor =
    typeof spec.condition === 'function'
      ? spec.condition
      : (): LocalizedText => spec.condition as LocalizedText;
  const { severity, test } = spec;
  const base: NeedRule = {
    id: spec.id,
    need: spec.need,
    severity,
    barrier: barrierOf(spec),
    condition: conditionFor(DEFAULT_NEED_THRESHOLDS),
    conditionFor,
    evidence: [...spec.evidence],
    source: spec.source,
    when: (a, c) => (test(a, c) ? severity : undefined),
  };
  return withTest(spec.evidenceOf === undefined ? base : { ...base, evidenceOf: spec.evidenceOf }, test);
}

/**
 * A Norwegian level as people write it (`A2+`, `B1`).
 *
 * @param level - A level id such as `a2-plus`.
 * @returns The level in capitals.
 */
const lvl = (level: string): string => level.replace('-plus', '+').toUpperCase();

/** The indicators in catalogue order, in a plain list (src/_lib/frozenLists.ts: loops over frozen lists are slow). */
const INDICATORS = SE_INDICATOR_IDS.map((id) => SE_INDICATORS[id]);

function foundIndicators(a: NeedsAssessment, c: NeedRuleContext): number {
  return countIn(INDICATORS, (indicator) => indicator.evaluate(a, c) === true);
}

function indicatorEvidence(a: NeedsAssessment, c: NeedRuleContext): readonly NeedEvidencePath[] {
  const paths: NeedEvidencePath[] = [];
  for (let i = 0; i < INDICATORS.length; i += 1) {
    const indicator = INDICATORS[i] as (typeof INDICATORS)[number];
    if (indicator.evaluate(a, c) === true)
      for (let k = 0; k < indicator.paths.length; k += 1) {
        const p = indicator.paths[k] as NeedEvidencePath;
        if (!paths.includes(p)) paths.push(p);
      }
  }
  return paths;
}

const INDICATOR_PATHS: readonly NeedEvidencePath[] = [
  ...new Set(SE_INDICATOR_IDS.flatMap((id) => SE_INDICATORS[id].paths)),
];

function hasCulturalConstraint(a: NeedsAssessment): boolean {
  const cc = a.culturalConstraints;
  return (
    cc !== undefined &&
    ((cc.tasks?.length ?? 0) > 0 || (cc.dress?.length ?? 0) > 0 || (cc.contact?.length ?? 0) > 0)
  );
}

function foreignQualification(
  a: NeedsAssessment,
  test: (q: NonNullable<NeedsAssessment['qualifications']>[number]) => boolean,
): boolean {
  return someIn(a.qualifications, (q) => q.obtained === 'abroad' && test(q));
}

function unpaidPlacement(
  a: NeedsAssessment,
  test: (p: NonNullable<NeedsAssessment['placements']>[number]) => boolean,
): boolean {
  return someIn(a.placements, (p) => p.paid === false && test(p));
}

function observed(a: NeedsAssessment, rulesOnly: boolean): boolean {
  return someIn(
    a.workplaceObservations,
    (o) => !rulesOnly || WORKPLACE_OBSERVATION_CATALOGUE[o].workingLifeRules,
  );
}

/**
 * True when she cares for a child who needs care now (younger than the care-age threshold).
 *
 * @param a - The assessment.
 * @param c - The rule context.
 * @returns Whether a child needs care now.
 */
const caresFor = (a: NeedsAssessment, c: NeedRuleContext): boolean =>
  childrenNeedingCare(a, c.thresholds.careAgeBelow) > 0;

const BENEFIT_INCOMES: ReadonlySet<string> = new Set(['own-work', 'household']);

const M1 = afi('2.4.1 M1 (norskkunnskaper)', 'L4139–4153');
const M2 = afi('2.4.1 M2 (helseutfordringer)', 'L4177–4219');
const M3 = afi('2.4.1 M3 (jobbsøkerkompetanse)', 'L4243–4260');
const M4 = afi('2.4.1 M4 (arbeidserfaring)', 'L4262–4279');
const M5 = afi('2.4.1 M5 (skolegang)', 'L4304–4313');
const M6 = afi('2.4.1 M6 (utdanning fra hjemlandet)', 'L4315–4330');
const M7 = afi('2.4.1 M7 (selvtillit)', 'L4332–4343');
const M8 = afi('2.4.1 M8 (andre utfordringer)', 'L4345–4360');
const S1 = afi('2.4.2 S1 (familiesituasjon)', 'L4370–4418');
const S2 = afi('2.4.2 S2 (omsorgsoppgaver, enslige mødre)', 'L4420–4453');
const S3 = afi('2.4.2 S3 (tilrettelagt kartlegging)', 'L4455–4476');
const S4 = afi('2.4.2 S4 (medvirkning)', 'L4478–4496');
const S5 = afi('2.4.2 S5 (språkstøtte)', 'L4498–4527');
const S6 = afi('2.4.2 S6 (kulturforskjeller)', 'L4529–4582');
const S7 = afi('2.4.2 S7 (annerledes oppfølging)', 'L4584–4596');
const S9 = afi('2.4.2 S9 (tverretatlig samarbeid)', 'L4690–4755');
const S10 = afi('2.4.2 S10 (praksisfellen)', 'L4757–4789');
const S11 = afi('2.4.2 S11 (støtte på arbeidsplassen)', 'L4791–4818');
const S12 = afi('2.4.2 S12 (etteroppfølging)', 'L4820–4859');
const X1 = afi('2.4.3 X1 (samfunnets regler)', 'L4882–4893');
const X2 = afi('2.4.3 X2 (regler i arbeidslivet)', 'L4895–4914');
const X3 = afi('2.4.3 X3 (hvit jobb)', 'L4916–4936');
const X4 = afi('2.4.3 X4 (utnyttelse)', 'L4938–4963');
const H1 = handbook('§1 Kartlegging av norskkunnskaper', 'L175');
const H5 = handbook('§5 Rydde plass til jobb', 'L238');
const H7 = handbook('§7 Nettverksbygging', 'L264');
const H8 = handbook('§8 Offentlig kommunikasjon', 'L278');
const H9 = handbook('§9 Kulturelle forskjeller', 'L304–310');
const H10 = handbook('§10 Negativ sosial kontroll', 'L314–316');
const H11 = handbook('§11 Tverrfaglig samarbeid', 'L324–330');
const H14 = handbook('§14 Jobbstøtte på arbeidsplassen', 'L387');
const H15 = handbook('§15 Etteroppfølging', 'L401–409');
const BALANCE = handbook('Balanse mellom forventninger og behov', 'L637–641');
const S82 = afi('8.2 (målgruppen for SE)', 'L12802–12830');
const PLACEMENT_WEEKS = afi('6.5.2 (maks seks uker praksis) and 2.4.2 S10', 'L11187, L4768–4770');

/**
 * The classification table: every rule that turns assessment facts into a need, with its source.
 *
 * @remarks
 * Rows are grouped by need, in the order of {@link NEED_IDS}. A need's severity
 * is the highest severity of its rows that hold; its evidence is the union of
 * their evidence paths. Rows test only facts that are present: an unknown fact
 * never produces a need and never prevents one. Thresholds read from the
 * {@link NeedRuleContext}. The full table, in words, is in `docs/needs.md`.
 *
 * @example
 * ```ts
 * NEED_RULES.filter((r) => r.need === 'mobility').map((r) => r.id); // => ['mobility-not-travelling-alone']
 * ```
 * @category Needs
 */
export const NEED_RULES: readonly NeedRule[] = deepFreeze([
  // ── micro ─────────────────────────────────────────────────────────────────
  rule({
    id: 'norwegian-oral-very-low',
    need: 'norwegian-language',
    severity: 'high',
    evidence: ['norwegian.oral'],
    source: M1,
    condition: (t) => ({
      nb: `Muntlig norsk er ${lvl(t.veryLowNorwegianLevel)} eller lavere.`,
      en: `Spoken Norwegian is ${lvl(t.veryLowNorwegianLevel)} or lower.`,
    }),
    test: (a, c) => levelAtMost(a.norwegian?.oral, c.thresholds.veryLowNorwegianLevel),
  }),
  rule({
    id: 'norwegian-oral-low',
    need: 'norwegian-language',
    severity: 'moderate',
    evidence: ['norwegian.oral'],
    source: M1,
    condition: (t) => ({
      nb: `Muntlig norsk er over ${lvl(t.veryLowNorwegianLevel)}, men under ${lvl(t.workingNorwegianLevel)}.`,
      en: `Spoken Norwegian is above ${lvl(t.veryLowNorwegianLevel)} but below ${lvl(t.workingNorwegianLevel)}.`,
    }),
    test: (a, c) =>
      levelAbove(a.norwegian?.oral, c.thresholds.veryLowNorwegianLevel) &&
      levelBelow(a.norwegian?.oral, c.thresholds.workingNorwegianLevel),
  }),
  rule({
    id: 'norwegian-written-very-low',
    need: 'norwegian-language',
    severity: 'moderate',
    evidence: ['norwegian.written'],
    source: M1,
    condition: (t) => ({
      nb: `Skriftlig norsk er ${lvl(t.veryLowNorwegianLevel)} eller lavere.`,
      en: `Written Norwegian is ${lvl(t.veryLowNorwegianLevel)} or lower.`,
    }),
    test: (a, c) => levelAtMost(a.norwegian?.written, c.thresholds.veryLowNorwegianLevel),
  }),
  rule({
    id: 'norwegian-written-low',
    need: 'norwegian-language',
    severity: 'low',
    evidence: ['norwegian.written'],
    source: M1,
    condition: (t) => ({
      nb: `Skriftlig norsk er under ${lvl(t.workingNorwegianLevel)}.`,
      en: `Written Norwegian is below ${lvl(t.workingNorwegianLevel)}.`,
    }),
    test: (a, c) => levelBelow(a.norwegian?.written, c.thresholds.workingNorwegianLevel),
  }),
  rule({
    id: 'norwegian-slow-progress',
    need: 'norwegian-language',
    severity: 'moderate',
    evidence: ['norwegian.slowProgress'],
    source: afi('2.4.1 M1 (lav progresjon)', 'L4155–4169'),
    condition: {
      nb: 'Norsken går sakte framover til tross for undervisning.',
      en: 'Norwegian progresses slowly despite tuition.',
    },
    test: (a) => a.norwegian?.slowProgress === true,
  }),
  rule({
    id: 'norwegian-pronunciation',
    need: 'norwegian-language',
    severity: 'low',
    evidence: ['norwegian.pronunciationDifficulties'],
    source: afi('2.4.1 M1 (uttalevansker)', 'L4171–4175'),
    condition: {
      nb: 'Uttalen gjør henne vanskelig å forstå.',
      en: 'Her pronunciation makes her hard to understand.',
    },
    test: (a) => a.norwegian?.pronunciationDifficulties === true,
  }),

  rule({
    id: 'literacy-own-language',
    need: 'literacy',
    severity: 'high',
    evidence: ['literacy.ownLanguage'],
    source: handbook('Zahras historie', 'L545–547'),
    condition: {
      nb: 'Hun kan ikke lese og skrive på eget språk.',
      en: 'She cannot read and write her own language.',
    },
    test: (a) => a.literacy?.ownLanguage === false,
  }),
  rule({
    id: 'literacy-latin-script',
    need: 'literacy',
    severity: 'moderate',
    evidence: ['literacy.latinScript'],
    source: afi('2.4.2 S5 (analfabetisme)', 'L4509–4515'),
    condition: {
      nb: 'Hun kan ikke lese og skrive latinsk skrift.',
      en: 'She cannot read and write the Latin alphabet.',
    },
    test: (a) => a.literacy?.latinScript === false,
  }),

  rule({
    id: 'health-clarified',
    need: 'health',
    severity: 'moderate',
    evidence: ['health.status'],
    source: M2,
    condition: {
      nb: 'En utredet helseutfordring er registrert.',
      en: 'A diagnosed health challenge is recorded.',
    },
    test: (a) => a.health?.status === 'clarified',
  }),
  rule({
    id: 'health-unclarified',
    need: 'health',
    severity: 'moderate',
    evidence: ['health.status'],
    source: M2,
    condition: {
      nb: 'En uavklart helseutfordring er registrert.',
      en: 'An undiagnosed health challenge is recorded.',
    },
    test: (a) => a.health?.status === 'unclarified',
  }),
  rule({
    id: 'health-trauma',
    need: 'health',
    severity: 'moderate',
    evidence: ['health.trauma'],
    source: afi('2.4.1 M2 (traumer)', 'L4194–4196'),
    condition: { nb: 'Det er tegn på traumer.', en: 'There are signs of trauma.' },
    test: (a) => a.health?.trauma === true,
  }),
  rule({
    id: 'health-work-limitations',
    need: 'health',
    severity: 'moderate',
    evidence: ['health.limitations'],
    source: afi('2.4.1 M2 (tilrettelegging)', 'L4178–4182'),
    condition: { nb: 'Helsen begrenser noen arbeidskrav.', en: 'Her health limits some work demands.' },
    test: (a) => (a.health?.limitations?.length ?? 0) > 0,
  }),
  rule({
    id: 'health-reduced-capacity',
    need: 'health',
    severity: 'moderate',
    evidence: ['health.workCapacity'],
    source: M2,
    condition: { nb: 'Arbeidsevnen er redusert.', en: 'Her work capacity is reduced.' },
    test: (a) => a.health?.workCapacity === 'reduced',
  }),
  rule({
    id: 'health-no-capacity-now',
    need: 'health',
    severity: 'high',
    evidence: ['health.workCapacity'],
    source: M2,
    condition: { nb: 'Hun kan ikke jobbe nå.', en: 'She cannot work at present.' },
    test: (a) => a.health?.workCapacity === 'none-at-present',
  }),
  rule({
    id: 'health-unclarified-untreated',
    need: 'health',
    severity: 'high',
    evidence: ['health.status', 'health.trauma', 'health.inTreatment'],
    source: afi('2.4.1 M2 (uten oppfølging)', 'L4188–4219'),
    condition: {
      nb: 'Uavklart helseutfordring med traumer eller uten behandling.',
      en: 'An undiagnosed health challenge with trauma or without treatment.',
    },
    test: (a) =>
      a.health?.status === 'unclarified' && (a.health.trauma === true || a.health.inTreatment === false),
  }),

  rule({
    id: 'job-seeking-none',
    need: 'job-seeking-skills',
    severity: 'high',
    evidence: ['jobSeekingSkills'],
    source: M3,
    condition: { nb: 'Hun har ingen jobbsøkerkompetanse.', en: 'She has no job-seeking skills.' },
    test: (a) => a.jobSeekingSkills === 'none',
  }),
  rule({
    id: 'job-seeking-basic',
    need: 'job-seeking-skills',
    severity: 'moderate',
    evidence: ['jobSeekingSkills'],
    source: M3,
    condition: { nb: 'Hun kan søke jobb bare med hjelp.', en: 'She can look for work only with help.' },
    test: (a) => a.jobSeekingSkills === 'basic',
  }),
  rule({
    id: 'job-seeking-no-job-wish',
    need: 'job-seeking-skills',
    severity: 'moderate',
    evidence: ['wishToWork', 'jobWishes'],
    source: afi('2.4.1 M3 (kan ikke si hva slags arbeid)', 'L4244–4250'),
    condition: {
      nb: 'Hun vil jobbe, men kan ikke nevne noen jobb.',
      en: 'She wants to work but cannot name a job.',
    },
    test: wantsWorkWithoutJobWish,
  }),
  rule({
    id: 'job-seeking-no-online-applications',
    need: 'job-seeking-skills',
    severity: 'moderate',
    evidence: ['digitalSkills.jobPortals'],
    source: afi('2.4.1 M3 (IT-kompetanse)', 'L4258–4260'),
    condition: { nb: 'Hun kan ikke søke jobb på nett.', en: 'She cannot apply for jobs online.' },
    test: (a) => a.digitalSkills?.jobPortals === false,
  }),

  rule({
    id: 'work-experience-none-in-norway',
    need: 'work-experience',
    severity: 'moderate',
    evidence: ['workExperience.norwayYears'],
    source: M4,
    condition: {
      nb: 'Hun har ingen arbeidserfaring fra Norge.',
      en: 'She has no work experience in Norway.',
    },
    test: (a) => a.workExperience?.norwayYears === 0,
  }),
  rule({
    id: 'work-experience-none-at-all',
    need: 'work-experience',
    severity: 'high',
    evidence: ['workExperience.norwayYears', 'workExperience.abroadYears'],
    source: M4,
    condition: (t) => ({
      nb: `Ingen arbeidserfaring fra Norge og under ${t.minWorkExperienceYears} år fra utlandet.`,
      en: `No work experience in Norway and less than ${t.minWorkExperienceYears} year(s) abroad.`,
    }),
    test: (a, c) =>
      a.workExperience?.norwayYears === 0 &&
      a.workExperience.abroadYears !== undefined &&
      a.workExperience.abroadYears < c.thresholds.minWorkExperienceYears,
  }),
  rule({
    id: 'work-experience-long-absence',
    need: 'work-experience',
    severity: 'moderate',
    evidence: ['workExperience.yearsSinceLastWork'],
    source: handbook('§5 Rydde plass til jobb (vært hjemme lenge, lite arbeidserfaring)', 'L238'),
    condition: (t) => ({
      nb: `Minst ${t.longAbsenceYears} år siden siste lønnede arbeid.`,
      en: `At least ${t.longAbsenceYears} years since her last paid work.`,
    }),
    test: (a, c) =>
      a.workExperience?.yearsSinceLastWork !== undefined &&
      a.workExperience.yearsSinceLastWork >= c.thresholds.longAbsenceYears,
  }),

  rule({
    id: 'schooling-none',
    need: 'formal-education',
    severity: 'high',
    evidence: ['schooling'],
    source: M5,
    condition: { nb: 'Hun har aldri gått på skole.', en: 'She has never been to school.' },
    test: (a) => a.schooling === 'none',
  }),
  rule({
    id: 'schooling-some',
    need: 'formal-education',
    severity: 'moderate',
    evidence: ['schooling'],
    source: M5,
    condition: {
      nb: 'Hun har noe skolegang, men ikke fullført grunnskole.',
      en: 'She has some schooling but did not complete compulsory school.',
    },
    test: (a) => a.schooling === 'some',
  }),
  rule({
    id: 'schooling-years-below-primary',
    need: 'formal-education',
    severity: 'high',
    evidence: ['yearsOfSchooling'],
    source: M5,
    condition: {
      nb: 'Færre skoleår enn barneskolen (terskel).',
      en: 'Fewer years of schooling than primary school (threshold).',
    },
    test: (a, c) => a.yearsOfSchooling !== undefined && a.yearsOfSchooling < c.thresholds.primarySchoolYears,
  }),
  rule({
    id: 'schooling-years-below-compulsory',
    need: 'formal-education',
    severity: 'moderate',
    evidence: ['yearsOfSchooling'],
    source: M5,
    condition: {
      nb: 'Færre skoleår enn grunnskolen (terskel).',
      en: 'Fewer years of schooling than compulsory school (threshold).',
    },
    test: (a, c) =>
      a.yearsOfSchooling !== undefined && a.yearsOfSchooling < c.thresholds.compulsorySchoolYears,
  }),

  rule({
    id: 'foreign-qualification-not-recognised',
    need: 'foreign-qualifications',
    severity: 'moderate',
    evidence: ['qualifications'],
    source: M6,
    condition: {
      nb: 'En utdanning fra utlandet er ikke godkjent eller ikke søkt godkjent.',
      en: 'A qualification from abroad is not recognised, or recognition was never sought.',
    },
    test: (a) =>
      foreignQualification(a, (q) => q.recognition === 'not-recognised' || q.recognition === 'not-applied'),
  }),
  rule({
    id: 'foreign-qualification-pending',
    need: 'foreign-qualifications',
    severity: 'low',
    evidence: ['qualifications'],
    source: M6,
    condition: {
      nb: 'Godkjenning av en utdanning fra utlandet er til behandling.',
      en: 'Recognition of a qualification from abroad is pending.',
    },
    test: (a) => foreignQualification(a, (q) => q.recognition === 'pending'),
  }),
  rule({
    id: 'foreign-qualification-unwanted',
    need: 'foreign-qualifications',
    severity: 'low',
    evidence: ['qualifications'],
    source: afi('2.4.1 M6 (alternative karriereveier)', 'L4324–4330'),
    condition: {
      nb: 'Hun vil ikke bruke utdanningen fra utlandet.',
      en: 'She does not want to use her qualification from abroad.',
    },
    test: (a) => foreignQualification(a, (q) => q.wantsToUse === false),
  }),

  rule({
    id: 'confidence-low',
    need: 'self-confidence',
    severity: 'moderate',
    evidence: ['confidence'],
    source: M7,
    condition: {
      nb: 'Hun har lav tro på at hun kan få og beholde en jobb.',
      en: 'She has little belief that she can get and keep a job.',
    },
    test: (a) => a.confidence === 'low',
  }),
  rule({
    id: 'confidence-medium',
    need: 'self-confidence',
    severity: 'low',
    evidence: ['confidence'],
    source: handbook('§4 Empowerment', 'L226'),
    condition: { nb: 'Hun har middels tro på seg selv.', en: 'Her belief in herself is middling.' },
    test: (a) => a.confidence === 'medium',
  }),

  rule({
    id: 'digital-no-email',
    need: 'digital-skills',
    severity: 'moderate',
    evidence: ['digitalSkills.email'],
    source: afi('2.4.1 M3 (IT-kompetanse)', 'L4258–4260'),
    condition: { nb: 'Hun bruker ikke e-post på egen hånd.', en: 'She does not use e-mail on her own.' },
    test: (a) => a.digitalSkills?.email === false,
  }),
  rule({
    id: 'digital-no-bankid',
    need: 'digital-skills',
    severity: 'moderate',
    evidence: ['digitalSkills.bankId'],
    source: afi('2.4.3 X1 (bank, offentlige tjenester)', 'L4883–4893'),
    condition: { nb: 'Hun bruker ikke BankID på egen hånd.', en: 'She does not use BankID on her own.' },
    test: (a) => a.digitalSkills?.bankId === false,
  }),
  rule({
    id: 'digital-no-job-portals',
    need: 'digital-skills',
    severity: 'moderate',
    evidence: ['digitalSkills.jobPortals'],
    source: afi('2.4.1 M3 (IT-kompetanse)', 'L4258–4260'),
    condition: { nb: 'Hun kan ikke bruke jobbportaler.', en: 'She cannot use job portals.' },
    test: (a) => a.digitalSkills?.jobPortals === false,
  }),
  rule({
    id: 'digital-none',
    need: 'digital-skills',
    severity: 'high',
    evidence: ['digitalSkills.email', 'digitalSkills.bankId'],
    source: afi('2.4.1 M3 and 2.4.3 X1', 'L4258–4260, L4883–4893'),
    condition: { nb: 'Hun bruker verken e-post eller BankID.', en: 'She uses neither e-mail nor BankID.' },
    test: (a) => a.digitalSkills?.email === false && a.digitalSkills.bankId === false,
  }),

  rule({
    id: 'mobility-not-travelling-alone',
    need: 'mobility',
    severity: 'moderate',
    evidence: ['travelsAlone'],
    source: H8,
    condition: {
      nb: 'Hun reiser ikke alene med kollektivtransport.',
      en: 'She does not travel alone by public transport.',
    },
    test: (a) => a.travelsAlone === false,
  }),

  rule({
    id: 'network-none',
    need: 'social-network',
    severity: 'high',
    evidence: ['networkOutsideFamily'],
    source: H7,
    condition: {
      nb: 'Hun har ikke noe nettverk utenfor familien.',
      en: 'She has no network outside the family.',
    },
    test: (a) => a.networkOutsideFamily === 'none',
  }),
  rule({
    id: 'network-little',
    need: 'social-network',
    severity: 'moderate',
    evidence: ['networkOutsideFamily'],
    source: afi('2.4.1 M8 (lite nettverk)', 'L4348–4350'),
    condition: {
      nb: 'Hun har lite nettverk utenfor familien.',
      en: 'She has little network outside the family.',
    },
    test: (a) => a.networkOutsideFamily === 'little',
  }),

  rule({
    id: 'housing-without-home',
    need: 'housing',
    severity: 'high',
    evidence: ['housing'],
    source: M8,
    condition: { nb: 'Hun har ikke noe sted å bo.', en: 'She has nowhere to live.' },
    test: (a) => a.housing === 'without-home',
  }),
  rule({
    id: 'housing-temporary',
    need: 'housing',
    severity: 'moderate',
    evidence: ['housing'],
    source: H11,
    condition: { nb: 'Hun bor midlertidig.', en: 'Her housing is temporary.' },
    test: (a) => a.housing === 'temporary',
  }),
  rule({
    id: 'housing-unsuitable',
    need: 'housing',
    severity: 'moderate',
    evidence: ['housing'],
    source: M8,
    condition: { nb: 'Boligen passer ikke.', en: 'Her housing is unfit.' },
    test: (a) => a.housing === 'unsuitable',
  }),

  rule({
    id: 'finances-strained',
    need: 'finances',
    severity: 'moderate',
    evidence: ['finances.strained'],
    source: M8,
    condition: { nb: 'Husholdningens økonomi er anstrengt.', en: 'The household is short of money.' },
    test: (a) => a.finances?.strained === true,
  }),
  rule({
    id: 'finances-debt',
    need: 'finances',
    severity: 'moderate',
    evidence: ['finances.debt'],
    source: H11,
    condition: { nb: 'Hun har gjeld som tynger.', en: 'She has burdensome debt.' },
    test: (a) => a.finances?.debt === true,
  }),
  rule({
    id: 'finances-strained-and-debt',
    need: 'finances',
    severity: 'high',
    evidence: ['finances.strained', 'finances.debt'],
    source: M8,
    condition: { nb: 'Anstrengt økonomi og gjeld.', en: 'Short of money and in debt.' },
    test: (a) => a.finances?.strained === true && a.finances.debt === true,
  }),
  rule({
    id: 'finances-on-benefits',
    need: 'finances',
    severity: 'low',
    evidence: ['finances.benefits', 'finances.mainIncome'],
    source: handbook('Målgruppe', 'L69–71'),
    condition: {
      nb: 'Husholdningen mottar stønader, eller lever hovedsakelig av stønad.',
      en: 'The household receives benefits, or lives mainly on a benefit.',
    },
    test: (a) =>
      (a.finances?.benefits?.length ?? 0) > 0 ||
      (a.finances?.mainIncome !== undefined && !BENEFIT_INCOMES.has(a.finances.mainIncome)),
  }),

  // ── meso ──────────────────────────────────────────────────────────────────
  rule({
    id: 'family-controlling',
    need: 'family-situation',
    severity: 'high',
    evidence: ['familyStance'],
    source: afi('2.4.2 S1 (ekstrem kontroll)', 'L4410–4418'),
    condition: { nb: 'Familien bestemmer over henne.', en: 'The family controls her choices.' },
    test: (a) => a.familyStance === 'controlling',
  }),
  rule({
    id: 'family-opposed',
    need: 'family-situation',
    severity: 'moderate',
    evidence: ['familyStance'],
    source: S1,
    condition: { nb: 'Familien er imot at hun jobber.', en: 'The family is against her working.' },
    test: (a) => a.familyStance === 'opposed',
  }),
  rule({
    id: 'family-neutral',
    need: 'family-situation',
    severity: 'low',
    evidence: ['familyStance'],
    source: handbook('§6 Tett samarbeid med familie og nettverk', 'L256'),
    condition: { nb: 'Familien verken hjelper eller hindrer.', en: 'The family neither helps nor hinders.' },
    test: (a) => a.familyStance === 'neutral',
  }),
  rule({
    id: 'family-unsure',
    need: 'family-situation',
    severity: 'moderate',
    evidence: ['familyStance'],
    source: handbook('§6 Tett samarbeid med familie og nettverk («dra lasset sammen»)', 'L256'),
    condition: {
      nb: 'Familien er usikker på at hun skal jobbe.',
      en: 'The family is unsure about her working.',
    },
    test: (a) => a.familyStance === 'unsure',
  }),
  rule({
    id: 'family-marital-challenges',
    need: 'family-situation',
    severity: 'moderate',
    evidence: ['maritalChallenges'],
    source: afi('2.4.2 S1 (samlivsbrudd)', 'L4396–4408'),
    condition: {
      nb: 'Det er vansker i ekteskapet eller et samlivsbrudd.',
      en: 'There are marital difficulties or a separation.',
    },
    test: (a) => a.maritalChallenges === true,
  }),
  rule({
    id: 'family-safety-concern',
    need: 'family-situation',
    severity: 'moderate',
    evidence: ['safety.negativeSocialControl', 'safety.violence'],
    source: S1,
    condition: {
      nb: 'Negativ sosial kontroll eller vold er kjent.',
      en: 'Negative social control or violence is disclosed.',
    },
    test: hasSafetyConcern,
  }),

  rule({
    id: 'care-child-below-school-age',
    need: 'care-responsibilities',
    severity: 'moderate',
    evidence: ['children'],
    source: afi('2.4.2 S2 (barnehage, arbeidstid)', 'L4423–4433'),
    condition: (t) => ({
      nb: `Et barn er under ${t.schoolAge} år (barnehage: levering og henting).`,
      en: `A child is under ${t.schoolAge} (kindergarten drop-off and pick-up).`,
    }),
    test: (a, c) => hasChildUnder(a, c.thresholds.schoolAge),
  }),
  rule({
    id: 'care-many-children',
    need: 'care-responsibilities',
    severity: 'moderate',
    evidence: ['children'],
    source: H5,
    condition: (t) => ({
      nb: `Minst ${t.manyChildren} barn under ${t.careAgeBelow} år.`,
      en: `At least ${t.manyChildren} children under ${t.careAgeBelow}.`,
    }),
    test: (a, c) => childrenNeedingCare(a, c.thresholds.careAgeBelow) >= c.thresholds.manyChildren,
  }),
  rule({
    id: 'care-after-school',
    need: 'care-responsibilities',
    severity: 'moderate',
    evidence: ['children'],
    source: BALANCE,
    condition: {
      nb: 'Et barn trenger oppfølging etter skoletid.',
      en: 'A child needs someone after school.',
    },
    test: (a) => someIn(a.children, (child) => child.needsAfterSchoolFollowUp === true),
  }),
  rule({
    id: 'care-extra-care',
    need: 'care-responsibilities',
    severity: 'moderate',
    evidence: ['children', 'otherCareDuties'],
    source: afi('2.4.2 S2 (syke barn, eldre)', 'L4441–4447'),
    condition: {
      nb: 'Et barn trenger ekstra omsorg, eller hun pleier andre i familien.',
      en: 'A child needs extra care, or she cares for other relatives.',
    },
    test: (a) => a.otherCareDuties === true || someIn(a.children, (child) => child.extraCare === true),
  }),
  rule({
    id: 'care-spouse-shifts',
    need: 'care-responsibilities',
    severity: 'moderate',
    evidence: ['spouseWorksShifts', 'children'],
    source: BALANCE,
    condition: (t) => ({
      nb: `Ektefellen jobber turnus, og et barn er under ${t.careAgeBelow} år.`,
      en: `Her spouse works shifts and a child is under ${t.careAgeBelow}.`,
    }),
    test: (a, c) => a.spouseWorksShifts === true && caresFor(a, c),
  }),
  rule({
    id: 'care-no-relief',
    need: 'care-responsibilities',
    severity: 'moderate',
    evidence: ['reliefAtHome', 'children'],
    source: handbook('§6 Tett samarbeid med familie og nettverk (hvem kan avlaste mor)', 'L256'),
    condition: (t) => ({
      nb: `Ingen hjemme kan ta over omsorgen, og et barn er under ${t.careAgeBelow} år.`,
      en: `No one at home can take over the care, and a child is under ${t.careAgeBelow}.`,
    }),
    test: (a, c) => a.reliefAtHome === false && caresFor(a, c),
  }),
  rule({
    id: 'care-single-provider',
    need: 'care-responsibilities',
    severity: 'moderate',
    evidence: ['singleProvider', 'children'],
    source: S2,
    condition: (t) => ({
      nb: `Hun er eneforsørger for et barn under ${t.careAgeBelow} år.`,
      en: `She is the sole provider for a child under ${t.careAgeBelow}.`,
    }),
    test: (a, c) => a.singleProvider === true && caresFor(a, c),
  }),
  rule({
    id: 'care-single-provider-young-or-several',
    need: 'care-responsibilities',
    severity: 'high',
    evidence: ['singleProvider', 'children'],
    source: afi('2.4.2 S2 (enslige mødre med flere barn)', 'L4421–4433'),
    condition: (t) => ({
      nb: `Eneforsørger med minst ${t.singleProviderSeveralChildren} barn under ${t.careAgeBelow} år, eller et barn under ${t.schoolAge} år.`,
      en: `Sole provider with at least ${t.singleProviderSeveralChildren} children under ${t.careAgeBelow}, or a child under ${t.schoolAge}.`,
    }),
    test: (a, c) =>
      a.singleProvider === true &&
      (childrenNeedingCare(a, c.thresholds.careAgeBelow) >= c.thresholds.singleProviderSeveralChildren ||
        hasChildUnder(a, c.thresholds.schoolAge)),
  }),
  rule({
    id: 'care-no-relief-young-or-several',
    need: 'care-responsibilities',
    severity: 'high',
    evidence: ['reliefAtHome', 'children'],
    source: afi('2.4.2 S2 (ingen å be om å levere i barnehagen kl. 6)', 'L4423–4431'),
    condition: (t) => ({
      nb: `Ingen hjemme kan ta over, med minst ${t.singleProviderSeveralChildren} barn under ${t.careAgeBelow} år eller et barn under ${t.schoolAge} år.`,
      en: `No one at home can take over, with at least ${t.singleProviderSeveralChildren} children under ${t.careAgeBelow} or a child under ${t.schoolAge}.`,
    }),
    test: (a, c) =>
      a.reliefAtHome === false &&
      (childrenNeedingCare(a, c.thresholds.careAgeBelow) >= c.thresholds.singleProviderSeveralChildren ||
        hasChildUnder(a, c.thresholds.schoolAge)),
  }),

  rule({
    id: 'safety-violence',
    need: 'negative-social-control',
    severity: 'high',
    evidence: ['safety.violence'],
    source: H10,
    condition: {
      nb: 'Vold i nære relasjoner er kjent.',
      en: 'Violence in a close relationship is disclosed.',
    },
    test: (a) => a.safety?.violence === true,
  }),
  rule({
    id: 'safety-negative-social-control',
    need: 'negative-social-control',
    severity: 'high',
    evidence: ['safety.negativeSocialControl'],
    source: H10,
    condition: { nb: 'Negativ sosial kontroll er kjent.', en: 'Negative social control is disclosed.' },
    test: (a) => a.safety?.negativeSocialControl === true,
  }),
  rule({
    id: 'safety-acute',
    need: 'negative-social-control',
    severity: 'high',
    evidence: ['safety.acute'],
    source: handbook('Aminas historie', 'L441–443'),
    condition: { nb: 'Situasjonen er akutt.', en: 'The situation is acute.' },
    test: (a) => a.safety?.acute === true,
  }),
  rule({
    id: 'safety-controlling-family',
    need: 'negative-social-control',
    severity: 'moderate',
    evidence: ['familyStance'],
    source: handbook('§10 Negativ sosial kontroll (definisjon)', 'L314'),
    condition: {
      nb: 'Familien kontrollerer valgene hennes, også om jobb.',
      en: 'The family controls her choices, including work.',
    },
    test: (a) => a.familyStance === 'controlling',
  }),

  rule({
    id: 'tailored-earlier-measures',
    need: 'tailored-assessment',
    severity: 'moderate',
    evidence: ['earlierMeasures.withoutProgress'],
    source: S3,
    condition: {
      nb: 'Tidligere tiltak har ikke gitt framgang.',
      en: 'Earlier measures brought no progress.',
    },
    test: (a) => a.earlierMeasures?.withoutProgress === true,
  }),
  rule({
    id: 'tailored-hard-to-place',
    need: 'tailored-assessment',
    severity: 'moderate',
    evidence: ['hardToPlace'],
    source: afi('2.4.2 S3 («prøvde ut alt»)', 'L4460–4462'),
    condition: {
      nb: 'Rådgivere har ikke funnet praksis til henne.',
      en: 'Advisers have found no placement for her.',
    },
    test: (a) => a.hardToPlace === true,
  }),

  rule({
    id: 'participation-low-confidence',
    need: 'participation',
    severity: 'moderate',
    evidence: ['confidence'],
    source: afi('2.4.2 S4 (selvfølelse og medvirkning)', 'L4479–4483'),
    condition: {
      nb: 'Lav selvtillit gjør det vanskelig å medvirke.',
      en: 'Low self-confidence makes participation hard.',
    },
    test: (a) => a.confidence === 'low',
  }),
  rule({
    id: 'participation-no-job-wish',
    need: 'participation',
    severity: 'moderate',
    evidence: ['wishToWork', 'jobWishes'],
    source: afi('2.4.2 S4 («bare en jobb»)', 'L4485–4491'),
    condition: {
      nb: 'Hun vil ha «bare en jobb», uten eget ønske om hvilken.',
      en: 'She wants "just a job", with no wish of her own about which.',
    },
    test: wantsWorkWithoutJobWish,
  }),
  rule({
    id: 'participation-controlled-choices',
    need: 'participation',
    severity: 'moderate',
    evidence: ['familyStance'],
    source: S4,
    condition: { nb: 'Andre tar valgene for henne.', en: 'Others make her choices.' },
    test: (a) => a.familyStance === 'controlling',
  }),
  rule({
    id: 'participation-unsure-wish',
    need: 'participation',
    severity: 'low',
    evidence: ['wishToWork'],
    source: afi('2.4.2 S4 (medeierskap)', 'L4491–4493'),
    condition: { nb: 'Hun er usikker på om hun vil jobbe.', en: 'She is unsure whether she wants to work.' },
    test: (a) => a.wishToWork === 'unsure',
  }),

  rule({
    id: 'language-support-interpreter',
    need: 'language-support',
    severity: 'high',
    evidence: ['interpreterNeeded'],
    source: H1,
    condition: { nb: 'Møtene trenger tolk.', en: 'Meetings need an interpreter.' },
    test: (a) => a.interpreterNeeded === true,
  }),
  rule({
    id: 'language-support-oral-very-low',
    need: 'language-support',
    severity: 'high',
    evidence: ['norwegian.oral'],
    source: S5,
    condition: (t) => ({
      nb: `Muntlig norsk er ${lvl(t.veryLowNorwegianLevel)} eller lavere.`,
      en: `Spoken Norwegian is ${lvl(t.veryLowNorwegianLevel)} or lower.`,
    }),
    test: (a, c) => levelAtMost(a.norwegian?.oral, c.thresholds.veryLowNorwegianLevel),
  }),
  rule({
    id: 'language-support-oral-low',
    need: 'language-support',
    severity: 'moderate',
    evidence: ['norwegian.oral'],
    source: S5,
    condition: (t) => ({
      nb: `Muntlig norsk er under ${lvl(t.workingNorwegianLevel)}.`,
      en: `Spoken Norwegian is below ${lvl(t.workingNorwegianLevel)}.`,
    }),
    test: (a, c) =>
      levelAbove(a.norwegian?.oral, c.thresholds.veryLowNorwegianLevel) &&
      levelBelow(a.norwegian?.oral, c.thresholds.workingNorwegianLevel),
  }),
  rule({
    id: 'language-support-literacy',
    need: 'language-support',
    severity: 'moderate',
    evidence: ['literacy.ownLanguage', 'literacy.latinScript'],
    source: afi('2.4.2 S5 (analfabetisme)', 'L4509–4515'),
    condition: {
      nb: 'Hun kan ikke lese eller skrive (eget språk eller latinsk skrift).',
      en: 'She cannot read or write (own language or Latin script).',
    },
    test: cannotReadOrWrite,
  }),
  rule({
    id: 'language-support-slow-progress',
    need: 'language-support',
    severity: 'moderate',
    evidence: ['norwegian.slowProgress'],
    source: afi('2.4.1 M1 and 2.4.2 S5 (lav progresjon)', 'L4167–4169, L4499–4501'),
    condition: {
      nb: 'Norsken går sakte framover til tross for undervisning.',
      en: 'Norwegian progresses slowly despite tuition.',
    },
    test: (a) => a.norwegian?.slowProgress === true,
  }),

  rule({
    id: 'culture-constraints',
    need: 'cultural-differences',
    severity: 'moderate',
    evidence: ['culturalConstraints'],
    source: H9,
    condition: {
      nb: 'Religiøse eller kulturelle hensyn gjelder oppgaver, klær eller kontakt.',
      en: 'Religious or cultural limits apply to tasks, dress or contact.',
    },
    test: hasCulturalConstraint,
  }),
  rule({
    id: 'culture-working-life-little',
    need: 'cultural-differences',
    severity: 'moderate',
    evidence: ['rulesKnowledge.workingLife'],
    source: afi('2.4.2 S6 (arbeidslivets regler, uskrevne regler)', 'L4538–4570'),
    condition: {
      nb: 'Hun kjenner lite til arbeidslivets regler.',
      en: 'She knows little of the rules of working life.',
    },
    test: (a) => a.rulesKnowledge?.workingLife === 'little',
  }),
  rule({
    id: 'culture-no-norwegian-work',
    need: 'cultural-differences',
    severity: 'low',
    evidence: ['workExperience.norwayYears'],
    source: afi('2.4.2 S6 and S11', 'L4538–4545, L4792–4793'),
    condition: { nb: 'Hun har ikke arbeidet i Norge.', en: 'She has not worked in Norway.' },
    test: (a) => a.workExperience?.norwayYears === 0,
  }),
  rule({
    id: 'culture-newly-arrived',
    need: 'cultural-differences',
    severity: 'low',
    evidence: ['yearsInNorway'],
    source: S6,
    condition: { nb: 'Hun er nyankommet (terskel).', en: 'She is newly arrived (threshold).' },
    test: (a, c) => a.yearsInNorway !== undefined && a.yearsInNorway < c.thresholds.newlyArrivedYears,
  }),
  rule({
    id: 'culture-new-society-network',
    need: 'cultural-differences',
    severity: 'low',
    evidence: ['networkOutsideFamily'],
    source: afi('2.4.2 S6 (etablere et liv i et nytt samfunn: bygge nettverk blant nordmenn)', 'L4540–4544'),
    condition: {
      nb: 'Hun har lite eller ikke noe nettverk utenfor familien å bygge et liv i Norge på.',
      en: 'She has little or no network outside the family to build a life in Norway on.',
    },
    test: (a) => a.networkOutsideFamily === 'none' || a.networkOutsideFamily === 'little',
  }),
  rule({
    id: 'culture-workplace-observed',
    need: 'cultural-differences',
    severity: 'moderate',
    evidence: ['workplaceObservations'],
    source: handbook('§9, §12 and §13 (misforståelser på arbeidsplassen)', 'L302, L334–351, L377–383'),
    condition: {
      nb: 'Et arbeidskulturgap er observert på en arbeidsplass.',
      en: 'A work-culture gap has been observed at a workplace.',
    },
    test: (a) => observed(a, false),
  }),

  rule({
    id: 'different-follow-up-slow-learning',
    need: 'different-follow-up-content',
    severity: 'moderate',
    evidence: [
      'earlierMeasures.withoutProgress',
      'norwegian.slowProgress',
      'literacy.ownLanguage',
      'literacy.latinScript',
    ],
    source: S7,
    condition: {
      nb: 'Tiltak uten framgang og langsom læring eller manglende lese- og skriveferdigheter.',
      en: 'Measures without progress, and slow learning or no literacy.',
    },
    test: (a) =>
      a.earlierMeasures?.withoutProgress === true &&
      (a.norwegian?.slowProgress === true || cannotReadOrWrite(a)),
  }),
  rule({
    id: 'different-follow-up-long-measures',
    need: 'different-follow-up-content',
    severity: 'high',
    evidence: ['earlierMeasures.years', 'earlierMeasures.withoutProgress'],
    source: afi('2.4.2 S7 («svart belte i kurs»)', 'L4587–4596'),
    condition: {
      nb: 'Mange år i tiltak uten framgang (terskel).',
      en: 'Many years in measures without progress (threshold).',
    },
    test: (a, c) =>
      a.earlierMeasures?.withoutProgress === true &&
      a.earlierMeasures.years !== undefined &&
      a.earlierMeasures.years >= c.thresholds.longMeasuresYears,
  }),

  rule({
    id: 'closer-follow-up-indicator',
    need: 'closer-follow-up',
    severity: 'moderate',
    barrier: 'closer-follow-up',
    evidence: INDICATOR_PATHS,
    source: S82,
    condition: {
      nb: 'Minst én av indikatorene på behov for tettere oppfølging.',
      en: 'At least one of the indicators of needing closer follow-up.',
    },
    test: (a, c) => foundIndicators(a, c) >= 1,
    evidenceOf: indicatorEvidence,
  }),
  rule({
    id: 'closer-follow-up-several-indicators',
    need: 'closer-follow-up',
    severity: 'high',
    barrier: 'closer-follow-up',
    evidence: INDICATOR_PATHS,
    source: library('Several closer-follow-up indicators (AFI report 8.2, L12802–12830)'),
    condition: { nb: 'Flere av indikatorene (terskel).', en: 'Several of the indicators (threshold).' },
    test: (a, c) => foundIndicators(a, c) >= c.thresholds.closerFollowUpHighIndicators,
    evidenceOf: indicatorEvidence,
  }),

  rule({
    id: 'inter-agency-health-any',
    need: 'inter-agency-cooperation',
    severity: 'low',
    evidence: ['health.status'],
    source: H11,
    condition: { nb: 'En helseutfordring er registrert.', en: 'A health challenge is recorded.' },
    test: hasHealthChallenge,
  }),
  rule({
    id: 'inter-agency-health-unclarified',
    need: 'inter-agency-cooperation',
    severity: 'moderate',
    evidence: ['health.status'],
    source: afi('2.4.2 S9 (helse uten behandling)', 'L4697–4709'),
    condition: {
      nb: 'En uavklart helseutfordring er registrert.',
      en: 'An undiagnosed health challenge is recorded.',
    },
    test: (a) => a.health?.status === 'unclarified',
  }),
  rule({
    id: 'inter-agency-health-untreated',
    need: 'inter-agency-cooperation',
    severity: 'moderate',
    evidence: ['health.status', 'health.inTreatment'],
    source: afi('2.4.2 S9 (helse uten behandling)', 'L4697–4703'),
    condition: { nb: 'En helseutfordring uten behandling.', en: 'A health challenge without treatment.' },
    test: (a) => hasHealthChallenge(a) && a.health?.inTreatment === false,
  }),
  rule({
    id: 'inter-agency-safety',
    need: 'inter-agency-cooperation',
    severity: 'high',
    evidence: ['safety.negativeSocialControl', 'safety.violence'],
    source: H10,
    condition: {
      nb: 'Negativ sosial kontroll eller vold: krisesenter, politi, barnevern og andre må inn.',
      en: 'Negative social control or violence: crisis centre, police, child welfare and others must be involved.',
    },
    test: hasSafetyConcern,
  }),
  rule({
    id: 'inter-agency-housing',
    need: 'inter-agency-cooperation',
    severity: 'moderate',
    evidence: ['housing'],
    source: H11,
    condition: { nb: 'Boligen er et problem.', en: 'Housing is a problem.' },
    test: hasHousingProblem,
  }),
  rule({
    id: 'inter-agency-debt',
    need: 'inter-agency-cooperation',
    severity: 'moderate',
    evidence: ['finances.debt'],
    source: H11,
    condition: { nb: 'Hun har gjeld.', en: 'She has debt.' },
    test: (a) => a.finances?.debt === true,
  }),
  rule({
    id: 'inter-agency-several',
    need: 'inter-agency-cooperation',
    severity: 'high',
    evidence: ['health.status', 'housing', 'finances.debt'],
    source: S9,
    condition: (t) => ({
      nb: `Minst ${t.severalServiceProblems} av: helseutfordring, boligproblem, gjeld.`,
      en: `At least ${t.severalServiceProblems} of: a health challenge, a housing problem, debt.`,
    }),
    test: (a, c) =>
      (hasHealthChallenge(a) ? 1 : 0) +
        (hasHousingProblem(a) ? 1 : 0) +
        (a.finances?.debt === true ? 1 : 0) >=
      c.thresholds.severalServiceProblems,
  }),
  rule({
    id: 'inter-agency-undeclared-work',
    need: 'inter-agency-cooperation',
    severity: 'moderate',
    evidence: ['undeclaredWorkExperienced'],
    source: handbook('§10 and §15 (advokat, juridisk hjelp, andre etater)', 'L316, L407–409'),
    condition: {
      nb: 'Svart arbeid: skatteetaten, Arbeidstilsynet eller rettshjelp kan trenges.',
      en: 'Undeclared work: the tax office, the labour inspection or legal aid may be needed.',
    },
    test: (a) => a.undeclaredWorkExperienced === true,
  }),
  rule({
    id: 'inter-agency-exploitation',
    need: 'inter-agency-cooperation',
    severity: 'moderate',
    evidence: ['exploitationExperienced'],
    source: afi(
      '2.4.3 X4 (støtte for å bedre arbeidssituasjonen) and handbook §15',
      'L4957–4963, H L407–409',
    ),
    condition: {
      nb: 'Utnytting i arbeidslivet: juridisk hjelp og andre etater kan trenges.',
      en: 'Exploitation at work: legal help and other services may be needed.',
    },
    test: (a) => a.exploitationExperienced === true,
  }),

  rule({
    id: 'practice-trap-ended-not-hired',
    need: 'practice-trap',
    severity: 'low',
    evidence: ['placements'],
    source: S10,
    condition: {
      nb: 'En ulønnet praksis er avsluttet uten ansettelse.',
      en: 'An unpaid placement has ended without hiring.',
    },
    test: (a) => unpaidEndedNotHiredCount(a) >= 1,
  }),
  rule({
    id: 'practice-trap-long-unpaid',
    need: 'practice-trap',
    severity: 'moderate',
    evidence: ['placements'],
    source: PLACEMENT_WEEKS,
    condition: {
      nb: 'En ulønnet praksis varte lenger enn grensen i policyen.',
      en: 'An unpaid placement lasted longer than the policy limit.',
    },
    test: (a, c) => unpaidPlacement(a, (p) => p.weeks !== undefined && p.weeks > c.unpaidPlacementMaxWeeks),
  }),
  rule({
    id: 'practice-trap-extended',
    need: 'practice-trap',
    severity: 'moderate',
    evidence: ['placements'],
    source: afi('2.4.2 S10 (arbeidsgiver utvider praksisperioden)', 'L4782–4786'),
    condition: {
      nb: 'En ulønnet praksis ble forlenget i stedet for lønnet arbeid.',
      en: 'An unpaid placement was extended instead of paid work.',
    },
    test: (a) => unpaidPlacement(a, (p) => p.extended === true),
  }),
  rule({
    id: 'practice-trap-ended-without-follow-up',
    need: 'practice-trap',
    severity: 'moderate',
    evidence: ['placements'],
    source: afi('2.4.2 S10 (uten metodisk oppfølging)', 'L4768–4770'),
    condition: {
      nb: 'En ulønnet praksis uten oppfølging endte uten ansettelse.',
      en: 'An unpaid placement without follow-up ended without hiring.',
    },
    test: (a) => unpaidPlacement(a, (p) => p.withFollowUp === false && p.ended === true && p.hired === false),
  }),
  rule({
    id: 'practice-trap-repeated',
    need: 'practice-trap',
    severity: 'high',
    evidence: ['placements'],
    source: S10,
    condition: {
      nb: 'Flere avsluttede ulønnede praksiser uten ansettelse (grense i policyen).',
      en: 'Several ended unpaid placements without hiring (policy limit).',
    },
    test: (a, c) => unpaidEndedNotHiredCount(a) >= c.unpaidPlacementsBeforePracticeTrap,
  }),

  rule({
    id: 'workplace-support-literacy',
    need: 'workplace-support',
    severity: 'moderate',
    evidence: ['literacy.ownLanguage', 'literacy.latinScript'],
    source: H14,
    condition: { nb: 'Hun kan ikke lese eller skrive.', en: 'She cannot read or write.' },
    test: cannotReadOrWrite,
  }),
  rule({
    id: 'workplace-support-new-and-low-norwegian',
    need: 'workplace-support',
    severity: 'moderate',
    evidence: ['workExperience.norwayYears', 'norwegian.oral'],
    source: H14,
    condition: (t) => ({
      nb: `Ingen arbeidserfaring fra Norge og muntlig norsk under ${lvl(t.workingNorwegianLevel)}.`,
      en: `No work experience in Norway and spoken Norwegian below ${lvl(t.workingNorwegianLevel)}.`,
    }),
    test: (a, c) =>
      a.workExperience?.norwayYears === 0 &&
      levelBelow(a.norwegian?.oral, c.thresholds.workingNorwegianLevel),
  }),
  rule({
    id: 'workplace-support-illiterate-and-new',
    need: 'workplace-support',
    severity: 'high',
    evidence: ['literacy.ownLanguage', 'workExperience.norwayYears'],
    source: H14,
    condition: {
      nb: 'Kan ikke lese og skrive og har ikke arbeidet i Norge.',
      en: 'Cannot read and write and has not worked in Norway.',
    },
    test: (a) => a.literacy?.ownLanguage === false && a.workExperience?.norwayYears === 0,
  }),
  rule({
    id: 'workplace-support-struggled-alone',
    need: 'workplace-support',
    severity: 'high',
    evidence: ['struggledInPlacementAlone'],
    source: S11,
    condition: {
      nb: 'Hun klarte ikke å dra nytte av praksis uten oppfølging på arbeidsplassen.',
      en: 'She could not benefit from a placement without follow-up at the workplace.',
    },
    test: (a) => a.struggledInPlacementAlone === true,
  }),

  rule({
    id: 'after-follow-up-first-job',
    need: 'after-follow-up',
    severity: 'low',
    evidence: ['workExperience.norwayYears'],
    source: H15,
    condition: {
      nb: 'Første jobb i Norge: sist inn er ofte først ut.',
      en: 'First job in Norway: last in is often first out.',
    },
    test: (a) => a.workExperience?.norwayYears === 0,
  }),
  rule({
    id: 'after-follow-up-exploitation',
    need: 'after-follow-up',
    severity: 'moderate',
    evidence: ['exploitationExperienced'],
    source: H15,
    condition: { nb: 'Hun har opplevd utnytting i arbeidslivet.', en: 'She has met exploitation at work.' },
    test: (a) => a.exploitationExperienced === true,
  }),
  rule({
    id: 'after-follow-up-little-schooling',
    need: 'after-follow-up',
    severity: 'low',
    evidence: ['schooling', 'yearsOfSchooling'],
    source: S12,
    condition: {
      nb: 'Lite skolegang: jobben bør føre videre til kompetanse.',
      en: 'Little schooling: the job should lead on to qualifications.',
    },
    test: (a, c) =>
      a.schooling === 'none' ||
      a.schooling === 'some' ||
      (a.yearsOfSchooling !== undefined && a.yearsOfSchooling < c.thresholds.compulsorySchoolYears),
  }),

  // ── macro ─────────────────────────────────────────────────────────────────
  rule({
    id: 'society-rules-little',
    need: 'society-rules',
    severity: 'moderate',
    evidence: ['rulesKnowledge.society'],
    source: X1,
    condition: {
      nb: 'Hun kjenner lite til samfunnets regler og plikter.',
      en: "She knows little of society's rules and duties.",
    },
    test: (a) => a.rulesKnowledge?.society === 'little',
  }),
  rule({
    id: 'society-rules-some',
    need: 'society-rules',
    severity: 'low',
    evidence: ['rulesKnowledge.society'],
    source: X1,
    condition: {
      nb: 'Hun kjenner noe til samfunnets regler og plikter.',
      en: "She knows some of society's rules and duties.",
    },
    test: (a) => a.rulesKnowledge?.society === 'some',
  }),
  rule({
    id: 'society-rules-newly-arrived',
    need: 'society-rules',
    severity: 'moderate',
    evidence: ['yearsInNorway'],
    source: afi('2.4.3 X1 (særlig nyankomne)', 'L4883'),
    condition: { nb: 'Hun er nyankommet (terskel).', en: 'She is newly arrived (threshold).' },
    test: (a, c) => a.yearsInNorway !== undefined && a.yearsInNorway < c.thresholds.newlyArrivedYears,
  }),
  rule({
    id: 'society-rules-no-bankid',
    need: 'society-rules',
    severity: 'low',
    evidence: ['digitalSkills.bankId'],
    source: X1,
    condition: { nb: 'Hun bruker ikke BankID.', en: 'She does not use BankID.' },
    test: (a) => a.digitalSkills?.bankId === false,
  }),
  rule({
    id: 'society-rules-cannot-read-letters',
    need: 'society-rules',
    severity: 'moderate',
    evidence: ['literacy.ownLanguage', 'literacy.latinScript'],
    source: afi('2.4.3 X1 (brev fra det offentlige)', 'L4887–4889'),
    condition: { nb: 'Hun kan ikke lese brev fra det offentlige.', en: 'She cannot read official letters.' },
    test: cannotReadOrWrite,
  }),

  rule({
    id: 'working-life-rules-little',
    need: 'working-life-rules',
    severity: 'moderate',
    evidence: ['rulesKnowledge.workingLife'],
    source: X2,
    condition: {
      nb: 'Hun kjenner lite til arbeidslivets regler.',
      en: 'She knows little of the rules of working life.',
    },
    test: (a) => a.rulesKnowledge?.workingLife === 'little',
  }),
  rule({
    id: 'working-life-rules-some',
    need: 'working-life-rules',
    severity: 'low',
    evidence: ['rulesKnowledge.workingLife'],
    source: X2,
    condition: {
      nb: 'Hun kjenner noe til arbeidslivets regler.',
      en: 'She knows some of the rules of working life.',
    },
    test: (a) => a.rulesKnowledge?.workingLife === 'some',
  }),
  rule({
    id: 'working-life-rules-no-norwegian-work',
    need: 'working-life-rules',
    severity: 'low',
    evidence: ['workExperience.norwayYears'],
    source: afi('2.4.3 X2 (ingen norsk arbeidserfaring)', 'L4896–4900'),
    condition: { nb: 'Hun har ikke arbeidet i Norge.', en: 'She has not worked in Norway.' },
    test: (a) => a.workExperience?.norwayYears === 0,
  }),
  rule({
    id: 'working-life-rules-observed',
    need: 'working-life-rules',
    severity: 'moderate',
    evidence: ['workplaceObservations'],
    source: afi('2.4.2 S6 (arbeidslivets regler: fri, gratis kaffe, kontrakt)', 'L4560–4564'),
    condition: {
      nb: 'Brudd på en skreven regel i arbeidslivet er observert (fravær uten beskjed, gir bort varer, slutter tross kontrakt).',
      en: 'A breach of a written rule of working life was observed (absence without notice, giving goods away, leaving despite a contract).',
    },
    test: (a) => observed(a, true),
  }),

  rule({
    id: 'declared-work-undeclared-experienced',
    need: 'declared-work',
    severity: 'high',
    evidence: ['undeclaredWorkExperienced'],
    source: X3,
    condition: {
      nb: 'Hun er tilbudt eller har hatt svart arbeid.',
      en: 'She has been offered or has done undeclared work.',
    },
    test: (a) => a.undeclaredWorkExperienced === true,
  }),

  rule({
    id: 'exploitation-experienced',
    need: 'exploitation-protection',
    severity: 'high',
    evidence: ['exploitationExperienced'],
    source: X4,
    condition: {
      nb: 'Hun har opplevd utnytting eller forskjellsbehandling i arbeidslivet.',
      en: 'She has met exploitation or unequal treatment at work.',
    },
    test: (a) => a.exploitationExperienced === true,
  }),
  rule({
    id: 'exploitation-undeclared-work',
    need: 'exploitation-protection',
    severity: 'moderate',
    evidence: ['undeclaredWorkExperienced'],
    source: afi('2.4.3 X3 (parallelt arbeidsmarked)', 'L4931–4936'),
    condition: {
      nb: 'Svart arbeid er tilbudt eller utført.',
      en: 'Undeclared work has been offered or done.',
    },
    test: (a) => a.undeclaredWorkExperienced === true,
  }),
  rule({
    id: 'exploitation-rights-unknown',
    need: 'exploitation-protection',
    severity: 'low',
    evidence: ['rulesKnowledge.workingLife'],
    source: afi('2.4.3 X4 (kjente ikke lovene)', 'L4957–4961'),
    condition: {
      nb: 'Hun kjenner lite til rettighetene sine i arbeidslivet.',
      en: 'She knows little of her rights at work.',
    },
    test: (a) => a.rulesKnowledge?.workingLife === 'little',
  }),
]);
