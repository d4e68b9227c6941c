import { POLICY_SOURCES } from './policy';
import type { SourceRef } from './sourceRef';

const cite = (ref: SourceRef): SourceRef => Object.freeze(ref);

/**
 * Cites a passage of the AFI report (AFI-Rapport 02:2019).
 *
 * @remarks
 * One of the builders behind {@link SOURCES}; rules that cite a passage only
 * once build it in place with these, rules that share a passage take it from
 * the catalogue.
 *
 * @param section - The chapter and heading, e.g. `2.4.2 Praksisfellen`.
 * @param lines - The line range in the seed text, e.g. `L4757–4789`.
 * @returns A frozen source reference.
 * @example
 * ```ts
 * afi('8.2 Tettere oppfølging', 'L12802–12830').document; // => 'afi-report'
 * ```
 * @category Core
 */
export function afi(section: string, lines: string): SourceRef {
  return cite({ document: 'afi-report', section, lines });
}

/**
 * Cites a passage of the handbook *Tilpasset Supported Employment*.
 *
 * @remarks
 * One of the builders behind {@link SOURCES}.
 *
 * @param section - The numbered adaptation or heading, e.g. `§15 Etteroppfølging`.
 * @param lines - The line range in the seed text, e.g. `L397`.
 * @returns A frozen source reference.
 * @example
 * ```ts
 * handbook('§15 Etteroppfølging', 'L397').lines; // => 'L397'
 * ```
 * @category Core
 */
export function handbook(section: string, lines: string): SourceRef {
  return cite({ document: 'handbook', section, lines });
}

/**
 * Marks a default the library chose itself, with what it is based on.
 *
 * @remarks
 * Every such default is an option or a policy number (see `docs/decisions.md`,
 * "Defaults we chose ourselves").
 *
 * @param section - What the default is and which passage (giving no number) it rests on.
 * @returns A frozen source reference with document `library`.
 * @example
 * ```ts
 * library('Follow-up cadence default').document; // => 'library'
 * ```
 * @category Core
 */
export function library(section: string): SourceRef {
  return cite({ document: 'library', section });
}

/**
 * The passages the library's rules and catalogues cite, by domain word, in one place.
 *
 * @remarks
 * A passage that more than one rule or catalogue cites lives here once, with
 * its document, section and the line numbers in the seed texts (handbook seed
 * `001`, AFI report seed `004`); the policy numbers keep their own sources in
 * {@link POLICY_SOURCES} and appear here under their domain word. Citations
 * used by one rule only are built in place with the builders of this file
 * (`afi`, `handbook`, `library`), which the package does not export.
 *
 * @example
 * ```ts
 * SOURCES.practiceTrap.lines; // => 'L4757–4789'
 * formatSourceRef(SOURCES.followUpMinimum); // => 'Handbook Tilpasset SE, §15 Etteroppfølging (L397)'
 * ```
 * @category Core
 */
