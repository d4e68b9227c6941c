import type { Severity } from '../../core/issue';
import type { Issue } from '../../issue';
import type { LocalizedText } from '../../core/localizedText';
import type { SourceRef } from '../../core/sourceRef';
import type { OutcomesIssueCode } from '../../outcomes/issueCodes';
import { OSRC } from './sources';

interface Rule {
  readonly severity: Severity;
  readonly message: LocalizedText;
  readonly source: SourceRef;
}

const RULES: Readonly<Record<OutcomesIssueCode, Rule>> = {
  outcomes_low_n: {
    severity: 'info',
    message: {
      nb: 'Tallet bygger på færre deltakere enn minstegrensen. Les det med intervallet, ikke som et sikkert nivå.',
      en: 'The figure rests on fewer participants than the minimum. Read it with its interval, not as a settled level.',
    },
    source: OSRC.lowN,
  },
  outcomes_groups_suppressed: {
    severity: 'info',
    message: {
      nb: 'Noen grupper er for små til å vises hver for seg og er slått sammen under «andre».',
      en: 'Some groups are too small to show on their own and are pooled under "other".',
    },
    source: OSRC.privacy,
  },
  outcomes_below_target: {
    severity: 'warning',
    message: {
      nb: 'Andelen ligger under resultatmålet med samme definisjon.',
      en: 'The rate is below the target of the same definition.',
    },
    source: OSRC.transitionToWork,
  },
  outcomes_target_definition_mismatch: {
    severity: 'info',
    message: {
      nb: 'Andelen og målet har ulike definisjoner og sammenlignes ikke.',
      en: 'The rate and the target have different definitions and are not compared.',
    },
    source: OSRC.workOrEducation,
  },
  outcomes_possible_creaming: {
    severity: 'warning',
    message: {
      nb: 'Andelen i arbeid har steget mye mens andelen med sammensatte behov har falt mye. Sjekk at inntaket ikke velger «lettere deltakere».',
      en: 'The share reaching work rose sharply while the share with complex needs fell sharply. Check that intake does not pick "easier participants".',
    },
    source: OSRC.creaming,
  },
  outcomes_insecure_employment: {
    severity: 'info',
    message: {
      nb: 'Under halvparten av dem i jobb har fast kontrakt. Kvaliteten ved ansettelsen hører med i resultatet.',
      en: 'Fewer than half of those in work have a permanent contract. The quality of the job belongs in the result.',
    },
    source: OSRC.insecure,
  },
  caseload_above_policy: {
    severity: 'warning',
    message: {
      nb: 'Jobbspesialisten har flere aktive deltakere enn retningslinjen. Færre deltakere gir tettere oppfølging.',
      en: 'The job specialist has more active participants than the guidance. Fewer participants allow closer follow-up.',
    },
    source: OSRC.caseload,
  },
  caseload_start_above_policy: {
    severity: 'warning',
    message: {
      nb: 'Jobbspesialisten er i oppstartsfasen og har flere aktive deltakere enn anbefalt for oppstart.',
      en: 'The job specialist is in the start phase and has more active participants than advised for a start.',
    },
    source: OSRC.caseloadStart,
  },
};

/** Builds an outcomes issue with its fixed severity, message and source. */
export function outcomesIssue(code: OutcomesIssueCode, path: Issue['path'], source?: SourceRef): Issue {
  const rule = RULES[code];
  return { code, severity: rule.severity, path, message: rule.message, source: source ?? rule.source };
}
