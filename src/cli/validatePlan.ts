/**
 * `supported-employment validate-plan <file|->`: checks an action plan
 * (*jobbstøtteplan*) given as JSON, a bare plan or an envelope
 * `{ asOf?, context?, plan }` (see ./planRequest.ts).
 */
import { localize, type Issue, type Locale } from '../index';
import { EXIT, parseCommand, readInput, UsageError, writeOut, type CliIo } from './io';
import { checkPlanRequest, type PlanCheck } from './planRequest';
import { counted, issueLines, NOUNS } from './text';

/** The usage text of the command. */
export const VALIDATE_PLAN_HELP = `usage: supported-employment validate-plan <plan.json|-> [--as-of YYYY-MM-DD] [--lang nb|en] [--json]

Checks an action plan against the schema and the method's rules and prints the issues.
The file (or standard input for -) holds a bare plan or { "asOf", "context", "plan" }.
The date to check at is --as-of, else the file's asOf, else today (UTC).

  --as-of DATE   the date to check the plan at
  --lang nb|en   the language of the report (default en)
  --json         print the report as JSON
  -h, --help     show this help

Exit codes: 0 valid (warnings and notes allowed), 1 not valid or not checkable, 2 usage error.`;

const WORDS = {
  valid: { en: 'valid', nb: 'gyldig' },
  invalid: { en: 'NOT valid', nb: 'IKKE gyldig' },
  badInput: {
    en: 'cannot be checked: the content does not fit the action-plan schema',
    nb: 'kan ikke sjekkes: innholdet passer ikke med skjemaet for jobbstøtteplan',
  },
  checkedAt: { en: 'checked as of', nb: 'sjekket per' },
} as const;

/**
 * The report of one checked request as text lines (or one JSON text), and its exit code.
 *
 * @param check - The outcome of {@link checkPlanRequest}.
 * @param label - What to call the input in the first line (the file name the user gave).
 */
export function planReport(
  check: PlanCheck,
  label: string,
  locale: Locale,
  json: boolean,
): { code: number; lines: string[] } {
  const code = check.kind === 'checked' && check.report.valid ? EXIT.ok : EXIT.findings;
  if (json) {
    const body =
      check.kind === 'checked'
        ? { file: label, asOf: check.asOf, ...check.report }
        : { file: label, valid: false, issues: check.issues };
    return { code, lines: [JSON.stringify(body, null, 2)] };
  }
  const t = (key: keyof typeof WORDS): string => localize(WORDS[key], locale);
  const issues: readonly Issue[] = check.kind === 'checked' ? check.report.issues : check.issues;
  const body = issues.flatMap((i) => issueLines(i, locale));
  if (check.kind === 'bad-request') return { code, lines: [`${label}: ${t('badInput')}`, ...body] };
  const count = (severity: Issue['severity']): number => issues.filter((i) => i.severity === severity).length;
  const head =
    `${label}: ${check.report.valid ? t('valid') : t('invalid')} (${t('checkedAt')} ${check.asOf}; ` +
    `${counted(count('error'), NOUNS.error, locale)}, ${counted(count('warning'), NOUNS.warning, locale)}, ${counted(count('info'), NOUNS.info, locale)})`;
  return { code, lines: [head, ...body] };
}

/**
 * Parses the command's arguments; throws {@link UsageError}.
 *
 * @returns the file (or `-`), the date override, the language and the output form; `help` when asked.
 */
export function validatePlanArgs(
  argv: readonly string[],
): { help: true } | { help: false; file: string; asOf: string | undefined; locale: Locale; json: boolean } {
  const { asOf, positionals, locale, json, help } = parseCommand(argv, ['as-of']);
  if (help) return { help: true };
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('give one plan file, or - for standard input');
  if (extra.length > 0) throw new UsageError('give exactly one plan file');
  return { help: false, file, asOf, locale, json };
}

/** Runs `validate-plan`; returns the exit code. */
export async function validatePlan(argv: readonly string[], io: CliIo): Promise<number> {
  const args = validatePlanArgs(argv);
  if (args.help) {
    await writeOut(io, `${VALIDATE_PLAN_HELP}\n`);
    return EXIT.ok;
  }
  const text = await readInput(io, args.file, 'plan');
  const check = checkPlanRequest(text, args.asOf);
  if (
    args.asOf !== undefined &&
    check.kind === 'bad-request' &&
    check.issues.some((i) => i.path[0] === 'asOf')
  ) {
    throw new UsageError('--as-of must be a calendar date (YYYY-MM-DD)');
  }
  const { code, lines } = planReport(
    check,
    args.file === '-' ? '<stdin>' : args.file,
    args.locale,
    args.json,
  );
  await writeOut(io, `${lines.join('\n')}\n`);
  return code;
}
