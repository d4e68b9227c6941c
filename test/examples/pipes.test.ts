/**
 * The examples end quietly when their reader goes away (`npm run example |
 * head`): the reader here is `true`, which exits before the first line is
 * written, so every write meets a closed pipe.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run';

describe('examples on a closed pipe', () => {
  it.each(['full-case.ts', 'portfolio.ts', 'case-journey.ts'])(
    '%s exits 0 without an EPIPE error',
    (script) => {
      const r = spawnSync(
        'bash',
        [
          '-c',
          `"${process.execPath}" --import tsx examples/${script} | true; echo "status \${PIPESTATUS[0]}"`,
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(r.stdout.trim()).toBe('status 0');
      expect(r.stderr).not.toMatch(/EPIPE|Error/);
    },
    60_000,
  );
});
