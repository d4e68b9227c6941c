import { deepFreeze } from '../_lib/deepFreeze';
import type { LocalizedText } from '../core/localizedText';
import type { SourceRef } from '../core/sourceRef';
import type { SeStepId } from '../process/seStep';

const r = (section: string, lines: string): SourceRef => ({ document: 'afi-report', section, lines });

/**
 * The categories of SEQF areas: organisation (1–4), the five-step process (5), results (6–9).
 *
 * @example
 * ```ts
 * const c: SeqfCategory = 'five-step';
 * ```
 * @category Quality
 */
export type SeqfCategory = 'organisation' | 'five-step' | 'results';

/**
 * One of the nine SEQF quality areas.
 *
 * @example
 * ```ts
 * const area: SeqfArea | undefined = SEQF_AREAS[0];
 * area?.maxPoints; // => 20
 * ```
 * @category Quality
 */
export interface SeqfArea {
  /** The area number, 1 to 9. */
  readonly id: SeqfAreaId;
  /** The area's name. */
  readonly name: LocalizedText;
  /** Its category. */
  readonly category: SeqfCategory;
  /** The area's maximum points in SEQF. */
  readonly maxPoints: number;
  /** The area's weight in the total, as a share (0.10 = 10 %). */
  readonly weight: number;
  /** True when the AFI report lists fewer criteria than SEQF has for the area; the missing ones are not invented. */
  readonly criteriaListIncomplete: boolean;
  /** Where the area and its criteria are described. */
  readonly source: SourceRef;
}

/**
 * The SEQF area numbers.
 *
 * @example
 * ```ts
 * SEQF_AREA_IDS.length; // => 9
 * ```
 * @category Quality
 */
export const SEQF_AREA_IDS = deepFreeze([1, 2, 3, 4, 5, 6, 7, 8, 9] as const);

/**
 * One value of {@link SEQF_AREA_IDS}.
 *
 * @example
 * ```ts
 * const id: SeqfAreaId = 5;
 * ```
 * @category Quality
 */
export type SeqfAreaId = (typeof SEQF_AREA_IDS)[number];

/**
 * The nine SEQF quality areas with points and weights.
 *
 * @remarks
 * Points and weights from the AFI report's figure 14 (L11847–11865, after SEQF
 * 2018 p. 11). Areas 4, 6 and 7 are marked `criteriaListIncomplete`: the report
 * lists criteria worth less than the area's points (area 4: three criteria,
 * 15 of 20) or only some of them (areas 6 and 7), and the library does not
 * invent the rest. Areas 8 and 9 are given as one statement each, scored as
 * one criterion.
 *
 * @example
 * ```ts
 * SEQF_AREAS.reduce((sum, a) => sum + a.weight, 0).toFixed(2); // => '1.00'
 * ```
 * @category Quality
 */
export const SEQF_AREAS: readonly SeqfArea[] = Object.freeze(
  (
    [
      [1, 'Ledelse', 'Leadership', 'organisation', 20, 0.1, false, r('7.2.1 Ledelse', 'L11993–12031')],
      [2, 'Strategi', 'Strategy', 'organisation', 15, 0.1, false, r('7.2.1 Strategi', 'L12055–12087')],
      [
        3,
        'Personalledelse',
        'Personnel management',
        'organisation',
        15,
        0.1,
        false,
        r('7.2.1 Personalledelse', 'L12098–12121'),
      ],
      [
        4,
        'Partnerskap og ressurser',
        'Partnership and resources',
        'organisation',
        20,
        0.1,
        true,
        r('7.2.1 Partnerskap og ressurser', 'L12137–12152'),
      ],
      [
        5,
        'Produkter, tjenester og prosesser',
        'Products, services and processes (the five steps)',
        'five-step',
        25,
        0.25,
        false,
        r('7.2.2', 'L12240–12279'),
      ],
      [
        6,
        'Brukerresultater',
        'User results',
        'results',
        30,
        0.1,
        true,
        r('7.2.3 Brukerresultater', 'L12455–12485'),
      ],
      [
        7,
        'Ansatteresultater',
        'Staff results',
        'results',
        20,
        0.1,
        true,
        r('7.2.3 Ansatteresultater', 'L12499–12508'),
      ],
      [
        8,
        'Samfunnsresultater',
        'Society results',
        'results',
        5,
        0.05,
        false,
        r('7.2.3 Samfunnsresultat', 'L12512–12519'),
      ],
      [
        9,
        'Forretningsresultat',
        'Business result',
        'results',
        5,
        0.1,
        false,
        r('7.2.3 Forretningsresultat', 'L12525–12531'),
      ],
    ] as const
  ).map(([id, nb, en, category, maxPoints, weight, criteriaListIncomplete, source]) =>
    Object.freeze({
      id,
      name: Object.freeze({ nb, en }),
      category,
      maxPoints,
      weight,
      criteriaListIncomplete,
      source: Object.freeze(source),
    }),
  ),
);

