import { deepFreeze } from '../_lib/deepFreeze';
import type { LocalizedText } from '../core/localizedText';
import type { SourceRef } from '../core/sourceRef';
import type { MatchFactorId } from './matchFactorId';

/**
 * One entry of the {@link MATCH_FACTORS} catalogue.
 *
 * @example
 * ```ts
 * const info: MatchFactorInfo = MATCH_FACTORS.commute;
 * info.title.nb; // => 'Reisevei'
 * ```
 * @category Matching
 */
export interface MatchFactorInfo {
  /** The factor. */
  readonly id: MatchFactorId;
  /** A short name in bokmål and English. */
  readonly title: LocalizedText;
  /** The question the factor answers. */
  readonly question: LocalizedText;
  /** Where the factor comes from. */
  readonly source: SourceRef;
}

const balance = (lines: string): SourceRef => ({
  document: 'handbook',
  section: 'Balanse mellom forventninger og behov',
  lines,
});

/**
 * The match factors, with names, the question each answers and its source.
 *
 * @remarks
 * Domain specification §6. The first eleven are the handbook's list of what to
 * check early, so that expectations and needs are in balance ("Balanse mellom
 * forventninger og behov", L635–647); the rest are the AFI report's additions
 * (language demand, hours against care duties, health, development, declared
 * work, position type, training capacity) and the handbook's own §9 on
 * religious constraints. The order is that of {@link MATCH_FACTOR_IDS}.
 *
 * @example
 * ```ts
 * MATCH_FACTORS['declared-work'].source.document; // => 'afi-report'
 * MATCH_FACTORS.interest.question.en;
 * ```
 * @category Matching
 */
