import { deepFreeze } from '../_lib/deepFreeze';
import type { StepSupport, SupportMethod } from './stepSupport';

function m(lines: string, nb: string, en: string): SupportMethod {
  return { text: { nb, en }, lines };
}

/**
 * The target-group methods for each of the five SE steps, by support dimension.
 *
 * @remarks
 * From the AFI report 02:2019, chapter 4, figures 6–9 and 11 ("Metoder på trinn n i SE
 * for innvandrere med sammensatte bistandsbehov"), written in our own words, each with
 * its line numbers in the seed. In the source text each category label follows its
 * bullets; the items are assigned to the label after them (notes, caveat C1). Figure 10
 * (EUSE support forms at step 5) is an image without text, so step 5 uses figure 11.
 * In step order, equal to {@link SE_STEP_IDS}.
 *
 * @example
 * ```ts
 * STEP_SUPPORT.map((s) => s.figure); // => ['Figur 6', 'Figur 7', 'Figur 8', 'Figur 9', 'Figur 11']
 * STEP_SUPPORT[4]!.dimensions['language-support'].length; // => 11
 * ```
 * @category Adaptations
 */
export const STEP_SUPPORT: readonly StepSupport[] = /* @__PURE__ */ deepFreeze([
  {
    step: 'initial-contact',
    figure: 'Figur 6',
    dimensions: {
      'language-support': [
        m(
          'L7254',
          'Finn ut hvilket språknivå og hvilke kommunikasjonsferdigheter hun har.',
          'Find out her language level and communication skills.',
        ),
        m('L7256', 'Snakk sakte.', 'Speak slowly.'),
        m('L7258', 'Gjenta det som blir sagt.', 'Repeat what has been said.'),
        m(
          'L7260',
          'La henne bekrefte, avkrefte eller si det med egne ord.',
          'Let her confirm, correct or put it in her own words.',
        ),
        m(
          'L7262',
          'Bruk korte setninger, enkle ord og synonymer.',
          'Use short sentences, simple words and synonyms.',
        ),
        m(
          'L7264',
          'Bruk tolk når dere går gjennom avtalen og avklarer forventninger.',
          'Use an interpreter when you go through the agreement and clarify expectations.',
        ),
        m(
          'L7266–7267',
          'Bruk bilder og kroppsspråk, og oppmuntre henne til å gjøre det samme.',
          'Use pictures and body language, and encourage her to do the same.',
        ),
      ],
      'user-participation': [
        m(
          'L7240',
          'Forklar at det er frivillig å delta i SE, og at samtykket er hennes eget valg.',
          'Explain that taking part in SE is voluntary and that consenting is her own choice.',
        ),
        m(
          'L7242',
          'Forklar taushetsplikt, konfidensialitet og samtykkeerklæringen.',
          'Explain confidentiality, the duty of secrecy and the consent form.',
        ),
        m(
          'L7244–7246',
          'Forklar rollene: jobbspesialisten veileder, deltakeren bestemmer, og hver gjør sine oppgaver i teamet.',
          'Explain the roles: the job specialist guides, the participant decides, and each does their own tasks in the team.',
        ),
        m('L7248', 'Sett av tid til å bygge tillit.', 'Take time to build trust.'),
      ],
      'cultural-differences': [
        m(
          'L7272',
          'Bruk de første samtalene til å forstå hvilke kulturelle verdier som betyr noe for henne.',
          'Use the first conversations to understand which cultural values matter to her.',
        ),
        m(
          'L7274–7275',
          'Avklar hvor hun ikke kan tenke seg å jobbe, og hvilke oppgaver troen hennes utelukker.',
          'Clarify where she would never want to work and which tasks her faith rules out.',
        ),
        m(
          'L7277–7278',
          'Avklar hvordan det er for henne å bli sett ute med en ukjent, særlig med en mannlig jobbspesialist.',
          'Clarify how she feels about being seen out with a stranger, especially a male job specialist.',
        ),
        m(
          'L7280–7281',
          'Lær litt om forholdene og kulturen i hjemlandet hennes.',
          'Learn something about conditions and culture in her country of origin.',
        ),
        m(
          'L7283–7284',
          'Møt gjerne familien for å forstå familiesituasjonen, begrensninger, støtte og verdier.',
          'Consider meeting the family to understand the family situation, its limits, support and values.',
        ),
      ],
      'other-methods': [
        m(
          'L7291–7292',
          'Forklar SE og de fem trinnene enkelt, gjerne med en brosjyre laget for deltakere.',
          'Explain SE and its five steps simply, ideally with a leaflet made for participants.',
        ),
        m(
          'L7294–7295',
          'Forklar forskjellen på en jobbspesialist og en programrådgiver eller veileder.',
          'Explain how a job specialist differs from a programme adviser or counsellor.',
        ),
        m(
          'L7297–7298',
          'Avklar hvem som har ansvar for hva mellom jobbspesialist og programrådgiver eller NAV-veileder, og si det til deltakeren.',
          'Agree who is responsible for what between the job specialist and the programme or NAV adviser, and tell the participant.',
        ),
        m(
          'L7300–7302',
          'Gjør en enkel første kartlegging: språknivå, spor, kulturforskjeller, jobbønsker, egne opplevde hindringer og motivasjon.',
          'Do a simple first mapping: language level, learning track, cultural differences, job wishes, self-perceived limits and motivation.',
        ),
        m('L7304', 'Bruk motiverende intervju.', 'Use motivational interviewing.'),
        m(
          'L7306',
          'Avtal hvordan dere skal holde kontakt framover.',
          'Agree how you will keep in touch from now on.',
        ),
        m('L7308', 'Bli enige om et felles overordnet mål.', 'Agree on a shared overall goal.'),
        m('L7310', 'Skriv under avtalen om SE-oppfølging.', 'Sign the agreement for SE follow-up.'),
        m(
          'L7312–7313',
          'Start en jobbstøtteplan med oppgaver og frister for både jobbspesialist og deltaker.',
          'Start a job support plan with tasks and deadlines for both the job specialist and the participant.',
        ),
      ],
    },
    source: { document: 'afi-report', section: '4.4 Metoder på trinn 1, Figur 6', lines: 'L7238–7316' },
  },
  {
    step: 'vocational-profiling',
    figure: 'Figur 7',
    dimensions: {
      'language-support': [
        m(
          'L7510–7511',
          'Skriv CV og søknad sammen, og bruk arbeidet som språktrening.',
          'Write the CV and application together, and use the work as language practice.',
        ),
        m('L7513', 'Still mange oppfølgingsspørsmål.', 'Ask plenty of follow-up questions.'),
        m(
          'L7515–7516',
          'Bruk bildebaserte kartleggingsverktøy, som JobbPic eller Vip24, når norsken er svak.',
          'Use picture-based mapping tools, such as JobbPic or Vip24, when her Norwegian is weak.',
        ),
        m(
          'L7518–7519',
          'Øv på intervju for å finne gode formuleringer og bli trygg på å presentere seg på norsk.',
          'Practise interviews to find good wording and grow confident presenting herself in Norwegian.',
        ),
        m(
          'L7521–7522',
          'Se filmer (for eksempel på YouTube) og annet materiell om yrker og arbeidsliv sammen, og snakk om dem.',
          'Watch videos (on YouTube, for example) and other material about occupations and working life together, and talk about them.',
        ),
      ],
      'user-participation': [
        m(
          'L7492–7495',
          'Gi tid og oppgaver som lar henne si hva hun egentlig vil, for eksempel et brev om drømmejobben der hun undersøker yrket.',
          'Give time and tasks that let her say what she really wants – for example a letter about her dream job in which she researches the occupation.',
        ),
        m(
          'L7497',
          'Snakk om målene og hvorfor hun velger som hun gjør.',
          'Discuss her goals and the reasons behind her choices.',
        ),
        m(
          'L7499–7500',
          'La henne eie karriereprofilen og jobbstøtteplanen dere lager sammen.',
          'Let her own the career profile and the job support plan you make together.',
        ),
        m(
          'L7502–7504',
          'Oppfordre henne til å besøke bedrifter i ønsket bransje på egen hånd.',
          'Encourage her to visit companies in the industry she wants on her own.',
        ),
      ],
      'cultural-differences': [
        m(
          'L7527–7528',
          'Snakk om hva arbeid og karriere betyr, særlig for kvinner.',
          'Talk about what work and a career mean, especially for women.',
        ),
        m(
          'L7530–7531',
          'Kartlegg hva hun vet om arbeidsskikk og regler i arbeidslivet.',
          'Map what she knows about workplace customs and working-life rules.',
        ),
        m(
          'L7533–7534',
          'Utforsk varsomt hvem som egentlig tar jobbvalget, og hvorfor.',
          'Explore gently whose choice the job choice really is, and why.',
        ),
        m(
          'L7536–7538',
          'Ta med familien i yrkesplanleggingen, og få hjelp til å fordele «kvinneoppgavene» hjemme.',
          'Involve the family in career planning, and get help sharing out the "women’s tasks" at home.',
        ),
        m(
          'L7540–7541',
          'Forklar hva det vil si å jobbe målrettet i norsk sammenheng.',
          'Explain what working purposefully towards goals means in a Norwegian setting.',
        ),
        m(
          'L7543–7545',
          'Spør konkret om tidligere arbeid: hva gjorde du, hvordan var stedet og lederen, hva lærte du?',
          'Ask concretely about past work: what did you do, what were the place and the manager like, what did you learn?',
        ),
        m(
          'L7547–7549',
          'Husk at yrker har ulik kultur, og sjekk yrkenes krav til grunnleggende ferdigheter hos Utdanningsetaten.',
          'Remember that occupations have different cultures, and check the basic-skill profiles of occupations from the Education Agency.',
        ),
        m('L7551', 'Trekk inn en flerkulturell karriereveileder.', 'Involve a multicultural career adviser.'),
        m(
          'L7553–7554',
          'Kartlegg om troen passer med jobbønskene, og hvilke tilpasninger som trengs.',
          'Map whether her faith fits her job wishes and which adjustments are needed.',
        ),
        m(
          'L7556',
          'Kartlegg hennes syn på likestilling i arbeidslivet og ellers.',
          'Map her view of gender equality at work and elsewhere.',
        ),
      ],
      'other-methods': [
        m(
          'L7563–7564',
          'Kartlegg tidligere mestring, karriereverdier og personlighet, for eksempel med strukturert karriereintervju (SCI).',
          'Map past achievements, career values and personality, for example with the Structured Career Interview (SCI).',
        ),
        m(
          'L7566–7567',
          'Kartlegg utenfor kontoret, på steder som passer temaet.',
          'Map away from the office, in places that suit the topic.',
        ),
        m('L7569', 'Bruk jobbsmaking aktivt i kartleggingen.', 'Use job tasting actively in the mapping.'),
        m(
          'L7571–7572',
          'Undersøk godkjenning av utdanning hos NOKUT og hva som eventuelt må suppleres.',
          'Look into recognition of her education with NOKUT and any top-up it may need.',
        ),
        m(
          'L7574',
          'Snakk om forskjellen på arbeidspraksis og lønnet arbeid.',
          'Discuss the difference between a work placement and paid work.',
        ),
        m(
          'L7576–7578',
          'Forbered henne på første møte med en arbeidsgiver: hva som kan skje, hva hun kan spørre om, klær og førsteinntrykk.',
          'Prepare her for the first meeting with an employer: what may happen, what to ask, what to wear, how to make a good first impression.',
        ),
        m('L7580', 'Dra på bedriftsbesøk sammen.', 'Visit companies together.'),
        m(
          'L7582–7583',
          'Kartlegg hva som trengs for å heve kompetansen, og hvordan det kan kombineres med jobb og familie.',
          'Map what is needed to raise her skills and how that can fit with work and family life.',
        ),
      ],
    },
    source: { document: 'afi-report', section: '4.5 Metoder på trinn 2, Figur 7', lines: 'L7490–7587' },
  },
  {
    step: 'job-finding',
    figure: 'Figur 8',
    dimensions: {
      'language-support': [
        m(
          'L7673',
          'Finn riktig jobb til riktig person, også når det gjelder språknivå.',
          'Find the right job for the right person, language level included.',
        ),
        m(
          'L7675',
          'Lær de formelle språkkravene i ulike bransjer.',
          'Learn the formal language requirements of different industries.',
        ),
        m(
          'L7677–7679',
          'Øv på bransjeord før intervju eller oppstart: skriv ordet, si ordet, vis et bilde.',
          'Practise industry words before an interview or the first day: write the word, say the word, show a picture.',
        ),
        m(
          'L7681–7682',
          'Søk opp informasjon om arbeidsgiveren og snakk om den sammen.',
          'Look up the employer online and talk about what you find together.',
        ),
        m(
          'L7684',
          'Besøk en lignende arbeidsplass sammen, og snakk om det dere ser.',
          'Visit a similar workplace together and talk about what you see.',
        ),
      ],
      'user-participation': [
        m(
          'L7663–7664',
          'Styrk henne i å ta egne valg, også når venner gir råd eller storfamilien vil bestemme.',
          'Strengthen her to make her own choices, even when friends give advice or the extended family wants control.',
        ),
        m(
          'L7666–7667',
          'La henne være aktiv i jobbsøkingen, og før en jobblogg over innsatsen.',
          'Keep her active in the job search, with a job log of her efforts.',
        ),
      ],
      'cultural-differences': [
        m(
          'L7689–7690',
          'Gå gjennom jobbmatchen med familien, og hjelp med tilpasninger hjemme.',
          'Go through the job match with the family, and help with adjustments at home.',
        ),
        m(
          'L7692–7694',
          'For den som har kvalifikasjoner: den første jobben er et første steg, ikke et statusfall.',
          'For a qualified job seeker: the first job is a first step, not a loss of status.',
        ),
        m(
          'L7696–7697',
          'Del erfaringer med å kombinere jobb og utdanning, som er vanlig i Norge.',
          'Share experience of combining work and study, which is common in Norway.',
        ),
      ],
      'other-methods': [
        m(
          'L7704',
          'Skaff bransjekunnskap gjennom nettverket.',
          'Gather industry knowledge through your network.',
        ),
        m(
          'L7706–7708',
          'Bruk interne formidlingsmøter, markedskoordinator og andre jobbspesialister for å finne aktuelle bedrifter.',
          'Use internal placement meetings, the market coordinator and other job specialists to find suitable companies.',
        ),
        m(
          'L7710',
          'Gå bedriftsrunder sammen med andre jobbspesialister.',
          'Do company visit rounds with other job specialists.',
        ),
        m(
          'L7712',
          'Ta med en deltaker på en bedriftsrunde.',
          'Bring a participant on a company visit round.',
        ),
        m(
          'L7714',
          'Stopp og bli kjent med bedrifter du går forbi.',
          'Stop and get to know the companies you pass by.',
        ),
        m(
          'L7716',
          'Bruk jobbsmaking og jobbskygging for å finne en jobbmatch.',
          'Use job tasting and job shadowing to find a match.',
        ),
        m(
          'L7718–7719',
          'Presenter SE, rollen din og deg selv godt overfor arbeidsgivere.',
          'Present SE, your role and yourself well to employers.',
        ),
        m('L7721', 'Bruk et kartleggingsskjema for arbeidsplassen.', 'Use a workplace mapping form.'),
        m(
          'L7723–7724',
          'Forbered bedriftsbesøk med informasjon om bransjen og bedriften.',
          'Prepare company visits with information about the industry and the company.',
        ),
        m(
          'L7726',
          'Ta deg tid til å lytte til arbeidsgiverens ønsker og krav.',
          'Take time to listen to the employer’s wishes and requirements.',
        ),
        m(
          'L7728–7729',
          'Bygg relasjonen til arbeidsgiveren over tid («tre kopper te»).',
          'Build the relationship with the employer over time ("three cups of tea").',
        ),
      ],
    },
    source: { document: 'afi-report', section: '4.6 Metoder på trinn 3, Figur 8', lines: 'L7661–7732' },
  },
  {
    step: 'employer-engagement',
    figure: 'Figur 9',
    dimensions: {
      'language-support': [
        m(
          'L7828–7830',
          'Vis arbeidsgiveren hvordan du snakker med deltakeren: korte setninger, be henne gjenta, si hva du har forstått.',
          'Show the employer how you talk with her: short sentences, asking her to repeat, saying what you understood.',
        ),
        m(
          'L7832–7833',
          'Lær bort måter å kommunisere på, for eksempel «snakk tydelig, ikke høyt».',
          'Teach ways to communicate, such as "speak clearly, not loudly".',
        ),
        m(
          'L7835–7836',
          'Snakk med arbeidsgiveren om hva språkstøtte er, og hvordan arbeidsplassen kan gi den.',
          'Discuss with the employer what language support is and how the workplace can give it.',
        ),
        m(
          'L7838–7839',
          'Finn ut hva arbeidsgiveren mener med «dårlig språk»; ofte handler det om mer enn språk.',
          'Find out what the employer means by "poor language"; often it is about more than language.',
        ),
        m(
          'L7841–7842',
          'Forklar det grunnleggende om mellomspråk og hvor krevende det er å lære et nytt språk.',
          'Explain the basics of interlanguage and how demanding it is to learn a new language.',
        ),
        m(
          'L7844–7845',
          'Forklar at feil i setningsbygningen ofte kommer fra morsmålet.',
          'Explain that errors in sentence structure often come from the mother tongue.',
        ),
      ],
      'user-participation': [
        m(
          'L7815–7816',
          'Oppfordre henne til å stille oppklarende spørsmål om beskjeder og tilbakemeldinger fra arbeidsgiveren.',
          'Encourage her to ask clarifying questions about the employer’s instructions and feedback.',
        ),
        m(
          'L7818–7819',
          'Snakk om hvordan hun kan bli inkludert sosialt på arbeidsplassen.',
          'Discuss how she can become socially included at the workplace.',
        ),
        m(
          'L7821–7822',
          'Oppfordre henne til å ta opp vanskelige spørsmål med jobbspesialisten først.',
          'Encourage her to raise difficult questions with the job specialist first.',
        ),
      ],
      'cultural-differences': [
        m(
          'L7850–7851',
          'Hjelp arbeidsgiveren å se sin egen kultur og kulturforskjellene i samarbeidet med deltakeren.',
          'Help the employer see its own culture and the cultural differences in working with her.',
        ),
        m(
          'L7853–7854',
          'Hjelp arbeidsgiveren å bruke kulturforskjeller positivt i organisasjonens læring.',
          'Help the employer use cultural differences as a source of learning in the organisation.',
        ),
        m(
          'L7856',
          'Ta opp ulike syn på struktur og hierarki.',
          'Raise different understandings of structure and hierarchy.',
        ),
        m(
          'L7858–7859',
          'Hold trekantsamtaler der kulturforskjeller drøftes med respekt.',
          'Hold three-way conversations where cultural differences are discussed with respect.',
        ),
        m(
          'L7861–7862',
          'Ta opp urealistiske eller umenneskelige krav som springer ut av holdninger.',
          'Challenge unrealistic or inhumane demands that stem from attitudes.',
        ),
      ],
      'other-methods': [
        m(
          'L7869–7870',
          'Vær mye på arbeidsplassene for å se utfordringer og muligheter selv.',
          'Spend a lot of time at workplaces to see challenges and opportunities yourself.',
        ),
        m(
          'L7872–7873',
          'Bli kjent med arbeidsplassen og oppgavene hennes gjennom bedriftsbesøk.',
          'Get to know the workplace and her tasks through company visits.',
        ),
        m(
          'L7875–7876',
          'Ta opp arbeidsforhold og vansker ut fra det du selv har sett.',
          'Raise working conditions and difficulties based on what you have seen yourself.',
        ),
        m(
          'L7878–7879',
          'Kartlegg hvilke utfordringer arbeidsgiveren har med deltakeren, og hvordan du kan hjelpe.',
          'Map the difficulties the employer has with her, and how you can help.',
        ),
        m(
          'L7881',
          'Vær tilgjengelig og fleksibel for arbeidsgiveren.',
          'Be available and flexible for the employer.',
        ),
        m(
          'L7883–7884',
          'Inviter arbeidsgivere til frokost- eller lunsjmøter med tema.',
          'Invite employers to breakfast or lunch meetings on a theme.',
        ),
        m(
          'L7886–7887',
          'Gi arbeidsgiveren råd om deltakerens rettigheter og plikter, så hun ikke blir utnyttet.',
          'Advise the employer on her rights and duties, so that she is not exploited.',
        ),
        m(
          'L7889–7890',
          'Still krav: en deltaker i praksis er ikke gratis arbeidskraft, men i opplæring med jobb som mål.',
          'Set requirements: a participant on placement is not free labour but in training with a job as the goal.',
        ),
        m(
          'L7892–7894',
          'Få arbeidsgiveren til å gi henne samme opplæring som andre ansatte, med de tilpasningene hun trenger.',
          'Get the employer to give her the same training as other employees, with the adjustments she needs.',
        ),
        m(
          'L7896–7897',
          'Ta deg tid i samtalene med arbeidsgiveren, og bli kjent som mennesker.',
          'Take your time with the employer, and get to know each other as people.',
        ),
        m(
          'L7899',
          'Lytt til arbeidsgiverens ønsker og behov for oppfølging.',
          'Listen to the employer’s wishes and follow-up needs.',
        ),
        m(
          'L7901',
          'Forhandle fram arbeidskontrakten for deltakeren.',
          'Negotiate the employment contract on her behalf.',
        ),
      ],
    },
    source: { document: 'afi-report', section: '4.7 Metoder på trinn 4, Figur 9', lines: 'L7813–7904' },
  },
  {
    step: 'on-off-job-support',
    figure: 'Figur 11',
    dimensions: {
      'language-support': [
        m(
          'L8087–8088',
          'Trekk inn en bedriftslærer, eller gi selv litt språkstøtte på arbeidsplassen.',
          'Bring in a company instructor, or give some language support at the workplace yourself.',
        ),
        m(
          'L8090–8091',
          'Gå gjennom rutinebeskrivelser og oppgavelister sammen.',
          'Go through routine descriptions and task lists together.',
        ),
        m(
          'L8093–8094',
          'Hjelp henne å bruke språket og bli trygg på å snakke norsk.',
          'Help her use her language and feel safe speaking Norwegian.',
        ),
        m('L8096', 'Observer også hvordan hun bruker språket.', 'Observe how she uses the language, too.'),
        m(
          'L8098',
          'En fadder med samme morsmål kan hjelpe.',
          'A buddy with the same mother tongue can help.',
        ),
        m(
          'L8100',
          'Bruk opplæringsplaner med ord og oppgaver for ulike bransjer.',
          'Use training plans with the words and tasks of each industry.',
        ),
        m(
          'L8102',
          'Oversett HMS-rutiner til morsmålet, gjerne med tolk.',
          'Translate health and safety routines into her mother tongue, with an interpreter if needed.',
        ),
        m('L8104', 'Gå gjennom e-læring sammen.', 'Go through any e-learning together.'),
        m(
          'L8106–8107',
          'Lag en opplæringsbok eller ordliste for arbeidsplassen sammen med arbeidsgiveren.',
          'Make a workplace training book or word list with the employer.',
        ),
        m(
          'L8109–8110',
          'Sørg for at arbeidsplassen legger til rette for at språket hennes utvikler seg.',
          'Make sure the workplace is set up so that her language keeps developing.',
        ),
        m('L8112', 'Hjelp henne å forberede seg til norskprøve.', 'Help her prepare for a Norwegian test.'),
      ],
      'user-participation': [
        m(
          'L8077–8079',
          'Bruk jobbstøtteplanen aktivt, så hun holder seg engasjert og ser hvilke områder for opplæring og støtte dere har valgt med arbeidsgiveren.',
          'Keep using the job support plan actively, so she stays engaged and sees the training and support areas agreed with the employer.',
        ),
        m(
          'L8081',
          'Gi henne oppgaver knyttet til å finne seg til rette på arbeidsplassen.',
          'Give her tasks about settling in at the workplace.',
        ),
      ],
      'cultural-differences': [
        m(
          'L8117–8118',
          'Snakk om arbeidskultur: sosiale koder, kleskoder, småprat, forventninger og uskrevne regler.',
          'Talk about work culture: social codes, dress codes, small talk, expectations and unwritten rules.',
        ),
        m(
          'L8120–8122',
          'Lær henne hvor viktig det er å være åpen og si fra til arbeidsgiveren, også om det som ikke fungerer.',
          'Teach the value of openness and of telling the employer what works and what does not.',
        ),
        m('L8124', 'Snakk om hvordan man takler kritikk.', 'Discuss how to handle criticism.'),
        m(
          'L8126–8127',
          'Hjelp henne med reiserutinen og hverdagslogistikken, særlig om hun ikke er vant til å reise alene kollektivt.',
          'Help her set up the journey to work and daily logistics, especially if she is not used to travelling alone by public transport.',
        ),
        m(
          'L8129–8130',
          'Arbeid med arbeidsgiverens holdninger til hennes kulturelle bakgrunn når det trengs.',
          'Work on the employer’s attitudes to her cultural background when needed.',
        ),
        m(
          'L8132–8134',
          'Gå gjennom arbeidssituasjoner opp mot arbeidsgiverens krav, som initiativ, tempo, prioritering og service.',
          'Go through work situations against the employer’s expectations, such as initiative, pace, prioritising and service.',
        ),
        m(
          'L8136',
          'Se på kulturforskjeller mellom bransjer.',
          'Look at cultural differences between industries.',
        ),
        m(
          'L8138',
          'Ha faste samtaler om kulturforskjeller.',
          'Hold regular conversations about cultural differences.',
        ),
      ],
      'other-methods': [
        m(
          'L8145–8146',
          'Gå gjennom bedriftens opplæringsplan og tilpass den til deltakeren.',
          'Review the company’s training plan and adjust it to her.',
        ),
        m(
          'L8148–8150',
          'Vær ofte på arbeidsplassen; observer, og lytt til deltaker, leder og kolleger.',
          'Be at the workplace often; observe, and listen to her, the manager and colleagues.',
        ),
        m(
          'L8152',
          'Avslutt uredelige arbeidsforhold tidlig.',
          'End dishonest or exploitative job arrangements early.',
        ),
        m(
          'L8154',
          'Ta tak i misforståelser og konflikter raskt, og hjelp til å løse dem.',
          'Deal with misunderstandings and conflicts quickly, and help resolve them.',
        ),
        m('L8156', 'Hjelp henne å utvikle seg i jobben.', 'Help her develop in the job.'),
        m(
          'L8158–8159',
          'Hjelp arbeidsgiveren med lønnstilskudd, NAV-skjemaer og å finne en mentor eller fadder.',
          'Help the employer with wage subsidy, NAV forms and finding a mentor or buddy.',
        ),
        m('L8161', 'Tilby opplæring til mentoren eller fadderen.', 'Offer training to the mentor or buddy.'),
        m(
          'L8163–8164',
          'Bruk huskelapper for oppgaver og nye ord.',
          'Use reminder notes for tasks and new words.',
        ),
        m('L8166', 'Bruk jobbutvikling og jobbsnekring.', 'Use job development and job carving.'),
        m('L8168', 'Still krav til arbeidsgiveren.', 'Set requirements for the employer.'),
      ],
    },
    source: { document: 'afi-report', section: '4.8 Metoder på trinn 5, Figur 11', lines: 'L8075–8171' },
  },
]);
