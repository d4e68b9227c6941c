/**
 * `supported-employment match <candidates.json> <openings.json>`: every
 * candidate's openings ranked by job-match balance (`rankOpenings`), as a
 * table or as JSON.
 */
import {
  localize,
  rankOpenings,
  safeParseCandidate,
  safeParseJobOpening,
  type Candidate,
  type Issue,
  type JobOpening,
  type Locale,
  type RankedOpening,
  type Result,
} from '../index';
import { EXIT, parseCommand, readInput, UsageError, writeOut, type CliIo } from './io';
import { counted, issueLines, NOUNS, percent, table } from './text';

/** The usage text of the command. */
export const MATCH_HELP = `usage: supported-employment match <candidates.json> <openings.json> [--limit N] [--lang nb|en] [--json]

Ranks the job openings for each candidate by job-match balance, best first.
Each file holds a JSON array (or one object) of candidates or job openings, as in
the candidate and job-opening JSON Schemas. Either file may be - for standard input.

  --limit N      show the N best openings for each candidate (default all)
  --lang nb|en   the language of the table (default en)
  --json         print { "rankings": [{ "candidateId", "openings": [...] }] } as JSON
  -h, --help     show this help

Exit codes: 0 ranked, 1 a file is not JSON or an entry does not fit its schema, 2 usage error.`;

const WORDS = {
  candidate: { en: 'Candidate', nb: 'Kandidat' },
  rank: { en: 'rank', nb: 'rang' },
  opening: { en: 'opening', nb: 'stilling' },
  occupation: { en: 'occupation', nb: 'yrke' },
  score: { en: 'balance', nb: 'balanse' },
  coverage: { en: 'known', nb: 'kjent' },
  notes: { en: 'notes', nb: 'merknader' },
  hardConflict: { en: 'hard conflict', nb: 'absolutt konflikt' },
  conflicts: { en: 'in conflict', nb: 'i konflikt' },
  toClarify: { en: 'to clarify', nb: 'må avklares' },
  cannotRank: { en: 'cannot rank: the input does not fit', nb: 'kan ikke rangere: innholdet passer ikke' },
} as const;

function notJson(path: string): Issue {
  // The command's own code, outside the library's closed union, hence the cast.
  return {
    code: 'cli_file_not_json' as Issue['code'],
    severity: 'error',
    path: [path],
    message: { nb: 'Filen er ikke gyldig JSON.', en: 'The file is not valid JSON.' },
  };
}

function parseList<T>(
  text: string,
  name: string,
  parse: (input: unknown) => Result<T>,
): { values: T[]; issues: Issue[] } {
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    return { values: [], issues: [notJson(name)] };
  }
  const items = Array.isArray(body) ? (body as unknown[]) : [body];
  const values: T[] = [];
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    const result = parse(item);
    if (result.ok) values.push(result.value);
    else issues.push(...result.issues.map((issue) => ({ ...issue, path: [name, i, ...issue.path] })));
  });
  return { values, issues };
}

function limitOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    throw new UsageError('--limit must be a whole number from 1 to 10000');
  return n;
}

function rankingTable(
  candidate: Candidate,
  ranking: readonly RankedOpening[],
  openings: readonly JobOpening[],
  locale: Locale,
): string {
  const t = (key: keyof typeof WORDS): string => localize(WORDS[key], locale);
  const rows = ranking.map((r, i) => {
    const notes = r.hardConflict
      ? `${t('hardConflict')}: ${r.hardConflicts.join(', ')}`
      : [
          r.conflicts.length > 0
            ? `${counted(r.conflicts.length, NOUNS.factor, locale)} ${t('conflicts')}`
            : '',
          r.unknowns.length > 0
            ? `${counted(r.unknowns.length, NOUNS.factor, locale)} ${t('toClarify')}`
            : '',
        ]
          .filter((s) => s !== '')
          .join('; ');
    return [
      i + 1,
      r.openingId,
      openings[r.index]?.occupation ?? '',
      percent(r.score),
      percent(r.coverage),
      notes,
    ];
  });
  const head = `${t('candidate')} ${candidate.id} (${counted(ranking.length, NOUNS.opening, locale)})`;
  return `${head}\n${table([t('rank'), t('opening'), t('occupation'), t('score'), t('coverage'), t('notes')], rows)}`;
}

/** Runs `match`; returns the exit code. */
export async function match(argv: readonly string[], io: CliIo): Promise<number> {
  const { limit: rawLimit, positionals, locale, json, help } = parseCommand(argv, ['limit']);
  if (help) {
    await writeOut(io, `${MATCH_HELP}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new UsageError('give a candidates file and an openings file');
  const [candidateFile = '', openingFile = ''] = positionals;
  if (candidateFile === '-' && openingFile === '-')
    throw new UsageError('only one of the two files can be standard input');
  const limit = limitOf(rawLimit);
  const candidates = parseList(
    await readInput(io, candidateFile, 'candidates'),
    'candidates',
    safeParseCandidate,
  );
  const openings = parseList(await readInput(io, openingFile, 'openings'), 'openings', safeParseJobOpening);
  const issues = [...candidates.issues, ...openings.issues];
  if (issues.length > 0) {
    const text = json
      ? JSON.stringify({ valid: false, issues }, null, 2)
      : [localize(WORDS.cannotRank, locale), ...issues.flatMap((i) => issueLines(i, locale))].join('\n');
    await writeOut(io, `${text}\n`);
    return EXIT.findings;
  }
  const options = limit === undefined ? {} : { limit };
  const rankings = candidates.values.map((candidate) => ({
    candidate,
    ranking: rankOpenings(candidate, openings.values, options),
  }));
  if (json) {
    await writeOut(
      io,
      `${JSON.stringify({ rankings: rankings.map((r) => ({ candidateId: r.candidate.id, openings: r.ranking })) }, null, 2)}\n`,
    );
  } else {
    for (const r of rankings)
      await writeOut(io, `${rankingTable(r.candidate, r.ranking, openings.values, locale)}\n\n`);
  }
  return EXIT.ok;
}
