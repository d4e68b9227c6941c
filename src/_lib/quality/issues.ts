import type { Severity } from '../../core/issue';
import type { Issue } from '../../issue';
import type { LocalizedText } from '../../core/localizedText';
import type { SourceRef } from '../../core/sourceRef';
import type { QualityIssueCode } from '../../quality/issueCodes';

const PROGRESSIVE: SourceRef = {
  document: 'afi-report',
  section: '7.1 (progressiv rangering)',
  lines: 'L11866–11872',
};

const RULES: Readonly<
  Record<QualityIssueCode, { severity: Severity; message: LocalizedText; source: SourceRef }>
> = {
  seqf_level_capped: {
    severity: 'warning',
    message: {
      nb: 'Nivået teller bare når kriteriene på alle nivåene under er dokumentert. Det godkjente nivået er lavere enn det som er oppgitt.',
      en: 'A level counts only when the criteria of every level below are documented. The level that counts is lower than the one claimed.',
    },
    source: PROGRESSIVE,
  },
  seqf_criterion_unrated: {
    severity: 'info',
    message: {
      nb: 'Kriteriet er ikke vurdert og holdes utenfor, ikke gitt 0.',
      en: 'The criterion is not rated and is left out, not scored 0.',
    },
    source: PROGRESSIVE,
  },
  seqf_criterion_rated_twice: {
    severity: 'error',
    message: {
      nb: 'Kriteriet er vurdert to ganger. Den første vurderingen brukes.',
      en: 'The criterion is rated twice. The first rating is used.',
    },
    source: PROGRESSIVE,
  },
  seqf_criterion_out_of_scope: {
    severity: 'info',
    message: {
      nb: 'Kriteriet hører ikke til en vurdering av bare de fem trinnene og holdes utenfor.',
      en: 'The criterion is outside a five-step-only assessment and is left out.',
    },
    source: {
      document: 'afi-report',
      section: '7.1 (bare område 5 for SE-tilbud i tiltak)',
      lines: 'L11807–11811',
    },
  },
};

/** Builds a quality issue with its fixed severity, message and source. */
export function qualityIssue(code: QualityIssueCode, path: Issue['path']): Issue {
  const rule = RULES[code];
  return { code, severity: rule.severity, path, message: rule.message, source: rule.source };
}
