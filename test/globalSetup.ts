/**
 * Builds the package once before the test run, so that the tests that use the
 * built output (test/package, test/browser) see the current sources and never
 * race each other over dist/. Set SE_SKIP_BUILD=1 to skip it when those tests
 * are excluded.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  if (process.env['SE_SKIP_BUILD'] === '1') return;
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: join(import.meta.dirname, '..'),
    stdio: 'ignore',
  });
}