export const SOURCES = Object.freeze({
  // The process: the five steps, the SE values and the case journey.
  steps: cite({ document: 'afi-report', section: '1.1.1 Femtrinnsprosessen i SE', lines: 'L2260–2299' }),
  backAndForth: cite({
    document: 'afi-report',
    section: '1.1.1 Femtrinnsprosessen i SE',
    lines: 'L2268–2270',
  }),
  allSteps: cite({
    document: 'afi-report',
    section: '1.1.1 Femtrinnsprosessen i SE (SEQF 2018)',
    lines: 'L2272–2278',
  }),
  allStepsCh7: cite({ document: 'afi-report', section: 'Vedlegg (SEQF 2018)', lines: 'L13091–13093' }),
  overlap: cite({
    document: 'afi-report',
    section: '4.3 Generelle erfaringer på tvers av trinn',
    lines: 'L7057–7061',
  }),
  handbookSteps: cite({
    document: 'handbook',
    section: 'Supported Employment – 5-stegsmetoden',
    lines: 'L79–105',
  }),
  step1: cite({ document: 'afi-report', section: '4.4 Metoder på trinn 1', lines: 'L7118–7343' }),
  step2: cite({ document: 'afi-report', section: '4.5 Metoder på trinn 2', lines: 'L7345–7587' }),
  step3: cite({ document: 'afi-report', section: '4.6 Metoder på trinn 3', lines: 'L7588–7781' }),
  step4: cite({ document: 'afi-report', section: '4.7 Metoder på trinn 4', lines: 'L7783–7937' }),
  step5: cite({ document: 'afi-report', section: '4.8 Metoder på trinn 5', lines: 'L7939–8413' }),
  euse: cite({
    document: 'afi-report',
    section: '1.1.1 (EUSE: place – train – maintain – progress)',
    lines: 'L2365–2380',
  }),
  values: cite({
    document: 'afi-report',
    section: 'Figur 1 Kjerneverdiene i SE (SEQF 2018)',
    lines: 'L2301–2351',
  }),
  principles: cite({
    document: 'afi-report',
    section: 'Tabell 1 Felles karakteristika for SE-tilnærminger',
    lines: 'L2190–2251',
  }),
  consentFree: cite({
    document: 'afi-report',
    section: '4.4 Figur 6 (samtykke, taushetsplikt)',
    lines: 'L7240–7242',
  }),
  zeroExclusion: cite({
    document: 'afi-report',
    section: 'Tabell 1 («zero exclusion»)',
    lines: 'L2203–2205',
  }),
  participantDecides: cite({
    document: 'afi-report',
    section: '4.4 Figur 6 («jobbspesialist veileder – deltaker bestemmer»)',
    lines: 'L7244–7246',
  }),
  familyConsent: cite({
    document: 'handbook',
    section: '§5 Rydde plass til jobb / kartlegging av familiesituasjonen',
    lines: 'L242',
  }),
  gdpr: cite({
    document: 'gdpr',
    section: 'Art. 9 (særlige kategorier) og art. 7 (tilbaketrekking av samtykke)',
  }),
  referral: cite({
    document: 'afi-report',
    section: '4.4 (overgang fra programrådgiver eller veileder til jobbspesialist)',
    lines: 'L7171–7175',
  }),
  referralRoutines: cite({
    document: 'afi-report',
    section: 'Sammendrag (henvisningsrutiner og inntakskriterier)',
    lines: 'L722',
  }),
  agreement: cite({
    document: 'afi-report',
    section: '4.4 Figur 6 (undertegn kontrakten for SE-oppfølging)',
    lines: 'L7310–7313',
  }),
  interpreter: cite({
    document: 'afi-report',
    section: '4.4 Figur 6 (tolk ved gjennomgang av avtalen)',
    lines: 'L7264',
  }),
  vocationalProfile: cite({
    document: 'afi-report',
    section: '4.5 (utvikling av en yrkesprofil)',
    lines: 'L7396',
  }),
  rapidJobSearch: cite({ document: 'afi-report', section: 'Figur 1, kjerneverdi 5', lines: 'L2324' }),
  placeTrain: cite({ document: 'afi-report', section: 'Tabell 1 («place-train»)', lines: 'L2239–2241' }),
  followUpStart: cite({
    document: 'handbook',
    section: '§12 (oppfølging fra første arbeidsdag)',
    lines: 'L351',
  }),
  followUp: cite({ document: 'handbook', section: '§15 Etteroppfølging', lines: 'L397–411' }),
  followUpDefinition: cite({ document: 'afi-report', section: '4.8 Etteroppfølging', lines: 'L8174–8191' }),
  followUpIntensity: cite({
    document: 'afi-report',
    section: '4.8 (større behov i startfasen, proaktiv oppfølging)',
    lines: 'L7962–7974',
  }),
  timeIndicators: cite({
    document: 'afi-report',
    section: 'Tabell 12, 6.2 Prestasjonsindikatorer',
    lines: 'L12474–12485',
  }),
  outcomes: cite({
    document: 'afi-report',
    section: 'Sammendrag (status for deltakerne)',
    lines: 'L381–424',
  }),
  reassessment: cite({
    document: 'afi-report',
    section: 'Sammendrag (behov som ikke er tydelige ved innskriving)',
    lines: 'L952–956',
  }),
  jobQuality: cite({
    document: 'afi-report',
    section: '7.3 (faste kontrakter, mindre ufrivillig deltid)',
    lines: 'L12374–12378, L12589–12591',
  }),
  eventLog: cite({
    document: 'library',
    section: 'Case event log integrity (ids unique, dates in order, nothing after closure)',
  }),
  followUpCadence: cite({
    document: 'library',
    section:
      'Follow-up cadence default: a contact every four weeks (handbook §15 L411; AFI report 4.8 L7962–7974 give no number)',
  }),
  // Plans: action plan, training plan and follow-up after employment.
  norwegianPlan: cite({
    document: 'handbook',
    section: '§1 Kartlegging av norskkunnskaper / plan for kompetanseheving',
    lines: 'L175–177',
  }),
  notTooAmbitious: cite({ document: 'handbook', section: '§1 Plan for kompetanseheving', lines: 'L183' }),
  goalsAndSubGoals: cite({ document: 'handbook', section: '§1 Plan for kompetanseheving', lines: 'L185' }),
  participantAgrees: cite({ document: 'handbook', section: '§2 Relasjonsbygging', lines: 'L195–197' }),
  familyAndNetworkConsent: cite({
    document: 'handbook',
    section: '§5 Rydde plass til jobb; §6 Tett samarbeid med familie og nettverk',
    lines: 'L242, L252, L258',
  }),
  crossAgencyConsent: cite({
    document: 'handbook',
    section: '§6 Tett samarbeid med familie og nettverk (andre instanser etter deltakers eget ønske)',
    lines: 'L258',
  }),
  employerConsent: cite({
    document: 'gdpr',
    section: 'Art. 9 (særlige kategorier); domain specification §2 and §8 (consent governs what is shared)',
  }),
  triangularMeetings: cite({
    document: 'handbook',
    section: '§12 Opplæring av arbeidsgiver (tett oppfølging fra dag én og jevnlige trekantsamtaler)',
    lines: 'L336',
  }),
  trainingPlan: cite({
    document: 'handbook',
    section: '§12 Opplæring av arbeidsgiver; §14 Jobbstøtte på arbeidsplassen',
    lines: 'L338, L387',
  }),
  trainingEvaluation: cite({
    document: 'handbook',
    section: '§12 Opplæring av arbeidsgiver (evalueres underveis)',
    lines: 'L338, L349',
  }),
  naturalSupport: cite({
    document: 'handbook',
    section: '§12 Opplæring av arbeidsgiver (mentor-/fadderordning)',
    lines: 'L340–342',
  }),
  onSiteSupport: cite({ document: 'handbook', section: '§14 Jobbstøtte på arbeidsplassen', lines: 'L387' }),
  followUpFromDayOne: cite({
    document: 'handbook',
    section: '§12 Opplæring av arbeidsgiver; §15 Etteroppfølging (fra dag én)',
    lines: 'L351, L411',
  }),
  followUpMinimum: POLICY_SOURCES.followUpMinimumMonths,
  followUpRecommended: POLICY_SOURCES.followUpRecommendedMonths,
  unpaidPlacementMax: POLICY_SOURCES.unpaidPlacementMaxWeeks,
  responsibilities: cite({
    document: 'afi-report',
    section: '4.4 Metoder på trinn 1, figur 6 (ansvarsområder og frister for både JS og deltakeren)',
    lines: 'L7312–7313',
  }),
  actionPlan: cite({
    document: 'afi-report',
    section: '4.5.1 Trinn 2 (individuell handlingsplan med mål, delmål og aktiviteter)',
    lines: 'L7402–7405',
  }),
  interpreterForPlan: cite({
    document: 'afi-report',
    section: '4.4 Metoder på trinn 1, figur 6 (tolk i gjennomgang av avtalen); 7.3 forslag 2',
    lines: 'L7264, L12553',
  }),
  adaptedForm: cite({
    document: 'afi-report',
    section: '4.5.2 Caseprosjektenes erfaringer (muntlig eller tilpasset handlingsplan)',
    lines: 'L7455–7463',
  }),
  practiceTrap: cite({
    document: 'afi-report',
    section: '2.4.2 Behov for støtte for å unngå «praksisfellen»',
    lines: 'L4757–4789',
  }),
  declaredWork: cite({
    document: 'afi-report',
    section: '2.4.3 Bistandsbehov for å skaffe en «hvit jobb» med «hvit lønn»',
    lines: 'L4916–4936',
  }),
  taskAnalysis: cite({
    document: 'afi-report',
    section: '4.8.1 Trinn 5 (oppgaveanalyse med læremål)',
    lines: 'L7988',
  }),
  systematicFollowUp: cite({
    document: 'afi-report',
    section: '4.8 Handlingsplan for etteroppfølging (jevnlige oppdateringer, ikke sporadisk)',
    lines: 'L8403–8413',
  }),
  followUpResponsibility: cite({
    document: 'afi-report',
    section: '4.8 Handlingsplan for etteroppfølging (ansvarsfordeling); 7.2.2 forslag 4',
    lines: 'L8409–8413, L12296',
  }),
  followUpTopics: cite({
    document: 'afi-report',
    section: '7.2.2 Forslag 4, tabell 11 (innhold i handlingsplan for etteroppfølging)',
    lines: 'L12296–12304',
  }),
  followUpIntroduced: cite({
    document: 'afi-report',
    section: '7.2.2 Forslag 4 (introduseres ved oppstart av arbeidsforhold)',
    lines: 'L12285–12288',
  }),
  planReview: cite({
    document: 'afi-report',
    section: '4.5.1 Trinn 2 (planen oppdateres kontinuerlig)',
    lines: 'L7405–7407',
  }),
  navLimits: cite({
    document: 'nav',
    section:
      'Varighet for mentor, midlertidig lønnstilskudd, arbeidstrening og inkluderingstilskudd (domain specification §7)',
  }),
  integrity: cite({
    document: 'library',
    section: 'Consistency of plan dates and references (no source gives a rule; the plan must make sense)',
  }),
});
