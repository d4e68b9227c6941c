/** examples/case-journey.ts: the case journey walk-through runs and reaches a kept job. */
import { describe, expect, it } from 'vitest';
import { runExample } from './run';

describe('examples/case-journey.ts', () => {
  it('walks the journey to a closed case with all five steps', () => {
    const run = runExample('case-journey.ts');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Replay equals the step-by-step case: true');
    expect(run.stdout).toContain('All five steps included: true (5/5)');
    expect(run.stdout).toMatch(/Summary as of 2028-06-05 \(closed, outcome: work\)/);
  }, 60_000);

  it('speaks bokmål with --lang nb, with counts in the right number', () => {
    const run = runExample('case-journey.ts', ['--lang', 'nb']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Avspillingen gir samme sak som trinn for trinn: ja');
    expect(run.stdout).toContain('Alle fem trinn er med: ja (5/5)');
    expect(run.stdout).toMatch(/ulønnet praksis +4 uker \(32 dager i 2 praksisplasser\)/);
    expect(run.stdout).not.toMatch(/Summary|weeks|step \d/);
  }, 60_000);

  it('rejects a language it does not have with exit code 2', () => {
    const run = runExample('case-journey.ts', ['--lang', 'de']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: case-journey');
  }, 60_000);
});
