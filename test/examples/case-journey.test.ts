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
});
