import { deepFreeze } from '../_lib/deepFreeze';
import { SRC } from '../_lib/process/sources';
import type { SeValue } from './seValue';

const core = (lines: string): SeValue['sources'][number] => ({
  document: 'afi-report',
  section: 'Figur 1 Kjerneverdiene i SE-femtrinnsprosess (SEQF 2018)',
  lines,
});
const table1 = (lines: string): SeValue['sources'][number] => ({
  document: 'afi-report',
  section: 'Tabell 1 Felles karakteristika for SE-tilnærminger',
  lines,
});

/**
 * The values and principles of Supported Employment, with sources, in {@link SE_VALUE_IDS} order.
 *
 * @remarks
 * Entries 1–12 are the SEQF 2018 core values as the AFI report lists them
 * (figure 1, L2301–2351); the rest are principles from the report's table 1
 * (L2190–2251), its step-1 methods and the SEQF statement that all five steps
 * belong to SE. Names and summaries are our own words. UIs can show them and
 * rules can cite their sources.
 *
 * @example
 * ```ts
 * SE_VALUES.filter((v) => v.seqfNumber !== null).length; // => 12
 * SE_VALUES.find((v) => v.id === 'zero-exclusion')?.name.nb; // => 'Null eksklusjon'
 * ```
 * @category Process
 */
