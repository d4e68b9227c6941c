/**
 * The `supported-employment` command: dispatches to the subcommands and turns
 * usage errors into exit code 2. Not part of the library's API.
 */
import { classify, CLASSIFY_HELP } from './classify';
import { EXIT, UsageError, writeErr, writeOut, type CliIo } from './io';
import { match, MATCH_HELP } from './match';
import { validatePlan, VALIDATE_PLAN_HELP } from './validatePlan';

/** The usage text of the whole command. */
export const HELP = `usage: supported-employment <command> [options]

Supported Employment adapted for immigrant women with complex assistance needs
(tilpasset SE): the library's checks from the command line.

Commands:
  validate-plan <plan.json|->            check an action plan (jobbstøtteplan)
  classify [assessments.ndjson|-]        needs profiles and adaptations, NDJSON in and out
  match <candidates.json> <openings.json> rank job openings for each candidate

Options for every command:
  --lang nb|en   the language of texts (default en)
  --json         machine-readable output (classify always writes NDJSON)
  -h, --help     help for the command

Exit codes: 0 valid, 1 findings, 2 usage error.
Messages never repeat the data they are about: they name a code and a path.`;

const COMMANDS: Record<
  string,
  { run: (argv: readonly string[], io: CliIo) => Promise<number>; help: string }
> = {
  'validate-plan': { run: validatePlan, help: VALIDATE_PLAN_HELP },
  classify: { run: classify, help: CLASSIFY_HELP },
  match: { run: match, help: MATCH_HELP },
};

/** Runs the command line; resolves to the exit code and never exits the process itself. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await writeOut(io, `${HELP}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    writeErr(
      io,
      `unknown command; the commands are ${Object.keys(COMMANDS).join(', ')} (supported-employment --help tells more)`,
    );
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      writeErr(
        io,
        `${error.message}\n${command.help.split('\n')[0] ?? ''}\n(supported-employment ${name} --help tells more)`,
      );
      return EXIT.usage;
    }
    throw error;
  }
}
