/**
 * The command line's streams, options and exit codes. Not part of the
 * library's API: the library itself does no I/O.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Locale } from '../index';

/** The exit codes of every command. */
export const EXIT = {
  /** Valid input, no findings that make it invalid. */
  ok: 0,
  /** Findings: invalid input, or input that could not be checked (not JSON, wrong shape). */
  findings: 1,
  /** Usage error: unknown command or option, missing argument, unreadable file. */
  usage: 2,
} as const;

/** The streams a command reads and writes. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Whether standard error is a terminal (progress lines are shown only then). */
  readonly stderrIsTTY: boolean;
  /** Lines between two progress updates (default 10,000). */
  readonly progressEvery?: number;
}

/** A usage error: its message is printed with the command's usage, and the exit code is 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Writes text to standard output and waits when the stream asks the writer to (so output never piles up in memory). */
export async function writeOut(io: CliIo, text: string): Promise<void> {
  if (!io.stdout.write(text)) {
    await new Promise<void>((resolve) => {
      io.stdout.once('drain', resolve);
    });
  }
}

/** Writes a line to standard error. */
export function writeErr(io: CliIo, line: string): void {
  io.stderr.write(`${line}\n`);
}

/** Every option of every command; `as-of` and `limit` only where a command says so. */
const OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  'as-of': { type: 'string' },
  limit: { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** An option that only some commands take. */
export type OwnOption = 'as-of' | 'limit';

/**
 * Parses a command's arguments: the shared options (`--lang`, `--json`,
 * `--help`) and the command's own; throws {@link UsageError} for an unknown
 * option or a bad `--lang`.
 */
export function parseCommand(argv: readonly string[], own: readonly OwnOption[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util's messages name the option, never input data.
    throw new UsageError(error instanceof Error ? error.message : 'bad arguments');
  }
  const { values } = parsed;
  for (const name of ['as-of', 'limit'] as const) {
    if (values[name] !== undefined && !own.includes(name)) throw new UsageError(`unknown option '--${name}'`);
  }
  const lang = values.lang ?? 'en';
  if (lang !== 'nb' && lang !== 'en') throw new UsageError('--lang must be nb or en');
  const locale: Locale = lang;
  return {
    asOf: values['as-of'],
    limit: values.limit,
    positionals: parsed.positionals,
    locale,
    json: values.json,
    help: values.help,
  };
}

/** Reads a whole file, or standard input for `-`; throws {@link UsageError} when it cannot be read. */
export async function readInput(io: CliIo, file: string, what: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new UsageError(`cannot read the ${what} file${typeof code === 'string' ? ` (${code})` : ''}`);
  }
}
