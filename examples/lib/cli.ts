/**
 * Small command-line helpers shared by the examples: the `--lang nb|en` flag
 * and plain-text tables. Not part of the library.
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
  if (value !== 'nb' && value !== 'en') throw new Error(`--lang must be nb or en, not ${value}`);
  return value;
}

/** A plain-text table with a header row, columns padded to their widest cell. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[], indent = '  '): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]): string => indent + row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd();
  return [line(cells[0]!), indent + widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** A score in [0, 1] as a percentage. */
export function percent(score: number): string {
  return `${Math.round(score * 100)} %`;
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
