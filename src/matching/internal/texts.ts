import type { AdaptationId } from '../../adaptations/adaptationId';
import type { SourceRef } from '../../core/sourceRef';
import { t } from './reason';

/*
 * Texts, questions and sources that several factors share. Each factor's own
 * reasons live in its file under ./factors/.
 */

// Questions shared by several factors (one clarification each, listing every factor it settles).
export const Q_SCHEDULE = t(
  'Hvilke arbeidstider har stillingen: tidligste start, seneste slutt, kveld, helg og natt?',
  'What are the working hours: earliest start, latest end, evenings, weekends and nights?',
);
export const Q_RELIEF = t(
  'Hvem kan ta over hjemme (levere, hente, passe barna) når hun jobber utenfor barnas omsorgstid?',
  'Who can take over at home (drop-off, pick-up, looking after the children) when she works outside their care hours?',
);
export const Q_CHILDREN = t(
  'Har hun barn hjemme, og hvor gamle er de?',
  'Does she have children at home, and how old are they?',
);
export const Q_PAID = t(
  'Er stillingen lønnet, eller er det ulønnet praksis?',
  'Is the position paid, or is it an unpaid placement?',
);
export const Q_NAV = t(
  'Hvilke NAV-virkemidler tar arbeidsgiveren imot (lønnstilskudd, mentor, inkluderingstilskudd, arbeidstrening)?',
  'Which NAV measures does the employer accept (wage subsidy, mentor, inclusion grant, work training)?',
);
export const Q_TIMES_UNKNOWN = t('Arbeidstidene er ikke kjent ennå.', 'The working hours are not known yet.');
export const T_RELIEF_UNKNOWN = t(
  'Det er ikke kjent om noen kan ta over hjemme når hun jobber.',
  'It is not known whether anyone can take over at home while she works.',
);

export const FAMILY_ADAPT: readonly AdaptationId[] = [
  'clearing-room-for-work',
  'family-and-network-cooperation',
];

export const SAFETY: SourceRef = {
  document: 'handbook',
  section: '§10 Negativ sosial kontroll / vold i nære relasjoner',
  lines: 'L312–318',
};
export const KINDERGARTEN_STORY: SourceRef = {
  document: 'handbook',
  section: '§13 Jobbforberedende kurs (barnehageeksempelet)',
  lines: 'L379–381',
};
export const IMAM_STORY: SourceRef = {
  document: 'handbook',
  section: '§9 Kulturelle forskjeller (imamen)',
  lines: 'L310',
};
export const HIJAB: SourceRef = {
  document: 'handbook',
  section: '§9 Kulturelle forskjeller (hijab i uniformen)',
  lines: 'L306',
};
export const ZAHRA: SourceRef = {
  document: 'handbook',
  section: 'Zahras historie (jobbstøtte ved lesing)',
  lines: 'L547',
};
export const PRACTICE_TRAP: SourceRef = {
  document: 'afi-report',
  section: '2.4.2 (praksisfellen)',
  lines: 'L4757–4789',
};
export const PROGRESSION: SourceRef = {
  document: 'afi-report',
  section: '4.6 (20 % fast, 40 % fast, deltid)',
  lines: 'L7933–7935',
};
export const SINGLE_MOTHERS: SourceRef = {
  document: 'handbook',
  section: '§7 Nettverksbygging (henting og levering)',
  lines: 'L266',
};
export const TRANSPORT: SourceRef = {
  document: 'handbook',
  section: '§8 Offentlig kommunikasjon',
  lines: 'L278–282',
};
export const MOTIVATION_FIRST: SourceRef = {
  document: 'library',
  section: 'Domain specification §2 (zero exclusion: motivation work first)',
};
export const JOB_SUPPORT: SourceRef = {
  document: 'handbook',
  section: '§14 Jobbstøtte på arbeidsplassen',
  lines: 'L387',
};
export const MENTOR: SourceRef = {
  document: 'handbook',
  section: '§12 Opplæring av arbeidsgiver (mentor-/fadderordning)',
  lines: 'L340',
};
export const JOB_TASTE: SourceRef = {
  document: 'afi-report',
  section: '3.5.1 (jobbsmak viser om svak norsk er et problem)',
  lines: 'L5775–5791',
};
export const JOB_TASTING: SourceRef = {
  document: 'afi-report',
  section: '4.4 (jobbsmaking for å kartlegge jobbønsker)',
  lines: 'L7398, L7716',
};
export const SOLE_MOTHERS_ALONE: SourceRef = {
  document: 'afi-report',
  section: '2.4.2 (alenemødre uten noen som kan levere kl. 6)',
  lines: 'L4421–4433',
};
export const TASK_MEASURES: SourceRef = {
  document: 'handbook',
  section: '§9 Kulturelle forskjeller (hijab, håndhilsing, svin og alkohol)',
  lines: 'L302–310',
};
export const T_ALONE = t(
  'Hun forsørger barna alene, og ingen er registrert som kan ta over hjemme i disse timene; mange alenemødre har ingen å spørre. Nettverksbygging kan endre det: kartlegg hvem som kan hjelpe.',
  'She provides for the children alone, and nobody is recorded who can take over at home at these hours; many single mothers have nobody to ask. Network building can change that: map who can help.',
);
