/**
 * Small command-line helpers shared by the examples: the `--lang nb|en` flag,
 * plain-text tables, counts and a quiet end on a closed pipe. Not part of the
 * library.
 */
import type { Locale } from '../../src';

/** The value after a flag (`--lang nb`) or given as `--lang=nb`; undefined when absent. */
export function flagValue(argv: readonly string[], flag: string): string | undefined {
  const inline = argv.find((a) => a.startsWith(`${flag}=`));
  if (inline !== undefined) return inline.slice(flag.length + 1);
  const i = argv.indexOf(flag);
  return i === -1 ? undefined : argv[i + 1];
}

/** The report language from `--lang nb|en` (default `en`); throws on any other value. */
export function langFrom(argv: readonly string[]): Locale {
  const value = flagValue(argv, '--lang') ?? 'en';
  if (value !== 'nb' && value !== 'en') throw new Error('--lang must be nb or en');
  return value;
}

export { counted, NOUNS, percent, table } from '../../src/cli/text';

/**
 * Ends the process quietly when standard output is closed early
 * (`npm run example | head`): a reader that has seen enough is not an error.
 */
export function survivePipeClose(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/** Runs a flag parser; on a bad value prints the message and the usage to stderr and exits with code 2. */
export function orUsageExit<T>(parse: () => T, usage: string): T {
  try {
    return parse();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
}
