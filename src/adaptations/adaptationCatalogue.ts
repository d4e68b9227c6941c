import type { NeedId, NeedSeverity } from '../needs/needId';
import { deepFreeze } from '../_lib/deepFreeze';
import { SE_STEP_IDS } from '../process/seStep';
import type { Adaptation, NeedTrigger } from './adaptation';

const SECTION = 'Tilpasninger for vår målgruppe';

function on(severity: NeedSeverity, ...needs: NeedId[]): NeedTrigger[] {
  return needs.map((need) => ({ need, minSeverity: severity }));
}

/**
 * A trigger that holds only when the need rests on one of the given facts (the section's own reason).
 *
 * @param need - The need.
 * @param severity - The lowest severity at which it triggers.
 * @param evidence - The facts (assessment paths) the need must rest on, any one.
 * @returns The trigger.
 */
function via(need: NeedId, severity: NeedSeverity, ...evidence: [string, ...string[]]): NeedTrigger {
  return { need, minSeverity: severity, evidence };
}

/**
 * The catalogue of the handbook's fifteen target-group adaptations, in handbook order (§1–§15).
 *
 * @remarks
 * Domain specification §5; handbook *Tilpasset Supported Employment*, "Tilpasninger for
 * vår målgruppe" (L169–411). Each entry carries its steps, the needs that indicate it,
 * concrete practices and cautions (in our own words) and its source section with line
 * numbers. Tiers:
 * - `core` (applied to everyone in the target group): §1 Norwegian skills and competence
 *   plan (assessed "ved første møte", L175), §2 relationship building ("den viktigste
 *   jobben vi gjør", L187), §4 empowerment ("selve grunnmuren", L224), §5 clearing room
 *   for work ("må man kartlegge familiesituasjonen", L238) and §15 follow-up after
 *   employment ("ett års etteroppfølging for alle", L397). These five are also the ones
 *   all three of the handbook's stories list (L457–489, L512–531, L553–583).
 * - `offer`: §13 the job-preparation course (voluntary, offered to all, L357) and §3
 *   suggestopedia (an alternative way to learn Norwegian, L203–213).
 * - `indicated`: the other eight, each triggered by the needs in `indicatedBy`.
 *
 * Triggers follow each section's own reason (domain specification §5, "Triggers by
 * section"); a trigger with evidence holds only when the need rests on that fact:
 * - §3 suggestopedia: weak literacy, or Norwegian tuition that has stalled
 *   (`norwegian.slowProgress`; L205, AFI L4499–4509) — not a written-only gap.
 * - §6 close cooperation with family and network: a heavy care load
 *   (`care-responsibilities` high) or a family that is unsure or opposed
 *   (`family-situation` resting on `familyStance`; L256). With negative social control
 *   it turns into cooperation with a trusted person she chooses, never the family
 *   (`practicesWithSafetyConcern`; L258, §10).
 * - §7 network building: little or no network, or a single provider without relief at
 *   home (L262–266).
 * - §9 cultural differences: `cultural-differences` or qualifications from abroad (L300–302).
 * - §12 employer training: every employment from the employer steps on (`fromStep`), a
 *   need for support at the workplace, and work-culture gaps observed at a workplace
 *   (L334–351, L377–383).
 * - §14 job support at the workplace: little work experience (none at all, or many years
 *   since her last paid work), weak spoken Norwegian, no literacy, or a need for support
 *   at the workplace (L385–393).
 *
 * The order of this array is the catalogue order used for sorting recommendations;
 * it equals {@link ADAPTATION_IDS}.
 *
 * @example
 * ```ts
 * ADAPTATIONS.length; // => 15
 * ADAPTATIONS.filter((a) => a.tier === 'core').map((a) => a.id);
 * ```
 * @category Adaptations
 */
