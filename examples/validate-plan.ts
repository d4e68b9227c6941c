/**
 * Validates an action plan (*jobbstøtteplan*) from a JSON file and prints the issues.
 *
 *   npx tsx examples/validate-plan.ts examples/data/plan-valid.json
 *   npx tsx examples/validate-plan.ts examples/data/plan-invalid.json --lang nb
 *   npx tsx examples/validate-plan.ts my-plan.json --as-of 2026-03-02 --json
 *
 * The file is a bare plan or an envelope `{ asOf?, context?, plan }` (see
 * `examples/lib/planRequest.ts`). The date to check at is `--as-of`, else the
 * file's `asOf`, else today (UTC). `--json` prints the report as JSON instead
 * of text, for scripts in other languages.
 *
 * Exit codes: 0 valid (warnings and notes allowed), 1 invalid (the file is not
 * JSON, does not fit the schema, or has an error-severity issue), 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localize, type Issue, type Locale } from '../src';
import { checkPlanRequest } from './lib/planRequest';

const USAGE = 'usage: validate-plan <plan.json> [--as-of YYYY-MM-DD] [--lang nb|en] [--json]';

const WORDS = {
  valid: { en: 'valid', nb: 'gyldig' },
  invalid: { en: 'NOT valid', nb: 'IKKE gyldig' },
  badInput: { en: 'cannot be checked: the content does not fit the action-plan schema', nb: 'kan ikke sjekkes: innholdet passer ikke med skjemaet for jobbstøtteplan' },
  checkedAt: { en: 'checked as of', nb: 'sjekket per' },
  errors: { en: 'errors', nb: 'feil' },
  warnings: { en: 'warnings', nb: 'advarsler' },
  notes: { en: 'notes', nb: 'merknader' },
  error: { en: 'error', nb: 'feil' },
  warning: { en: 'warning', nb: 'advarsel' },
  info: { en: 'note', nb: 'merknad' },
} as const;

/** Runs the command; returns the exit code and never calls `process.exit` (so a test can call it too). */
export function main(argv: readonly string[], write: (line: string) => void = console.log, writeError: (line: string) => void = console.error): number {
  const files: string[] = [];
  const options: { asOf?: string; lang?: string; json: boolean } = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const flag = /^--(as-of|lang)(?:=(.*))?$/.exec(arg);
    if (arg === '--json') {
      options.json = true;
    } else if (flag) {
      const value = flag[2] ?? argv[++i];
      if (value === undefined || value.startsWith('--')) {
        writeError(`--${flag[1]!} needs a value\n${USAGE}`);
        return 2;
      }
      if (flag[1] === 'as-of') options.asOf = value;
      else options.lang = value;
    } else if (arg.startsWith('--')) {
      writeError(`unknown option ${arg}\n${USAGE}`);
      return 2;
    } else {
      files.push(arg);
    }
  }
  const lang = options.lang ?? 'en';
  const asOf = options.asOf;
  if (files.length !== 1 || (lang !== 'en' && lang !== 'nb')) {
    writeError(USAGE);
    return 2;
  }
  const locale: Locale = lang;
  const file = files[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    writeError(`cannot read ${file}\n${USAGE}`);
    return 2;
  }

  const check = checkPlanRequest(text, asOf);
  if (check.kind === 'bad-request' && check.issues.some((i) => i.path[0] === 'asOf' && asOf !== undefined)) {
    writeError(`--as-of must be a calendar date (YYYY-MM-DD)\n${USAGE}`);
    return 2;
  }
  if (options.json) {
    write(JSON.stringify(check.kind === 'checked' ? { file, asOf: check.asOf, ...check.report } : { file, valid: false, issues: check.issues }, null, 2));
    return check.kind === 'checked' && check.report.valid ? 0 : 1;
  }

  const t = (key: keyof typeof WORDS): string => localize(WORDS[key], locale);
  const printIssue = (issue: Issue): void => {
    const where = issue.path.length > 0 ? ` @ ${issue.path.join('.')}` : '';
    write(`  ${t(issue.severity).padEnd(9)} ${issue.code}${where}`);
    write(`            ${localize(issue.message, locale)}`);
  };
  if (check.kind === 'bad-request') {
    write(`${file}: ${t('badInput')}`);
    check.issues.forEach(printIssue);
    return 1;
  }
  const count = (severity: Issue['severity']): number => check.report.issues.filter((i) => i.severity === severity).length;
  write(
    `${file}: ${check.report.valid ? t('valid') : t('invalid')} (${t('checkedAt')} ${check.asOf}; ` +
      `${count('error')} ${t('errors')}, ${count('warning')} ${t('warnings')}, ${count('info')} ${t('notes')})`,
  );
  check.report.issues.forEach(printIssue);
  return check.report.valid ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
