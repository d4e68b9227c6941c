import type { LocalizedText } from '../core/localizedText';
import type { SourceRef } from '../core/sourceRef';
import {
  cannotReadOrWrite,
  childCount,
  hasChildUnder,
  hasHealthChallenge,
  hasHousingProblem,
  hasSafetyConcern,
  levelBelow,
  levelBetween,
  unpaidNotHiredCount,
  wantsWorkWithoutJobWish,
} from '../_lib/needs/facts';
import { deepFreeze } from '../_lib/deepFreeze';
import { afi, handbook, library } from '../_lib/needs/sources';
import type { NeedId, NeedSeverity } from './needId';
import type { NeedRuleContext } from './needRuleContext';
import type { NeedsAssessment } from './needsAssessment';
import { SE_INDICATORS, SE_INDICATOR_IDS } from './seIndicators';

/**
 * One row of the classification table: when a fact pattern holds, a need is present at a severity.
 *
 * @remarks
 * Every row names its source. Rows only look for facts that are present
 * (never for absent ones), so adding a fact to an assessment can add a need or
 * raise its severity but never remove one (see `docs/needs.md`, "Monotonicity").
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
  /** The condition, in words. */
  readonly condition: LocalizedText;
  /** The assessment paths that are the evidence when the row holds. */
  readonly evidence: readonly string[];
  /** Where the rule comes from. */
  readonly source: SourceRef;
  /** The row's test: its severity when the condition holds, otherwise `undefined`. */
  readonly when: (assessment: NeedsAssessment, context: NeedRuleContext) => NeedSeverity | undefined;
  /** When present, narrows `evidence` to the paths that actually produced the need. */
  readonly evidenceOf?: (assessment: NeedsAssessment, context: NeedRuleContext) => readonly string[];
}

type Test = (a: NeedsAssessment, c: NeedRuleContext) => boolean;

function row(
  need: NeedId,
  id: string,
  severity: NeedSeverity,
  evidence: readonly string[],
  source: SourceRef,
  condition: LocalizedText,
  test: Test,
  evidenceOf?: NeedRule['evidenceOf'],
): NeedRule {
  const base = {
    id,
    need,
    severity,
    condition,
    evidence: [...evidence],
    source,
    when: (a: NeedsAssessment, c: NeedRuleContext): NeedSeverity | undefined => (test(a, c) ? severity : undefined),
  };
  return evidenceOf === undefined ? base : { ...base, evidenceOf };
}

function foundIndicators(a: NeedsAssessment, c: NeedRuleContext): number {
  let n = 0;
  for (const id of SE_INDICATOR_IDS) if (SE_INDICATORS[id].evaluate(a, c) === true) n += 1;
  return n;
}

function indicatorEvidence(a: NeedsAssessment, c: NeedRuleContext): readonly string[] {
  const paths: string[] = [];
  for (const id of SE_INDICATOR_IDS) {
    const indicator = SE_INDICATORS[id];
    if (indicator.evaluate(a, c) === true) for (const p of indicator.paths) if (!paths.includes(p)) paths.push(p);
  }
  return paths;
}

const INDICATOR_PATHS: readonly string[] = [...new Set(SE_INDICATOR_IDS.flatMap((id) => SE_INDICATORS[id].paths))];

function hasCulturalConstraint(a: NeedsAssessment): boolean {
  const cc = a.culturalConstraints;
  return cc !== undefined && ((cc.tasks?.length ?? 0) > 0 || (cc.dress?.length ?? 0) > 0 || (cc.contact?.length ?? 0) > 0);
}

function foreignQualification(a: NeedsAssessment, test: (q: NonNullable<NeedsAssessment['qualifications']>[number]) => boolean): boolean {
  const qs = a.qualifications;
  if (qs === undefined) return false;
  for (const q of qs) if (q.obtained === 'abroad' && test(q)) return true;
  return false;
}

