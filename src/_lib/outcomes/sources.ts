import type { SourceRef } from '../../core/sourceRef';

/** Source references of the outcome figures (AFI report = `afi-report`, handbook = `handbook`, IMDi page = `imdi-handbook-page`). */
export const OSRC = {
  workGoal: { document: 'afi-report', section: '6.6 (99 av 202 nådde mål om arbeid)', lines: 'L11384–11388' },
  anyPaidWork: {
    document: 'afi-report',
    section: '6.6 (deltids- og ringevikarjobber som ikke ble registrert)',
    lines: 'L11388–11392',
  },
  transitionToWork: {
    document: 'afi-report',
    section: '7.2.3 (SEQF: overgang til arbeid); handbook L17 (34, 73 prosent)',
    lines: 'L12346–12350',
  },
  workOrEducation: {
    document: 'afi-report',
    section: '7.2.3 (Jobbsjansen: overgang til arbeid eller utdanning); IMDi L16 (86 prosent)',
    lines: 'L12352',
  },
  timeToPlacement: {
    document: 'afi-report',
    section: '7.2.3 og tabell 12 (tid til utplassering, eget mål)',
    lines: 'L12414–12424, L12475–12485',
  },
  timeToPaidWork: {
    document: 'afi-report',
    section: '7.2.3 (tid fra henvisning til oppstart i jobb: 10 og 52 uker)',
    lines: 'L12408–12412',
  },
  inWorkAfterStart: {
    document: 'afi-report',
    section: '7.2.3 (i arbeid seks måneder etter oppstart)',
    lines: 'L12380–12382',
  },
  attachment: {
    document: 'afi-report',
    section: '7.2.3 (status seks måneder, ett år og tre år etter utskriving til arbeid)',
    lines: 'L12400–12406',
  },
  jobQuality: {
    document: 'afi-report',
    section: '6.6 (en tredjedel fast, ca. halvparten minst 60 prosent); 7.3 punkt 7',
    lines: 'L11467–11471, L12589–12591',
  },
  perJobSpecialist: {
    document: 'afi-report',
    section: '6.6 (resultater per jobbspesialist)',
    lines: 'L11497–11501',
  },
  nonWork: {
    document: 'afi-report',
    section: '6.6 (deltakere som ikke nådde mål om arbeid)',
    lines: 'L11513–11544',
  },
  industries: { document: 'afi-report', section: '6.6 (bransjer)', lines: 'L11471–11485' },
  creaming: {
    document: 'afi-report',
    section: '7.2.3 (høye resultatmål kan presse fram «lettere deltakere»)',
    lines: 'L12356–12360',
  },
  insecure: { document: 'afi-report', section: '7.2.3 (kvaliteter ved ansettelsen)', lines: 'L12362–12378' },
  caseload: {
    document: 'afi-report',
    section: '6.5.2 (10–15 aktive deltakere, færre i oppstartsfasen)',
    lines: 'L11253–11261',
  },
  caseloadStart: {
    document: 'afi-report',
    section: 'Vedlegg (5–10 deltakere i oppstart)',
    lines: 'L13394–13396',
  },
  privacy: { document: 'library', section: 'Small-cell suppression (domain specification §8)' },
  lowN: {
    document: 'library',
    section: 'Rates over few records are uncertain; the Wilson interval shows how much',
  },
} as const satisfies Record<string, SourceRef>;