export const MATCH_FACTORS: Readonly<Record<MatchFactorId, MatchFactorInfo>> = deepFreeze({
  'family-situation': {
    id: 'family-situation',
    title: { nb: 'Familiesituasjon', en: 'Family situation' },
    question: {
      nb: 'Gir familiesituasjonen rom for denne jobben?',
      en: 'Does the family situation leave room for this job?',
    },
    source: balance('L637'),
  },
  'spouse-shift-work': {
    id: 'spouse-shift-work',
    title: { nb: 'Ektefelle som jobber turnus', en: 'Spouse working shifts' },
    question: {
      nb: 'Er barna dekket når ektefellen jobber turnus og hun jobber?',
      en: 'Are the children covered when her spouse works shifts and she works too?',
    },
    source: balance('L638'),
  },
  'sole-provider': {
    id: 'sole-provider',
    title: { nb: 'Eneforsørger', en: 'Sole provider' },
    question: {
      nb: 'Går arbeidstid og inntekt opp for en som forsørger barna alene?',
      en: 'Do the hours and the income work for someone who provides for the children alone?',
    },
    source: balance('L639'),
  },
  'after-school-care': {
    id: 'after-school-care',
    title: {
      nb: 'Barn som trenger oppfølging etter skoletid',
      en: 'Children needing follow-up after school',
    },
    question: {
      nb: 'Er barn som trenger oppfølging etter skolen, tatt vare på?',
      en: 'Are children who need follow-up after school looked after?',
    },
    source: balance('L640'),
  },
  'marital-challenges': {
    id: 'marital-challenges',
    title: { nb: 'Utfordringer i ekteskapet', en: 'Marital challenges' },
    question: {
      nb: 'Kan vansker i ekteskapet gjøre det tungt å ta denne jobben?',
      en: 'Could difficulties in the marriage make it hard to take this job?',
    },
    source: balance('L641'),
  },
  'cultural-differences': {
    id: 'cultural-differences',
    title: { nb: 'Kulturforståelse', en: 'Cultural differences' },
    question: {
      nb: 'Er det forskjeller i arbeidskultur som begge parter bør forberedes på?',
      en: 'Are there differences in work culture that both sides should be prepared for?',
    },
    source: balance('L642'),
  },
  commute: {
    id: 'commute',
    title: { nb: 'Reisevei', en: 'Commute' },
    question: {
      nb: 'Kommer hun seg dit, alene, på rimelig tid?',
      en: 'Can she get there, on her own, in reasonable time?',
    },
    source: balance('L643'),
  },
  interest: {
    id: 'interest',
    title: { nb: 'Interesse for yrket', en: 'Interest in the occupation' },
    question: {
      nb: 'Stemmer yrket med hennes egne ønsker og interesser?',
      en: 'Does the occupation match her own wishes and interests?',
    },
    source: balance('L644'),
  },
  motivation: {
    id: 'motivation',
    title: { nb: 'Motivasjon', en: 'Motivation' },
    question: { nb: 'Vil hun ha lønnet arbeid?', en: 'Does she want paid work?' },
    source: balance('L645'),
  },
  attitude: {
    id: 'attitude',
    title: { nb: 'Innstilling', en: 'Attitude' },
    question: {
      nb: 'Passer hennes innstilling til jobben med det arbeidsgiveren trenger?',
      en: 'Does her attitude to the job fit what the employer needs?',
    },
    source: balance('L646'),
  },
  experience: {
    id: 'experience',
    title: { nb: 'Erfaring', en: 'Experience' },
    question: {
      nb: 'Passer erfaringen hennes, eller kan opplæring tette gapet?',
      en: 'Does her experience fit, or can training close the gap?',
    },
    source: balance('L647'),
  },
  'language-level': {
    id: 'language-level',
    title: { nb: 'Norsknivå', en: 'Norwegian level' },
    question: {
      nb: 'Er norsken hennes på nivået jobben faktisk krever?',
      en: 'Is her Norwegian at the level the job really demands?',
    },
    source: {
      document: 'afi-report',
      section: '2.4.1 and 3.5.1 (språkkrav)',
      lines: 'L4149–4153, L5793–5809',
    },
  },
  'working-hours': {
    id: 'working-hours',
    title: { nb: 'Arbeidstid', en: 'Working hours' },
    question: {
      nb: 'Passer starttider, kveld og helg med omsorgsoppgavene hennes?',
      en: 'Do start times, evenings and weekends fit her care duties?',
    },
    source: { document: 'afi-report', section: '2.4.2 (store omsorgsoppgaver)', lines: 'L4423–4433' },
  },
  'religious-constraints': {
    id: 'religious-constraints',
    title: { nb: 'Religiøse hensyn', en: 'Religious constraints' },
    question: {
      nb: 'Strider oppgaver eller klesregler mot hennes overbevisning, og kan det løses?',
      en: 'Do tasks or dress rules conflict with her convictions, and can it be solved?',
    },
    source: { document: 'handbook', section: '§9 Kulturelle forskjeller', lines: 'L304–310' },
  },
  'health-limitations': {
    id: 'health-limitations',
    title: { nb: 'Helsebegrensninger', en: 'Health limitations' },
    question: {
      nb: 'Tåler helsen hennes kravene i jobben, eventuelt med tilrettelegging?',
      en: 'Can her health meet the demands of the job, with adaptations if needed?',
    },
    source: { document: 'afi-report', section: '2.4.1 (helseutfordringer)', lines: 'L4178–4182' },
  },
  'development-potential': {
    id: 'development-potential',
    title: { nb: 'Utviklingsmuligheter', en: 'Development potential' },
    question: {
      nb: 'Fører jobben videre: fast stilling, flere timer, fagbrev?',
      en: 'Does the job lead on: a permanent position, more hours, a trade certificate?',
    },
    source: {
      document: 'afi-report',
      section: '2.4.2 (etteroppfølging, kompetansepåfyll)',
      lines: 'L4825–4855',
    },
  },
  'declared-work': {
    id: 'declared-work',
    title: { nb: 'Hvitt arbeid', en: 'Declared work' },
    question: {
      nb: 'Er arbeidet meldt, med kontrakt og innberettet lønn?',
      en: 'Is the work declared, with a contract and declared pay?',
    },
    source: { document: 'afi-report', section: '2.4.3 («hvit jobb» med «hvit lønn»)', lines: 'L4916–4936' },
  },
  'position-type': {
    id: 'position-type',
    title: { nb: 'Stillingstype', en: 'Position type' },
    question: {
      nb: 'Passer sesong, deltid, ekstravakter eller full stilling med ønskene og inntektsbehovet hennes?',
      en: 'Do seasonal, part-time, extra-shift or full-time work fit her wishes and income needs?',
    },
    source: { document: 'handbook', section: 'Kartlegge arbeidsgivers behov', lines: 'L600' },
  },
  'training-capacity': {
    id: 'training-capacity',
    title: { nb: 'Opplæringskapasitet', en: 'Training capacity' },
    question: {
      nb: 'Kan arbeidsplassen lære henne opp og støtte henne (mentor, fadder, villig kollega)?',
      en: 'Can the workplace train and support her (a mentor or fadder, a willing colleague)?',
    },
    source: {
      document: 'afi-report',
      section: '3.4.1 (en ansatt som var åpen for å lære opp)',
      lines: 'L5589–5591',
    },
  },
});
