import { deepFreeze } from '../_lib/deepFreeze';
import type { SeDocument } from './seDocument';

const afi = (section: string, lines: string): SeDocument['sources'][number] => ({
  document: 'afi-report',
  section,
  lines,
});

/**
 * The catalogue of SE documents, in step order, one entry per {@link SeDocumentId}.
 *
 * @remarks
 * Names and summaries are our own words; each entry cites the place in the AFI
 * report (chapter 4, methods per step) where the document is named. The
 * placement agreement is not named there as a document of its own; the report
 * asks job specialists to agree with the employer that a placement is training
 * towards a job, not free labour (AFI report 4.7, L7889–7890).
 *
 * @example
 * ```ts
 * SE_DOCUMENTS.filter((d) => d.step === 'job-finding').map((d) => d.id);
 * // => ['job-match', 'job-analysis', 'gap-analysis']
 * ```
 * @category Process
 */
export const SE_DOCUMENTS: readonly SeDocument[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'cooperation-agreement',
    step: 'initial-contact',
    name: { nb: 'Samarbeidsavtale', en: 'Cooperation agreement' },
    summary: {
      nb: 'Den signerte avtalen om SE-oppfølging mellom deltaker og jobbspesialist.',
      en: 'The signed agreement between participant and job specialist to work together in SE.',
    },
    sources: [afi('4.4 Figur 6 (undertegn kontrakten for SE-oppfølging)', 'L7310')],
  },
  {
    id: 'consent-declaration',
    step: 'initial-contact',
    name: { nb: 'Samtykkeerklæring', en: 'Consent declaration' },
    summary: {
      nb: 'Hva deltakeren samtykker til at jobbspesialisten kan dele, og med hvem.',
      en: 'What the participant agrees the job specialist may share, and with whom.',
    },
    sources: [afi('4.4 Figur 6 (samtykkeerklæring)', 'L7240–7242')],
  },
  {
    id: 'job-support-plan',
    step: 'initial-contact',
    name: { nb: 'Jobbstøtteplan', en: 'Job support plan' },
    summary: {
      nb: 'En løpende plan med oppgaver og frister for både deltaker og jobbspesialist.',
      en: 'A running plan with tasks and deadlines for both participant and job specialist.',
    },
    sources: [afi('4.4 Figur 6 (løpende jobbstøtteplan)', 'L7312–7313')],
  },
  {
    id: 'vocational-profile',
    step: 'vocational-profiling',
    name: { nb: 'Yrkesprofil', en: 'Vocational profile' },
    summary: {
      nb: 'Interesser, ønsker, ferdigheter, kompetanse og bistandsbehov, med styrkene først.',
      en: 'Interests, wishes, skills, competences and assistance needs, strengths first.',
    },
    sources: [afi('4.5 (yrkesprofil)', 'L7350–7352, L7396')],
  },
  {
    id: 'action-plan',
    step: 'vocational-profiling',
    name: { nb: 'Individuell handlingsplan', en: 'Individual action plan' },
    summary: {
      nb: 'Mål og delmål, aktivitetene som skal til og hvem som gjør hva.',
      en: 'Goals and sub-goals, the activities that lead there, and who does what.',
    },
    sources: [afi('4.5 (individuell handlingsplan)', 'L7402–7404')],
  },
  {
    id: 'cv',
    step: 'vocational-profiling',
    name: { nb: 'CV', en: 'CV' },
    summary: {
      nb: 'CV og søknad, skrevet sammen og brukt som språktrening.',
      en: 'CV and application letter, written together and used as language practice.',
    },
    sources: [afi('4.5 Figur 7 (CV og søknad)', 'L7510–7511')],
  },
  {
    id: 'job-match',
    step: 'job-finding',
    name: { nb: 'Jobbmatch', en: 'Job match' },
    summary: {
      nb: 'Den valgte jobben og hvorfor den passer deltakerens ønsker, ferdigheter og støttebehov.',
      en: "The chosen job and why it fits the participant's wishes, skills and support needs.",
    },
    sources: [afi('4.6 (jobbmatch)', 'L7592–7600')],
  },
  {
    id: 'job-analysis',
    step: 'job-finding',
    name: { nb: 'Jobbanalyse', en: 'Job analysis' },
    summary: {
      nb: 'Stillingen og bedriften: oppgaver, tempo, kvalitetskrav, kultur og sosialt miljø.',
      en: 'The position and the company: tasks, pace, quality demands, culture and social setting.',
    },
    sources: [afi('4.6 (jobbanalyse)', 'L7630–7632')],
  },
  {
    id: 'gap-analysis',
    step: 'job-finding',
    name: { nb: 'Gapanalyse', en: 'Gap analysis' },
    summary: {
      nb: 'Arbeidsgiverens krav mot deltakerens ressurser, og støtten som tetter gapet.',
      en: "The employer's requirements against the participant's resources, and the support that closes the gap.",
    },
    sources: [afi('4.6 (gapanalyse)', 'L7634–7640')],
  },
  {
    id: 'employer-expectations',
    step: 'employer-engagement',
    name: { nb: 'Forventningsavklaring med arbeidsgiver', en: 'Clarified employer expectations' },
    summary: {
      nb: 'Hva arbeidsgiveren konkret mener med krav som språk, tempo og initiativ.',
      en: 'What the employer concretely means by demands such as language, pace and initiative.',
    },
    sources: [afi('4.7 (tydeliggjøre forventninger)', 'L7921–7931')],
  },
  {
    id: 'placement-agreement',
    step: 'employer-engagement',
    name: { nb: 'Praksisavtale', en: 'Placement agreement' },
    summary: {
      nb: 'Vilkårene for praksisen: opplæring mot jobb, oppfølging og varighet.',
      en: 'The terms of a placement: training towards a job, follow-up and length.',
    },
    sources: [afi('4.7 Figur 9 (ikke gratis arbeidskraft)', 'L7889–7890')],
  },
  {
    id: 'employment-contract',
    step: 'employer-engagement',
    name: { nb: 'Arbeidskontrakt', en: 'Employment contract' },
    summary: {
      nb: 'Den forhandlede kontrakten, ofte i trinn mot en større og fast stilling.',
      en: 'The negotiated contract, often in stages towards a larger, permanent position.',
    },
    sources: [afi('4.7 (forhandle fram arbeidskontrakten)', 'L7901, L7933–7935')],
  },
  {
    id: 'task-analysis',
    step: 'on-off-job-support',
    name: { nb: 'Oppgaveanalyse', en: 'Task analysis' },
    summary: {
      nb: 'Arbeidsoppgavene delt opp, med læringsmål for hver.',
      en: 'The work broken into tasks, each with learning goals.',
    },
    sources: [afi('4.8 (oppgaveanalyse med læremål)', 'L7988')],
  },
  {
    id: 'training-plan',
    step: 'on-off-job-support',
    name: { nb: 'Opplæringsplan', en: 'Training plan' },
    summary: {
      nb: 'Oppgaver, læringsmål og evalueringspunkter, avtalt med arbeidsgiveren.',
      en: 'Tasks, learning goals and review points, agreed with the employer.',
    },
    sources: [afi('4.8 (individuell handlingsplan/opplæringsplan)', 'L8010')],
  },
  {
    id: 'follow-up-plan',
    step: 'on-off-job-support',
    name: { nb: 'Handlingsplan for etteroppfølging', en: 'Follow-up plan' },
    summary: {
      nb: 'Støtte, utviklingsområder og ansvarsfordeling etter ansettelse.',
      en: 'Support, development areas and who is responsible, after hiring.',
    },
    sources: [afi('4.8 (handlingsplan for etteroppfølging)', 'L8409–8413')],
  },
]);
