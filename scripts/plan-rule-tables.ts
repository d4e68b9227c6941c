// Writes the rule tables of docs/plans.md from the exported plan rule catalogues.
//
//   npm run docs:rules            rewrite the tables between their markers
//   npm run docs:rules -- --check exit 1 when docs/plans.md is out of date
//
// test/plans/docs.test.ts fails when the guide and the catalogues differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ACTION_PLAN_RULES,
  FOLLOW_UP_PLAN_RULES,
  formatSourceRef,
  TRAINING_PLAN_RULES,
  type PlanRule,
} from '../src';

/** The guide's tables by marker name, in the order they appear. */
export const PLAN_RULE_TABLES: Readonly<Record<string, readonly PlanRule<never>[]>> = {
  'action-plan': ACTION_PLAN_RULES,
  'training-plan': TRAINING_PLAN_RULES,
  'follow-up-plan': FOLLOW_UP_PLAN_RULES,
};

export const GUIDE = fileURLToPath(new URL('../docs/plans.md', import.meta.url));

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** One Markdown table: code, severity, summary and source of every rule, in table order. */
export function renderRuleTable(rules: readonly PlanRule<never>[]): string {
  const rows = rules.map(
    (r) => `| \`${r.code}\` | ${r.severity} | ${cell(r.summary)} | ${cell(formatSourceRef(r.source))} |`,
  );
  return ['| Code | Severity | What it finds | Source |', '|---|---|---|---|', ...rows].join('\n');
}

const markers = (name: string): readonly [string, string] => [
  `<!-- rules:${name}:start -->`,
  `<!-- rules:${name}:end -->`,
];

/** The text between a table's markers in the guide (without the blank lines around it). */
export function tableInGuide(guide: string, name: string): string | undefined {
  const [start, end] = markers(name);
  const from = guide.indexOf(start);
  const to = guide.indexOf(end);
  if (from < 0 || to < from) return undefined;
  return guide.slice(from + start.length, to).trim();
}

/** The guide with every table between its markers replaced by the one rendered from its catalogue. */
export function withRenderedTables(guide: string): string {
  let out = guide;
  for (const [name, rules] of Object.entries(PLAN_RULE_TABLES)) {
    const [start, end] = markers(name);
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`docs/plans.md has no ${start} … ${end} markers.`);
    out = `${out.slice(0, from + start.length)}\n${renderRuleTable(rules)}\n${out.slice(to)}`;
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const guide = readFileSync(GUIDE, 'utf8');
  const next = withRenderedTables(guide);
  if (process.argv.includes('--check')) {
    if (next !== guide) {
      console.error('docs/plans.md is out of date with the plan rule catalogues; run npm run docs:rules.');
      process.exit(1);
    }
  } else if (next !== guide) {
    writeFileSync(GUIDE, next);
    console.log('docs/plans.md: rule tables rewritten.');
  }
}
