/**
 * examples/validate-plan.ts: a plan from a JSON file, readable issues, and
 * exit codes 0 (valid), 1 (invalid) and 2 (usage). The sample files are run
 * as a user runs them; the options are exercised in-process through `main`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../examples/validate-plan';
import { runExample } from './run';

const VALID = 'examples/data/plan-valid.json';
const INVALID = 'examples/data/plan-invalid.json';
const MALFORMED = 'examples/data/plan-malformed.json';

const scratch = mkdtempSync(join(tmpdir(), 'se-validate-plan-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function call(args: readonly string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('examples/validate-plan.ts (run with tsx)', () => {
  it('exits 0 for the valid sample and shows its one warning', () => {
    const run = runExample('validate-plan.ts', [VALID]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${VALID}: valid (checked as of 2026-03-02; 0 errors, 1 warning, 0 notes)`);
    expect(run.stdout).toContain('plan_training_plan_missing @ plan.activities.5.trainingPlanRef');
  }, 60_000);

  it('exits 1 for the invalid sample and lists its errors first, in bokmål with --lang nb', () => {
    const run = runExample('validate-plan.ts', [INVALID, '--lang', 'nb']);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^examples\/data\/plan-invalid\.json: IKKE gyldig \(sjekket per 2026-05-11; 5 feil, \d+ advarsler/,
    );
    expect(lines[1]).toMatch(/^ {2}feil/);
    for (const code of [
      'plan_sub_goal_after_main_goal',
      'plan_responsibility_missing',
      'plan_family_consent_missing',
      'plan_employer_consent_missing',
      'plan_goal_not_paid_declared_work',
    ]) {
      expect(run.stdout).toContain(code);
    }
    expect(run.stdout).toContain('Delmålet har frist etter hovedmålet.');
  }, 60_000);

  it('exits 1 for a file that does not fit the schema, with coded issues and paths', () => {
    const run = runExample('validate-plan.ts', [MALFORMED]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('cannot be checked: the content does not fit the action-plan schema');
    expect(run.stdout).toContain('schema_invalid_date @ plan.mainGoal.targetDate');
    expect(run.stdout).toContain('schema_required @ plan.mainGoal.declared');
    expect(run.stdout).toContain('schema_invalid_value @ plan.activities.0.owner');
  }, 60_000);

  it('exits 2 without a file', () => {
    const run = runExample('validate-plan.ts');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: validate-plan');
  }, 60_000);
});

describe('main (in-process)', () => {
  it('prints the report as JSON with --json', () => {
    const { code, out } = call([VALID, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as {
      valid: boolean;
      asOf: string;
      issues: { code: string; message: { nb: string; en: string } }[];
    };
    expect(report.valid).toBe(true);
    expect(report.asOf).toBe('2026-03-02');
    expect(report.issues.map((i) => i.code)).toEqual(['plan_training_plan_missing']);
    expect(report.issues[0]!.message.nb).toBeTruthy();
  });

  it('checks at --as-of instead of the file date', () => {
    // Half a year later the review in May is overdue.
    const { code, out } = call([VALID, '--as-of', '2026-09-01']);
    expect(code).toBe(0);
    expect(out).toContain('checked as of 2026-09-01');
    expect(out).toContain('plan_review_overdue');
  });

  it('validates a bare plan without an envelope', () => {
    const file = join(scratch, 'bare.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'p',
        participantRef: 'pt',
        mainGoal: { kind: 'education', occupation: 'school', targetDate: '2027-08-16' },
      }),
    );
    const { code, out } = call([file, '--as-of=2026-03-02', '--json']);
    const report = JSON.parse(out) as {
      valid: boolean;
      issues: { code: string; path: (string | number)[] }[];
    };
    expect(report.issues.find((i) => i.code === 'plan_responsibility_missing')?.path).toEqual(['activities']);
    expect(code).toBe(report.valid ? 0 : 1);
  });

  it('treats a file that is not JSON as invalid (exit 1)', () => {
    const file = join(scratch, 'broken.json');
    writeFileSync(file, '{ "plan": ');
    const { code, out } = call([file]);
    expect(code).toBe(1);
    expect(out).toContain('request_not_json');
  });

  it.each([
    ['two files', [VALID, INVALID]],
    ['an unknown option', [VALID, '--strict']],
    ['a language it does not have', [VALID, '--lang', 'de']],
    ['an option without its value', [VALID, '--as-of']],
    ['an --as-of that is not a date', [VALID, '--as-of', '2026-02-30']],
    ['a file that does not exist', ['examples/data/no-such-plan.json']],
  ])('exits 2 for %s', (_what, args) => {
    const { code, out, err } = call(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('usage: validate-plan');
  });
});