/**
 * The SEQF criteria the AFI report lists, by id.
 *
 * @example
 * ```ts
 * SEQF_CRITERION_IDS.includes('5C'); // => true
 * ```
 * @category Quality
 */
export const SEQF_CRITERION_IDS = deepFreeze([
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '2.1',
  '2.2',
  '2.3',
  '3.1',
  '3.2',
  '3.3',
  '4.1',
  '4.2',
  '4.3',
  '5A',
  '5B',
  '5C',
  '5D',
  '5E',
  '6.1',
  '6.2',
  '7.1',
  '7.2',
  '8.1',
  '9.1',
] as const);

/**
 * One value of {@link SEQF_CRITERION_IDS}.
 *
 * @example
 * ```ts
 * const id: SeqfCriterionId = '1.3';
 * ```
 * @category Quality
 */
export type SeqfCriterionId = (typeof SEQF_CRITERION_IDS)[number];

/**
 * One SEQF criterion.
 *
 * @example
 * ```ts
 * SEQF_CRITERIA.find((c) => c.id === '5C')?.seStep; // => 'employer-engagement'
 * ```
 * @category Quality
 */
export interface SeqfCriterion {
  /** The criterion id. */
  readonly id: SeqfCriterionId;
  /** The area it belongs to. */
  readonly area: SeqfAreaId;
  /** What it asks, in our own words. */
  readonly text: LocalizedText;
  /** For area 5, the SE step it covers (SEQF orders employer cooperation before job matching). */
  readonly seStep?: SeStepId;
  /** Where it is listed. */
  readonly source: SourceRef;
}

const c = (
  id: SeqfCriterionId,
  area: SeqfAreaId,
  nb: string,
  en: string,
  lines: string,
  seStep?: SeStepId,
): SeqfCriterion =>
  Object.freeze({
    id,
    area,
    text: Object.freeze({ nb, en }),
    ...(seStep === undefined ? {} : { seStep }),
    source: Object.freeze(r('7.2 (SEQF-kriterier)', lines)),
  });

/**
 * The SEQF criteria as the AFI report lists them (tables 10–12), scored 1 to 5 each.
 *
 * @remarks
 * Texts are our own short phrasing of the criteria (AFI report 7.2,
 * L11993–12531). Area 5's SEQF order maps A→step 1, B→step 2, C (employer
 * cooperation)→step 4, D (job matching)→step 3, E→step 5 (L12240–12279).
 *
 * @example
 * ```ts
 * SEQF_CRITERIA.length; // => 24
 * ```
 * @category Quality
 */
