import type { z } from 'zod';
import { deepFreeze } from '../_lib/deepFreeze';
import { afi, handbook } from '../_lib/needs/sources';
import { type NeedId } from './needId';
import type { NeedDefinitionSchema } from './needDefinitionSchema';

/**
 * One entry of the needs taxonomy: level, labels, description, examples and sources.
 *
 * @example
 * ```ts
 * const need: NeedDefinition = getNeed('mobility');
 * need.label.en; // => 'Travelling alone'
 * ```
 * @category Needs
 */
export interface NeedDefinition extends z.output<typeof NeedDefinitionSchema> {}

type Entry = Omit<NeedDefinition, 'id' | 'distinguishing' | 'safety'> & {
  distinguishing?: true;
  safety?: true;
};

const T6 = afi('2.5 Tabell 6 (bistandsbehov på mikro-, meso- og makronivå)', 'L5014–5101');

const ENTRIES: Readonly<Record<NeedId, Entry>> = {
  'norwegian-language': {
    level: 'micro',
    label: { nb: 'Norskferdigheter', en: 'Norwegian skills' },
    description: {
      nb: 'Norsken er ikke god nok for det arbeidet hun ønsker seg, eller for å få jobb i det hele tatt.',
      en: 'Her Norwegian falls short of what the work she wants calls for, or of what it takes to be hired at all.',
    },
    examples: [
      {
        nb: 'Muntlig nivå under B1 når barnehage eller helse er målet.',
        en: 'Spoken level below B1 when a kindergarten or health job is the goal.',
      },
      {
        nb: 'Lite framgang etter flere år med norskkurs.',
        en: 'Little progress after years of Norwegian classes.',
      },
    ],
    sources: [afi('2.4.1 M1 (norskkunnskaper)', 'L4132–4175'), T6],
  },
  literacy: {
    level: 'micro',
    label: { nb: 'Lese- og skriveferdigheter', en: 'Literacy' },
    description: {
      nb: 'Hun kan ikke lese eller skrive, på eget språk eller med latinske bokstaver.',
      en: 'She cannot read or write, in her own language or in the Latin alphabet.',
    },
    examples: [
      {
        nb: 'Kan ikke lese skilt, timelister eller beskjeder på jobb.',
        en: 'Cannot read signs, timesheets or messages at work.',
      },
      {
        nb: 'Leser eget språk, men ikke latinsk skrift.',
        en: 'Reads her own script but not the Latin alphabet.',
      },
    ],
    sources: [afi('2.4.2 S5 (analfabetisme)', 'L4509–4515'), handbook('Zahras historie', 'L545–549')],
  },
  health: {
    level: 'micro',
    label: { nb: 'Helse', en: 'Health' },
    description: {
      nb: 'Fysiske eller psykiske helseplager, utredet eller ikke, som påvirker arbeid; også traumer.',
      en: 'Physical or mental health problems, diagnosed or not, that bear on work; trauma included.',
    },
    examples: [
      { nb: 'Ryggskade som utelukker tunge løft.', en: 'A back injury that rules out heavy lifting.' },
      {
        nb: 'Tegn på traumer uten oppfølging fra helsetjenesten.',
        en: 'Signs of trauma with no follow-up from health services.',
      },
    ],
    sources: [afi('2.4.1 M2 (avklarte og uavklarte helseutfordringer)', 'L4177–4241'), T6],
  },
  'job-seeking-skills': {
    level: 'micro',
    label: { nb: 'Jobbsøkerkompetanse', en: 'Job-seeking skills' },
    description: {
      nb: 'Hun vet lite om hvordan man søker jobb i Norge: CV, søknad, intervju og hvilke jobber som finnes.',
      en: 'She knows little about looking for work in Norway: CV, applications, interviews and what jobs exist.',
    },
    examples: [
      { nb: 'Vil ha jobb, men kan ikke si hvilken.', en: 'Wants a job but cannot say which.' },
      {
        nb: 'Har søkt lenge på egen hånd uten svar.',
        en: 'Has applied alone for a long time without answers.',
      },
    ],
    sources: [afi('2.4.1 M3 (lav jobbsøkerkompetanse)', 'L4243–4260'), T6],
  },
  'work-experience': {
    level: 'micro',
    label: { nb: 'Arbeidserfaring', en: 'Work experience' },
    description: {
      nb: 'Hun mangler arbeidserfaring fra Norge, eller har aldri hatt lønnet arbeid.',
      en: 'She has no work experience in Norway, or has never had paid work.',
    },
    examples: [
      { nb: 'Har vært hjemme med barn i mange år.', en: 'Has been at home with children for many years.' },
      {
        nb: 'Lang erfaring fra hjemlandet, men ingen norske referanser.',
        en: 'Long experience abroad but no Norwegian references.',
      },
    ],
    sources: [afi('2.4.1 M4 (manglende arbeidserfaring)', 'L4262–4303'), T6],
  },
  'formal-education': {
    level: 'micro',
    label: { nb: 'Skolegang og formell kompetanse', en: 'Schooling and formal qualifications' },
    description: {
      nb: 'Lite skolegang og ingen formell kompetanse; grunnskolen er ofte ikke fullført.',
      en: 'Little schooling and no formal qualifications; compulsory school is often unfinished.',
    },
    examples: [
      {
        nb: 'Gikk noen få år på skole i hjemlandet.',
        en: 'Went to school for a few years in her home country.',
      },
      {
        nb: 'Ønsker et yrke som krever fagbrev.',
        en: 'Wants an occupation that requires a trade certificate.',
      },
    ],
    sources: [afi('2.4.1 M5 (manglende formell kompetanse, lite skolegang)', 'L4304–4313'), T6],
  },
  'foreign-qualifications': {
    level: 'micro',
    label: { nb: 'Utdanning fra utlandet', en: 'Qualifications from abroad' },
    description: {
      nb: 'Utdanningen fra hjemlandet har liten verdi i Norge før den er godkjent eller bygget på.',
      en: 'Education from her home country counts for little in Norway until it is recognised or topped up.',
    },
    examples: [
      {
        nb: 'Lærerutdanning som ikke er søkt godkjent.',
        en: 'A teaching degree never submitted for recognition.',
      },
      {
        nb: 'Vil ikke bruke utdanningen sin og trenger en ny retning.',
        en: 'Does not want to use her degree and needs another direction.',
      },
    ],
    sources: [afi('2.4.1 M6 (formell kompetanse med liten verdi i Norge)', 'L4315–4330'), T6],
  },
  'self-confidence': {
    level: 'micro',
    label: { nb: 'Selvtillit og mestring', en: 'Self-confidence and mastery' },
    description: {
      nb: 'Hun tror ikke hun kan klare en jobb, og ser ikke sine egne ressurser.',
      en: 'She does not believe she can manage a job and does not see her own strengths.',
    },
    examples: [
      { nb: 'Sier «jeg kan ingenting».', en: "Says she can't do anything." },
      {
        nb: 'Kommer fra et land der kvinner sjelden har lønnet arbeid.',
        en: 'Comes from a country where women seldom do paid work.',
      },
    ],
    sources: [
      afi('2.4.1 M7 (selvtillit, selvfølelse, mestring)', 'L4332–4343'),
      handbook('§4 Empowerment', 'L224–230'),
      T6,
    ],
  },
  'digital-skills': {
    level: 'micro',
    label: { nb: 'Digitale ferdigheter', en: 'Digital skills' },
    description: {
      nb: 'Hun kan ikke bruke de digitale tjenestene som trengs for å søke jobb og ha kontakt med det offentlige.',
      en: 'She cannot use the digital services needed to apply for jobs and deal with public bodies.',
    },
    examples: [
      { nb: 'Har ikke e-post eller BankID.', en: 'Has no e-mail or BankID.' },
      { nb: 'Kan ikke sende en søknad på nett.', en: 'Cannot send an application online.' },
    ],
    sources: [
      afi('2.4.1 M3 (manglende IT-kompetanse)', 'L4258–4260'),
      afi('2.4.3 X1 (samfunnets regler)', 'L4882–4893'),
    ],
  },
  mobility: {
    level: 'micro',
    label: { nb: 'Reise alene', en: 'Travelling alone' },
    description: {
      nb: 'Hun reiser ikke alene med buss, tog eller T-bane, og blir ofte kjørt av familien.',
      en: 'She does not travel alone by bus, train or metro, and is usually driven by family.',
    },
    examples: [
      { nb: 'Har aldri kjøpt billett selv.', en: 'Has never bought a ticket herself.' },
      {
        nb: 'Vet ikke hvordan hun kommer seg til en arbeidsplass.',
        en: 'Does not know how to get to a workplace.',
      },
    ],
    sources: [handbook('§8 Opplæring i offentlig kommunikasjon', 'L276–286')],
  },
  'social-network': {
    level: 'micro',
    label: { nb: 'Nettverk', en: 'Social network' },
    description: {
      nb: 'Hun har lite eller ikke noe nettverk utenfor familien, og kan være ensom.',
      en: 'She has little or no network beyond her family and may be lonely.',
    },
    examples: [
      { nb: 'Kjenner ingen i Norge utenom familien.', en: 'Knows nobody in Norway outside the family.' },
      { nb: 'Jobbspesialisten er hennes eneste kontakt.', en: 'The job specialist is her only contact.' },
    ],
    sources: [
      afi('2.4.1 M8 (lite nettverk, ensomhet)', 'L4345–4350'),
      handbook('§7 Nettverksbygging', 'L262–266'),
    ],
  },
  housing: {
    level: 'micro',
    label: { nb: 'Bolig', en: 'Housing' },
    description: {
      nb: 'Hun bor ustabilt eller i en bolig som ikke passer, eller har ikke noe sted å bo.',
      en: 'Her housing is unstable or unfit, or she has nowhere to live.',
    },
    examples: [
      { nb: 'Bor midlertidig på krisesenter.', en: 'Lives at a crisis shelter for now.' },
      { nb: 'Trangbodd med mange barn.', en: 'Crowded housing with many children.' },
    ],
    sources: [
      afi('2.4.1 M8 (boligproblemer)', 'L4345–4348'),
      handbook('§11 Tverrfaglig samarbeid', 'L324–326'),
    ],
  },
  finances: {
    level: 'micro',
    label: { nb: 'Økonomi', en: 'Finances' },
    description: {
      nb: 'Husholdningen har en anstrengt økonomi, gjeld eller lever på stønader.',
      en: 'The household is short of money, in debt or living on benefits.',
    },
    examples: [
      { nb: 'Har ikke råd til busskort eller arbeidsklær.', en: 'Cannot afford a bus pass or work clothes.' },
      { nb: 'Gjeld som trenger hjelp fra gjeldsrådgiver.', en: 'Debt that needs a debt adviser.' },
    ],
    sources: [
      afi('2.4.1 M8 (utfordrende økonomisk situasjon)', 'L4350–4360'),
      handbook('§11 Tverrfaglig samarbeid', 'L324–326'),
    ],
  },
  'family-situation': {
    level: 'meso',
    label: { nb: 'Familiesituasjon', en: 'Family situation' },
    description: {
      nb: 'Familiesituasjonen er krevende, eller familien bestemmer over om hun skal jobbe; familien må ikke bli en byrde for arbeidet.',
      en: 'The family situation is demanding, or the family decides whether she may work; the family must not become a burden on the job.',
    },
    examples: [
      { nb: 'Ektemannen er imot at hun jobber.', en: 'Her husband is against her working.' },
      {
        nb: 'Skilsmisse eller samlivsbrudd under programmet.',
        en: 'Divorce or separation during the programme.',
      },
    ],
    distinguishing: true,
    sources: [
      afi('2.4.2 S1 (utfordrende familiesituasjon)', 'L4370–4418'),
      afi('2.5 (fire særegne behov)', 'L5124–5130'),
      T6,
    ],
  },
  'care-responsibilities': {
    level: 'meso',
    label: { nb: 'Omsorgsoppgaver', en: 'Care responsibilities' },
    description: {
      nb: 'Små eller mange barn, eneforsørgeransvar eller andre omsorgsoppgaver begrenser når og hvor mye hun kan jobbe.',
      en: 'Small or many children, being the sole provider or other care duties limit when and how much she can work.',
    },
    examples: [
      {
        nb: 'Ingen kan levere i barnehagen om jobben starter klokka seks.',
        en: 'Nobody can take the children to kindergarten if work starts at six.',
      },
      { nb: 'Ektefellen jobber turnus.', en: 'Her spouse works shifts.' },
    ],
    sources: [
      afi('2.4.2 S2 (store omsorgsoppgaver)', 'L4420–4453'),
      handbook('§5 Rydde plass til jobb', 'L236–250'),
      handbook('§6 Tett samarbeid med familie og nettverk', 'L254–256'),
      T6,
    ],
  },
  'negative-social-control': {
    level: 'meso',
    label: { nb: 'Negativ sosial kontroll og vold', en: 'Negative social control and violence' },
    description: {
      nb: 'Hun utsettes for press, overvåking, trusler, tvang eller vold som hindrer henne i å ta egne valg; hennes sikkerhet går foran alt annet.',
      en: 'She faces pressure, watching, threats, force or violence that keep her from making her own choices; her safety comes before everything else.',
    },
    examples: [
      { nb: 'Forteller om vold hjemme.', en: 'Tells of violence at home.' },
      {
        nb: 'Familien bestemmer hvem hun kan treffe og om hun kan jobbe.',
        en: 'The family decides whom she may see and whether she may work.',
      },
    ],
    safety: true,
    sources: [
      handbook('§10 Negativ sosial kontroll / vold i nære relasjoner', 'L312–318'),
      handbook('Aminas historie', 'L441–451'),
    ],
  },
  'tailored-assessment': {
    level: 'meso',
    label: { nb: 'Tilpasset kartlegging', en: 'Tailored assessment' },
    description: {
      nb: 'Tidligere kartlegging har ikke fått fram hvem hun er, hva hun kan og hva som motiverer henne.',
      en: 'Earlier assessments did not find out who she is, what she can do and what drives her.',
    },
    examples: [
      {
        nb: 'Mange år i tiltak uten at noen fant en retning.',
        en: 'Many years in measures without anyone finding a direction.',
      },
      {
        nb: 'Kartleggingen mangler opplysninger om tidligere tiltak.',
        en: 'The assessment lacks what earlier measures she has had.',
      },
    ],
    sources: [afi('2.4.2 S3 (mer tilrettelagt kartlegging)', 'L4455–4476'), T6],
  },
  participation: {
    level: 'meso',
    label: { nb: 'Medvirkning', en: 'Participation' },
    description: {
      nb: 'Hun trenger støtte for å ta reelle valg om eget arbeidsliv og eie planen selv.',
      en: 'She needs support to make real choices about her working life and own the plan herself.',
    },
    examples: [
      {
        nb: '«Bare en jobb», uten eget ønske om hvilken.',
        en: '"Just a job", with no wish of her own about which.',
      },
      {
        nb: 'Velger renhold fordi venninnene sier det er lett å få jobb der.',
        en: 'Picks cleaning because friends say jobs are easy to get there.',
      },
    ],
    distinguishing: true,
    sources: [
      afi('2.4.2 S4 (sikre medvirkning)', 'L4478–4496'),
      afi('2.5 (fire særegne behov)', 'L5124–5130'),
      T6,
    ],
  },
  'language-support': {
    level: 'meso',
    label: { nb: 'Språkstøtte', en: 'Language support' },
    description: {
      nb: 'Hjelpeapparatet må tilpasse språket sitt: tolk, enkelt språk, muntlig gjennomgang og språkopplæring knyttet til jobben.',
      en: 'The support system must adapt how it communicates: interpreter, plain language, spoken walk-throughs and job-linked language learning.',
    },
    examples: [
      {
        nb: 'Trenger tolk når samarbeidsavtalen gås gjennom.',
        en: 'Needs an interpreter to go through the cooperation agreement.',
      },
      {
        nb: 'Klasseromsnorsken hjelper lite på arbeidsplassen.',
        en: 'Classroom Norwegian helps little at work.',
      },
    ],
    distinguishing: true,
    sources: [
      afi('2.4.2 S5 (effektiv språkstøtte)', 'L4498–4527'),
      afi('2.5 (fire særegne behov)', 'L5124–5130'),
      handbook('§1 Kartlegging av norskkunnskaper', 'L175–177'),
      T6,
    ],
  },
  'cultural-differences': {
    level: 'meso',
    label: { nb: 'Kulturforskjeller', en: 'Cultural differences' },
    description: {
      nb: 'Både hun og arbeidsgiveren trenger hjelp til å forstå og løse forskjeller i arbeidskultur, normer og religiøs praksis.',
      en: 'Both she and the employer need help to understand and settle differences in work culture, norms and religious practice.',
    },
    examples: [
      { nb: 'Vil bruke hijab sammen med uniformen.', en: 'Wants to wear a hijab with the uniform.' },
      {
        nb: 'Venter på neste beskjed i stedet for å ta initiativ.',
        en: 'Waits for the next instruction instead of taking initiative.',
      },
    ],
    distinguishing: true,
    sources: [
      afi('2.4.2 S6 (kulturforskjeller)', 'L4529–4582'),
      afi('2.5 (fire særegne behov)', 'L5124–5130'),
      handbook('§9 Kulturelle forskjeller', 'L296–310'),
      T6,
    ],
  },
  'different-follow-up-content': {
    level: 'meso',
    label: { nb: 'Annerledes oppfølging', en: 'Different follow-up content' },
    description: {
      nb: 'Vanlige kurs og tiltak har ikke gitt læring; oppfølgingen må ha et annet, mer praktisk innhold.',
      en: 'Ordinary courses and measures have not led to learning; the follow-up needs other, more practical content.',
    },
    examples: [
      {
        nb: 'Har gått på kurs i mange år uten å komme nærmere jobb.',
        en: 'Has attended courses for years without getting closer to work.',
      },
      {
        nb: 'Lærer best ved å gjøre oppgaven sammen med noen.',
        en: 'Learns best by doing the task alongside someone.',
      },
    ],
    sources: [afi('2.4.2 S7 (annerledes innhold i arbeidsrettet oppfølging)', 'L4584–4596'), T6],
  },
  'closer-follow-up': {
    level: 'meso',
    label: { nb: 'Tettere oppfølging', en: 'Closer follow-up' },
    description: {
      nb: 'Hun trenger hyppigere og tettere oppfølging enn programmet vanligvis gir.',
      en: 'She needs more frequent and closer follow-up than the programme usually gives.',
    },
    examples: [
      { nb: 'Står i fare for å falle ut av programmet.', en: 'Is at risk of dropping out of the programme.' },
      { nb: 'Tidligere tiltak har ikke gitt framgang.', en: 'Earlier measures brought no progress.' },
    ],
    sources: [
      afi('2.4.2 S8 (tettere oppfølging)', 'L4598–4688'),
      afi('8.2 (målgruppen for SE)', 'L12802–12830'),
      T6,
    ],
  },
  'inter-agency-cooperation': {
    level: 'meso',
    label: { nb: 'Tverrfaglig samarbeid', en: 'Inter-agency cooperation' },
    description: {
      nb: 'Flere tjenester må samarbeide om henne, for eksempel helse, bolig, sosialtjeneste, gjeldsrådgivning og krisesenter.',
      en: 'Several services must work together for her, such as health, housing, social services, debt advice and a crisis centre.',
    },
    examples: [
      { nb: 'Uavklarte helseplager uten behandling.', en: 'Undiagnosed health problems without treatment.' },
      {
        nb: 'Trenger bolig og økonomisk hjelp samtidig.',
        en: 'Needs housing and financial help at the same time.',
      },
    ],
    sources: [
      afi('2.4.2 S9 (tverretatlig samarbeid)', 'L4690–4755'),
      handbook('§11 Tverrfaglig samarbeid', 'L320–332'),
    ],
  },
  'practice-trap': {
    level: 'meso',
    label: { nb: 'Praksisfellen', en: 'Practice trap' },
    description: {
      nb: 'Hun risikerer lange eller gjentatte ulønnede praksiser som ikke fører til ansettelse.',
      en: 'She risks long or repeated unpaid placements that never lead to a job.',
    },
    examples: [
      {
        nb: 'Praksisen forlenges selv om arbeidsgiveren er fornøyd.',
        en: 'The placement is extended although the employer is satisfied.',
      },
      { nb: 'Flere praksisplasser etter hverandre uten lønn.', en: 'One unpaid placement after another.' },
    ],
    sources: [afi('2.4.2 S10 (praksisfellen)', 'L4757–4789'), T6],
  },
  'workplace-support': {
    level: 'meso',
    label: { nb: 'Støtte på arbeidsplassen', en: 'Support at the workplace' },
    description: {
      nb: 'Hun og arbeidsgiveren trenger jobbspesialisten til stede på arbeidsplassen, særlig i starten.',
      en: 'She and the employer need the job specialist present at the workplace, above all at the start.',
    },
    examples: [
      {
        nb: 'Trenger hjelp til oppgaver som krever lesing.',
        en: 'Needs help with tasks that call for reading.',
      },
      { nb: 'Misforståelser må ryddes opp raskt.', en: 'Misunderstandings must be cleared up quickly.' },
    ],
    sources: [
      afi('2.4.2 S11 (støtte på arbeidsplassen)', 'L4791–4818'),
      handbook('§14 Jobbstøtte på arbeidsplassen', 'L385–393'),
      T6,
    ],
  },
  'after-follow-up': {
    level: 'meso',
    label: { nb: 'Etteroppfølging', en: 'Follow-up after employment' },
    description: {
      nb: 'Hun trenger oppfølging etter at hun har fått jobb, for å beholde den og komme videre.',
      en: 'She needs follow-up after she is hired, to keep the job and move on from it.',
    },
    examples: [
      { nb: 'Første jobb i Norge, som ringevikar.', en: 'First job in Norway, on call.' },
      { nb: 'Arbeidsgiveren ber henne si opp selv.', en: 'The employer asks her to resign.' },
    ],
    sources: [afi('2.4.2 S12 (etteroppfølging)', 'L4820–4871'), handbook('§15 Etteroppfølging', 'L395–411')],
  },
  'society-rules': {
    level: 'macro',
    label: { nb: 'Samfunnets regler', en: "Society's rules" },
    description: {
      nb: 'Hun trenger hjelp med samfunnets krav og plikter: bankkonto, skattekort, brev fra det offentlige, stønader.',
      en: "She needs help with society's requirements and duties: bank account, tax card, official letters, benefits.",
    },
    examples: [
      { nb: 'Forstår ikke brev fra NAV.', en: 'Does not understand letters from NAV.' },
      { nb: 'Vet ikke hvordan sykmelding fungerer.', en: 'Does not know how sick leave works.' },
    ],
    sources: [afi('2.4.3 X1 (samfunnets lover, regler, krav og plikter)', 'L4882–4893'), T6],
  },
  'working-life-rules': {
    level: 'macro',
    label: { nb: 'Arbeidslivets regler', en: 'Rules of working life' },
    description: {
      nb: 'Hun kjenner lite til skrevne og uskrevne regler i norsk arbeidsliv, som egenmelding, oppsigelse og rettigheter.',
      en: 'She knows little of the written and unwritten rules of Norwegian working life, such as self-certified sick leave, notice and rights.',
    },
    examples: [
      { nb: 'Tar fri uten å avtale det.', en: 'Takes time off without agreeing it.' },
      { nb: 'Vet ikke hva oppsigelsestid betyr.', en: 'Does not know what a notice period means.' },
    ],
    sources: [
      afi('2.4.3 X2 (regler i norsk arbeidsliv)', 'L4895–4914'),
      handbook('§15 Etteroppfølging', 'L405–407'),
      T6,
    ],
  },
  'declared-work': {
    level: 'macro',
    label: { nb: 'Hvitt arbeid', en: 'Declared work' },
    description: {
      nb: 'Hun trenger hjelp til å få en jobb med kontrakt og oppgitt lønn, og til å si nei til svart arbeid.',
      en: 'She needs help to get a job with a contract and declared pay, and to turn down undeclared work.',
    },
    examples: [
      { nb: 'Blir tilbudt svart arbeid etter praksis.', en: 'Is offered undeclared work after a placement.' },
      {
        nb: 'Lang jobbsøking gjør svart arbeid fristende.',
        en: 'A long job search makes undeclared work tempting.',
      },
    ],
    sources: [afi('2.4.3 X3 («hvit jobb» med «hvit lønn»)', 'L4916–4936'), T6],
  },
  'exploitation-protection': {
    level: 'macro',
    label: { nb: 'Vern mot utnytting', en: 'Protection against exploitation' },
    description: {
      nb: 'Hun trenger vern mot utnytting og forskjellsbehandling i arbeidslivet, og hjelp til å bruke rettighetene sine.',
      en: 'She needs protection against exploitation and unequal treatment at work, and help to use her rights.',
    },
    examples: [
      { nb: 'Sagt opp på dagen uten lønn.', en: 'Dismissed on the spot without pay.' },
      { nb: 'Presset til lengre dager enn avtalt.', en: 'Pushed into longer days than agreed.' },
    ],
    sources: [
      afi('2.4.3 X4 (utnyttelse og forskjellsbehandling)', 'L4938–4963'),
      handbook('§15 Etteroppfølging', 'L407–409'),
      T6,
    ],
  },
};

