import { ADAPTATION_IDS, type AdaptationId } from '../../adaptations/adaptationId';
import type { LocalizedText } from '../../core/localizedText';
import type { SourceRef } from '../../core/sourceRef';
import type { MatchFactorId } from '../../matching/matchFactorId';
import { NAV_MEASURE_IDS, type NavMeasureId } from '../../plans/navMeasureId';

/** Status codes, in the order of MATCH_STATUSES. */
export const FIT = 0;
export const ADAPTABLE = 1;
export const CONFLICT = 2;
export const UNKNOWN = 3;

type Party = 'candidate' | 'employer' | 'both';

/** One fixed reason: a status, a text, and what makes it work or what to ask. */
export interface ReasonDef {
  readonly factor: MatchFactorId;
  readonly status: 0 | 1 | 2 | 3;
  readonly hard: boolean;
  readonly text: LocalizedText;
  readonly adaptations: readonly AdaptationId[];
  /** NAV measures that can help; the employer's accepted ones are kept. */
  readonly nav: readonly NavMeasureId[];
  readonly party?: Party;
  readonly question?: LocalizedText;
  readonly source?: SourceRef;
}

const t = (nb: string, en: string): LocalizedText => Object.freeze({ nb, en });
const none: readonly never[] = Object.freeze([]);

interface Extra {
  readonly adaptations?: readonly AdaptationId[];
  readonly nav?: readonly NavMeasureId[];
  readonly hard?: boolean;
  readonly source?: SourceRef;
}

function def(factor: MatchFactorId, status: 0 | 1 | 2, text: LocalizedText, extra: Extra = {}): ReasonDef {
  return Object.freeze({
    factor,
    status,
    hard: extra.hard ?? false,
    text,
    // Catalogue order, so that every list the library returns reads the same way.
    adaptations: Object.freeze(ADAPTATION_IDS.filter((a) => extra.adaptations?.includes(a) === true)),
    nav: Object.freeze(NAV_MEASURE_IDS.filter((m) => extra.nav?.includes(m) === true)),
    ...(extra.source === undefined ? {} : { source: extra.source }),
  });
}

function ask(factor: MatchFactorId, party: Party, text: LocalizedText, question: LocalizedText): ReasonDef {
  return Object.freeze({ factor, status: UNKNOWN, hard: false, text, adaptations: none, nav: none, party, question });
}

// Questions shared by several factors (one clarification each, listing every factor it settles).
const Q_SCHEDULE = t(
  'Hvilke arbeidstider har stillingen: tidligste start, seneste slutt, kveld, helg og natt?',
  'What are the working hours: earliest start, latest end, evenings, weekends and nights?',
);
const Q_RELIEF = t(
  'Hvem kan ta over hjemme (levere, hente, passe barna) når hun jobber utenfor barnas omsorgstid?',
  'Who can take over at home (drop-off, pick-up, looking after the children) when she works outside their care hours?',
);
const Q_CHILDREN = t('Har hun barn hjemme, og hvor gamle er de?', 'Does she have children at home, and how old are they?');
const Q_PAID = t('Er stillingen lønnet, eller er det ulønnet praksis?', 'Is the position paid, or is it an unpaid placement?');
const Q_NAV = t(
  'Hvilke NAV-virkemidler tar arbeidsgiveren imot (lønnstilskudd, mentor, inkluderingstilskudd, arbeidstrening)?',
  'Which NAV measures does the employer accept (wage subsidy, mentor, inclusion grant, work training)?',
);
const Q_TIMES_UNKNOWN = t('Arbeidstidene er ikke kjent ennå.', 'The working hours are not known yet.');
const T_RELIEF_UNKNOWN = t(
  'Det er ikke kjent om noen kan ta over hjemme når hun jobber.',
  'It is not known whether anyone can take over at home while she works.',
);

const FAMILY_ADAPT: readonly AdaptationId[] = ['clearing-room-for-work', 'family-and-network-cooperation'];

const SAFETY: SourceRef = Object.freeze({ document: 'handbook', section: '§10 Negativ sosial kontroll / vold i nære relasjoner', lines: 'L312–318' });
const KINDERGARTEN_STORY: SourceRef = Object.freeze({ document: 'handbook', section: '§13 Jobbforberedende kurs (barnehageeksempelet)', lines: 'L379–381' });
const IMAM_STORY: SourceRef = Object.freeze({ document: 'handbook', section: '§9 Kulturelle forskjeller (imamen)', lines: 'L310' });
const HIJAB: SourceRef = Object.freeze({ document: 'handbook', section: '§9 Kulturelle forskjeller (hijab i uniformen)', lines: 'L306' });
const ZAHRA: SourceRef = Object.freeze({ document: 'handbook', section: 'Zahras historie (jobbstøtte ved lesing)', lines: 'L547' });
const PRACTICE_TRAP: SourceRef = Object.freeze({ document: 'afi-report', section: '2.4.2 (praksisfellen)', lines: 'L4757–4789' });
const PROGRESSION: SourceRef = Object.freeze({ document: 'afi-report', section: '4.6 (20 % fast, 40 % fast, deltid)', lines: 'L7933–7935' });
const SINGLE_MOTHERS: SourceRef = Object.freeze({ document: 'handbook', section: '§7 Nettverksbygging (henting og levering)', lines: 'L266' });
const TRANSPORT: SourceRef = Object.freeze({ document: 'handbook', section: '§8 Offentlig kommunikasjon', lines: 'L278–282' });
const MOTIVATION_FIRST: SourceRef = Object.freeze({ document: 'library', section: 'Domain specification §2 (zero exclusion: motivation work first)' });
const JOB_SUPPORT: SourceRef = Object.freeze({ document: 'handbook', section: '§14 Jobbstøtte på arbeidsplassen', lines: 'L387' });
const MENTOR: SourceRef = Object.freeze({ document: 'handbook', section: '§12 Opplæring av arbeidsgiver (mentor-/fadderordning)', lines: 'L340' });
const JOB_TASTE: SourceRef = Object.freeze({ document: 'afi-report', section: '3.5.1 (jobbsmak viser om svak norsk er et problem)', lines: 'L5775–5791' });

