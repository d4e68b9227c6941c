#!/usr/bin/env node
/**
 * The executable behind `npx supported-employment` (package.json `bin`).
 * The only file of the package with effects on load: it reads the arguments,
 * runs the command and sets the exit code.
 */
import { run } from './run';

// A closed pipe (`supported-employment classify big.ndjson | head`) is a
// normal end of output, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  stderrIsTTY: (process.stderr.isTTY as boolean | undefined) === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An unexpected failure: say what kind, never the data it was about.
    const e = error as { name?: unknown; code?: unknown };
    const name = typeof e.name === 'string' ? e.name : 'Error';
    process.stderr.write(`internal error (${name}${typeof e.code === 'string' ? `: ${e.code}` : ''})\n`);
    process.exitCode = 70;
  },
);