function build(): Readonly<Record<NeedId, NeedDefinition>> {
  const out = {} as Record<NeedId, NeedDefinition>;
  for (const id of Object.keys(ENTRIES) as NeedId[]) {
    const { distinguishing, safety, ...rest } = ENTRIES[id];
    out[id] = { id, ...rest, distinguishing: distinguishing === true, safety: safety === true };
  }
  return deepFreeze(out);
}

/**
 * The needs taxonomy: every {@link NeedId} with level, labels, description, examples and sources.
 *
 * @remarks
 * From the AFI report ch. 2 (micro M1–M8, meso S1–S12, macro X1–X4; table 6
 * and prose) and the handbook's adaptation sections (domain specification §4).
 * Descriptions and examples are our own words. Four needs are marked
 * `distinguishing` — they set this target group apart from classic SE groups
 * (AFI 2.5, L5124–5130); `negative-social-control` is the one `safety` need.
 * Entries are in the order of {@link NEED_IDS}.
 *
 * @example
 * ```ts
 * NEEDS['care-responsibilities'].level; // => 'meso'
 * Object.values(NEEDS).filter((n) => n.distinguishing).length; // => 4
 * ```
 * @category Needs
 */
export const NEEDS: Readonly<Record<NeedId, NeedDefinition>> = build();

/**
 * The four needs that set this target group apart from classic SE groups.
 *
 * @remarks
 * Language support, support with cultural differences, support for real
 * participation, and support so that the family situation does not become a
 * burden (AFI 2.5, L5124–5130; domain specification §4).
 *
 * @example
 * ```ts
 * DISTINGUISHING_NEED_IDS.includes('participation'); // => true
 * ```
 * @category Needs
 */
export const DISTINGUISHING_NEED_IDS = deepFreeze([
  'language-support',
  'cultural-differences',
  'participation',
  'family-situation',
] as const satisfies readonly NeedId[]);
