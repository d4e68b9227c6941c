/**
 * Words and counts for the command line and the examples, in bokmål and
 * English. Not part of the library's API.
 */
import { localize, type Issue, type Locale, type LocalizedText } from '../index';

/** A noun in both languages, in the singular and the plural. */
export interface CountedNoun {
  readonly one: LocalizedText;
  readonly other: LocalizedText;
}

/** Issue severities and other counted nouns. */
export const NOUNS = {
  error: { one: { en: 'error', nb: 'feil' }, other: { en: 'errors', nb: 'feil' } },
  warning: { one: { en: 'warning', nb: 'advarsel' }, other: { en: 'warnings', nb: 'advarsler' } },
  info: { one: { en: 'note', nb: 'merknad' }, other: { en: 'notes', nb: 'merknader' } },
  assessment: {
    one: { en: 'assessment', nb: 'kartlegging' },
    other: { en: 'assessments', nb: 'kartlegginger' },
  },
  line: { one: { en: 'line', nb: 'linje' }, other: { en: 'lines', nb: 'linjer' } },
  candidate: { one: { en: 'candidate', nb: 'kandidat' }, other: { en: 'candidates', nb: 'kandidater' } },
  opening: { one: { en: 'opening', nb: 'stilling' }, other: { en: 'openings', nb: 'stillinger' } },
  pair: { one: { en: 'pair', nb: 'par' }, other: { en: 'pairs', nb: 'par' } },
  event: { one: { en: 'event', nb: 'hendelse' }, other: { en: 'events', nb: 'hendelser' } },
  factor: { one: { en: 'factor', nb: 'faktor' }, other: { en: 'factors', nb: 'faktorer' } },
  contact: { one: { en: 'contact', nb: 'kontakt' }, other: { en: 'contacts', nb: 'kontakter' } },
  triangularMeeting: {
    one: { en: 'triangular meeting', nb: 'trekantsamtale' },
    other: { en: 'triangular meetings', nb: 'trekantsamtaler' },
  },
  week: { one: { en: 'week', nb: 'uke' }, other: { en: 'weeks', nb: 'uker' } },
  day: { one: { en: 'day', nb: 'dag' }, other: { en: 'days', nb: 'dager' } },
  month: { one: { en: 'month', nb: 'måned' }, other: { en: 'months', nb: 'måneder' } },
  placement: {
    one: { en: 'placement', nb: 'praksisplass' },
    other: { en: 'placements', nb: 'praksisplasser' },
  },
} as const satisfies Record<string, CountedNoun>;

/**
 * A count with its noun in the right number: `1 warning`, `2 warnings`,
 * `1 advarsel`, `2 advarsler`. English and bokmål both use the singular for
 * exactly one (Intl.PluralRules gives `one` only for 1 in both).
 */
export function counted(n: number, noun: CountedNoun, locale: Locale): string {
  return `${n} ${localize(n === 1 ? noun.one : noun.other, locale)}`;
}

/** The severity of an issue as a word (`error`, `advarsel`, …). */
export function severityWord(severity: Issue['severity'], locale: Locale): string {
  return localize(NOUNS[severity].one, locale);
}

/** One issue as two text lines: severity, code and path; then the message. Never the received value. */
export function issueLines(issue: Issue, locale: Locale): string[] {
  const where = issue.path.length > 0 ? ` @ ${issue.path.join('.')}` : '';
  return [
    `  ${severityWord(issue.severity, locale).padEnd(9)} ${issue.code}${where}`,
    `            ${localize(issue.message, locale)}`,
  ];
}

/** A plain-text table with a header row, columns padded to their widest cell. */
export function table(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  indent = '  ',
): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]): string =>
    indent +
    row
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(cells[0] ?? []),
    indent + widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

/** A score in [0, 1] as a percentage. */
export function percent(score: number): string {
  return `${Math.round(score * 100)} %`;
}