export const ADAPTATIONS: readonly Adaptation[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'norwegian-skills-plan',
    handbookSection: 1,
    title: {
      nb: 'Kartlegging av norskkunnskaper og plan for kompetanseheving',
      en: 'Norwegian skills assessment and competence plan',
    },
    summary: {
      nb: 'Allerede i første møte finner jobbspesialisten ut hvor godt deltakeren forstår og bruker norsk, og om det trengs tolk. Deretter lager de sammen en realistisk plan for å styrke språk og kompetanse.',
      en: 'At the very first meeting the job specialist finds out how well the participant understands and uses Norwegian, and whether an interpreter is needed. Together they then build a realistic plan for raising her language and skills.',
    },
    steps: ['initial-contact', 'vocational-profiling'],
    tier: 'core',
    forEveryone: true,
    indicatedBy: on(
      'low',
      'norwegian-language',
      'literacy',
      'language-support',
      'formal-education',
      'foreign-qualifications',
    ),
    contraindicatedBy: [],
    safety: false,
    immediateActions: [],
    practices: [
      {
        nb: 'Vurder norsknivået og behovet for tolk i det første møtet.',
        en: 'Assess her Norwegian and the need for an interpreter at the first meeting.',
      },
      {
        nb: 'La henne fylle ut enkle felt som navn, adresse og kontonummer på kartleggingsskjemaet, så du ser hvordan hun skriver.',
        en: 'Ask her to fill in simple fields (name, address, account number) on the intake form to see how she writes.',
      },
      {
        nb: 'Snakk rolig og tydelig, og be henne gjenta med egne ord for å sjekke at hun har forstått.',
        en: 'Speak slowly and clearly, and ask her to say it back in her own words to check understanding.',
      },
      {
        nb: 'Skriv ned planen dere blir enige om, så hun kan ta den med hjem.',
        en: 'Write down the plan you agree on so she can take it home.',
      },
      {
        nb: 'Tilpass planen til hjemmesituasjon, helse og eventuell jobb, så den kan gjennomføres og gir mestring.',
        en: 'Fit the plan to her home situation, health and any job, so it can be carried out and builds mastery.',
      },
      {
        nb: 'Sett mål og delmål med en realistisk tidsplan, og bygg planen opp over flere møter.',
        en: 'Set goals and sub-goals with a realistic timeline, and build the plan up over several meetings.',
      },
    ],
    cautions: [
      {
        text: {
          nb: 'Unngå en for ambisiøs plan: en plan hun ikke klarer, kan ta motet fra henne i stedet for å gi mestring.',
          en: 'Avoid an over-ambitious plan: one she cannot manage may discourage her instead of building mastery.',
        },
      },
    ],
    source: {
      document: 'handbook',
      section: `${SECTION}, §1 Kartlegging av norskkunnskaper / plan for kompetanseheving`,
      lines: 'L171–185',
    },
  },
  {
    id: 'relationship-building',
    handbookSection: 2,
    title: { nb: 'Relasjonsbygging og trygghet', en: 'Relationship building and a sense of safety' },
    summary: {
      nb: 'Tillit bygges fra første møte gjennom hyppig kontakt, lytting og tilgjengelighet. Deltakeren er prosjektleder i sitt eget prosjekt; jobbspesialisten veileder og legger til rette.',
      en: 'Trust is built from the first meeting through frequent contact, listening and being easy to reach. The participant leads her own project; the job specialist guides and makes way.',
    },
    steps: [...SE_STEP_IDS],
    tier: 'core',
    forEveryone: true,
    indicatedBy: on(
      'low',
      'participation',
      'tailored-assessment',
      'different-follow-up-content',
      'closer-follow-up',
    ),
    contraindicatedBy: [],
    safety: false,
    immediateActions: [],
    practices: [
      {
        nb: 'Møt henne ofte i starten, og lytt mer enn du snakker.',
        en: 'Meet her often at the start, and listen more than you talk.',
      },
      {
        nb: 'Møtes gjerne utenfor kontoret: en tur i nærområdet, en kafé eller biblioteket.',
        en: 'Meet outside the office: a walk in the neighbourhood, a café or the library.',
      },
      {
        nb: 'Gi henne et nummer hun kan ringe direkte, og tilby støttesamtaler ved behov.',
        en: 'Give her a number she can call directly, and offer supportive talks when she needs them.',
      },
      {
        nb: 'Avtal alle tiltak sammen og sjekk at hun er enig: hun bestemmer, du veileder.',
        en: 'Agree every measure together and check that she agrees: she decides, you guide.',
      },
      {
        nb: 'Se etter det som holder henne tilbake (økonomi, familie, sosiale forhold, helse), og ta tak i det sammen.',
        en: 'Look for what holds her back (money, family, social life, health) and tackle it together.',
      },
    ],
    cautions: [
      {
        text: {
          nb: 'Fortrolighet er grunnmuren: ingenting deles uten hennes samtykke.',
          en: 'Confidentiality is the foundation: nothing is shared without her consent.',
        },
      },
    ],
    source: {
      document: 'handbook',
      section: `${SECTION}, §2 Relasjonsbygging – skape trygghet`,
      lines: 'L187–199',
    },
  },
  {
    id: 'suggestopedia',
    handbookSection: 3,
    title: {
      nb: 'Suggestopedi – alternativ norskopplæring',
      en: 'Suggestopedia – another way to learn Norwegian',
    },
    summary: {
      nb: 'En språkmetode som tar i bruk alle sansene, med bilder, musikk, rim og lek, og som passer på alle nivåer. Et alternativ når vanlig norskundervisning ikke har gitt fremgang.',
      en: 'A language-learning method that uses all the senses, with pictures, music, rhyme and play, and suits every level. An alternative when ordinary Norwegian classes have not brought progress.',
    },
    steps: ['vocational-profiling', 'job-finding'],
    tier: 'offer',
    forEveryone: false,
    indicatedBy: [
      ...on('low', 'literacy'),
      via('norwegian-language', 'low', 'norwegian.slowProgress'),
      via('language-support', 'low', 'norwegian.slowProgress'),
    ],
    contraindicatedBy: [],
    safety: false,
    immediateActions: [],
    practices: [
      {
        nb: 'Finn ut om en lærer eller et kurs i nærheten bruker suggestopedi, for eksempel via Norsk suggestopediforening.',
        en: 'Find out whether a teacher or course nearby uses suggestopedia, for example through the Norwegian suggestopedia association.',
      },
      {
        nb: 'Tilby metoden når hun har gått lenge på norskkurs uten å komme videre.',
        en: 'Offer the method when she has attended Norwegian classes for a long time without moving on.',
      },
      {
        nb: 'For nybegynnere: be om tekster med oversettelse side om side på morsmålet.',
        en: 'For beginners, ask for texts with a side-by-side translation into her mother tongue.',
      },
    ],
    cautions: [
      {
        text: {
          nb: 'Et frivillig tilbud i tillegg til planen for kompetanseheving, ikke i stedet for den.',
          en: 'A voluntary offer on top of the competence plan, not a replacement for it.',
        },
      },
    ],
    source: {
      document: 'handbook',
      section: `${SECTION}, §3 Suggestopedi – alternativ norskopplæring`,
      lines: 'L203–213',
    },
  },
  {
    id: 'empowerment',
    handbookSection: 4,
    title: { nb: 'Empowerment – de usynlige kvinnene', en: 'Empowerment – the invisible women' },
    summary: {
      nb: 'Deltakeren får hjelp til å se og bruke egne ressurser og erfaringer, slik at troen på å lykkes og følelsen av mestring vokser gjennom hele løpet.',
      en: 'The participant is helped to see and use her own resources and experience, so that her belief in success and her sense of mastery grow throughout the programme.',
    },
    steps: [...SE_STEP_IDS],
    tier: 'core',
    forEveryone: true,
    indicatedBy: on(
      'low',
      'self-confidence',
      'work-experience',
      'formal-education',
      'participation',
      'tailored-assessment',
    ),
    contraindicatedBy: [],
    safety: false,
    immediateActions: [],
    practices: [
      {
        nb: 'Kartlegg ferdigheter fra hjem og hjemland (gårdsarbeid, å drive en stor husholdning, matlaging, søm) som kompetanse å bygge videre på.',
        en: 'Map skills from home and her country of origin (farm work, running a large household, cooking, sewing) as competence to build on.',
      },
      {
        nb: 'Spør hva hun er god til, hva hun vil og hva som gir henne energi og glede.',
        en: 'Ask what she is good at, what she wants and what gives her energy and joy.',
      },
      {
        nb: 'Hold jevn kontakt på møter, telefon, SMS og e-post; støtt, heia og bekreft.',
        en: 'Keep in regular touch by meetings, phone, text and email; support, cheer and affirm.',
      },
      {
        nb: 'La deltakerne intervjue og presentere hverandre, så hun ser egne styrker gjennom andres øyne.',
        en: 'Let participants interview and present each other, so she sees her strengths through the eyes of others.',
      },
      {
        nb: 'Legg til rette for små mestringserfaringer som bekrefter at hun kan lykkes.',
        en: 'Arrange small experiences of success that confirm she can succeed.',
      },
    ],
    cautions: [],
    source: {
      document: 'handbook',
      section: `${SECTION}, §4 Empowerment – de usynlige kvinnene`,
      lines: 'L215–232',
    },
  },
  {
    id: 'clearing-room-for-work',
    handbookSection: 5,
    title: {
      nb: '«Rydde plass til jobb» – kartlegging av familiesituasjonen',
      en: '"Clearing room for work" – mapping the family situation',
    },
    summary: {
      nb: 'Med deltakerens samtykke kartlegges hjemmesituasjonen, og det legges en felles plan for hvordan oppgavene hjemme kan fordeles, så det blir plass til jobb eller utdanning – og til å bli værende i den.',
      en: 'With the participant’s consent, the home situation is mapped and a shared plan is made for how the tasks at home can be shared, so that there is room for work or education – and for staying in it.',
    },
    steps: ['initial-contact', 'vocational-profiling', 'job-finding'],
    tier: 'core',
    forEveryone: true,
    indicatedBy: on('low', 'family-situation', 'care-responsibilities', 'health', 'housing', 'finances'),
    contraindicatedBy: [],
    safety: false,
    immediateActions: [],
    practices: [
      {
        nb: 'Finn ut hvem andre enn mor som kan lage frokost og middag og levere og hente i barnehage og skole.',
        en: 'Find out who besides the mother can make breakfast and dinner and take the children to and from kindergarten and school.',
      },
      {
        nb: 'Samle familien til et familieråd, fysisk eller på Teams, og legg en plan for hvordan alle kan bidra.',
        en: 'Gather the family for a family council, in person or on Teams, and plan how everyone can help.',
      },
      {
        nb: 'Snakk på forhånd om at hun ikke kan svare barna på telefonen gjennom hele arbeidsdagen.',
        en: 'Talk beforehand about her not being able to answer the children’s calls all through the working day.',
      },
      {
        nb: 'Sett av tid til å rydde i helse, økonomi og bolig når kartleggingen avdekker utfordringer der.',
        en: 'Set aside time to sort out health, money and housing when the mapping uncovers problems there.',
      },
    ],
    cautions: [
      {
        text: {
          nb: 'Kartlegg familien bare med hennes samtykke og åpenhet.',
          en: 'Map the family only with her consent and openness.',
        },
      },
      {
        text: {
          nb: 'Ved negativ sosial kontroll eller vold: hold ikke familieråd. Kartlegg situasjonen med henne alene, og la sikkerheten hennes gå foran.',
          en: 'Where there is negative social control or violence, hold no family council: map the situation with her alone and put her safety first.',
        },
        whenNeed: 'negative-social-control',
      },
    ],
    source: {
      document: 'handbook',
      section: `${SECTION}, §5 «Rydde plass til jobb» – kartlegging av familiesituasjon`,
      lines: 'L236–252',
    },
  },
  {
    id: 'family-and-network-cooperation',
    handbookSection: 6,
    title: { nb: 'Tett samarbeid med familie og nettverk', en: 'Close cooperation with family and network' },
    summary: {
      nb: 'Når omsorgsoppgavene hjemme er store, eller familien er usikker på eller imot at hun jobber, spiller jobbspesialisten på lag med familien eller en tillitsperson i nettverket, slik at oppgavene hjemme blir delt og hun kan begynne i og bli i jobb.',
      en: 'When care duties at home are heavy, or the family is unsure about or against her working, the job specialist works with the family or a trusted person in her network, so that the duties at home are shared and she can start work and stay in it.',
    },
    steps: ['vocational-profiling', 'job-finding', 'employer-engagement', 'on-off-job-support'],
    tier: 'indicated',
    forEveryone: false,
    indicatedBy: [
      ...on('high', 'care-responsibilities'),
      via('family-situation', 'moderate', 'familyStance'),
    ],
    contraindicatedBy: [],
    practicesWithSafetyConcern: [
      {
        nb: 'Samarbeid med en tillitsperson hun selv velger – en venninne, en nabo, en lærer – aldri med familien, og hold ikke familieråd.',
        en: 'Work with a trusted person she chooses – a friend, a neighbour, a teacher – never with the family, and hold no family council.',
      },
      {
        nb: 'Avtal med henne og tillitspersonen hvem som kan hente barna og avlaste på arbeidsdager.',
        en: 'Agree with her and the trusted person who can collect the children and take load off her on working days.',
      },
      {
        nb: 'Barnevernet kan være en støttespiller når det allerede følger familien og hun selv ønsker det.',
        en: 'Child welfare can be an ally when it already follows the family and she wants it.',
      },
    ],
    safety: false,
    immediateActions: [],
    practices: [
      {
        nb: 'Møt familien i et familieråd, gjerne med ektemannen og de eldste barna, så alle drar lasset sammen.',
        en: 'Meet the family in a family council, ideally with the husband and the older children, so everyone pulls together.',
      },
      {
        nb: 'Når et jobbtilbud kommer, avklar hvem som henter i barnehagen og tar andre praktiske oppgaver på arbeidsdager.',
        en: 'When a job offer comes, agree who collects the children and covers other practical tasks on working days.',
      },
      {
        nb: 'Gå gjennom jobbmatchen med familien før hun takker ja, og hjelp med tilpasninger hjemme.',
        en: 'Go through the job match with the family before she accepts, and help with adjustments at home.',
      },
      {
        nb: 'Vær velmenende og hjelpsom, ikke kritisk, når dere finner ut hvem som kan avlaste henne.',
        en: 'Be kind and helpful, not critical, when working out who can take load off her.',
      },
      {
        nb: 'Trekk inn en tillitsperson hun selv velger: en venninne, en nabo eller en lærer.',
        en: 'Involve a trusted person she chooses herself: a friend, a neighbour or a teacher.',
      },
      {
        nb: 'Vær åpen og informativ overfor alle parter, lytt til alle og legg én felles plan.',
        en: 'Be open and informative with everyone, listen to all sides and agree one shared plan.',
      },
    ],
    cautions: [
      {
        text: {
          nb: 'Snakk med henne alene først. Hindrer familien henne i å velge selv, er det negativ sosial kontroll: følg rådene for det, og sett sikkerheten hennes først.',
          en: 'Talk with her alone first. If the family stops her from choosing for herself, that is negative social control: follow that guidance and put her safety first.',
        },
      },
      {
        text: {
          nb: 'Barnevernet kan være en støttespiller hvis det allerede følger familien, men bare når hun selv ønsker det.',
          en: 'If child welfare already follows the family it can be an ally, but only when she wants it.',
        },
      },
    ],
    source: {
      document: 'handbook',
      section: `${SECTION}, §6 Tett samarbeid med familie og nettverk`,
      lines: 'L254–260',
    },
  },
  {
    id: 'network-building',
    handbookSection: 7,
    title: { nb: 'Nettverksbygging', en: 'Building a network' },
    summary: {
      nb: 'Deltakere med lite eller ikke noe nettverk utenfor familien får hjelp til å bli kjent med andre, gjennom grupper, turer, frivillige aktiviteter og fritidstilbud for barna.',
      en: 'Participants with little or no network outside the family get help to meet other people, through groups, outings, volunteer activities and leisure activities for the children.',
    },
    steps: ['vocational-profiling', 'job-finding', 'on-off-job-support'],
    tier: 'indicated',
    forEveryone: false,
    indicatedBy: [
      ...on('low', 'social-network'),
      via('care-responsibilities', 'low', 'singleProvider', 'reliefAtHome'),
    ],
    contraindicatedBy: [],
    safety: false,
    immediateActions: [],
    practices: [
      {
        nb: 'Inviter til gruppeaktiviteter der hun møter andre kvinner fra samme bydel.',
        en: 'Invite her to group activities where she meets other women from the same district.',
      },
      {
        nb: 'Arranger turer i nærområdet og felles samlinger med andre prosjekter.',
        en: 'Organise local outings and joint gatherings with other projects.',
      },
      {
        nb: 'Fortell om fritidsaktiviteter for barna og støtteordningene som dekker dem.',
        en: 'Tell her about leisure activities for the children and the grants that pay for them.',
      },
      {
        nb: 'Knytt kontakt med en frivillighetssentral, og bli med første gang hun går på en aktivitet.',
        en: 'Link up with a volunteer centre, and go along the first time she attends an activity.',
      },
      {
        nb: 'For eneforsørgere: finn hjelp til levering og henting av barna når hun begynner i jobb.',
        en: 'For single mothers, find help with taking and collecting the children once she starts work.',
      },
    ],
    cautions: [
      {
        text: {
          nb: 'Mange i denne situasjonen er ensomme og kan slite med depresjon; følg med, og henvis videre ved behov.',
          en: 'Many in this situation are lonely and may struggle with depression; stay alert, and refer on when needed.',
        },
      },
      {
        text: {
          nb: 'Jobbspesialisten kan en tid være hennes eneste nettverk; forvalt den tilliten varsomt.',
          en: 'For a while you may be her only network; handle that trust with care.',
        },
      },
    ],
    source: {
      document: 'handbook',
      section: `${SECTION}, §7 Nettverksbygging – lite eller ikke eksisterende nettverk`,
      lines: 'L262–274',
    },
  },
  {
    id: 'public-transport-training',
    handbookSection: 8,
    title: { nb: 'Opplæring i å reise kollektivt', en: 'Learning to travel by public transport' },
    summary: {
      nb: 'Jobbspesialisten finner tidlig ut om deltakeren kan reise alene, og lærer henne å planlegge reisen, kjøpe billett og finne veien, så hun kommer seg til kurs og jobb på egen hånd.',
      en: 'The job specialist finds out early whether the participant can travel alone, and teaches her to plan the trip, buy a ticket and find the way, so she can get to courses and work on her own.',
    },
    steps: ['initial-contact', 'job-finding', 'on-off-job-support'],
    tier: 'indicated',
    forEveryone: false,
    indicatedBy: on('low', 'mobility'),
    contraindicatedBy: [],
    safety: false,
    immediateActions: [],
    practices: [
      {
        nb: 'Spør tidlig og direkte om hun har reist alene med buss, tog eller T-bane, og si at mange er usikre på dette.',
        en: 'Ask early and directly whether she has travelled alone by bus, train or metro, and say that many people feel unsure about it.',
      },
      {
        nb: 'Reis sammen med henne, og vis hvordan hun kjøper billett.',
        en: 'Travel with her and show her how to buy a ticket.',
      },
      {
        nb: 'Lær henne å planlegge ruten i apper som Ruter, Vy og Google Maps.',
        en: 'Teach her to plan the route in apps such as Ruter, Vy and Google Maps.',
      },
      {
        nb: 'Oppfordre henne til å reise veien til arbeidsplassen alene helgen før første dag, så hun kjenner ruten og vet hvor lang tid det tar.',
        en: 'Encourage her to travel the route to the workplace on her own the weekend before the first day, so she knows the way and how long it takes.',
      },
    ],
    cautions: [
      {
        text: {
          nb: 'Avklar dette før kurs eller praksis starter, så reisen ikke blir et hinder eller noe hun skammer seg over.',
          en: 'Settle this before a course or placement begins, so the journey does not become an obstacle or a source of embarrassment.',
        },
      },
    ],
    source: {
      document: 'handbook',
      section: `${SECTION}, §8 Opplæring og kompetanse om offentlig kommunikasjon`,
      lines: 'L276–286',
    },
  },
  {
    id: 'cultural-differences',
    handbookSection: 9,
    title: { nb: 'Kulturelle forskjeller', en: 'Cultural differences' },
    summary: {
      nb: 'Deltakeren blir bevisst på hvordan hun kan bruke sin kulturelle og språklige kompetanse i arbeidslivet, og både hun og arbeidsgiveren får informasjon om tilpasninger, så misforståelser unngås.',
      en: 'The participant becomes aware of how her cultural and language competence can be used at work, and both she and the employer are told about possible adjustments, so that misunderstandings are avoided.',
    },
    steps: [...SE_STEP_IDS],
    tier: 'indicated',
    forEveryone: false,
    indicatedBy: on('low', 'cultural-differences', 'foreign-qualifications'),
    contraindicatedBy: [],
    safety: false,
    immediateActions: [],
    practices: [
      {
        nb: 'Snakk med henne om hvordan flere språk og kjennskap til en annen kultur er en styrke i jobb.',
        en: 'Talk with her about how speaking several languages and knowing another culture are strengths at work.',
      },
      {
        nb: 'Avklar tidlig om hijab, håndhilsing eller håndtering av svinekjøtt, alkohol eller kjøtt som ikke er halal kan bli et spørsmål i jobben.',
        en: 'Clarify early whether a hijab, shaking hands, or handling pork, alcohol or non-halal meat may become an issue in the job.',
      },
      {
        nb: 'Spør arbeidsgiveren om hijab som del av uniformen; flere butikkjeder og sykehjem har det allerede.',
        en: 'Ask the employer about a hijab as part of the uniform; several shop chains and nursing homes already have one.',
      },
      {
        nb: 'Er hun usikker på om troen tillater en oppgave, kan hun spørre en hun stoler på, for eksempel imamen i moskeen sin.',
        en: 'If she is unsure whether her faith allows a task, she can ask someone she trusts – for example the imam at her mosque.',
      },
      {
        nb: 'Informer både henne og arbeidsgiveren, så misforståelser ikke får vokse.',
        en: 'Inform both her and the employer, so that misunderstandings do not grow.',
      },
    ],
    cautions: [
      {
        text: {
          nb: 'Spørsmål om tro og praksis avgjør hun selv; forklar mulighetene, men press ikke.',
          en: 'Questions of faith and practice are hers to decide; explain the options, but do not push.',
        },
      },
    ],
    source: { document: 'handbook', section: `${SECTION}, §9 Kulturelle forskjeller`, lines: 'L296–310' },
  },
  {
    id: 'negative-social-control',
    handbookSection: 10,
    title: {
      nb: 'Negativ sosial kontroll og vold i nære relasjoner',
      en: 'Negative social control and violence in close relationships',
    },
    summary: {
      nb: 'Jobbspesialisten tør å stille vanskelige spørsmål, lytter, og sørger for at deltakeren raskt får hjelp fra riktige fagfolk når kontroll eller vold kommer fram. Sikkerheten hennes går foran alt annet.',
      en: 'The job specialist dares to ask difficult questions, listens, and makes sure the participant quickly gets help from the right professionals when control or violence comes to light. Her safety comes before everything else.',
    },
    steps: [...SE_STEP_IDS],
    tier: 'indicated',
    forEveryone: false,
    indicatedBy: on('low', 'negative-social-control'),
    contraindicatedBy: [],
    safety: true,
    immediateActions: [
      {
        nb: 'Sørg for at hun er trygg nå: et skjermet rom, og noen hos henne til du kommer.',
        en: 'Make sure she is safe now: a private room, and someone with her until you arrive.',
      },
      {
        nb: 'Ring politiet (112) ved akutt fare.',
        en: 'Call the police (112) if there is immediate danger.',
      },
      {
        nb: 'Kontakt et krisesenter for råd, og følg henne dit hvis hun ønsker det.',
        en: 'Contact a crisis centre for advice, and go there with her if she wants.',
      },
      {
        nb: 'Er barn berørt, kontakt barnevernet, og få barna i trygghet slik krisesenteret råder.',
        en: 'If children are affected, contact child welfare, and bring the children to safety as the crisis centre advises.',
      },
      {
        nb: 'Henvis til fastlegen eller DPS for helsehjelp.',
        en: 'Refer her to her GP or a mental health centre (DPS) for care.',
      },
      {
        nb: 'Gjør alt med hennes samtykke der loven tillater det; plikten til å melde bekymring for barn og til å avverge alvorlig vold gjelder også uten samtykke.',
        en: 'Act with her consent wherever the law allows it; the duty to report concern for a child and to avert serious violence applies even without consent.',
      },
    ],
    practices: [
      {
        nb: 'Hold en oppdatert liste over interne og eksterne fagfolk som kan hjelpe i en akutt situasjon, før du trenger den.',
        en: 'Keep an up-to-date list of internal and external professionals who can help in an emergency, before you need it.',
      },
      {
        nb: 'Tør å stille vanskelige spørsmål, og lytt uten å dømme; mange skammer seg.',
        en: 'Dare to ask difficult questions, and listen without judging; many feel ashamed.',
      },
      {
        nb: 'Bli med til krisesenteret og på møter som støtte og koordinator når hun ønsker det.',
        en: 'Go with her to the crisis centre and to meetings as support and coordinator, when she wants.',
      },
      {
        nb: 'Hjelp henne å få advokat og kontakt med UDI når oppholdet hennes kan bli berørt.',
        en: 'Help her reach a lawyer and UDI when her residence status may be affected.',
      },
      {
        nb: 'Trekk inn boligformidler, gjeldsrådgiver og familiekoordinator, og veiled om stønader og bostøtte.',
        en: 'Bring in the housing officer, debt adviser and family coordinator, and advise on benefits and housing allowance.',
      },
    ],
    cautions: [
      {
        text: {
          nb: 'Jobbspesialisten er ikke behandler eller terapeut: lytt, og henvis videre til fagfolk.',
          en: 'A job specialist is not a therapist: listen, then refer on to professionals.',
        },
      },
      {
        text: {
          nb: 'Del ingenting med familien, og hold ikke familieråd, så lenge hun kan være i fare.',
          en: 'Share nothing with the family, and hold no family council, while she may be at risk.',
        },
      },
      {
        text: {
          nb: 'Opplysninger om vold og kontroll er særlig sensitive; del dem bare med dem som må vite.',
          en: 'Information about violence and control is especially sensitive; share it only with those who need to know.',
        },
      },
    ],
    source: {
      document: 'handbook',
      section: `${SECTION}, §10 Negativ sosial kontroll / vold i nære relasjoner`,
      lines: 'L312–318',
    },
  },
  {
    id: 'interdisciplinary-cooperation',
    handbookSection: 11,
    title: {
      nb: 'Tverrfaglig samarbeid på kontoret og i kommunen',
      en: 'Interdisciplinary cooperation in the office and the municipality',
    },
    summary: {
      nb: 'Jobbspesialisten samarbeider tett med boligkontor, sosialtjeneste, gjeldsrådgivere, helsetjenester, skole og frivillige, så praktiske hindre på veien til jobb blir løst.',
      en: 'The job specialist works closely with the housing office, social services, debt advisers, health services, schools and volunteers, so that practical obstacles on the way to work are removed.',
    },
    steps: [...SE_STEP_IDS],
    tier: 'indicated',
    forEveryone: false,
    indicatedBy: on('low', 'inter-agency-cooperation', 'housing'),
    contraindicatedBy: [],
    safety: false,
    immediateActions: [],
    practices: [
      {
        nb: 'Trekk inn boligkontoret, sosialtjenesten eller en gjeldsrådgiver når bolig eller økonomi står i veien.',
        en: 'Bring in the housing office, social services or a debt adviser when housing or money stands in the way.',
      },
      {
        nb: 'Hjelp henne til rask psykisk helsehjelp eller DPS når helsen krever det, og følg henne dit om hun trenger det.',
        en: 'Help her get fast mental health care or a DPS appointment when her health calls for it, and go with her if she needs it.',
      },
      {
        nb: 'Hold trekantmøter med andre tjenester som følger henne, for eksempel voksenopplæringen.',
        en: 'Hold three-way meetings with other services that follow her, such as adult education.',
      },
      {
        nb: 'Bruk bydelen både som arbeidsgiver og for barnehageplass og helsetjenester.',
        en: 'Use the district both as an employer and for kindergarten places and health services.',
      },
      {
        nb: 'Hold oversikt over frivillige organisasjoner med språkkafé, svømmekurs og datakurs.',
        en: 'Keep track of voluntary organisations offering language cafés, swimming lessons and computer courses.',
      },
    ],
    cautions: [
      {
        text: {
          nb: 'Kontakt andre tjenester bare med hennes samtykke.',
          en: 'Contact other services only with her consent.',
        },
      },
    ],
    source: {
      document: 'handbook',
      section: `${SECTION}, §11 Tverrfaglig samarbeid innad på kontoret og i kommunen`,
      lines: 'L320–332',
    },
  },
  {
    id: 'employer-training',
    handbookSection: 12,
    title: { nb: 'Opplæring av arbeidsgiver', en: 'Preparing the employer' },
    summary: {
      nb: 'Arbeidsgiveren får det som trengs for å lære opp og inkludere deltakeren: tydelige arbeidsoppgaver, en opplæringsplan, mentor eller fadder, og tett oppfølging og trekantsamtaler fra første dag.',
      en: 'The employer gets what it needs to train and include the participant: clear tasks, a training plan, a mentor or buddy, and close follow-up with three-way conversations from the first day.',
    },
    steps: ['employer-engagement', 'on-off-job-support'],
    tier: 'indicated',
    forEveryone: false,
    indicatedBy: [
      ...on('low', 'workplace-support'),
      via('cultural-differences', 'low', 'workplaceObservations'),
    ],
    contraindicatedBy: [],
    fromStep: 'employer-engagement',
    safety: false,
    immediateActions: [],
    practices: [
      {
        nb: 'Definer arbeidsoppgavene sammen med arbeidsgiveren, og lag en opplæringsplan som begge tar del i og evaluerer underveis.',
        en: 'Define the tasks with the employer, and make a training plan that both take part in and review as you go.',
      },
      { nb: 'Fortell om mentor- eller fadderordningen.', en: 'Explain the mentor or buddy scheme.' },
      {
        nb: 'Hold trekantsamtaler jevnlig, fra første arbeidsdag.',
        en: 'Hold three-way conversations regularly, from the first working day.',
      },
      {
        nb: 'Sørg for opplæring i interne digitale systemer som timelister og intranett.',
        en: 'Make sure she is trained in internal digital systems such as timesheets and the intranet.',
      },
      {
        nb: 'Gå gjennom HMS, rutiner, arbeidsreglement og sikkerhetsregler.',
        en: 'Go through health and safety, routines, workplace rules and safety instructions.',
      },
      {
        nb: 'Se til at hun blir inkludert: spiser lunsj med kollegene og er med på sosiale samlinger.',
        en: 'Make sure she is included: eats lunch with colleagues and joins social gatherings.',
      },
      {
        nb: 'Oppfordre til norskopplæring på eller utenfor arbeidsplassen.',
        en: 'Encourage Norwegian training at or outside the workplace.',
      },
      {
        nb: 'Avtal tilpasninger av oppgaver og arbeidstid med arbeidsgiveren når helsen hennes krever det.',
        en: 'Agree adjustments to tasks and working hours with the employer when her health calls for it.',
      },
    ],
    cautions: [
      {
        text: {
          nb: 'Arbeidsgiveren får ikke vite om helse, familie eller vold uten hennes samtykke.',
          en: 'The employer learns nothing about her health, family or any violence without her consent.',
        },
      },
    ],
    source: {
      document: 'handbook',
      section: `${SECTION}, §12 Opplæring av arbeidsgiver i henhold til målgruppen`,
      lines: 'L334–351',
    },
  },
  {
    id: 'job-preparation-course',
    handbookSection: 13,
    title: {
      nb: 'Jobbforberedende kurs – kulturforståelse i arbeidslivet',
      en: 'Job-preparation course – understanding working-life culture',
    },
    summary: {
      nb: 'Et frivillig gruppekurs om CV, søknad, intervju, nettverk og skrevne og uskrevne regler i norsk arbeidsliv, tilbudt så tidlig som mulig etter oppstart.',
      en: 'A voluntary group course on CVs, applications, interviews, networking and the written and unwritten rules of Norwegian working life, offered as early as possible after enrolment.',
    },
    steps: ['vocational-profiling', 'job-finding'],
    tier: 'offer',
    forEveryone: true,
    indicatedBy: on(
      'low',
      'job-seeking-skills',
      'working-life-rules',
      'society-rules',
      'digital-skills',
      'cultural-differences',
      'social-network',
      'self-confidence',
    ),
    contraindicatedBy: [],
    safety: false,
    immediateActions: [],
    practices: [
      {
        nb: 'Tilby kurset tidlig etter oppstart, tilpasset hennes andre aktiviteter.',
        en: 'Offer the course soon after enrolment, fitted around her other activities.',
      },
      {
        nb: 'Øv på CV, søknad, presentasjon og intervju i grupper.',
        en: 'Practise CVs, applications, presentations and interviews in groups.',
      },
      {
        nb: 'La deltakerne intervjue og presentere hverandre.',
        en: 'Let the participants interview and present each other.',
      },
      {
        nb: 'Snakk om uskrevne regler, for eksempel at ledere her venter at man tar initiativ og spør når noe er uklart.',
        en: 'Discuss unwritten rules – for example that managers here expect you to take initiative and to ask when something is unclear.',
      },
      {
        nb: 'Øv på å ta kontakt med arbeidsgivere og bruke nettverket.',
        en: 'Practise contacting employers and using one’s network.',
      },
    ],
    cautions: [
      {
        text: {
          nb: 'Kurset er frivillig og må ikke utsette kontakten med arbeidslivet.',
          en: 'The course is voluntary and must not delay contact with working life.',
        },
      },
    ],
    source: {
      document: 'handbook',
      section: `${SECTION}, §13 Jobbforberedende kurs – kulturforståelse i arbeidslivet`,
      lines: 'L355–383',
    },
  },
  {
    id: 'on-the-job-support',
    handbookSection: 14,
    title: { nb: 'Jobbstøtte på arbeidsplassen', en: 'Job support at the workplace' },
    summary: {
      nb: 'Jobbspesialisten er med på arbeidsplassen og gjør oppgavene sammen med deltakeren, særlig når hun har lite arbeidserfaring, svak norsk eller ikke kan lese og skrive.',
      en: 'The job specialist joins the participant at the workplace and does the tasks alongside her, especially when she has little work experience, weak Norwegian or cannot read and write.',
    },
    steps: ['employer-engagement', 'on-off-job-support'],
    tier: 'indicated',
    forEveryone: false,
    indicatedBy: [
      ...on('low', 'workplace-support', 'literacy'),
      ...on('high', 'work-experience'),
      via('work-experience', 'moderate', 'workExperience.yearsSinceLastWork'),
      via('norwegian-language', 'moderate', 'norwegian.oral'),
    ],
    contraindicatedBy: [],
    safety: false,
    immediateActions: [],
    practices: [
      {
        nb: 'Bli med første arbeidsdag, og lag en opplæringsplan sammen med leder og deltaker.',
        en: 'Go along on the first working day, and draw up a training plan with the manager and the participant.',
      },
      {
        nb: 'Gjør jobben sammen med henne der det går, ikke bare observer.',
        en: 'Do the work alongside her where possible; do not only observe.',
      },
      {
        nb: 'Støtt henne i oppgaver som krever lesing og skriving til hun klarer dem selv.',
        en: 'Back her up on tasks that need reading and writing until she manages them herself.',
      },
      {
        nb: 'Ha korte, daglige støttesamtaler i starten, så hun blir trygg.',
        en: 'Hold short daily support talks at the start, so she feels secure.',
      },
      {
        nb: 'Bruk tiden til å lære hva jobben krever og til å se hva som er vanskelig.',
        en: 'Use the time to learn what the job demands and to spot what is hard.',
      },
    ],
    cautions: [
      {
        text: {
          nb: 'Avtal med arbeidsgiveren når og hvor lenge du er på arbeidsplassen, så du hjelper og ikke står i veien.',
          en: 'Agree with the employer when and for how long you will be at the workplace, so you help rather than get in the way.',
        },
      },
    ],
    source: {
      document: 'handbook',
      section: `${SECTION}, §14 Jobbstøtte på arbeidsplassen`,
      lines: 'L385–393',
    },
  },
  {
    id: 'after-follow-up',
    handbookSection: 15,
    title: { nb: 'Etteroppfølging', en: 'Follow-up after employment' },
    summary: {
      nb: 'Deltakeren og arbeidsgiveren følges opp etter ansettelse – ett år for alle, og lenger ved behov – så hun blir værende i jobben og får hjelp når noe går galt.',
      en: 'The participant and the employer are followed up after she is hired – one year for everyone, longer when needed – so that she keeps the job and gets help when something goes wrong.',
    },
    steps: ['on-off-job-support'],
    tier: 'core',
    forEveryone: true,
    indicatedBy: on(
      'low',
      'after-follow-up',
      'closer-follow-up',
      'working-life-rules',
      'society-rules',
      'exploitation-protection',
    ),
    contraindicatedBy: [],
    safety: false,
    immediateActions: [],
    practices: [
      {
        nb: 'Ta kontakt fra første arbeidsdag; vent ikke på at hun ringer, men spør selv.',
        en: 'Be in touch from the first working day; do not wait for her to call – ask.',
      },
      {
        nb: 'Avklar forventningene til både henne og arbeidsgiveren, og følg med på at hun blir inkludert.',
        en: 'Clarify what she and the employer expect, and watch that she is included.',
      },
      {
        nb: 'Hjelp med praktiske ting: at lønnen kommer til rett tid, og reglene for egenmelding og sykefravær.',
        en: 'Help with practical matters: wages paid on time, and the rules for self-certified sick leave and absence.',
      },
      {
        nb: 'Gi råd før hun sier opp eller skriver under på noe arbeidsgiveren foreslår, så hun ikke mister rettighetene sine.',
        en: 'Advise her before she resigns or signs anything the employer proposes, so she keeps her rights.',
      },
      {
        nb: 'Går arbeidsforholdet galt, for eksempel med lønn som ikke blir betalt, hjelp med dokumentasjon, juridisk bistand og ny jobb.',
        en: 'If the job goes wrong – unpaid wages, for example – help with documentation, legal aid and a new job.',
      },
    ],
    cautions: [
      {
        text: {
          nb: 'Sist inn er ofte først ut: avslutt ikke oppfølgingen bare fordi alt ser bra ut.',
          en: 'Last in is often first out: do not end follow-up just because things look fine.',
        },
      },
    ],
    source: { document: 'handbook', section: `${SECTION}, §15 Etteroppfølging`, lines: 'L395–411' },
  },
]);
