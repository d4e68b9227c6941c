/**
 * `supported-employment classify [file|-]`: needs assessments as NDJSON (one
 * JSON object a line) in, one NDJSON line out for each: the needs profile and
 * the recommended adaptations, or the coded issues of a line that does not
 * fit. Streams: one line is read, classified and written at a time, and
 * reading waits while standard output is full, so memory stays flat however
 * long the input is.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  classifyNeeds,
  localize,
  recommendAdaptations,
  safeParseNeedsAssessment,
  type Issue,
  type Locale,
} from '../index';
import { EXIT, parseCommand, UsageError, writeErr, writeOut, type CliIo } from './io';
import { counted, NOUNS } from './text';

/** The usage text of the command. */
export const CLASSIFY_HELP = `usage: supported-employment classify [assessments.ndjson|-] [--lang nb|en]

Reads needs assessments as NDJSON (one JSON object a line; standard input when no
file or - is given) and writes one NDJSON line for each non-empty input line:

  {"line":1,"ok":true,"assessmentId":"…","profile":{…},"recommendations":[…]}
  {"line":2,"ok":false,"issues":[{"code":"…","path":[…],"severity":"error","message":{…}}]}

profile is classifyNeeds(assessment); recommendations is recommendAdaptations(profile).
Issues name a code and a path, never a value from the line. A summary goes to standard
error, and a progress line too on long runs when standard error is a terminal.

  --lang nb|en   the language of the summary (default en)
  -h, --help     show this help

Exit codes: 0 every line classified, 1 some line did not fit, 2 usage error.`;

/** How many lines between two progress updates on a terminal, unless the caller says otherwise. */
const PROGRESS_EVERY = 10_000;

const WORDS = {
  classified: { en: 'classified', nb: 'klassifisert' },
  withIssues: { en: 'did not fit', nb: 'passet ikke' },
} as const;

const LINE_NOT_JSON: Issue = {
  // The command's own code, outside the library's closed union, hence the cast.
  code: 'cli_line_not_json' as Issue['code'],
  severity: 'error',
  path: [],
  message: { nb: 'Linjen er ikke et gyldig JSON-objekt.', en: 'The line is not a valid JSON object.' },
};

/** One input line as one output line (without the newline). */
export function classifyLine(text: string, line: number): { ok: boolean; json: string } {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, json: JSON.stringify({ line, ok: false, issues: [LINE_NOT_JSON] }) };
  }
  const parsed = safeParseNeedsAssessment(value);
  if (!parsed.ok) return { ok: false, json: JSON.stringify({ line, ok: false, issues: parsed.issues }) };
  const profile = classifyNeeds(parsed.value);
  const recommendations = recommendAdaptations(profile);
  return {
    ok: true,
    json: JSON.stringify({ line, ok: true, assessmentId: parsed.value.id, profile, recommendations }),
  };
}

function summary(classified: number, failed: number, locale: Locale): string {
  const total = counted(classified + failed, NOUNS.assessment, locale);
  return `${total}: ${classified} ${localize(WORDS.classified, locale)}, ${failed} ${localize(WORDS.withIssues, locale)}`;
}

/** Runs `classify`; returns the exit code. */
export async function classify(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, locale, help } = parseCommand(argv, []);
  if (help) {
    await writeOut(io, `${CLASSIFY_HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError('give at most one assessments file');
  const file = positionals[0] ?? '-';
  let input: NodeJS.ReadableStream = io.stdin;
  if (file !== '-') {
    const stream = createReadStream(file);
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => {
        resolve();
      });
      stream.once('error', (error: NodeJS.ErrnoException) => {
        reject(
          new UsageError(
            `cannot read the assessments file${error.code === undefined ? '' : ` (${error.code})`}`,
          ),
        );
      });
    });
    input = stream;
  }

  const every = io.progressEvery ?? PROGRESS_EVERY;
  let line = 0;
  let classified = 0;
  let failed = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    const result = classifyLine(text, line);
    if (result.ok) classified++;
    else failed++;
    await writeOut(io, `${result.json}\n`);
    if (io.stderrIsTTY && line % every === 0) io.stderr.write(`\r${counted(line, NOUNS.line, locale)} …`);
  }
  if (io.stderrIsTTY && line >= every) io.stderr.write('\r\x1b[K');
  writeErr(io, summary(classified, failed, locale));
  return failed > 0 ? EXIT.findings : EXIT.ok;
}