export const SEQF_CRITERIA: readonly SeqfCriterion[] = Object.freeze([
  c(
    '1.1',
    1,
    'Visjonen for SE er en del av formål og etisk grunnlag',
    'The vision of SE is part of the purpose and ethics',
    'L11993–11996',
  ),
  c(
    '1.2',
    1,
    'Ledelsen lager og setter i verk en styringsstruktur',
    'Leaders shape and run a governance structure',
    'L12001–12003',
  ),
  c(
    '1.3',
    1,
    'Ledelsen har kontakt med eksterne partnere',
    'Leaders keep links with external partners',
    'L12016–12018',
  ),
  c(
    '1.4',
    1,
    'Ledelsen fremmer kvalitet og åpenhet blant de ansatte',
    'Leaders promote a culture of quality and openness among staff',
    'L12023–12026',
  ),
  c(
    '2.1',
    2,
    'Klare mål og indikatorer bygd på SE-verdiene og de fem trinnene',
    'Clear goals and indicators built on SE values and the five steps',
    'L12055–12059',
  ),
  c(
    '2.2',
    2,
    'Mål og indikatorer formidles, følges opp og revideres med partnerne',
    'Goals and indicators are shared, checked and revised with partners',
    'L12063–12068',
  ),
  c(
    '2.3',
    2,
    'Tjenestene presenteres og markedsføres godt',
    'Services are presented and marketed well',
    'L12079–12081',
  ),
  c('3.1', 3, 'En tydelig personalpolitikk', 'A clear personnel policy', 'L12098–12099'),
  c(
    '3.2',
    3,
    'De ansatte kjenner oppgaver, roller og ansvar',
    'Staff know their tasks, roles and responsibilities',
    'L12106–12107',
  ),
  c(
    '3.3',
    3,
    'De ansatte har kompetanse og en lærende kultur',
    'Staff have the competence and a learning culture',
    'L12111–12113',
  ),
  c(
    '4.1',
    4,
    'Partnerskap blir funnet og forvaltet',
    'Partnerships are identified and managed',
    'L12137–12138',
  ),
  c('4.2', 4, 'Økonomien forvaltes godt', 'Finances are managed well', 'L12146–12147'),
  c('4.3', 4, 'Ressursene forvaltes godt', 'Resources are managed well', 'L12151–12152'),
  c(
    '5A',
    5,
    'Innledende kontakt og samarbeidsavtale',
    'Initial contact and cooperation agreement',
    'L12240–12241',
    'initial-contact',
  ),
  c(
    '5B',
    5,
    'Yrkeskartlegging og karriereplan',
    'Vocational profiling and career planning',
    'L12255–12261',
    'vocational-profiling',
  ),
  c(
    '5C',
    5,
    'Samarbeid med arbeidsgiver',
    'Cooperation with the employer',
    'L12240–12279',
    'employer-engagement',
  ),
  c(
    '5D',
    5,
    'Jobbmatch og å beholde jobben',
    'Job matching and keeping the job',
    'L12240–12279',
    'job-finding',
  ),
  c(
    '5E',
    5,
    'Opplæring og oppfølging på arbeidsplassen, karriereutvikling',
    'Training and support at the workplace, career development',
    'L12240–12279',
    'on-off-job-support',
  ),
  c(
    '6.1',
    6,
    'Brukertilfredshet hos arbeidstaker og arbeidsgiver',
    'User satisfaction of employee and employer',
    'L12455–12458',
  ),
  c(
    '6.2',
    6,
    'Prestasjonsindikatorer for brukerresultater',
    'Performance indicators of user results',
    'L12468–12485',
  ),
  c('7.1', 7, 'Måling av de ansattes tilfredshet', 'Measuring staff satisfaction', 'L12499–12501'),
  c('7.2', 7, 'Interne tiltak for å nå målene', 'Internal measures to reach the KPIs', 'L12505–12508'),
  c('8.1', 8, 'Tjenestene utføres etisk forsvarlig', 'Services are delivered ethically', 'L12512–12519'),
  c('9.1', 9, 'Forventede resultater nås og holdes', 'Expected results are reached and kept', 'L12525–12531'),
]);

/**
 * The target-group adjustments the AFI report proposes to SEQF, by id.
 *
 * @example
 * ```ts
 * TARGET_GROUP_ADJUSTMENT_IDS.includes('TG-interpreter'); // => true
 * ```
 * @category Quality
 */
export const TARGET_GROUP_ADJUSTMENT_IDS = deepFreeze([
  'TG-competence',
  'TG-interpreter',
  'TG-profiling',
  'TG-cross-dimension-A',
  'TG-cross-dimension-B',
  'TG-cross-dimension-C',
  'TG-cross-dimension-D',
  'TG-cross-dimension-E',
  'TG-after-follow-up',
  'TG-user-satisfaction',
  'TG-employment-quality',
] as const);

/**
 * One value of {@link TARGET_GROUP_ADJUSTMENT_IDS}.
 *
 * @example
 * ```ts
 * const id: TargetGroupAdjustmentId = 'TG-profiling';
 * ```
 * @category Quality
 */
