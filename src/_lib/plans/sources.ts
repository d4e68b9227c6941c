import { POLICY_SOURCES } from '../../core/policy';
import type { SourceRef } from '../../core/sourceRef';

const src = (ref: SourceRef): SourceRef => Object.freeze(ref);

/** The sources the plan rules cite, with line numbers in the seed texts. */
export const SOURCES = Object.freeze({
  norwegianPlan: src({ document: 'handbook', section: '§1 Kartlegging av norskkunnskaper / plan for kompetanseheving', lines: 'L175–177' }),
  notTooAmbitious: src({ document: 'handbook', section: '§1 Plan for kompetanseheving', lines: 'L183' }),
  goalsAndSubGoals: src({ document: 'handbook', section: '§1 Plan for kompetanseheving', lines: 'L185' }),
  participantAgrees: src({ document: 'handbook', section: '§2 Relasjonsbygging', lines: 'L195–197' }),
  familyConsent: src({ document: 'handbook', section: '§5 Rydde plass til jobb; §6 Tett samarbeid med familie og nettverk', lines: 'L242, L252, L258' }),
  crossAgencyConsent: src({ document: 'handbook', section: '§6 Tett samarbeid med familie og nettverk (andre instanser etter deltakers eget ønske)', lines: 'L258' }),
  employerConsent: src({ document: 'gdpr', section: 'Art. 9 (særlige kategorier); domain specification §2 and §8 (consent governs what is shared)' }),
  triangularMeetings: src({ document: 'handbook', section: '§12 Opplæring av arbeidsgiver (tett oppfølging fra dag én og jevnlige trekantsamtaler)', lines: 'L336' }),
  trainingPlan: src({ document: 'handbook', section: '§12 Opplæring av arbeidsgiver; §14 Jobbstøtte på arbeidsplassen', lines: 'L338, L387' }),
  trainingEvaluation: src({ document: 'handbook', section: '§12 Opplæring av arbeidsgiver (evalueres underveis)', lines: 'L338, L349' }),
  naturalSupport: src({ document: 'handbook', section: '§12 Opplæring av arbeidsgiver (mentor-/fadderordning)', lines: 'L340–342' }),
  onSiteSupport: src({ document: 'handbook', section: '§14 Jobbstøtte på arbeidsplassen', lines: 'L387' }),
  followUpFromDayOne: src({ document: 'handbook', section: '§12 Opplæring av arbeidsgiver; §15 Etteroppfølging (fra dag én)', lines: 'L351, L411' }),
  followUpMinimum: POLICY_SOURCES.followUpMinimumMonths,
  followUpRecommended: POLICY_SOURCES.followUpRecommendedMonths,
  unpaidPlacementMax: POLICY_SOURCES.unpaidPlacementMaxWeeks,
  responsibilities: src({ document: 'afi-report', section: '4.4 Metoder på trinn 1, figur 6 (ansvarsområder og frister for både JS og deltakeren)', lines: 'L7312–7313' }),
  actionPlan: src({ document: 'afi-report', section: '4.5.1 Trinn 2 (individuell handlingsplan med mål, delmål og aktiviteter)', lines: 'L7402–7405' }),
  interpreter: src({ document: 'afi-report', section: '4.4 Metoder på trinn 1, figur 6 (tolk i gjennomgang av avtalen); 7.3 forslag 2', lines: 'L7264, L12553' }),
  adaptedForm: src({ document: 'afi-report', section: '4.5.2 Caseprosjektenes erfaringer (muntlig eller tilpasset handlingsplan)', lines: 'L7455–7463' }),
  practiceTrap: src({ document: 'afi-report', section: '2.4.2 Behov for støtte for å unngå «praksisfellen»', lines: 'L4757–4789' }),
  declaredWork: src({ document: 'afi-report', section: '2.4.3 Bistandsbehov for å skaffe en «hvit jobb» med «hvit lønn»', lines: 'L4916–4936' }),
  taskAnalysis: src({ document: 'afi-report', section: '4.8.1 Trinn 5 (oppgaveanalyse med læremål)', lines: 'L7988' }),
  systematicFollowUp: src({ document: 'afi-report', section: '4.8 Handlingsplan for etteroppfølging (jevnlige oppdateringer, ikke sporadisk)', lines: 'L8403–8413' }),
  followUpResponsibility: src({ document: 'afi-report', section: '4.8 Handlingsplan for etteroppfølging (ansvarsfordeling); 7.2.2 forslag 4', lines: 'L8409–8413, L12296' }),
  followUpTopics: src({ document: 'afi-report', section: '7.2.2 Forslag 4, tabell 11 (innhold i handlingsplan for etteroppfølging)', lines: 'L12296–12304' }),
  followUpIntroduced: src({ document: 'afi-report', section: '7.2.2 Forslag 4 (introduseres ved oppstart av arbeidsforhold)', lines: 'L12285–12288' }),
  planReview: src({ document: 'afi-report', section: '4.5.1 Trinn 2 (planen oppdateres kontinuerlig)', lines: 'L7405–7407' }),
  navLimits: src({ document: 'nav', section: 'Varighet for mentor, midlertidig lønnstilskudd, arbeidstrening og inkluderingstilskudd (domain specification §7)' }),
  integrity: src({ document: 'library', section: 'Consistency of plan dates and references (no source gives a rule; the plan must make sense)' }),
});
