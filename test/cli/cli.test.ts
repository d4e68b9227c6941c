/**
 * The `supported-employment` command, run as a user runs it: the built
 * dist/cli/main.js (package.json "bin") in a child process, with files,
 * standard input, pipes and exit codes. Results are compared with the library
 * called in-process on the same data.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import {
  classifyNeeds,
  parseCandidate,
  parseJobOpening,
  parseNeedsAssessment,
  rankOpenings,
  recommendAdaptations,
} from '../../src';
import { classify } from '../../src/cli/classify';
import { generateAssessments } from '../../bench/generate';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'cli', 'main.js');
const scratch = mkdtempSync(join(tmpdir(), 'se-cli-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A value that must never appear in any output: it stands for a person's data. */
const SECRET = 'Secret-Name-Hiv-Positive';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: readonly string[], input?: string): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    input: input ?? '',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

// Each spawn starts Node and loads the library: seconds each on a busy machine.
describe('supported-employment (spawned)', { timeout: 120_000 }, () => {
  it('is built as an executable with a shebang', () => {
    // dist/ is built once by test/globalSetup.ts.
    expect(existsSync(bin)).toBe(true);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(pkg.bin['supported-employment']).toBe('./dist/cli/main.js');
  });

  it('prints help for the command and each subcommand with exit code 0', () => {
    const top = cli(['--help']);
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/^usage: supported-employment <command>/);
    for (const name of ['validate-plan', 'classify', 'match']) {
      const help = cli([name, '--help']);
      expect(help.status, name).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^usage: supported-employment ${name} `));
      expect(help.stdout).toContain('Exit codes');
    }
  });

  it('exits 2 on usage errors: no command, unknown command, unknown option, bad --lang, missing file', () => {
    expect(cli([]).status).toBe(2);
    const unknown = cli(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command');
    expect(cli(['classify', '--colour']).status).toBe(2);
    const lang = cli(['match', 'a.json', 'b.json', '--lang', 'de']);
    expect(lang.status).toBe(2);
    expect(lang.stderr).toContain('--lang must be nb or en');
    const missing = cli(['validate-plan', join(scratch, `${SECRET}.json`)]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read the plan file (ENOENT)');
    expect(missing.stderr).not.toContain(SECRET);
    expect(cli(['validate-plan']).status).toBe(2);
    expect(cli(['validate-plan', '--as-of', '2026-02-30', 'examples/data/plan-valid.json']).status).toBe(2);
  });

  describe('validate-plan', () => {
    it('exits 0 for a valid plan and counts in the singular for one', () => {
      const r = cli(['validate-plan', 'examples/data/plan-valid.json']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(
        'examples/data/plan-valid.json: valid (checked as of 2026-03-02; 0 errors, 1 warning, 0 notes)',
      );
      expect(r.stdout).toContain('plan_training_plan_missing @ plan.activities.5.trainingPlanRef');
    });

    it('exits 1 for an invalid plan read from standard input, in bokmål', () => {
      const r = cli(
        ['validate-plan', '-', '--lang', 'nb'],
        readFileSync(join(root, 'examples/data/plan-invalid.json'), 'utf8'),
      );
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(
        /^<stdin>: IKKE gyldig \(sjekket per 2026-05-11; 5 feil, \d+ advarsler, 0 merknader\)/,
      );
      expect(r.stdout).toContain('Delmålet har frist etter hovedmålet.');
    });

    it('prints JSON with --json and never repeats a value it rejects', () => {
      const plan = JSON.parse(readFileSync(join(root, 'examples/data/plan-valid.json'), 'utf8')) as {
        plan: { mainGoal: Record<string, unknown> };
      };
      plan.plan.mainGoal['targetDate'] = SECRET;
      const r = cli(['validate-plan', file('bad-plan.json', JSON.stringify(plan)), '--json']);
      expect(r.status).toBe(1);
      const body = JSON.parse(r.stdout) as {
        valid: boolean;
        issues: { code: string; path: (string | number)[] }[];
      };
      expect(body.valid).toBe(false);
      expect(body.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toContain(
        'schema_invalid_date@plan.mainGoal.targetDate',
      );
      expect(r.stdout + r.stderr).not.toContain(SECRET);
      const notJson = cli(['validate-plan', '-'], `{"name": "${SECRET}",`);
      expect(notJson.status).toBe(1);
      expect(notJson.stdout).toContain('request_not_json');
      expect(notJson.stdout + notJson.stderr).not.toContain(SECRET);
    });
  });

  describe('classify', () => {
    const assessments = generateAssessments(5, 30);

    it('writes one NDJSON line per assessment, equal to the library called in-process', () => {
      const input = assessments.map((a) => JSON.stringify(a)).join('\n') + '\n\n';
      const r = cli(['classify', file('assessments.ndjson', input)]);
      expect(r.status).toBe(0);
      const lines = r.stdout
        .trim()
        .split('\n')
        .map(
          (l) => JSON.parse(l) as { line: number; ok: boolean; profile: unknown; recommendations: unknown },
        );
      expect(lines).toHaveLength(assessments.length);
      lines.forEach((out, i) => {
        const profile = classifyNeeds(parseNeedsAssessment(assessments[i]));
        expect(out.line).toBe(i + 1);
        expect(out.ok).toBe(true);
        expect(out.profile).toEqual(JSON.parse(JSON.stringify(profile)));
        expect(out.recommendations).toEqual(JSON.parse(JSON.stringify(recommendAdaptations(profile))));
      });
      expect(r.stderr.trim()).toBe('30 assessments: 30 classified, 0 did not fit');
      expect(r.stderr).not.toContain('\r');
    });

    it('reports lines that do not fit with codes and paths, exits 1, and never repeats their values', () => {
      const bad = { ...assessments[0], wishToWork: SECRET };
      const input = [JSON.stringify(assessments[1]), JSON.stringify(bad), `not json ${SECRET}`].join('\n');
      const r = cli(['classify', '--lang', 'nb'], input);
      expect(r.status).toBe(1);
      const lines = r.stdout
        .trim()
        .split('\n')
        .map(
          (l) => JSON.parse(l) as { line: number; ok: boolean; issues?: { code: string; path: string[] }[] },
        );
      expect(lines.map((l) => [l.line, l.ok])).toEqual([
        [1, true],
        [2, false],
        [3, false],
      ]);
      expect(lines[1]!.issues!.map((i) => `${i.code}@${i.path.join('.')}`)).toContain(
        'schema_invalid_value@wishToWork',
      );
      expect(lines[2]!.issues!.map((i) => i.code)).toEqual(['cli_line_not_json']);
      expect(r.stdout + r.stderr).not.toContain(SECRET);
      expect(r.stderr.trim()).toBe('3 kartlegginger: 1 klassifisert, 2 passet ikke');
    });

    it('survives a closed pipe: `classify | head -n 1` ends without an EPIPE crash', () => {
      const big = file(
        'big.ndjson',
        generateAssessments(9, 3000)
          .map((a) => JSON.stringify(a))
          .join('\n'),
      );
      const r = spawnSync(
        'bash',
        [
          '-c',
          `"${process.execPath}" "${bin}" classify "${big}" 2>"${scratch}/err.txt" | head -n 1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
        ],
        {
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(r.stdout.trim()).toBe('0');
      expect(readFileSync(join(scratch, 'err.txt'), 'utf8')).not.toMatch(/EPIPE|Error/);
    });
  });

  describe('match', () => {
    const candidates = JSON.parse(
      readFileSync(join(root, 'examples/data/candidates.json'), 'utf8'),
    ) as unknown[];
    const openings = JSON.parse(readFileSync(join(root, 'examples/data/openings.json'), 'utf8')) as unknown[];

    it('prints a ranked table per candidate', () => {
      const r = cli([
        'match',
        'examples/data/candidates.json',
        'examples/data/openings.json',
        '--limit',
        '2',
      ]);
      expect(r.status).toBe(0);
      const parsedOpenings = openings.map((o) => parseJobOpening(o));
      for (const c of candidates) {
        const candidate = parseCandidate(c);
        const best = rankOpenings(candidate, parsedOpenings, { limit: 2 });
        expect(r.stdout).toContain(`Candidate ${candidate.id} (2 openings)`);
        expect(r.stdout).toMatch(new RegExp(`\\n {2}1 +${best[0]!.openingId} `));
        expect(r.stdout).toMatch(new RegExp(`\\n {2}2 +${best[1]!.openingId} `));
      }
    });

    it('prints the rankings as JSON with --json, equal to rankOpenings in-process', () => {
      const r = cli(['match', 'examples/data/candidates.json', '-', '--json'], JSON.stringify(openings));
      expect(r.status).toBe(0);
      const parsedOpenings = openings.map((o) => parseJobOpening(o));
      const expected = candidates.map((c) => {
        const candidate = parseCandidate(c);
        return { candidateId: candidate.id, openings: rankOpenings(candidate, parsedOpenings) };
      });
      expect(JSON.parse(r.stdout)).toEqual({ rankings: JSON.parse(JSON.stringify(expected)) });
    });

    it('exits 1 with coded issues that point into the files, without their values', () => {
      const badCandidates = file(
        'candidates.json',
        JSON.stringify([candidates[0], { ...(candidates[1] as object), norwegian: { oral: SECRET } }]),
      );
      const r = cli(['match', badCandidates, 'examples/data/openings.json']);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/schema_invalid_value @ candidates\.1\.norwegian\.oral/);
      expect(r.stdout + r.stderr).not.toContain(SECRET);
      const notJson = cli(['match', badCandidates, '-', '--json'], SECRET);
      expect(notJson.status).toBe(1);
      expect(JSON.parse(notJson.stdout)).toMatchObject({
        valid: false,
        issues: expect.arrayContaining([
          expect.objectContaining({ code: 'cli_file_not_json', path: ['openings'] }),
        ]),
      });
      expect(notJson.stdout).not.toContain(SECRET);
    });
  });
});

describe('classify on a terminal (in-process, stderr as a TTY)', () => {
  async function runClassify(
    lines: number,
    tty: boolean,
  ): Promise<{ code: number; err: string; outLines: number }> {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (c: Buffer) => (out += c.toString()));
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    const line = JSON.stringify(generateAssessments(3, 1)[0]);
    stdin.end(`${line}\n`.repeat(lines));
    const code = await classify([], { stdin, stdout, stderr, stderrIsTTY: tty, progressEvery: 100 });
    return { code, err, outLines: out.split('\n').filter((l) => l !== '').length };
  }

  it('shows a progress line on long runs only', async () => {
    const long = await runClassify(250, true);
    expect(long.code).toBe(0);
    expect(long.outLines).toBe(250);
    expect(long.err).toContain('\r100 lines …');
    expect(long.err).toContain('\r200 lines …');
    expect(long.err.endsWith('\r\x1b[K250 assessments: 250 classified, 0 did not fit\n')).toBe(true);
    const short = await runClassify(50, true);
    expect(short.err).toBe('50 assessments: 50 classified, 0 did not fit\n');
    const piped = await runClassify(250, false);
    expect(piped.err).toBe('250 assessments: 250 classified, 0 did not fit\n');
  }, 60_000);
});