export type TargetGroupAdjustmentId = (typeof TARGET_GROUP_ADJUSTMENT_IDS)[number];

/**
 * One target-group adjustment: an addition to SEQF for immigrant women, scored apart from SEQF.
 *
 * @example
 * ```ts
 * SEQF_TARGET_GROUP_ADJUSTMENTS[0]?.attachesTo; // => '3.3'
 * ```
 * @category Quality
 */
export interface TargetGroupAdjustment {
  /** The adjustment id. */
  readonly id: TargetGroupAdjustmentId;
  /** The SEQF criterion it attaches to. */
  readonly attachesTo: SeqfCriterionId;
  /** What it asks, in our own words. */
  readonly text: LocalizedText;
  /** Where it is proposed. */
  readonly source: SourceRef;
}

const tg = (
  id: TargetGroupAdjustmentId,
  attachesTo: SeqfCriterionId,
  nb: string,
  en: string,
  lines: string,
): TargetGroupAdjustment =>
  Object.freeze({
    id,
    attachesTo,
    text: Object.freeze({ nb, en }),
    source: Object.freeze(r('7.3 (tilpasninger til målgruppen)', lines)),
  });

const cross = (step: 'A' | 'B' | 'C' | 'D' | 'E', attachesTo: SeqfCriterionId): TargetGroupAdjustment =>
  tg(
    `TG-cross-dimension-${step}`,
    attachesTo,
    `Jobbspesialisten sikrer språkstøtte, støtte med kulturforskjeller og medvirkning i trinn ${step}`,
    `The job specialist ensures language support, support with cultural differences and participation in step ${step}`,
    'L12312–12315, L12557–12561',
  );

/**
 * The AFI report's target-group adjustments to SEQF, catalogued and scored separately from SEQF.
 *
 * @remarks
 * SEQF itself does not contain them (AFI report 7.3, L12537–12591), so
 * {@link assessSeqf} reports their percent next to the SEQF total and never
 * merges the two.
 *
 * @example
 * ```ts
 * SEQF_TARGET_GROUP_ADJUSTMENTS.length; // => 11
 * ```
 * @category Quality
 */
export const SEQF_TARGET_GROUP_ADJUSTMENTS: readonly TargetGroupAdjustment[] = Object.freeze([
  tg(
    'TG-competence',
    '3.3',
    'Jobbspesialister rekrutteres med kompetanse i kultur, språk, kommunikasjon og migrasjonshelse',
    'Job specialists are recruited with competence in culture, language, communication and migration health',
    'L12111–12121, L12549–12551',
  ),
  tg(
    'TG-interpreter',
    '5A',
    'Profesjonell tolk når avtalen gjennomgås',
    'A professional interpreter when the agreement is gone through',
    'L12240–12245, L12553',
  ),
  tg(
    'TG-profiling',
    '5B',
    'Kartleggingsverktøy tilpasset deltakerens spor og norsknivå',
    "Profiling tools adapted to the participant's track and Norwegian level",
    'L12255–12261, L12555',
  ),
  cross('A', '5A'),
  cross('B', '5B'),
  cross('C', '5C'),
  cross('D', '5D'),
  cross('E', '5E'),
  tg(
    'TG-after-follow-up',
    '5E',
    'Etteroppfølging etter seks regler: fra start, til begge parter, konkrete mål, felles tiltaksplan, respekt for ønsker, aktiv i tre år',
    'Follow-up after employment by six rules: from the start, to both parties, concrete goals, a joint action plan, respect for wishes, active for three years',
    'L12283–12310, L12563–12580',
  ),
  tg(
    'TG-user-satisfaction',
    '6.1',
    'Verktøy for brukertilfredshet tilpasset språk, kultur og emosjonell belastning',
    'Satisfaction tools adapted to language, culture and emotional strain',
    'L12460–12466, L12583–12587',
  ),
  tg(
    'TG-employment-quality',
    '6.2',
    'Sikter mot faste kontrakter og mindre ufrivillig deltid; tid til utplassering og til lønnet arbeid måles hver for seg',
    'Aims at permanent contracts and less involuntary part time; time to placement and to paid work measured apart',
    'L12468–12485, L12589–12591',
  ),
]);