export const SE_VALUES: readonly SeValue[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'positive-contribution',
    seqfNumber: 1,
    name: { nb: 'Alle kan bidra', en: 'Everyone can contribute' },
    summary: {
      nb: 'Personer med funksjonsnedsettelser eller andre ulemper kan tilføre en arbeidsplass noe positivt.',
      en: 'People with disabilities or other disadvantages can add something of value to a workplace.',
    },
    sources: [core('L2301–2302'), table1('L2200–2201')],
  },
  {
    id: 'real-job',
    seqfNumber: 2,
    name: { nb: 'Ekte jobb på ordinære vilkår', en: 'A real job on ordinary terms' },
    summary: {
      nb: 'Målet er en ekte jobb med vanlig lønn, de samme vilkårene og arbeidstidene som kollegene, trygge forhold og en rolle som blir verdsatt.',
      en: 'The goal is a real job with ordinary pay, the same terms and hours as colleagues, safe conditions and a role that is valued.',
    },
    sources: [core('L2304–2315')],
  },
  {
    id: 'zero-exclusion',
    seqfNumber: 3,
    name: { nb: 'Null eksklusjon', en: 'Zero exclusion' },
    summary: {
      nb: 'Ingen som vil jobbe, holdes utenfor på grunn av store bistandsbehov eller antatt manglende «jobbklarhet». Med riktig jobb og riktig støtte kan alle jobbe.',
      en: 'Nobody who wants to work is kept out because of large assistance needs or assumed lack of "job readiness". With the right job and support, everyone can work.',
    },
    sources: [core('L2317–2319'), SRC.zeroExclusion],
  },
  {
    id: 'place-train-maintain',
    seqfNumber: 4,
    name: { nb: 'Plassere – lære opp – beholde', en: 'Place, train, maintain' },
    summary: {
      nb: 'Ingen skal gjøres «jobbklar» først: man lærer jobben på arbeidsplassen, med støtte, og får hjelp til å beholde den og komme videre.',
      en: 'Nobody is made "job ready" first: people learn the job at the workplace, with support, and get help to keep it and move on.',
    },
    sources: [core('L2321–2322'), SRC.placeTrain, SRC.euse],
  },
  {
    id: 'rapid-job-search',
    seqfNumber: 5,
    name: { nb: 'Rask jobbsøking', en: 'Rapid job search' },
    summary: {
      nb: 'Jobbsøkingen starter så tidlig som mulig, ikke først når alt annet er på plass.',
      en: 'Job search starts as early as possible, not once everything else is in place.',
    },
    sources: [core('L2324')],
  },
  {
    id: 'informed-choice',
    seqfNumber: 6,
    name: { nb: 'Egne, informerte valg', en: 'Own, informed choices' },
    summary: {
      nb: 'Deltakeren oppmuntres til å ta egne valg om karrieren, med kunnskap nok til å velge. Støtten tilpasses henne, og målet er et arbeidsforhold som varer.',
      en: 'The participant is encouraged to make her own career choices, knowing enough to choose. Support is fitted to her, and the aim is a lasting job.',
    },
    sources: [
      core('L2326–2327'),
      { document: 'afi-report', section: '4.4 (informerte valg)', lines: 'L7123–7127' },
    ],
  },
  {
    id: 'real-collaboration',
    seqfNumber: 7,
    name: { nb: 'Ekte samarbeid', en: 'Real collaboration' },
    summary: {
      nb: 'Deltakeren, familien, arbeidsgiveren, lokalsamfunnet og SE-tjenesten samarbeider på ordentlig.',
      en: 'The participant, her family, the employer, the local community and the SE service genuinely work together.',
    },
    sources: [core('L2329–2330')],
  },
  {
    id: 'full-membership',
    seqfNumber: 8,
    name: { nb: 'Fullverdig deltakelse', en: 'Full membership' },
    summary: {
      nb: 'Målet er at deltakeren blir et fullt og aktivt medlem av arbeidsstyrken og lokalsamfunnet, sosialt og økonomisk.',
      en: 'The aim is that the participant becomes a full, active member of the workforce and the community, socially and economically.',
    },
    sources: [core('L2332–2333')],
  },
  {
    id: 'employer-as-customer',
    seqfNumber: 9,
    name: { nb: 'Arbeidsgiveren er en kunde', en: 'The employer is a customer' },
    summary: {
      nb: 'Arbeidsgiveren er en kunde av SE med egne behov og krav som må møtes.',
      en: 'The employer is a customer of SE in its own right, with needs and demands that must be met.',
    },
    sources: [core('L2335–2336')],
  },
  {
    id: 'social-role-valorisation',
    seqfNumber: 10,
    name: { nb: 'Verdsatt sosial rolle', en: 'Social role valorisation' },
    summary: {
      nb: 'Å være arbeidstaker er en verdsatt rolle som kan snu at en person blir sett ned på.',
      en: 'Being an employee is a valued role that can reverse the way a person is looked down on.',
    },
    sources: [core('L2338–2341')],
  },
  {
    id: 'social-model-of-disability',
    seqfNumber: 11,
    name: { nb: 'Den sosiale modellen', en: 'The social model of disability' },
    summary: {
      nb: 'Hindringene ligger i fysiske, organisatoriske og holdningsmessige barrierer; det er dem som må fjernes.',
      en: 'The obstacles lie in physical, organisational and attitudinal barriers; those are what must be removed.',
    },
    sources: [core('L2343–2346')],
  },
  {
    id: 'career-development',
    seqfNumber: 12,
    name: { nb: 'Karriereutvikling', en: 'Career development' },
    summary: {
      nb: 'SE støtter videre utvikling gjennom læring og større ansvar, ikke bare den første jobben.',
      en: 'SE supports growth through learning and wider responsibility, not just the first job.',
    },
    sources: [core('L2348–2349'), SRC.euse],
  },
  {
    id: 'paid-work-first',
    seqfNumber: null,
    name: { nb: 'Lønnet arbeid framfor ulønnet praksis', en: 'Paid work before unpaid placement' },
    summary: {
      nb: 'Målet er lønnet arbeid i ordinære virksomheter; ulønnet praksis er unntaket og skal være kort.',
      en: 'The goal is paid work in ordinary workplaces; unpaid placement is the exception and should be short.',
    },
    sources: [table1('L2247–2249')],
  },
  {
    id: 'no-place-and-pray',
    seqfNumber: null,
    name: { nb: 'Ingen utplassering uten tett oppfølging', en: 'No placement without close follow-up' },
    summary: {
      nb: 'En praksis eller jobb uten tett oppfølging og opplæring er ikke SE («place and pray»).',
      en: 'A placement or job without close follow-up and training is not SE ("place and pray").',
    },
    sources: [table1('L2251')],
  },
  {
    id: 'participant-decides',
    seqfNumber: null,
    name: { nb: 'Deltakeren bestemmer', en: 'The participant decides' },
    summary: {
      nb: 'Jobbspesialisten veileder, deltakeren bestemmer. Arbeid skal ikke være tvang, og samtykke styrer hva som deles.',
      en: 'The job specialist guides, the participant decides. Work is never compulsory, and consent governs what is shared.',
    },
    sources: [SRC.participantDecides, table1('L2207–2208'), SRC.consentFree],
  },
  {
    id: 'time-unlimited-follow-up',
    seqfNumber: null,
    name: { nb: 'Oppfølging så lenge det trengs', en: 'Follow-up for as long as needed' },
    summary: {
      nb: 'Oppfølging etter ansettelse er en del av metoden og varer så lenge personen trenger eller ønsker den.',
      en: 'Follow-up after hiring is part of the method and lasts as long as the person needs or wants it.',
    },
    sources: [table1('L2213–2214'), SRC.followUp, SRC.followUpDefinition],
  },
  {
    id: 'all-five-steps',
    seqfNumber: null,
    name: { nb: 'Alle fem trinnene', en: 'All five steps' },
    summary: {
      nb: 'Et opplegg som ikke har med alle de fem trinnene, er ikke Supported Employment. Man kan likevel gå fram og tilbake mellom dem.',
      en: 'An approach that leaves out any of the five steps is not Supported Employment. Moving back and forth between them is still allowed.',
    },
    sources: [SRC.allSteps, SRC.backAndForth],
  },
]);
