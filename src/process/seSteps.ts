import { deepFreeze } from '../_lib/deepFreeze';
import { SRC } from '../_lib/process/sources';
import type { SeStepDefinition } from './seStepDefinition';

/**
 * The five steps of Supported Employment, in order, with purpose, activities, documents and sources.
 *
 * @remarks
 * Step names follow the AFI report (1.1.1, L2283–2299) and the handbook
 * ("Supported Employment – 5-stegsmetoden", L79–105; the handbook calls step 3
 * *Finne passende jobb*). Summaries, purposes and activities are our own
 * words, drawn from the report's methods per step (chapter 4, L7118–8413),
 * including the target-group methods for language support, cultural
 * differences and user participation. Follow-up after employment
 * (etteroppfølging) is the last phase of step 5 (AFI report 4.8, L8174–8191).
 *
 * @example
 * ```ts
 * SE_STEPS.map((s) => s.number); // => [1, 2, 3, 4, 5]
 * SE_STEPS[4].euseDimensions; // => ['train', 'maintain', 'progress']
 * ```
 * @category Process
 */
export const SE_STEPS: readonly SeStepDefinition[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'initial-contact',
    number: 1,
    name: { nb: 'Innledende kontakt og samarbeidsavtale', en: 'Initial contact and cooperation agreement' },
    summary: {
      nb: 'Deltakeren og jobbspesialisten blir kjent, blir enige om hvordan de skal samarbeide, og skriver det ned.',
      en: 'The participant and the job specialist get to know each other, agree how to work together and put it in writing.',
    },
    purpose: {
      nb: 'Legge et grunnlag av tillit, slik at deltakeren kan velge fritt og informert om hun vil være med i SE, og vet hva begge parter skal gjøre.',
      en: 'Build enough trust for the participant to make a free, informed choice about joining SE, knowing what each side will do.',
    },
    activities: [
      {
        nb: 'Forklare SE og jobbspesialistens rolle med enkle ord, og hvordan den skiller seg fra andre veiledere.',
        en: "Explain SE and the job specialist's role in plain words, and how it differs from other advisers.",
      },
      {
        nb: 'Forklare at det er frivillig å være med, hva taushetsplikt betyr og hva samtykkeerklæringen dekker.',
        en: 'Explain that taking part is voluntary, what confidentiality means and what the consent declaration covers.',
      },
      {
        nb: 'Finne ut hvor godt deltakeren snakker norsk, og om det trengs tolk når avtalen gjennomgås.',
        en: 'Find out how well the participant speaks Norwegian and whether an interpreter is needed to go through the agreement.',
      },
      {
        nb: 'Gjøre en første, enkel kartlegging av jobbønsker, motivasjon og det hun selv ser som hindringer.',
        en: 'Make a first, simple mapping of job wishes, motivation and what she herself sees as obstacles.',
      },
      {
        nb: 'Bli enige om et felles overordnet mål og om hvordan dere skal holde kontakt.',
        en: 'Agree on a shared overall goal and on how you will keep in touch.',
      },
      {
        nb: 'Signere samarbeidsavtalen og starte jobbstøtteplanen med oppgaver og frister for begge.',
        en: 'Sign the cooperation agreement and start the job support plan with tasks and deadlines for both.',
      },
    ],
    documents: ['cooperation-agreement', 'consent-declaration', 'job-support-plan'],
    euseDimensions: ['place'],
    sources: [
      SRC.step1,
      { document: 'afi-report', section: '1.1.1 (trinn 1)', lines: 'L2283–2285' },
      SRC.handbookSteps,
    ],
  },
  {
    id: 'vocational-profiling',
    number: 2,
    name: { nb: 'Yrkeskartlegging og karriereplanlegging', en: 'Vocational profiling and career planning' },
    summary: {
      nb: 'En grundig kartlegging, der deltakeren er aktiv, av hva hun ønsker og kan – samlet i en yrkesprofil og en plan.',
      en: 'A thorough mapping, with the participant active in it, of what she wants and can do – gathered in a vocational profile and a plan.',
    },
    purpose: {
      nb: 'Hjelpe deltakeren å se jobbmulighetene sine og velge et realistisk arbeidsmål som er hennes eget, med støtten hun trenger for å nå det.',
      en: 'Help the participant see her job options and choose a realistic work goal of her own, with the support she needs to reach it.',
    },
    activities: [
      {
        nb: 'Kartlegge interesser, ønsker, holdninger til arbeid, ferdigheter, kompetanse og bistandsbehov – styrkene først.',
        en: 'Map interests, wishes, attitudes to work, skills, competences and assistance needs – strengths first.',
      },
      {
        nb: 'Kartlegge ute i arbeidslivet: bedriftsbesøk, jobbsmaking og korte utprøvinger framfor skjema på kontoret.',
        en: 'Map out in working life – company visits, job tasting (jobbsmaking) and short trials – rather than forms at the office.',
      },
      {
        nb: 'Utforske hvem sitt valg jobbønsket er, og trekke inn familien når deltakeren ønsker det.',
        en: 'Explore whose choice the job wish is, and bring in the family when the participant wants it.',
      },
      {
        nb: 'Skrive CV og søknad sammen, og bruke arbeidet som språktrening.',
        en: 'Write the CV and application together, and use the work as language practice.',
      },
      {
        nb: 'Lage handlingsplanen med mål, delmål, aktiviteter og hvem som gjør hva, i et språk hun forstår.',
        en: 'Draw up the action plan with goals, sub-goals, activities and who does what, in language she understands.',
      },
    ],
    documents: ['vocational-profile', 'action-plan', 'cv'],
    euseDimensions: ['place'],
    sources: [
      SRC.step2,
      { document: 'afi-report', section: '1.1.1 (trinn 2)', lines: 'L2287–2289' },
      SRC.handbookSteps,
    ],
  },
  {
    id: 'job-finding',
    number: 3,
    name: { nb: 'Å finne jobb', en: 'Finding a job' },
    summary: {
      nb: 'Deltakeren og jobbspesialisten leter etter arbeidsplasser som passer henne, og jobbspesialisten lærer arbeidsgivernes behov å kjenne.',
      en: "The participant and the job specialist look for workplaces that suit her, and the job specialist learns each employer's needs.",
    },
    purpose: {
      nb: 'Oppnå en jobbmatch – best mulig samsvar mellom deltakerens ferdigheter og støttebehov og arbeidsgiverens krav – så tidlig som mulig.',
      en: "Reach a job match – the best fit between the participant's skills and support needs and an employer's requirements – as early as possible.",
    },
    activities: [
      {
        nb: 'Søke aktivt sammen med deltakeren, som fører jobblogg over sin egen innsats.',
        en: 'Search actively together with the participant, who keeps a job log of her own efforts.',
      },
      {
        nb: 'Besøke bedrifter, lytte til arbeidsgivernes behov og presentere SE og jobbspesialistrollen.',
        en: "Visit companies, listen to employers' needs and present SE and the job specialist's role.",
      },
      {
        nb: 'Analysere jobben: oppgaver, tempo, kvalitetskrav, kultur og de reelle språkkravene.',
        en: 'Analyse the job: tasks, pace, quality demands, culture and the real language demands.',
      },
      {
        nb: 'Sammenligne kravene med ressursene hennes (gapanalyse) og planlegge støtten som tetter gapet.',
        en: 'Compare the requirements with her resources (gap analysis) and plan the support that closes the gap.',
      },
      {
        nb: 'Øve på ord og uttrykk fra bransjen før intervjuet eller første arbeidsdag.',
        en: 'Practise the words and phrases of the trade before the interview or the first day at work.',
      },
      {
        nb: 'Forhandle vilkår når en match er funnet, med lønnet arbeid som mål.',
        en: 'Negotiate terms once a match is found, with paid work as the goal.',
      },
    ],
    documents: ['job-match', 'job-analysis', 'gap-analysis'],
    euseDimensions: ['place'],
    sources: [
      SRC.step3,
      { document: 'afi-report', section: '1.1.1 (trinn 3)', lines: 'L2291' },
      SRC.handbookSteps,
    ],
  },
  {
    id: 'employer-engagement',
    number: 4,
    name: { nb: 'Samarbeid med arbeidsgiver', en: 'Working with the employer' },
    summary: {
      nb: 'Jobbspesialisten bygger et samarbeid med arbeidsgiveren rundt praksisen eller jobben, og er en ressurs også for arbeidsgiveren.',
      en: 'The job specialist builds a working relationship with the employer around the placement or job, and is a resource for the employer too.',
    },
    purpose: {
      nb: 'Få arbeidsgiveren til å se deltakeren som en ressurs, avklare forventningene på begge sider og gjøre praksis om til ansettelse på ordentlige vilkår.',
      en: 'Help the employer see the participant as a resource, make expectations on both sides clear, and turn a placement into employment on fair terms.',
    },
    activities: [
      {
        nb: 'Gjøre vage krav som «dårlig norsk» eller «å vise initiativ» om til konkrete forventninger.',
        en: 'Turn vague demands such as "poor Norwegian" or "showing initiative" into concrete expectations.',
      },
      {
        nb: 'Vise arbeidsgiveren hvordan arbeidsplassen kan gi språkstøtte, og ta opp kulturforskjeller med respekt, gjerne i en trekantsamtale.',
        en: 'Show the employer how the workplace can give language support, and raise cultural differences respectfully, for example in a triangular meeting (trekantsamtale).',
      },
      {
        nb: 'Gjøre klart at praksis er opplæring fram mot jobb, ikke gratis arbeidskraft, og passe på deltakerens rettigheter.',
        en: "Make clear that a placement is training towards a job, not free labour, and look after the participant's rights.",
      },
      {
        nb: 'Være tilgjengelig for arbeidsgiveren og tilbringe tid på arbeidsplassen.',
        en: 'Be available to the employer and spend time at the workplace.',
      },
      {
        nb: 'Forhandle fram arbeidskontrakten, ofte trinnvis mot en større og fast stilling.',
        en: 'Negotiate the employment contract, often in stages towards a larger, permanent position.',
      },
    ],
    documents: ['employer-expectations', 'placement-agreement', 'employment-contract'],
    euseDimensions: ['place', 'train'],
    sources: [
      SRC.step4,
      { document: 'afi-report', section: '1.1.1 (trinn 4)', lines: 'L2293–2295' },
      SRC.handbookSteps,
    ],
  },
  {
    id: 'on-off-job-support',
    number: 5,
    name: {
      nb: 'Opplæring og trening på og utenom arbeidsplassen',
      en: 'Training and support on and off the job',
    },
    summary: {
      nb: 'Deltakeren lærer jobben på arbeidsplassen med støtte fra jobbspesialisten og kolleger, og følges opp etter at hun er ansatt.',
      en: 'The participant learns the job at the workplace with support from the job specialist and colleagues, and is followed up after she is hired.',
    },
    purpose: {
      nb: 'Hjelpe henne å mestre jobben, bli inkludert og beholde den over tid, og støtte de neste stegene i karrieren. Etteroppfølging er siste fase i dette trinnet.',
      en: 'Help her master the job, be included and keep it over time, and support her next career steps. Follow-up after employment (etteroppfølging) is the last phase of this step.',
    },
    activities: [
      {
        nb: 'Dele jobben opp i oppgaver med læringsmål, og avtale opplæringsplanen med arbeidsgiveren.',
        en: 'Break the job into tasks with learning goals, and agree the training plan with the employer.',
      },
      {
        nb: 'Være ofte på arbeidsplassen, observere og gjøre jobben sammen med henne der det går.',
        en: 'Be at the workplace often, observe, and do the work alongside her where possible.',
      },
      {
        nb: 'Bygge naturlig støtte gjennom mentor eller fadder og kolleger.',
        en: 'Build natural support through a mentor or buddy (fadder) and colleagues.',
      },
      {
        nb: 'Gi språkstøtte på jobben og snakke om arbeidskultur og uskrevne regler.',
        en: 'Give language support at work and talk about work culture and unwritten rules.',
      },
      {
        nb: 'Gripe raskt inn ved misforståelser og konflikter, og avslutte utnyttende arbeidsforhold tidlig.',
        en: 'Step in quickly when misunderstandings or conflicts arise, and end exploitative jobs early.',
      },
      {
        nb: 'Følge opp både arbeidstaker og arbeidsgiver fra første arbeidsdag, etter en plan for etteroppfølging.',
        en: 'Follow up both worker and employer from the first working day, against a follow-up plan.',
      },
    ],
    documents: ['task-analysis', 'training-plan', 'follow-up-plan'],
    euseDimensions: ['train', 'maintain', 'progress'],
    sources: [
      SRC.step5,
      { document: 'afi-report', section: '1.1.1 (trinn 5)', lines: 'L2297–2299' },
      SRC.handbookSteps,
      SRC.followUp,
    ],
  },
]);