/** Every reason the evaluator can give, keyed by name. Texts are fixed: they never contain input values. */
export const REASON_DEFS = {
  // family-situation
  familySupportive: def('family-situation', FIT, t('Familien støtter at hun tar arbeid.', 'Her family supports her taking paid work.')),
  familyNeutral: def(
    'family-situation',
    FIT,
    t('Familien verken hjelper eller hindrer; familiesituasjonen står ikke i veien.', 'Her family neither helps nor hinders; the family situation does not stand in the way.'),
  ),
  familyOpposed: def(
    'family-situation',
    ADAPTABLE,
    t('Familien er imot at hun jobber; et familieråd kan rydde plass til jobben.', 'Her family is against her working; a family council can help clear room for the job.'),
    { adaptations: FAMILY_ADAPT },
  ),
  familySafety: def(
    'family-situation',
    ADAPTABLE,
    t(
      'Det er tegn på negativ sosial kontroll eller vold; trygghet kommer først, med hjelp fra fagfolk.',
      'There are signs of negative social control or violence; safety comes first, with help from specialists.',
    ),
    { adaptations: ['negative-social-control', 'interdisciplinary-cooperation'], source: SAFETY },
  ),
  familyUnknown: ask(
    'family-situation',
    'candidate',
    t('Familiens syn på at hun jobber er ikke kjent.', 'How her family sees her working is not known.'),
    t('Hvordan ser familien på at hun tar arbeid, og hvem kan hjelpe til hjemme?', 'How does her family see her taking paid work, and who can help at home?'),
  ),

  // spouse-shift-work
  spouseNoShifts: def('spouse-shift-work', FIT, t('Ektefellen jobber ikke turnus.', 'Her spouse does not work shifts.')),
  spouseNoYoungChildren: def(
    'spouse-shift-work',
    FIT,
    t('Ektefellen jobber turnus, men ingen små barn må passes.', 'Her spouse works shifts, but there are no young children to look after.'),
  ),
  spouseDayJob: def(
    'spouse-shift-work',
    FIT,
    t('Ektefellen jobber turnus, men arbeidstiden ligger innenfor barnas omsorgstid.', "Her spouse works shifts, but the job's hours lie within the children's care hours."),
  ),
  spouseRelief: def(
    'spouse-shift-work',
    FIT,
    t('Ektefellen jobber turnus, men andre kan ta over hjemme når begge jobber.', 'Her spouse works shifts, but others can take over at home when both are at work.'),
  ),
  spouseArrange: def(
    'spouse-shift-work',
    ADAPTABLE,
    t(
      'Ektefellen jobber turnus og arbeidstiden går utenfor barnas omsorgstid; en plan med familien kan dekke barna.',
      "Her spouse works shifts and the hours fall outside the children's care; a plan with the family can cover the children.",
    ),
    { adaptations: FAMILY_ADAPT },
  ),
  spouseNoRelief: def(
    'spouse-shift-work',
    CONFLICT,
    t(
      'Ektefellen jobber turnus, arbeidstiden går utenfor barnas omsorgstid, og ingen kan ta over hjemme.',
      "Her spouse works shifts, the hours fall outside the children's care, and nobody can take over at home.",
    ),
  ),
  spouseUnknown: ask(
    'spouse-shift-work',
    'candidate',
    t('Det er ikke kjent om ektefellen jobber turnus.', 'It is not known whether her spouse works shifts.'),
    t('Har hun ektefelle som jobber turnus?', 'Does she have a spouse who works shifts?'),
  ),
  spouseChildrenUnknown: ask('spouse-shift-work', 'candidate', t('Det er ikke kjent om det er små barn hjemme.', 'It is not known whether there are young children at home.'), Q_CHILDREN),
  spouseReliefUnknown: ask('spouse-shift-work', 'candidate', T_RELIEF_UNKNOWN, Q_RELIEF),
  spouseScheduleUnknown: ask('spouse-shift-work', 'employer', Q_TIMES_UNKNOWN, Q_SCHEDULE),

  // sole-provider
  notSoleProvider: def('sole-provider', FIT, t('Hun er ikke alene om å forsørge barna.', 'She is not the only provider for the children.')),
  soleProviderFits: def(
    'sole-provider',
    FIT,
    t('Hun forsørger barna alene, og både arbeidstid og inntekt går opp.', 'She provides for the children alone, and both the hours and the income work out.'),
  ),
  soleProviderArrange: def(
    'sole-provider',
    ADAPTABLE,
    t(
      'Hun forsørger barna alene og arbeidstiden går utenfor omsorgstiden; nettverket kan hjelpe med levering og henting.',
      'She provides for the children alone and the hours fall outside their care; her network can help with drop-off and pick-up.',
    ),
    { adaptations: ['network-building', 'family-and-network-cooperation', 'clearing-room-for-work'], source: SINGLE_MOTHERS },
  ),
  soleProviderNoRelief: def(
    'sole-provider',
    CONFLICT,
    t(
      'Hun forsørger barna alene, arbeidstiden går utenfor omsorgstiden, og ingen kan avlaste henne.',
      'She provides for the children alone, the hours fall outside their care, and nobody can relieve her.',
    ),
  ),
  soleProviderSubsidy: def(
    'sole-provider',
    ADAPTABLE,
    t(
      'Hun forsørger barna alene og stillingen er ulønnet; lønnstilskudd kan gjøre den til lønnet arbeid.',
      'She provides for the children alone and the position is unpaid; a wage subsidy can turn it into paid work.',
    ),
    { nav: ['wage-subsidy'] },
  ),
  soleProviderUnpaid: def(
    'sole-provider',
    CONFLICT,
    t('Hun forsørger barna alene og trenger inntekt, men stillingen er ulønnet.', 'She provides for the children alone and needs an income, but the position is unpaid.'),
  ),
  soleProviderUnknown: ask(
    'sole-provider',
    'candidate',
    t('Det er ikke kjent om hun forsørger barna alene.', 'It is not known whether she provides for the children alone.'),
    t('Forsørger hun barna alene?', 'Does she provide for the children alone?'),
  ),
  soleProviderChildrenUnknown: ask('sole-provider', 'candidate', t('Det er ikke kjent om det er små barn hjemme.', 'It is not known whether there are young children at home.'), Q_CHILDREN),
  soleProviderReliefUnknown: ask('sole-provider', 'candidate', T_RELIEF_UNKNOWN, Q_RELIEF),
  soleProviderScheduleUnknown: ask('sole-provider', 'employer', Q_TIMES_UNKNOWN, Q_SCHEDULE),
  soleProviderPaidUnknown: ask('sole-provider', 'employer', t('Det er ikke kjent om stillingen er lønnet.', 'It is not known whether the position is paid.'), Q_PAID),
  soleProviderNavUnknown: ask(
    'sole-provider',
    'employer',
    t('Det er ikke kjent om arbeidsgiveren tar imot lønnstilskudd.', 'It is not known whether the employer accepts a wage subsidy.'),
    Q_NAV,
  ),

  // after-school-care
  afterSchoolNone: def('after-school-care', FIT, t('Ingen barn trenger oppfølging etter skoletid.', 'No child needs follow-up after school.')),
  afterSchoolInTime: def(
    'after-school-care',
    FIT,
    t('Arbeidsdagen slutter i tide til å følge opp barna etter skolen.', 'The working day ends in time to follow up the children after school.'),
  ),
  afterSchoolRelief: def('after-school-care', FIT, t('Andre kan følge opp barna etter skoletid.', 'Others can follow up the children after school.')),
  afterSchoolArrange: def(
    'after-school-care',
    ADAPTABLE,
    t(
      'Barn trenger oppfølging etter skolen mens hun er på jobb; en plan med familien eller nettverket kan dekke det.',
      'Children need follow-up after school while she is at work; a plan with the family or network can cover it.',
    ),
    { adaptations: FAMILY_ADAPT },
  ),
  afterSchoolNoRelief: def(
    'after-school-care',
    CONFLICT,
    t(
      'Barn trenger oppfølging etter skolen mens hun er på jobb, og ingen kan ta over.',
      'Children need follow-up after school while she is at work, and nobody can take over.',
    ),
  ),
  afterSchoolUnknown: ask(
    'after-school-care',
    'candidate',
    t('Det er ikke kjent om barn trenger oppfølging etter skoletid.', 'It is not known whether any child needs follow-up after school.'),
    t('Trenger noen av barna oppfølging etter skoletid?', 'Does any of the children need follow-up after school?'),
  ),
  afterSchoolReliefUnknown: ask('after-school-care', 'candidate', T_RELIEF_UNKNOWN, Q_RELIEF),
  afterSchoolScheduleUnknown: ask('after-school-care', 'employer', Q_TIMES_UNKNOWN, Q_SCHEDULE),

  // marital-challenges
  maritalNone: def('marital-challenges', FIT, t('Ingen kjente vansker i ekteskapet står i veien.', 'No known difficulties in the marriage stand in the way.')),
  maritalSupport: def(
    'marital-challenges',
    ADAPTABLE,
    t(
      'Vansker i ekteskapet kan tynge oppstarten; gi støtte og veiledning, også juridisk, i samarbeid med andre tjenester.',
      'Difficulties in the marriage can weigh on the start; give support and guidance, legal too, together with other services.',
    ),
    { adaptations: ['family-and-network-cooperation', 'interdisciplinary-cooperation'] },
  ),
  maritalUnknown: ask(
    'marital-challenges',
    'candidate',
    t('Det er ikke kjent om forhold hjemme kan påvirke oppstarten.', 'It is not known whether matters at home could affect the start.'),
    t('Er det forhold i ekteskapet som kan gjøre det vanskelig å begynne i jobb?', 'Is there anything in the marriage that could make it hard to start work?'),
  ),

  // cultural-differences
  cultureReady: def(
    'cultural-differences',
    FIT,
    t('Hun kjenner norsk arbeidsliv, og arbeidsgiveren kjenner målgruppen.', 'She knows Norwegian working life, and the employer knows the target group.'),
  ),
  cultureCandidate: def(
    'cultural-differences',
    ADAPTABLE,
    t(
      'Hun er ny i norsk arbeidsliv; forbered henne på skrevne og uskrevne regler før oppstart.',
      'She is new to Norwegian working life; prepare her for the written and unwritten rules before she starts.',
    ),
    { adaptations: ['cultural-differences', 'job-preparation-course'] },
  ),
  cultureEmployer: def(
    'cultural-differences',
    ADAPTABLE,
    t(
      'Arbeidsgiveren kjenner ikke målgruppen; gi arbeidsgiveren opplæring i språk- og kulturforskjeller.',
      'The employer does not know the target group; train the employer in language and cultural differences.',
    ),
    { adaptations: ['cultural-differences', 'employer-training'] },
  ),
  cultureBoth: def(
    'cultural-differences',
    ADAPTABLE,
    t(
      'Både hun og arbeidsgiveren er nye for hverandres arbeidskultur; forbered begge parter for å unngå misforståelser.',
      "She and the employer are both new to each other's work culture; prepare both sides to avoid misunderstandings.",
    ),
    { adaptations: ['cultural-differences', 'employer-training', 'job-preparation-course'] },
  ),
  cultureUnknown: ask(
    'cultural-differences',
    'candidate',
    t('Det er ikke kjent hvor godt hun kjenner norsk arbeidsliv.', 'How well she knows Norwegian working life is not known.'),
    t('Har hun erfaring fra norsk arbeidsliv eller kjennskap til reglene der?', 'Does she have experience of Norwegian working life or know its rules?'),
  ),

  // commute
  commuteFits: def('commute', FIT, t('Reisen er innenfor det hun klarer, og hun reiser alene.', 'The trip is within what she can manage, and she travels on her own.')),
  commuteTraining: def(
    'commute',
    ADAPTABLE,
    t(
      'Reisen er kort nok, men hun reiser ikke alene ennå; øv på reiseruten sammen før oppstart.',
      'The trip is short enough, but she does not travel on her own yet; practise the route together before she starts.',
    ),
    { adaptations: ['public-transport-training'], source: TRANSPORT },
  ),
  commuteTooLong: def('commute', CONFLICT, t('Reisen er lengre enn hun klarer.', 'The trip is longer than she can manage.')),
  commuteTimeUnknown: ask(
    'commute',
    'both',
    t('Reisetiden til arbeidsstedet er ikke kjent.', 'The travel time to the workplace is not known.'),
    t('Hvor lang er reisen fra hjemmet hennes til arbeidsstedet?', 'How long is the trip from her home to the workplace?'),
  ),
  commuteLimitUnknown: ask(
    'commute',
    'candidate',
    t('Det er ikke kjent hvor lang reisevei hun klarer.', 'It is not known how long a trip she can manage.'),
    t('Hvor lang reisevei til jobb klarer hun?', 'How long a trip to work can she manage?'),
  ),
  commuteAloneUnknown: ask(
    'commute',
    'candidate',
    t('Det er ikke kjent om hun reiser alene med kollektivtransport.', 'It is not known whether she travels alone by public transport.'),
    t('Reiser hun alene med buss, trikk eller T-bane?', 'Does she travel alone by bus, tram or metro?'),
  ),

  // interest
  interestWished: def('interest', FIT, t('Stillingen er blant hennes egne jobbønsker.', 'The position is among her own job wishes.')),
  interestAvoided: def('interest', CONFLICT, t('Hun ønsker ikke å jobbe i denne bransjen.', 'She does not want to work in this industry.')),
  interestExplore: def(
    'interest',
    ADAPTABLE,
    t(
      'Stillingen er ikke blant ønskene hennes, men hun er åpen for å prøve; utforsk sammen, for eksempel med jobbsmak.',
      'The position is not among her wishes, but she is open to trying; explore it together, for example with a job taste.',
    ),
    { adaptations: ['empowerment'] },
  ),
  interestOther: def('interest', CONFLICT, t('Stillingen er ikke blant ønskene hennes.', 'The position is not among her wishes.')),
  interestUnknown: ask(
    'interest',
    'candidate',
    t('Jobbønskene hennes er ikke kjent ennå.', 'Her job wishes are not known yet.'),
    t('Hvilke yrker og bransjer ønsker hun seg?', 'Which occupations and industries does she wish for?'),
  ),

  // motivation
  motivationYes: def('motivation', FIT, t('Hun ønsker lønnet arbeid.', 'She wants paid work.')),
  motivationBuild: def(
    'motivation',
    ADAPTABLE,
    t(
      'Hun har ikke (ennå) sagt at hun vil jobbe; motivasjonsarbeid kommer først, og det er aldri en grunn til å utelukke henne.',
      'She has not (yet) said she wants to work; motivation work comes first, and it is never a reason to exclude her.',
    ),
    { adaptations: ['empowerment', 'relationship-building'], source: MOTIVATION_FIRST },
  ),
  motivationUnknown: ask(
    'motivation',
    'candidate',
    t('Det er ikke kjent om hun ønsker lønnet arbeid.', 'It is not known whether she wants paid work.'),
    t('Ønsker hun lønnet arbeid?', 'Does she want paid work?'),
  ),

  // attitude
  attitudeFits: def('attitude', FIT, t('Innstillingen hennes passer det arbeidsgiveren venter.', 'Her attitude fits what the employer expects.')),
  attitudeInitiative: def(
    'attitude',
    ADAPTABLE,
    t(
      'Arbeidsgiveren venter initiativ, og hun er vant til å vente på beskjed; avklar forventningene i en trekantsamtale før misforståelser oppstår.',
      'The employer expects initiative, and she is used to waiting for instructions; clarify expectations in a three-way conversation before misunderstandings arise.',
    ),
    { adaptations: ['cultural-differences', 'employer-training', 'on-the-job-support'], source: KINDERGARTEN_STORY },
  ),
  attitudeService: def(
    'attitude',
    ADAPTABLE,
    t(
      'Jobben krever serviceinnstilling som hun er i ferd med å utvikle; tren på det før og under oppstart.',
      'The job needs a service attitude that she is still developing; practise it before and during the start.',
    ),
    { adaptations: ['job-preparation-course', 'on-the-job-support'] },
  ),
  attitudePunctuality: def(
    'attitude',
    ADAPTABLE,
    t(
      'Hun trenger støtte til å holde tider og avtaler, som arbeidsgivere legger stor vekt på.',
      'She needs support to keep times and appointments, which employers weigh heavily.',
    ),
    { adaptations: ['job-preparation-course', 'on-the-job-support'] },
  ),
  attitudeCandidateUnknown: ask(
    'attitude',
    'candidate',
    t('Det er ikke kjent hvordan hun møter forventninger om initiativ, service og punktlighet.', 'How she meets expectations of initiative, service and punctuality is not known.'),
    t(
      'Hvordan er innstillingen hennes til arbeid: tar hun initiativ, har hun serviceinnstilling, holder hun tider?',
      'What is her attitude to work: does she take initiative, have a service attitude, keep times?',
    ),
  ),
  attitudeEmployerUnknown: ask(
    'attitude',
    'employer',
    t('Det er ikke kjent hva arbeidsgiveren venter av initiativ og service.', 'What the employer expects in initiative and service is not known.'),
    t(
      'Hva mener arbeidsgiveren med å «ta initiativ» og med god service, og hva er viktigst først?',
      'What does the employer mean by "taking initiative" and by good service, and what matters most first?',
    ),
  ),

  // experience
  experienceSame: def('experience', FIT, t('Hun har erfaring fra samme slags arbeid.', 'She has experience of the same kind of work.')),
  experienceNotRequired: def(
    'experience',
    FIT,
    t('Arbeidsgiveren krever ikke erfaring og lærer opp selv.', 'The employer does not require experience and trains people itself.'),
  ),
  experienceTraining: def(
    'experience',
    ADAPTABLE,
    t('Hun mangler erfaringen, men arbeidsplassen kan lære henne opp med en opplæringsplan.', 'She lacks the experience, but the workplace can train her with a training plan.'),
    { adaptations: ['on-the-job-support'] },
  ),
  experienceWorkTraining: def(
    'experience',
    ADAPTABLE,
    t('Hun mangler erfaringen, men arbeidstrening med NAV kan gi henne den.', 'She lacks the experience, but work training with NAV can give it to her.'),
    { nav: ['work-training'] },
  ),
  experienceGap: def(
    'experience',
    CONFLICT,
    t('Arbeidsgiveren krever erfaring hun ikke har, og ingen opplæring er tilbudt.', 'The employer requires experience she does not have, and no training is offered.'),
  ),
  experienceCandidateUnknown: ask(
    'experience',
    'candidate',
    t('Arbeidserfaringen hennes er ikke kjent.', 'Her work experience is not known.'),
    t('Hvilken arbeidserfaring har hun, i Norge og i hjemlandet?', 'What work experience does she have, in Norway and abroad?'),
  ),
  experienceEmployerUnknown: ask(
    'experience',
    'employer',
    t('Det er ikke kjent om arbeidsgiveren krever erfaring.', 'It is not known whether the employer requires experience.'),
    t('Krever arbeidsgiveren erfaring, eller lærer de opp selv?', 'Does the employer require experience, or train people itself?'),
  ),
  experienceNavUnknown: ask(
    'experience',
    'employer',
    t('Det er ikke kjent om arbeidsplassen kan lære henne opp.', 'It is not known whether the workplace can train her.'),
    t('Kan arbeidsplassen lære henne opp, eller ta imot arbeidstrening fra NAV?', 'Can the workplace train her, or take her on NAV work training?'),
  ),

  // language-level
  languageFits: def('language-level', FIT, t('Norsken hennes er på nivået jobben faktisk krever.', 'Her Norwegian is at the level the job really demands.')),
  languageReading: def(
    'language-level',
    ADAPTABLE,
    t(
      'Hun leser ikke ennå; jobbstøtte på arbeidsplassen kan dekke oppgavene som krever lesing mens hun lærer.',
      'She does not read yet; support at the workplace can cover the tasks that need reading while she learns.',
    ),
    { adaptations: ['on-the-job-support', 'norwegian-skills-plan'], source: ZAHRA },
  ),
  languageGap: def(
    'language-level',
    ADAPTABLE,
    t(
      'Norsken hennes er litt under det jobben krever; en norskplan og støtte i jobben kan tette gapet, og en jobbsmak viser om det er et reelt problem.',
      'Her Norwegian is a little below what the job demands; a Norwegian plan and support on the job can close the gap, and a job taste shows whether it is a real problem.',
    ),
    { adaptations: ['norwegian-skills-plan', 'on-the-job-support'], nav: ['work-training', 'mentor'], source: JOB_TASTE },
  ),
  languageTooFar: def(
    'language-level',
    CONFLICT,
    t('Norsken hennes er ennå langt under det jobben krever.', 'Her Norwegian is still far below what the job demands.'),
  ),
  languageLevelUnknown: ask(
    'language-level',
    'candidate',
    t('Norsknivået hennes er ikke kartlagt.', 'Her Norwegian level has not been mapped.'),
    t('Hvilket nivå har hun i muntlig norsk?', 'What is her level of spoken Norwegian?'),
  ),
  languageReadingUnknown: ask(
    'language-level',
    'candidate',
    t('Det er ikke kjent om hun leser latinsk skrift.', 'It is not known whether she reads Latin script.'),
    t('Kan hun lese enkle instruksjoner på norsk?', 'Can she read simple instructions in Norwegian?'),
  ),
  languageReadingDemandUnknown: ask(
    'language-level',
    'employer',
    t('Det er ikke kjent om oppgavene krever lesing.', 'It is not known whether the tasks need reading.'),
    t('Krever oppgavene at hun leser (instruksjoner, lister, merking)?', 'Do the tasks need reading (instructions, lists, labels)?'),
  ),

  // working-hours
  hoursFit: def('working-hours', FIT, t('Arbeidstidene passer både henne og omsorgsoppgavene.', 'The working hours fit both her and her care duties.')),
  hoursRelief: def(
    'working-hours',
    FIT,
    t('Arbeidstiden går utenfor barnas omsorgstid, men andre kan ta over hjemme.', "The hours fall outside the children's care, but others can take over at home."),
  ),
  hoursArrange: def(
    'working-hours',
    ADAPTABLE,
    t(
      'Arbeidstiden går utenfor barnas omsorgstid; avklar med familien eller nettverket hvem som kan ta over.',
      "The hours fall outside the children's care; agree with the family or network who can take over.",
    ),
    { adaptations: FAMILY_ADAPT },
  ),
  hoursCareNoRelief: def(
    'working-hours',
    CONFLICT,
    t(
      'Arbeidstiden kan ikke forenes med omsorgen for barna, og ingen kan avlaste henne.',
      'The hours cannot be combined with caring for the children, and nobody can relieve her.',
    ),
    { hard: true },
  ),
  hoursOutsideLimits: def(
    'working-hours',
    CONFLICT,
    t('Arbeidstiden går utenfor tidene hun har sagt at hun kan jobbe.', 'The hours fall outside the times she has said she can work.'),
  ),
  hoursScheduleUnknown: ask('working-hours', 'employer', Q_TIMES_UNKNOWN, Q_SCHEDULE),
  hoursCandidateUnknown: ask(
    'working-hours',
    'candidate',
    t('Det er ikke kjent om hun kan jobbe utenfor vanlig dagtid.', 'It is not known whether she can work outside ordinary daytime hours.'),
    t('Når kan hun jobbe: tidligste start, seneste slutt, kveld, helg og natt?', 'When can she work: earliest start, latest end, evenings, weekends and nights?'),
  ),
  hoursChildrenUnknown: ask('working-hours', 'candidate', t('Det er ikke kjent om det er små barn hjemme.', 'It is not known whether there are young children at home.'), Q_CHILDREN),
  hoursReliefUnknown: ask('working-hours', 'candidate', T_RELIEF_UNKNOWN, Q_RELIEF),

  // religious-constraints
  religionNone: def(
    'religious-constraints',
    FIT,
    t('Ingen oppgaver, klesregler eller kontakt i jobben strider mot hennes overbevisning.', 'No task, dress rule or contact in the job conflicts with her convictions.'),
  ),
  religionReassign: def(
    'religious-constraints',
    ADAPTABLE,
    t('Noen oppgaver berører hennes overbevisning, men kolleger kan ta dem.', 'Some tasks touch her convictions, but colleagues can take them over.'),
    { adaptations: ['cultural-differences'] },
  ),
  religionNegotiable: def(
    'religious-constraints',
    ADAPTABLE,
    t(
      'Noen oppgaver berører hennes overbevisning; hun er åpen for å finne en løsning, for eksempel ved å spørre sin religiøse veileder.',
      'Some tasks touch her convictions; she is open to finding a solution, for example by asking her religious leader.',
    ),
    { adaptations: ['cultural-differences'], source: IMAM_STORY },
  ),
  religionUnresolved: def(
    'religious-constraints',
    CONFLICT,
    t('Oppgaver i jobben strider mot hennes overbevisning, og det finnes ingen løsning ennå.', 'Tasks in the job conflict with her convictions, and there is no solution yet.'),
    { hard: true },
  ),
  religionDressAdapt: def(
    'religious-constraints',
    ADAPTABLE,
    t(
      'Uniformen passer ikke med det hun bærer, men arbeidsgiveren kan tilpasse den; mange har hijab som del av uniformen.',
      'The uniform does not fit what she wears, but the employer can adapt it; many include a hijab in the uniform.',
    ),
    { adaptations: ['cultural-differences', 'employer-training'], source: HIJAB },
  ),
  religionDressConflict: def(
    'religious-constraints',
    CONFLICT,
    t('Uniformen passer ikke med det hun bærer, og arbeidsgiveren vil ikke tilpasse den.', 'The uniform does not fit what she wears, and the employer will not adapt it.'),
    { source: HIJAB },
  ),
  religionContactAdapt: def(
    'religious-constraints',
    ADAPTABLE,
    t('Jobben har kontakt hun unngår, men den kan løses på en annen måte.', 'The job has contact she avoids, but it can be handled another way.'),
    { adaptations: ['cultural-differences', 'employer-training'] },
  ),
  religionContactUnresolved: def(
    'religious-constraints',
    CONFLICT,
    t('Jobben har kontakt hun unngår, og det finnes ingen løsning ennå.', 'The job has contact she avoids, and there is no solution yet.'),
    { hard: true },
  ),
  religionCandidateUnknown: ask(
    'religious-constraints',
    'candidate',
    t('Det er ikke kjent om hun har religiøse eller kulturelle hensyn i arbeidet.', 'It is not known whether she has religious or cultural constraints at work.'),
    t(
      'Er det oppgaver, klær eller kontakt (håndhilsing) hun ikke kan gå med på, og er hun åpen for å finne løsninger?',
      'Are there tasks, dress or contact (shaking hands) she cannot accept, and is she open to finding solutions?',
    ),
  ),
  religionTasksUnknown: ask(
    'religious-constraints',
    'employer',
    t('Det er ikke kjent om jobben har oppgaver som berører hennes overbevisning.', 'It is not known whether the job has tasks that touch her convictions.'),
    t(
      'Må hun håndtere svinekjøtt, alkohol eller kjøtt som ikke er halal, og kan kolleger ta det?',
      'Must she handle pork, alcohol or meat that is not halal, and can colleagues take it over?',
    ),
  ),
  religionSolutionUnknown: ask(
    'religious-constraints',
    'both',
    t('Det er ikke kjent om konflikten om oppgavene kan løses.', 'It is not known whether the conflict over the tasks can be solved.'),
    t(
      'Kan kolleger ta oppgavene, eller er hun åpen for å finne en løsning (for eksempel med sin religiøse veileder)?',
      'Can colleagues take the tasks over, or is she open to a solution (for example with her religious leader)?',
    ),
  ),
  religionDressUnknown: ask(
    'religious-constraints',
    'employer',
    t('Det er ikke kjent om uniformen passer med det hun bærer.', 'It is not known whether the uniform fits what she wears.'),
    t('Har jobben uniform, og kan den tilpasses (for eksempel med hijab)?', 'Does the job have a uniform, and can it be adapted (for example with a hijab)?'),
  ),
  religionContactUnknown: ask(
    'religious-constraints',
    'employer',
    t('Det er ikke kjent om jobben har kontakt hun unngår.', 'It is not known whether the job has contact she avoids.'),
    t(
      'Innebærer jobben håndhilsing eller stell av personer av det andre kjønn, og kan det løses på en annen måte?',
      'Does the job involve shaking hands or personal care of people of the other gender, and can it be handled another way?',
    ),
  ),

  // health-limitations
  healthNone: def('health-limitations', FIT, t('Ingen kjente helsebegrensninger står i veien.', 'No known health limitation stands in the way.')),
  healthNoClash: def(
    'health-limitations',
    FIT,
    t('Helsebegrensningene hennes treffer ikke kravene i jobben.', 'Her health limitations do not meet the demands of the job.'),
  ),
  healthAccommodate: def(
    'health-limitations',
    ADAPTABLE,
    t(
      'Jobben har krav hun er begrenset i, men arbeidsgiveren kan tilrettelegge.',
      'The job has demands she is limited in, but the employer can adapt the work.',
    ),
    { adaptations: ['on-the-job-support'], nav: ['inclusion-grant'] },
  ),
  healthGrant: def(
    'health-limitations',
    ADAPTABLE,
    t(
      'Jobben har krav hun er begrenset i; inkluderingstilskudd fra NAV kan dekke tilretteleggingen.',
      'The job has demands she is limited in; an inclusion grant from NAV can pay for adapting the work.',
    ),
    { nav: ['inclusion-grant'] },
  ),
  healthClash: def(
    'health-limitations',
    CONFLICT,
    t('Jobben har krav helsen hennes ikke tåler, og arbeidet kan ikke tilrettelegges.', 'The job has demands her health cannot meet, and the work cannot be adapted.'),
  ),
  healthCandidateUnknown: ask(
    'health-limitations',
    'candidate',
    t('Det er ikke kjent om hun har helsebegrensninger som betyr noe for arbeid.', 'It is not known whether she has health limitations that matter for work.'),
    t(
      'Har hun helsebegrensninger som betyr noe for arbeid (løft, stå lenge, tempo)? Spør bare med samtykke.',
      'Does she have health limitations that matter for work (lifting, standing, pace)? Ask only with consent.',
    ),
  ),
  healthDemandsUnknown: ask(
    'health-limitations',
    'employer',
    t('Kravene i jobben er ikke kjent.', 'The demands of the job are not known.'),
    t('Hvilke fysiske og andre krav stiller jobben (løft, stå lenge, tempo, støy)?', 'What physical and other demands does the job make (lifting, standing, pace, noise)?'),
  ),
  healthAccommodateUnknown: ask(
    'health-limitations',
    'employer',
    t('Det er ikke kjent om arbeidet kan tilrettelegges.', 'It is not known whether the work can be adapted.'),
    t('Kan arbeidsgiveren tilrettelegge arbeidet, eventuelt med inkluderingstilskudd?', 'Can the employer adapt the work, with an inclusion grant if needed?'),
  ),

  // development-potential
  developmentPath: def(
    'development-potential',
    FIT,
    t('Jobben fører videre: fast stilling, flere timer eller fagbrev.', 'The job leads on: a permanent position, more hours or a trade certificate.'),
  ),
  developmentPlacement: def(
    'development-potential',
    ADAPTABLE,
    t(
      'Ulønnet praksis med reell mulighet for ansettelse; hold den kort, med tett oppfølging og lønnet arbeid som mål.',
      'An unpaid placement with a real chance of being hired; keep it short, with close follow-up and paid work as the goal.',
    ),
    { adaptations: ['on-the-job-support'], nav: ['work-training'], source: PRACTICE_TRAP },
  ),
  developmentPracticeTrap: def(
    'development-potential',
    CONFLICT,
    t('Ulønnet praksis uten utsikt til ansettelse kan bli en praksisfelle.', 'An unpaid placement with no prospect of being hired risks becoming a practice trap.'),
    { source: PRACTICE_TRAP },
  ),
  developmentFirstStep: def(
    'development-potential',
    ADAPTABLE,
    t(
      'Jobben fører ikke videre av seg selv, men kan være et første steg; planlegg utvikling i etteroppfølgingen.',
      'The job does not lead on by itself, but can be a first step; plan the next steps in the follow-up after employment.',
    ),
    { adaptations: ['after-follow-up'] },
  ),
  developmentDeadEnd: def(
    'development-potential',
    CONFLICT,
    t('Jobben fører ikke videre, og hun ønsker fast arbeid.', 'The job does not lead on, and she wants a permanent position.'),
  ),
  developmentUnknown: ask(
    'development-potential',
    'employer',
    t('Det er ikke kjent om jobben fører videre.', 'It is not known whether the job leads on.'),
    t('Kan stillingen føre til fast jobb, flere timer eller fagbrev?', 'Can the position lead to a permanent job, more hours or a trade certificate?'),
  ),
  developmentProspectUnknown: ask(
    'development-potential',
    'employer',
    t('Det er ikke kjent om praksisen kan føre til ansettelse.', 'It is not known whether the placement can lead to being hired.'),
    t('Er ansettelse mulig etter praksisen hvis alt går bra?', 'Is employment possible after the placement if all goes well?'),
  ),

  // declared-work
  declaredYes: def('declared-work', FIT, t('Arbeidet er meldt, med kontrakt og innberettet lønn.', 'The work is declared, with a contract and declared pay.')),
  declaredNo: def(
    'declared-work',
    CONFLICT,
    t('Arbeidet er ikke meldt (svart eller delvis svart); det er aldri et alternativ.', 'The work is not declared (fully or partly undeclared); that is never an option.'),
    { hard: true },
  ),
  declaredUnknown: ask(
    'declared-work',
    'employer',
    t('Det er ikke bekreftet at arbeidet er meldt.', 'It has not been confirmed that the work is declared.'),
    t('Blir det skriftlig kontrakt og innberettet lønn?', 'Will there be a written contract and declared pay?'),
  ),

  // position-type
  positionFits: def(
    'position-type',
    FIT,
    t('Stillingstype og stillingsandel passer ønskene og inntektsbehovet hennes.', 'The position type and share fit her wishes and income needs.'),
  ),
  positionTypeNotWished: def('position-type', CONFLICT, t('Stillingstypen er ikke en hun ønsker.', 'The position type is not one she wants.')),
  positionTooLarge: def('position-type', CONFLICT, t('Stillingsandelen er større enn hun klarer nå.', 'The position share is larger than she can manage now.')),
  positionGrow: def(
    'position-type',
    ADAPTABLE,
    t(
      'Stillingsandelen er mindre enn hun ønsker, men kan økes; forhandle videre steg for steg i etteroppfølgingen.',
      'The position share is smaller than she wants, but can grow; negotiate step by step in the follow-up after employment.',
    ),
    { adaptations: ['after-follow-up'], source: PROGRESSION },
  ),
  positionTooSmall: def(
    'position-type',
    CONFLICT,
    t('Stillingsandelen er mindre enn hun ønsker, uten mulighet for flere timer.', 'The position share is smaller than she wants, with no chance of more hours.'),
  ),
  positionIncomeSubsidy: def(
    'position-type',
    ADAPTABLE,
    t(
      'Hun trenger inntekt og stillingen er ulønnet; lønnstilskudd kan gjøre den til lønnet arbeid.',
      'She needs an income and the position is unpaid; a wage subsidy can turn it into paid work.',
    ),
    { nav: ['wage-subsidy'] },
  ),
  positionIncomeShort: def(
    'position-type',
    CONFLICT,
    t('Hun trenger en inntekt å leve av, og stillingen gir ikke det.', 'She needs an income to live on, and the position does not give it.'),
  ),
  positionTypeUnknown: ask(
    'position-type',
    'employer',
    t('Stillingstypen er ikke kjent.', 'The position type is not known.'),
    t(
      'Er behovet sesong, deltid, ekstravakter eller full stilling, og hvor stor er stillingsandelen?',
      'Is the need seasonal, part-time, extra shifts or a full position, and how large is the share?',
    ),
  ),
  positionWishUnknown: ask(
    'position-type',
    'candidate',
    t('Det er ikke kjent hvilke stillinger hun ønsker.', 'It is not known which positions she wants.'),
    t('Hvilke stillingstyper og hvor stor stillingsandel ønsker og klarer hun?', 'Which position types and what position share does she want and manage?'),
  ),
  positionGrowthUnknown: ask(
    'position-type',
    'employer',
    t('Det er ikke kjent om stillingen kan gi flere timer.', 'It is not known whether the position can give more hours.'),
    t('Kan stillingen gi flere timer eller føre til fast stilling?', 'Can the position give more hours or lead to a permanent post?'),
  ),
  positionPaidUnknown: ask('position-type', 'employer', t('Det er ikke kjent om stillingen er lønnet.', 'It is not known whether the position is paid.'), Q_PAID),
  positionNavUnknown: ask(
    'position-type',
    'employer',
    t('Det er ikke kjent om arbeidsgiveren tar imot lønnstilskudd.', 'It is not known whether the employer accepts a wage subsidy.'),
    Q_NAV,
  ),

  // training-capacity
  trainingFits: def(
    'training-capacity',
    FIT,
    t('Arbeidsplassen har en mentor eller fadder, eller en kollega som vil lære henne opp.', 'The workplace has a mentor or fadder, or a colleague willing to train her.'),
    { source: MENTOR },
  ),
  trainingMentor: def(
    'training-capacity',
    ADAPTABLE,
    t(
      'Ingen fadder er utpekt ennå, men arbeidsgiveren tar imot mentortilskudd fra NAV.',
      'No fadder is appointed yet, but the employer accepts a mentor grant from NAV.',
    ),
    { adaptations: ['employer-training'], nav: ['mentor'], source: MENTOR },
  ),
  trainingJobSpecialist: def(
    'training-capacity',
    ADAPTABLE,
    t(
      'Ingen fadder er utpekt, men jobbspesialisten kan gi jobbstøtte på arbeidsplassen mens en fadder kommer på plass.',
      'No fadder is appointed, but the job specialist can support her at the workplace until one is in place.',
    ),
    { adaptations: ['on-the-job-support', 'employer-training'], source: JOB_SUPPORT },
  ),
  trainingNone: def(
    'training-capacity',
    CONFLICT,
    t('Ingen på arbeidsplassen kan lære henne opp, og jobbstøtte der er ikke ønsket.', 'Nobody at the workplace can train her, and support there is not wanted.'),
  ),
  trainingUnknown: ask(
    'training-capacity',
    'employer',
    t('Det er ikke kjent om arbeidsplassen kan lære henne opp.', 'It is not known whether the workplace can train her.'),
    t(
      'Kan arbeidsplassen utpeke en mentor eller fadder, eller en kollega som vil lære henne opp?',
      'Can the workplace appoint a mentor or fadder, or a colleague willing to train her?',
    ),
  ),
} as const satisfies Record<string, ReasonDef>;

/** A reason's name. */
export type ReasonKey = keyof typeof REASON_DEFS;

/** Every reason, indexed by its numeric code. */
export const REASONS: readonly ReasonDef[] = Object.freeze(Object.values(REASON_DEFS));

/** The numeric code of each reason. */
export const R = Object.freeze(
  Object.fromEntries(Object.keys(REASON_DEFS).map((key, index) => [key, index])),
) as Readonly<Record<ReasonKey, number>>;

/** The status of each reason code. */
export const REASON_STATUS: Uint8Array = Uint8Array.from(REASONS, (r) => r.status);

/** 1 for the reason codes that are hard conflicts. */
export const REASON_HARD: Uint8Array = Uint8Array.from(REASONS, (r) => (r.hard ? 1 : 0));