function unpaidPlacement(a: NeedsAssessment, test: (p: NonNullable<NeedsAssessment['placements']>[number]) => boolean): boolean {
  const ps = a.placements;
  if (ps === undefined) return false;
  for (const p of ps) if (p.paid === false && test(p)) return true;
  return false;
}

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
  row('norwegian-language', 'norwegian-oral-very-low', 'high', ['norwegian.oral'], M1,
    { nb: 'Muntlig norsk er A1 eller lavere.', en: 'Spoken Norwegian is A1 or lower.' },
    (a) => levelBetween(a.norwegian?.oral, 'none', 'a1')),
  row('norwegian-language', 'norwegian-oral-low', 'moderate', ['norwegian.oral'], M1,
    { nb: 'Muntlig norsk er mellom A1+ og A2+ (under B1).', en: 'Spoken Norwegian is between A1+ and A2+ (below B1).' },
    (a) => levelBetween(a.norwegian?.oral, 'a1-plus', 'a2-plus')),
  row('norwegian-language', 'norwegian-written-very-low', 'moderate', ['norwegian.written'], M1,
    { nb: 'Skriftlig norsk er A1 eller lavere.', en: 'Written Norwegian is A1 or lower.' },
    (a) => levelBetween(a.norwegian?.written, 'none', 'a1')),
  row('norwegian-language', 'norwegian-written-low', 'low', ['norwegian.written'], M1,
    { nb: 'Skriftlig norsk er under B1.', en: 'Written Norwegian is below B1.' },
    (a) => levelBelow(a.norwegian?.written, 'b1')),
  row('norwegian-language', 'norwegian-slow-progress', 'moderate', ['norwegian.slowProgress'], afi('2.4.1 M1 (lav progresjon)', 'L4155–4169'),
    { nb: 'Norsken går sakte framover til tross for undervisning.', en: 'Norwegian progresses slowly despite tuition.' },
    (a) => a.norwegian?.slowProgress === true),
  row('norwegian-language', 'norwegian-pronunciation', 'low', ['norwegian.pronunciationDifficulties'], afi('2.4.1 M1 (uttalevansker)', 'L4171–4175'),
    { nb: 'Uttalen gjør henne vanskelig å forstå.', en: 'Her pronunciation makes her hard to understand.' },
    (a) => a.norwegian?.pronunciationDifficulties === true),

  row('literacy', 'literacy-own-language', 'high', ['literacy.ownLanguage'], handbook('Zahras historie', 'L545–547'),
    { nb: 'Hun kan ikke lese og skrive på eget språk.', en: 'She cannot read and write her own language.' },
    (a) => a.literacy?.ownLanguage === false),
  row('literacy', 'literacy-latin-script', 'moderate', ['literacy.latinScript'], afi('2.4.2 S5 (analfabetisme)', 'L4509–4515'),
    { nb: 'Hun kan ikke lese og skrive latinsk skrift.', en: 'She cannot read and write the Latin alphabet.' },
    (a) => a.literacy?.latinScript === false),

  row('health', 'health-clarified', 'moderate', ['health.status'], M2,
    { nb: 'En utredet helseutfordring er registrert.', en: 'A diagnosed health challenge is recorded.' },
    (a) => a.health?.status === 'clarified'),
  row('health', 'health-unclarified', 'moderate', ['health.status'], M2,
    { nb: 'En uavklart helseutfordring er registrert.', en: 'An undiagnosed health challenge is recorded.' },
    (a) => a.health?.status === 'unclarified'),
  row('health', 'health-trauma', 'moderate', ['health.trauma'], afi('2.4.1 M2 (traumer)', 'L4194–4196'),
    { nb: 'Det er tegn på traumer.', en: 'There are signs of trauma.' },
    (a) => a.health?.trauma === true),
  row('health', 'health-work-limitations', 'moderate', ['health.limitations'], afi('2.4.1 M2 (tilrettelegging)', 'L4178–4182'),
    { nb: 'Helsen begrenser noen arbeidskrav.', en: 'Her health limits some work demands.' },
    (a) => (a.health?.limitations?.length ?? 0) > 0),
  row('health', 'health-reduced-capacity', 'moderate', ['health.workCapacity'], M2,
    { nb: 'Arbeidsevnen er redusert.', en: 'Her work capacity is reduced.' },
    (a) => a.health?.workCapacity === 'reduced'),
  row('health', 'health-no-capacity-now', 'high', ['health.workCapacity'], M2,
    { nb: 'Hun kan ikke jobbe nå.', en: 'She cannot work at present.' },
    (a) => a.health?.workCapacity === 'none-at-present'),
  row('health', 'health-unclarified-untreated', 'high', ['health.status', 'health.trauma', 'health.inTreatment'], afi('2.4.1 M2 (uten oppfølging)', 'L4188–4219'),
    { nb: 'Uavklart helseutfordring med traumer eller uten behandling.', en: 'An undiagnosed health challenge with trauma or without treatment.' },
    (a) => a.health?.status === 'unclarified' && (a.health.trauma === true || a.health.inTreatment === false)),

  row('job-seeking-skills', 'job-seeking-none', 'high', ['jobSeekingSkills'], M3,
    { nb: 'Hun har ingen jobbsøkerkompetanse.', en: 'She has no job-seeking skills.' },
    (a) => a.jobSeekingSkills === 'none'),
  row('job-seeking-skills', 'job-seeking-basic', 'moderate', ['jobSeekingSkills'], M3,
    { nb: 'Hun kan søke jobb bare med hjelp.', en: 'She can look for work only with help.' },
    (a) => a.jobSeekingSkills === 'basic'),
  row('job-seeking-skills', 'job-seeking-no-job-wish', 'moderate', ['wishToWork', 'jobWishes'], afi('2.4.1 M3 (kan ikke si hva slags arbeid)', 'L4244–4250'),
    { nb: 'Hun vil jobbe, men kan ikke nevne noen jobb.', en: 'She wants to work but cannot name a job.' },
    wantsWorkWithoutJobWish),
  row('job-seeking-skills', 'job-seeking-no-online-applications', 'moderate', ['digitalSkills.jobPortals'], afi('2.4.1 M3 (IT-kompetanse)', 'L4258–4260'),
    { nb: 'Hun kan ikke søke jobb på nett.', en: 'She cannot apply for jobs online.' },
    (a) => a.digitalSkills?.jobPortals === false),

  row('work-experience', 'work-experience-none-in-norway', 'moderate', ['workExperience.norwayYears'], M4,
    { nb: 'Hun har ingen arbeidserfaring fra Norge.', en: 'She has no work experience in Norway.' },
    (a) => a.workExperience?.norwayYears === 0),
  row('work-experience', 'work-experience-none-at-all', 'high', ['workExperience.norwayYears', 'workExperience.abroadYears'], M4,
    { nb: 'Ingen arbeidserfaring fra Norge og under ett år fra utlandet.', en: 'No work experience in Norway and less than a year abroad.' },
    (a) => a.workExperience?.norwayYears === 0 && a.workExperience.abroadYears !== undefined && a.workExperience.abroadYears < 1),

  row('formal-education', 'schooling-none', 'high', ['schooling'], M5,
    { nb: 'Hun har aldri gått på skole.', en: 'She has never been to school.' },
    (a) => a.schooling === 'none'),
  row('formal-education', 'schooling-some', 'moderate', ['schooling'], M5,
    { nb: 'Hun har noe skolegang, men ikke fullført grunnskole.', en: 'She has some schooling but did not complete compulsory school.' },
    (a) => a.schooling === 'some'),
  row('formal-education', 'schooling-years-below-primary', 'high', ['yearsOfSchooling'], M5,
    { nb: 'Færre skoleår enn barneskolen (terskel).', en: 'Fewer years of schooling than primary school (threshold).' },
    (a, c) => a.yearsOfSchooling !== undefined && a.yearsOfSchooling < c.thresholds.primarySchoolYears),
  row('formal-education', 'schooling-years-below-compulsory', 'moderate', ['yearsOfSchooling'], M5,
    { nb: 'Færre skoleår enn grunnskolen (terskel).', en: 'Fewer years of schooling than compulsory school (threshold).' },
    (a, c) => a.yearsOfSchooling !== undefined && a.yearsOfSchooling < c.thresholds.compulsorySchoolYears),

  row('foreign-qualifications', 'foreign-qualification-not-recognised', 'moderate', ['qualifications'], M6,
    { nb: 'En utdanning fra utlandet er ikke godkjent eller ikke søkt godkjent.', en: 'A qualification from abroad is not recognised, or recognition was never sought.' },
    (a) => foreignQualification(a, (q) => q.recognition === 'not-recognised' || q.recognition === 'not-applied')),
  row('foreign-qualifications', 'foreign-qualification-pending', 'low', ['qualifications'], M6,
    { nb: 'Godkjenning av en utdanning fra utlandet er til behandling.', en: 'Recognition of a qualification from abroad is pending.' },
    (a) => foreignQualification(a, (q) => q.recognition === 'pending')),
  row('foreign-qualifications', 'foreign-qualification-unwanted', 'low', ['qualifications'], afi('2.4.1 M6 (alternative karriereveier)', 'L4324–4330'),
    { nb: 'Hun vil ikke bruke utdanningen fra utlandet.', en: 'She does not want to use her qualification from abroad.' },
    (a) => foreignQualification(a, (q) => q.wantsToUse === false)),

  row('self-confidence', 'confidence-low', 'moderate', ['confidence'], M7,
    { nb: 'Hun har lav tro på at hun kan få og beholde en jobb.', en: 'She has little belief that she can get and keep a job.' },
    (a) => a.confidence === 'low'),
  row('self-confidence', 'confidence-medium', 'low', ['confidence'], handbook('§4 Empowerment', 'L226'),
    { nb: 'Hun har middels tro på seg selv.', en: 'Her belief in herself is middling.' },
    (a) => a.confidence === 'medium'),

  row('digital-skills', 'digital-no-email', 'moderate', ['digitalSkills.email'], afi('2.4.1 M3 (IT-kompetanse)', 'L4258–4260'),
    { nb: 'Hun bruker ikke e-post på egen hånd.', en: 'She does not use e-mail on her own.' },
    (a) => a.digitalSkills?.email === false),
  row('digital-skills', 'digital-no-bankid', 'moderate', ['digitalSkills.bankId'], afi('2.4.3 X1 (bank, offentlige tjenester)', 'L4883–4893'),
    { nb: 'Hun bruker ikke BankID på egen hånd.', en: 'She does not use BankID on her own.' },
    (a) => a.digitalSkills?.bankId === false),
  row('digital-skills', 'digital-no-job-portals', 'moderate', ['digitalSkills.jobPortals'], afi('2.4.1 M3 (IT-kompetanse)', 'L4258–4260'),
    { nb: 'Hun kan ikke bruke jobbportaler.', en: 'She cannot use job portals.' },
    (a) => a.digitalSkills?.jobPortals === false),
  row('digital-skills', 'digital-none', 'high', ['digitalSkills.email', 'digitalSkills.bankId'], afi('2.4.1 M3 and 2.4.3 X1', 'L4258–4260, L4883–4893'),
    { nb: 'Hun bruker verken e-post eller BankID.', en: 'She uses neither e-mail nor BankID.' },
    (a) => a.digitalSkills?.email === false && a.digitalSkills.bankId === false),

  row('mobility', 'mobility-not-travelling-alone', 'moderate', ['travelsAlone'], H8,
    { nb: 'Hun reiser ikke alene med kollektivtransport.', en: 'She does not travel alone by public transport.' },
    (a) => a.travelsAlone === false),

  row('social-network', 'network-none', 'high', ['networkOutsideFamily'], H7,
    { nb: 'Hun har ikke noe nettverk utenfor familien.', en: 'She has no network outside the family.' },
    (a) => a.networkOutsideFamily === 'none'),
  row('social-network', 'network-little', 'moderate', ['networkOutsideFamily'], afi('2.4.1 M8 (lite nettverk)', 'L4348–4350'),
    { nb: 'Hun har lite nettverk utenfor familien.', en: 'She has little network outside the family.' },
    (a) => a.networkOutsideFamily === 'little'),

  row('housing', 'housing-without-home', 'high', ['housing'], M8,
    { nb: 'Hun har ikke noe sted å bo.', en: 'She has nowhere to live.' },
    (a) => a.housing === 'without-home'),
  row('housing', 'housing-temporary', 'moderate', ['housing'], H11,
    { nb: 'Hun bor midlertidig.', en: 'Her housing is temporary.' },
    (a) => a.housing === 'temporary'),
  row('housing', 'housing-unsuitable', 'moderate', ['housing'], M8,
    { nb: 'Boligen passer ikke.', en: 'Her housing is unfit.' },
    (a) => a.housing === 'unsuitable'),

  row('finances', 'finances-strained', 'moderate', ['finances.strained'], M8,
    { nb: 'Husholdningens økonomi er anstrengt.', en: 'The household is short of money.' },
    (a) => a.finances?.strained === true),
  row('finances', 'finances-debt', 'moderate', ['finances.debt'], H11,
    { nb: 'Hun har gjeld som tynger.', en: 'She has burdensome debt.' },
    (a) => a.finances?.debt === true),
  row('finances', 'finances-strained-and-debt', 'high', ['finances.strained', 'finances.debt'], M8,
    { nb: 'Anstrengt økonomi og gjeld.', en: 'Short of money and in debt.' },
    (a) => a.finances?.strained === true && a.finances.debt === true),
  row('finances', 'finances-on-benefits', 'low', ['finances.benefits', 'finances.mainIncome'], handbook('Målgruppe', 'L69–71'),
    { nb: 'Husholdningen mottar stønader, eller lever hovedsakelig av stønad.', en: 'The household receives benefits, or lives mainly on a benefit.' },
    (a) => (a.finances?.benefits?.length ?? 0) > 0 || (a.finances?.mainIncome !== undefined && !BENEFIT_INCOMES.has(a.finances.mainIncome))),

  // ── meso ──────────────────────────────────────────────────────────────────
  row('family-situation', 'family-controlling', 'high', ['familyStance'], afi('2.4.2 S1 (ekstrem kontroll)', 'L4410–4418'),
    { nb: 'Familien bestemmer over henne.', en: 'The family controls her choices.' },
    (a) => a.familyStance === 'controlling'),
  row('family-situation', 'family-opposed', 'moderate', ['familyStance'], S1,
    { nb: 'Familien er imot at hun jobber.', en: 'The family is against her working.' },
    (a) => a.familyStance === 'opposed'),
  row('family-situation', 'family-neutral', 'low', ['familyStance'], handbook('§6 Tett samarbeid med familie og nettverk', 'L256'),
    { nb: 'Familien verken hjelper eller hindrer.', en: 'The family neither helps nor hinders.' },
    (a) => a.familyStance === 'neutral'),
  row('family-situation', 'family-marital-challenges', 'moderate', ['maritalChallenges'], afi('2.4.2 S1 (samlivsbrudd)', 'L4396–4408'),
    { nb: 'Det er vansker i ekteskapet eller et samlivsbrudd.', en: 'There are marital difficulties or a separation.' },
    (a) => a.maritalChallenges === true),
  row('family-situation', 'family-safety-concern', 'moderate', ['safety.negativeSocialControl', 'safety.violence'], S1,
    { nb: 'Negativ sosial kontroll eller vold er kjent.', en: 'Negative social control or violence is disclosed.' },
    hasSafetyConcern),

  row('care-responsibilities', 'care-has-children', 'low', ['children'], afi('2.4.2 S2 (barn)', 'L4435–4439'),
    { nb: 'Hun har barn hjemme.', en: 'She has children at home.' },
    (a) => childCount(a) > 0),
  row('care-responsibilities', 'care-child-below-school-age', 'moderate', ['children'], afi('2.4.2 S2 (barnehage, arbeidstid)', 'L4423–4433'),
    { nb: 'Et barn er under skolealder (terskel).', en: 'A child is below school age (threshold).' },
    (a, c) => hasChildUnder(a, c.thresholds.schoolAge)),
  row('care-responsibilities', 'care-many-children', 'moderate', ['children'], H5,
    { nb: 'Hun har mange barn (terskel).', en: 'She has many children (threshold).' },
    (a, c) => childCount(a) >= c.thresholds.manyChildren),
  row('care-responsibilities', 'care-after-school', 'moderate', ['children'], BALANCE,
    { nb: 'Et barn trenger oppfølging etter skoletid.', en: 'A child needs someone after school.' },
    (a) => a.children?.some((child) => child.needsAfterSchoolFollowUp === true) === true),
  row('care-responsibilities', 'care-extra-care', 'moderate', ['children', 'otherCareDuties'], afi('2.4.2 S2 (syke barn, eldre)', 'L4441–4447'),
    { nb: 'Et barn trenger ekstra omsorg, eller hun pleier andre i familien.', en: 'A child needs extra care, or she cares for other relatives.' },
    (a) => a.otherCareDuties === true || a.children?.some((child) => child.extraCare === true) === true),
  row('care-responsibilities', 'care-spouse-shifts', 'moderate', ['spouseWorksShifts', 'children'], BALANCE,
    { nb: 'Ektefellen jobber turnus og det er barn hjemme.', en: 'Her spouse works shifts and there are children at home.' },
    (a) => a.spouseWorksShifts === true && childCount(a) > 0),
  row('care-responsibilities', 'care-single-provider', 'moderate', ['singleProvider'], S2,
    { nb: 'Hun er eneforsørger.', en: 'She is the sole provider.' },
    (a) => a.singleProvider === true),
  row('care-responsibilities', 'care-single-provider-young-or-several', 'high', ['singleProvider', 'children'], afi('2.4.2 S2 (enslige mødre med flere barn)', 'L4421–4433'),
    { nb: 'Eneforsørger med flere barn eller et barn under skolealder.', en: 'Sole provider with several children or a child below school age.' },
    (a, c) => a.singleProvider === true && (childCount(a) >= 2 || hasChildUnder(a, c.thresholds.schoolAge))),

  row('negative-social-control', 'safety-violence', 'high', ['safety.violence'], H10,
    { nb: 'Vold i nære relasjoner er kjent.', en: 'Violence in a close relationship is disclosed.' },
    (a) => a.safety?.violence === true),
  row('negative-social-control', 'safety-negative-social-control', 'high', ['safety.negativeSocialControl'], H10,
    { nb: 'Negativ sosial kontroll er kjent.', en: 'Negative social control is disclosed.' },
    (a) => a.safety?.negativeSocialControl === true),
  row('negative-social-control', 'safety-acute', 'high', ['safety.acute'], handbook('Aminas historie', 'L441–443'),
    { nb: 'Situasjonen er akutt.', en: 'The situation is acute.' },
    (a) => a.safety?.acute === true),
  row('negative-social-control', 'safety-controlling-family', 'moderate', ['familyStance'], handbook('§10 Negativ sosial kontroll (definisjon)', 'L314'),
    { nb: 'Familien kontrollerer valgene hennes, også om jobb.', en: 'The family controls her choices, including work.' },
    (a) => a.familyStance === 'controlling'),

  row('tailored-assessment', 'tailored-earlier-measures', 'moderate', ['earlierMeasures.withoutProgress'], S3,
    { nb: 'Tidligere tiltak har ikke gitt framgang.', en: 'Earlier measures brought no progress.' },
    (a) => a.earlierMeasures?.withoutProgress === true),
  row('tailored-assessment', 'tailored-hard-to-place', 'moderate', ['hardToPlace'], afi('2.4.2 S3 («prøvde ut alt»)', 'L4460–4462'),
    { nb: 'Rådgivere har ikke funnet praksis til henne.', en: 'Advisers have found no placement for her.' },
    (a) => a.hardToPlace === true),

  row('participation', 'participation-low-confidence', 'moderate', ['confidence'], afi('2.4.2 S4 (selvfølelse og medvirkning)', 'L4479–4483'),
    { nb: 'Lav selvtillit gjør det vanskelig å medvirke.', en: 'Low self-confidence makes participation hard.' },
    (a) => a.confidence === 'low'),
  row('participation', 'participation-no-job-wish', 'moderate', ['wishToWork', 'jobWishes'], afi('2.4.2 S4 («bare en jobb»)', 'L4485–4491'),
    { nb: 'Hun vil ha «bare en jobb», uten eget ønske om hvilken.', en: 'She wants "just a job", with no wish of her own about which.' },
    wantsWorkWithoutJobWish),
  row('participation', 'participation-controlled-choices', 'moderate', ['familyStance'], S4,
    { nb: 'Andre tar valgene for henne.', en: 'Others make her choices.' },
    (a) => a.familyStance === 'controlling'),
  row('participation', 'participation-unsure-wish', 'low', ['wishToWork'], afi('2.4.2 S4 (medeierskap)', 'L4491–4493'),
    { nb: 'Hun er usikker på om hun vil jobbe.', en: 'She is unsure whether she wants to work.' },
    (a) => a.wishToWork === 'unsure'),

  row('language-support', 'language-support-interpreter', 'high', ['interpreterNeeded'], H1,
    { nb: 'Møtene trenger tolk.', en: 'Meetings need an interpreter.' },
    (a) => a.interpreterNeeded === true),
  row('language-support', 'language-support-oral-very-low', 'high', ['norwegian.oral'], S5,
    { nb: 'Muntlig norsk er A1 eller lavere.', en: 'Spoken Norwegian is A1 or lower.' },
    (a) => levelBetween(a.norwegian?.oral, 'none', 'a1')),
  row('language-support', 'language-support-oral-low', 'moderate', ['norwegian.oral'], S5,
    { nb: 'Muntlig norsk er under B1.', en: 'Spoken Norwegian is below B1.' },
    (a) => levelBetween(a.norwegian?.oral, 'a1-plus', 'a2-plus')),
  row('language-support', 'language-support-literacy', 'moderate', ['literacy.ownLanguage', 'literacy.latinScript'], afi('2.4.2 S5 (analfabetisme)', 'L4509–4515'),
    { nb: 'Hun kan ikke lese eller skrive (eget språk eller latinsk skrift).', en: 'She cannot read or write (own language or Latin script).' },
    cannotReadOrWrite),
  row('language-support', 'language-support-slow-progress', 'moderate', ['norwegian.slowProgress'], afi('2.4.1 M1 and 2.4.2 S5 (lav progresjon)', 'L4167–4169, L4499–4501'),
    { nb: 'Norsken går sakte framover til tross for undervisning.', en: 'Norwegian progresses slowly despite tuition.' },
    (a) => a.norwegian?.slowProgress === true),

  row('cultural-differences', 'culture-constraints', 'moderate', ['culturalConstraints'], H9,
    { nb: 'Religiøse eller kulturelle hensyn gjelder oppgaver, klær eller kontakt.', en: 'Religious or cultural limits apply to tasks, dress or contact.' },
    hasCulturalConstraint),
  row('cultural-differences', 'culture-working-life-little', 'moderate', ['rulesKnowledge.workingLife'], afi('2.4.2 S6 (arbeidslivets regler, uskrevne regler)', 'L4538–4570'),
    { nb: 'Hun kjenner lite til arbeidslivets regler.', en: 'She knows little of the rules of working life.' },
    (a) => a.rulesKnowledge?.workingLife === 'little'),
  row('cultural-differences', 'culture-no-norwegian-work', 'low', ['workExperience.norwayYears'], afi('2.4.2 S6 and S11', 'L4538–4545, L4792–4793'),
    { nb: 'Hun har ikke arbeidet i Norge.', en: 'She has not worked in Norway.' },
    (a) => a.workExperience?.norwayYears === 0),
  row('cultural-differences', 'culture-newly-arrived', 'low', ['yearsInNorway'], S6,
    { nb: 'Hun er nyankommet (terskel).', en: 'She is newly arrived (threshold).' },
    (a, c) => a.yearsInNorway !== undefined && a.yearsInNorway < c.thresholds.newlyArrivedYears),

  row('different-follow-up-content', 'different-follow-up-slow-learning', 'moderate',
    ['earlierMeasures.withoutProgress', 'norwegian.slowProgress', 'literacy.ownLanguage', 'literacy.latinScript'], S7,
    { nb: 'Tiltak uten framgang og langsom læring eller manglende lese- og skriveferdigheter.', en: 'Measures without progress, and slow learning or no literacy.' },
    (a) => a.earlierMeasures?.withoutProgress === true && (a.norwegian?.slowProgress === true || cannotReadOrWrite(a))),
  row('different-follow-up-content', 'different-follow-up-long-measures', 'high', ['earlierMeasures.years', 'earlierMeasures.withoutProgress'], afi('2.4.2 S7 («svart belte i kurs»)', 'L4587–4596'),
    { nb: 'Mange år i tiltak uten framgang (terskel).', en: 'Many years in measures without progress (threshold).' },
    (a, c) => a.earlierMeasures?.withoutProgress === true && a.earlierMeasures.years !== undefined && a.earlierMeasures.years >= c.thresholds.longMeasuresYears),

  row('closer-follow-up', 'closer-follow-up-indicator', 'moderate',
    INDICATOR_PATHS, S82,
    { nb: 'Minst én av de sju indikatorene på behov for tettere oppfølging.', en: 'At least one of the seven indicators of needing closer follow-up.' },
    (a, c) => foundIndicators(a, c) >= 1, indicatorEvidence),
  row('closer-follow-up', 'closer-follow-up-several-indicators', 'high',
    INDICATOR_PATHS,
    library('Several closer-follow-up indicators (AFI report 8.2, L12802–12830)'),
    { nb: 'Flere av indikatorene (terskel).', en: 'Several of the indicators (threshold).' },
    (a, c) => foundIndicators(a, c) >= c.thresholds.closerFollowUpHighIndicators, indicatorEvidence),

  row('inter-agency-cooperation', 'inter-agency-health-any', 'low', ['health.status'], H11,
    { nb: 'En helseutfordring er registrert.', en: 'A health challenge is recorded.' },
    hasHealthChallenge),
  row('inter-agency-cooperation', 'inter-agency-health-unclarified', 'moderate', ['health.status'], afi('2.4.2 S9 (helse uten behandling)', 'L4697–4709'),
    { nb: 'En uavklart helseutfordring er registrert.', en: 'An undiagnosed health challenge is recorded.' },
    (a) => a.health?.status === 'unclarified'),
  row('inter-agency-cooperation', 'inter-agency-health-untreated', 'moderate', ['health.status', 'health.inTreatment'], afi('2.4.2 S9 (helse uten behandling)', 'L4697–4703'),
    { nb: 'En helseutfordring uten behandling.', en: 'A health challenge without treatment.' },
    (a) => hasHealthChallenge(a) && a.health?.inTreatment === false),
  row('inter-agency-cooperation', 'inter-agency-safety', 'high', ['safety.negativeSocialControl', 'safety.violence'], H10,
    { nb: 'Negativ sosial kontroll eller vold: krisesenter, politi, barnevern og andre må inn.', en: 'Negative social control or violence: crisis centre, police, child welfare and others must be involved.' },
    hasSafetyConcern),
  row('inter-agency-cooperation', 'inter-agency-housing', 'moderate', ['housing'], H11,
    { nb: 'Boligen er et problem.', en: 'Housing is a problem.' },
    hasHousingProblem),
  row('inter-agency-cooperation', 'inter-agency-debt', 'moderate', ['finances.debt'], H11,
    { nb: 'Hun har gjeld.', en: 'She has debt.' },
    (a) => a.finances?.debt === true),
  row('inter-agency-cooperation', 'inter-agency-several', 'high', ['health.status', 'housing', 'finances.debt'], S9,
    { nb: 'To eller flere av: helseutfordring, boligproblem, gjeld.', en: 'Two or more of: a health challenge, a housing problem, debt.' },
    (a) => (hasHealthChallenge(a) ? 1 : 0) + (hasHousingProblem(a) ? 1 : 0) + (a.finances?.debt === true ? 1 : 0) >= 2),

  row('practice-trap', 'practice-trap-unpaid-not-hired', 'low', ['placements'], S10,
    { nb: 'En ulønnet praksis endte uten ansettelse.', en: 'An unpaid placement ended without hiring.' },
    (a) => unpaidNotHiredCount(a) >= 1),
  row('practice-trap', 'practice-trap-long-unpaid', 'moderate', ['placements'], PLACEMENT_WEEKS,
    { nb: 'En ulønnet praksis varte lenger enn grensen (policy).', en: 'An unpaid placement lasted longer than the limit (policy).' },
    (a, c) => unpaidPlacement(a, (p) => p.weeks !== undefined && p.weeks > c.unpaidPlacementMaxWeeks)),
  row('practice-trap', 'practice-trap-without-follow-up', 'moderate', ['placements'], afi('2.4.2 S10 (uten metodisk oppfølging)', 'L4768–4770'),
    { nb: 'En ulønnet praksis var uten oppfølging.', en: 'An unpaid placement had no follow-up.' },
    (a) => unpaidPlacement(a, (p) => p.withFollowUp === false)),
  row('practice-trap', 'practice-trap-repeated', 'high', ['placements'], S10,
    { nb: 'Flere ulønnede praksiser uten ansettelse (policy).', en: 'Several unpaid placements without hiring (policy).' },
    (a, c) => unpaidNotHiredCount(a) >= c.unpaidPlacementsBeforePracticeTrap),

  row('workplace-support', 'workplace-support-literacy', 'moderate', ['literacy.ownLanguage', 'literacy.latinScript'], H14,
    { nb: 'Hun kan ikke lese eller skrive.', en: 'She cannot read or write.' },
    cannotReadOrWrite),
  row('workplace-support', 'workplace-support-new-and-low-norwegian', 'moderate', ['workExperience.norwayYears', 'norwegian.oral'], H14,
    { nb: 'Ingen arbeidserfaring fra Norge og muntlig norsk under B1.', en: 'No work experience in Norway and spoken Norwegian below B1.' },
    (a) => a.workExperience?.norwayYears === 0 && levelBelow(a.norwegian?.oral, 'b1')),
  row('workplace-support', 'workplace-support-illiterate-and-new', 'high', ['literacy.ownLanguage', 'workExperience.norwayYears'], H14,
    { nb: 'Kan ikke lese og skrive og har ikke arbeidet i Norge.', en: 'Cannot read and write and has not worked in Norway.' },
    (a) => a.literacy?.ownLanguage === false && a.workExperience?.norwayYears === 0),
  row('workplace-support', 'workplace-support-struggled-alone', 'high', ['struggledInPlacementAlone'], S11,
    { nb: 'Hun klarte ikke å dra nytte av praksis uten oppfølging på arbeidsplassen.', en: 'She could not benefit from a placement without follow-up at the workplace.' },
    (a) => a.struggledInPlacementAlone === true),

  row('after-follow-up', 'after-follow-up-first-job', 'moderate', ['workExperience.norwayYears'], H15,
    { nb: 'Første jobb i Norge: sist inn er ofte først ut.', en: 'First job in Norway: last in is often first out.' },
    (a) => a.workExperience?.norwayYears === 0),
  row('after-follow-up', 'after-follow-up-exploitation', 'moderate', ['exploitationExperienced'], H15,
    { nb: 'Hun har opplevd utnytting i arbeidslivet.', en: 'She has met exploitation at work.' },
    (a) => a.exploitationExperienced === true),
  row('after-follow-up', 'after-follow-up-little-schooling', 'low', ['schooling', 'yearsOfSchooling'], S12,
    { nb: 'Lite skolegang: jobben bør føre videre til kompetanse.', en: 'Little schooling: the job should lead on to qualifications.' },
    (a, c) => a.schooling === 'none' || a.schooling === 'some' || (a.yearsOfSchooling !== undefined && a.yearsOfSchooling < c.thresholds.compulsorySchoolYears)),

  // ── macro ─────────────────────────────────────────────────────────────────
  row('society-rules', 'society-rules-little', 'moderate', ['rulesKnowledge.society'], X1,
    { nb: 'Hun kjenner lite til samfunnets regler og plikter.', en: "She knows little of society's rules and duties." },
    (a) => a.rulesKnowledge?.society === 'little'),
  row('society-rules', 'society-rules-some', 'low', ['rulesKnowledge.society'], X1,
    { nb: 'Hun kjenner noe til samfunnets regler og plikter.', en: "She knows some of society's rules and duties." },
    (a) => a.rulesKnowledge?.society === 'some'),
  row('society-rules', 'society-rules-newly-arrived', 'moderate', ['yearsInNorway'], afi('2.4.3 X1 (særlig nyankomne)', 'L4883'),
    { nb: 'Hun er nyankommet (terskel).', en: 'She is newly arrived (threshold).' },
    (a, c) => a.yearsInNorway !== undefined && a.yearsInNorway < c.thresholds.newlyArrivedYears),
  row('society-rules', 'society-rules-no-bankid', 'low', ['digitalSkills.bankId'], X1,
    { nb: 'Hun bruker ikke BankID.', en: 'She does not use BankID.' },
    (a) => a.digitalSkills?.bankId === false),
  row('society-rules', 'society-rules-cannot-read-letters', 'moderate', ['literacy.ownLanguage', 'literacy.latinScript'], afi('2.4.3 X1 (brev fra det offentlige)', 'L4887–4889'),
    { nb: 'Hun kan ikke lese brev fra det offentlige.', en: 'She cannot read official letters.' },
    cannotReadOrWrite),

  row('working-life-rules', 'working-life-rules-little', 'moderate', ['rulesKnowledge.workingLife'], X2,
    { nb: 'Hun kjenner lite til arbeidslivets regler.', en: 'She knows little of the rules of working life.' },
    (a) => a.rulesKnowledge?.workingLife === 'little'),
  row('working-life-rules', 'working-life-rules-some', 'low', ['rulesKnowledge.workingLife'], X2,
    { nb: 'Hun kjenner noe til arbeidslivets regler.', en: 'She knows some of the rules of working life.' },
    (a) => a.rulesKnowledge?.workingLife === 'some'),
  row('working-life-rules', 'working-life-rules-no-norwegian-work', 'low', ['workExperience.norwayYears'], afi('2.4.3 X2 (ingen norsk arbeidserfaring)', 'L4896–4900'),
    { nb: 'Hun har ikke arbeidet i Norge.', en: 'She has not worked in Norway.' },
    (a) => a.workExperience?.norwayYears === 0),

  row('declared-work', 'declared-work-undeclared-experienced', 'high', ['undeclaredWorkExperienced'], X3,
    { nb: 'Hun er tilbudt eller har hatt svart arbeid.', en: 'She has been offered or has done undeclared work.' },
    (a) => a.undeclaredWorkExperienced === true),

  row('exploitation-protection', 'exploitation-experienced', 'high', ['exploitationExperienced'], X4,
    { nb: 'Hun har opplevd utnytting eller forskjellsbehandling i arbeidslivet.', en: 'She has met exploitation or unequal treatment at work.' },
    (a) => a.exploitationExperienced === true),
  row('exploitation-protection', 'exploitation-undeclared-work', 'moderate', ['undeclaredWorkExperienced'], afi('2.4.3 X3 (parallelt arbeidsmarked)', 'L4931–4936'),
    { nb: 'Svart arbeid er tilbudt eller utført.', en: 'Undeclared work has been offered or done.' },
    (a) => a.undeclaredWorkExperienced === true),
  row('exploitation-protection', 'exploitation-rights-unknown', 'low', ['rulesKnowledge.workingLife'], afi('2.4.3 X4 (kjente ikke lovene)', 'L4957–4961'),
    { nb: 'Hun kjenner lite til rettighetene sine i arbeidslivet.', en: 'She knows little of her rights at work.' },
    (a) => a.rulesKnowledge?.workingLife === 'little'),
]);
