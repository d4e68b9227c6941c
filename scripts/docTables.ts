/**
 * The tables in docs/ that are generated from the library's own catalogues, so that the docs
 * cannot drift from the rules. `scripts/generate-doc-tables.ts` writes them between
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` markers; a test fails when a doc
 * differs from what these functions produce.
 */
import {
  ADAPTATIONS,
  DEFAULT_NEED_THRESHOLDS,
  NEED_IDS,
  NEED_RULES,
  NEED_THRESHOLD_SOURCES,
  NEEDS_WITHOUT_ADAPTATION,
  formatSourceRef,
  type NeedTrigger,
} from '../src';

const code = (s: string): string => `\`${s}\``;
const cell = (s: string): string => s.replaceAll('|', '\\|');

/** The rule table of docs/needs.md. */
export function needRulesTable(): string {
  const lines = [
    '| Need | Rule | Condition | Severity | Barrier | Evidence | Source |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of NEED_RULES) {
    lines.push(
      `| ${code(r.need)} | ${code(r.id)} | ${cell(r.condition.en)} | ${r.severity} | ${code(r.barrier)} | ${r.evidence.map(code).join(', ')} | ${cell(formatSourceRef(r.source))} |`,
    );
  }
  return lines.join('\n');
}

/** The thresholds table of docs/needs.md. */
export function needThresholdsTable(): string {
  const lines = ['| Threshold | Default | Source |', '|---|---|---|'];
  for (const [key, value] of Object.entries(DEFAULT_NEED_THRESHOLDS)) {
    const source = NEED_THRESHOLD_SOURCES[key as keyof typeof NEED_THRESHOLD_SOURCES];
    lines.push(`| ${code(key)} | ${String(value)} | ${cell(formatSourceRef(source))} |`);
  }
  return lines.join('\n');
}

function trigger(t: NeedTrigger): string {
  const severity = t.minSeverity === 'low' ? '' : ` (≥ ${t.minSeverity})`;
  const via = t.evidence === undefined ? '' : ` resting on ${t.evidence.map(code).join(' or ')}`;
  return `${code(t.need)}${severity}${via}`;
}

/** The table of the fifteen adaptations and their triggers in docs/adaptations.md. */
export function adaptationTriggersTable(): string {
  const lines = ['| § | id | tier | steps | indicated by | handbook lines |', '|---|---|---|---|---|---|'];
  for (const a of ADAPTATIONS) {
    const tier = `${a.tier}${a.forEveryone && a.tier === 'offer' ? ' (everyone)' : ''}${a.safety ? ', **safety**' : ''}`;
    const steps = a.steps.length === 5 ? 'all five' : a.steps.map(code).join(', ');
    const triggers = a.indicatedBy.map(trigger);
    if (a.fromStep !== undefined) triggers.push(`every case from step ${code(a.fromStep)} on`);
    const notes: string[] = [];
    if (a.contraindicatedBy.length > 0)
      notes.push(`withheld with ${a.contraindicatedBy.map(code).join(', ')}`);
    if (a.practicesWithSafetyConcern !== undefined)
      notes.push('with `negative-social-control`: a trusted person she chooses, never the family');
    const indicated = [triggers.join('; '), ...notes].join('; ');
    lines.push(
      `| §${a.handbookSection} | ${code(a.id)} | ${tier} | ${steps} | ${indicated} | ${a.source.lines ?? ''} |`,
    );
  }
  return lines.join('\n');
}

/** The needs → adaptations table of docs/adaptations.md. */
export function needsToAdaptationsTable(): string {
  const without = new Map(NEEDS_WITHOUT_ADAPTATION.map((n) => [n.need, n.reason.en] as const));
  const lines = ['| need | adaptations it indicates |', '|---|---|'];
  for (const id of NEED_IDS) {
    const list = ADAPTATIONS.flatMap((a) =>
      a.indicatedBy
        .filter((t) => t.need === id)
        .slice(0, 1)
        .map((t) => {
          const extra = [
            t.minSeverity === 'low' ? '' : `≥ ${t.minSeverity}`,
            t.evidence === undefined ? '' : `resting on ${t.evidence.map(code).join(' or ')}`,
          ]
            .filter((x) => x !== '')
            .join(', ');
          return extra === '' ? code(a.id) : `${code(a.id)} (${extra})`;
        }),
    );
    lines.push(
      `| ${code(id)} | ${list.length > 0 ? list.join(', ') : `none – ${cell(without.get(id) ?? '')}`} |`,
    );
  }
  return lines.join('\n');
}

/** Replaces the block between the markers of `name` in `doc` with `body`. */
export function withGenerated(doc: string, name: string, body: string): string {
  const open = `<!-- generated:${name} -->`;
  const close = `<!-- /generated:${name} -->`;
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  if (start < 0 || end < start) throw new Error(`docs: no generated block ${name}`);
  return `${doc.slice(0, start + open.length)}\n${body}\n${doc.slice(end)}`;
}

/** The text of the block between the markers of `name` in `doc`, or undefined. */
export function generatedBlock(doc: string, name: string): string | undefined {
  const open = `<!-- generated:${name} -->`;
  const close = `<!-- /generated:${name} -->`;
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  if (start < 0 || end < start) return undefined;
  return doc.slice(start + open.length, end).trim();
}
