/**
 * Validates an action plan (*jobbstøtteplan*) from a JSON file and prints the issues.
 *
 *   npx tsx examples/validate-plan.ts examples/data/plan-valid.json
 *   npx tsx examples/validate-plan.ts examples/data/plan-invalid.json --lang nb
 *   npx tsx examples/validate-plan.ts my-plan.json --as-of 2026-03-02 --json
 *
 * The file is a bare plan or an envelope `{ asOf?, context?, plan }` (see
 * `src/cli/planRequest.ts`). The date to check at is `--as-of`, else the
 * file's `asOf`, else today (UTC). `--json` prints the report as JSON instead
 * of text, for scripts in other languages.
 *
 * The same check ships as a command with the package:
 * `npx supported-employment validate-plan <file|->`; this example shows how
 * little code it takes (src/cli/validatePlan.ts has the report).
 *
 * Exit codes: 0 valid (warnings and notes allowed), 1 invalid (the file is not
 * JSON, does not fit the schema, or has an error-severity issue), 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../src/cli/io';
import { checkPlanRequest } from '../src/cli/planRequest';
import { planReport, validatePlanArgs } from '../src/cli/validatePlan';

const USAGE = 'usage: validate-plan <plan.json> [--as-of YYYY-MM-DD] [--lang nb|en] [--json]';

/** Runs the command; returns the exit code and never calls `process.exit` (so a test can call it too). */
export function main(
  argv: readonly string[],
  write: (line: string) => void = console.log,
  writeError: (line: string) => void = console.error,
): number {
  let args: ReturnType<typeof validatePlanArgs>;
  try {
    args = validatePlanArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    writeError(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    write(USAGE);
    return 0;
  }
  let text: string;
  try {
    text = readFileSync(args.file === '-' ? 0 : args.file, 'utf8');
  } catch {
    // Not the file name: it may name a person.
    writeError(`cannot read the plan file\n${USAGE}`);
    return 2;
  }
  const check = checkPlanRequest(text, args.asOf);
  if (
    args.asOf !== undefined &&
    check.kind === 'bad-request' &&
    check.issues.some((i) => i.path[0] === 'asOf')
  ) {
    writeError(`--as-of must be a calendar date (YYYY-MM-DD)\n${USAGE}`);
    return 2;
  }
  const { code, lines } = planReport(check, args.file, args.locale, args.json);
  lines.forEach((line) => {
    write(line);
  });
  return code;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
