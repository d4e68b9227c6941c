/** Runs an example script the way a user does (`tsx`), and returns its exit code and output. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The result of one run. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `examples/<script>` with Node and the tsx loader from the repository root. */
export function runExample(script: string, args: readonly string[] = []): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join('examples', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
