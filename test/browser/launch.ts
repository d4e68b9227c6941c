/**
 * Finds a headless Chromium for the browser tests without anything from a
 * system package manager, and launches it with playwright-core.
 *
 * In this order:
 * 1. `CHROMIUM_PATH`, when set (it must point at an executable);
 * 2. the Chromium that the `@sparticuz/chromium` devDependency ships inside
 *    the npm package (Linux x64): unpacked once per version into
 *    `<tmpdir>/supported-employment-chromium-<version>/`, by a child process
 *    and an atomic rename, so parallel test files never see half a binary;
 * 3. a system Chromium or Chrome at a usual path.
 * Throws an error that says what to do when none is found.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const require = createRequire(import.meta.url);

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a system Chromium: no sandbox (CI runs as root), no first-run or background traffic. */
const SYSTEM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where the npm package's Chromium is unpacked; undefined when the package is absent or cannot run here. */
function packagedChromium(): { executablePath: string; args: string[] } | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  let entry: string;
  try {
    entry = require.resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  // entry is <pkg>/build/cjs/index.cjs
  const pkgDir = join(dirname(entry), '..', '..');
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const esm = pathToFileURL(join(pkgDir, 'build', 'esm', 'index.js')).href;
  const target = join(tmpdir(), `supported-employment-chromium-${version}`);
  const executablePath = join(target, 'chromium');
  const script = `const { default: c } = await import(${JSON.stringify(esm)}); await c.executablePath();`;
  if (!existsSync(executablePath)) {
    // The package unpacks into os.tmpdir(); point that at a private staging directory.
    const staging = `${target}.partial-${process.pid}-${Date.now()}`;
    mkdirSync(staging, { recursive: true });
    try {
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TMPDIR: staging },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      try {
        renameSync(staging, target);
      } catch {
        // Another test file won the race; its copy is complete, since rename is atomic.
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  // Not the package's own `args`: they are tuned for serverless functions, and
  // their --single-process closes the whole browser with its first context.
  return { executablePath, args: SYSTEM_ARGS };
}

/** Which Chromium to launch and with which flags; throws when none is found. */
export function findChromium(): { executablePath: string; args: string[]; from: string } {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!isExecutable(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file.`);
    return { executablePath: fromEnv, args: SYSTEM_ARGS, from: 'CHROMIUM_PATH' };
  }
  const packaged = packagedChromium();
  if (packaged) return { ...packaged, from: '@sparticuz/chromium' };
  const system = SYSTEM_PATHS.find(isExecutable);
  if (system !== undefined) return { executablePath: system, args: SYSTEM_ARGS, from: 'system' };
  throw new Error(
    'No Chromium found for the browser tests. Run `npm install` (the devDependency @sparticuz/chromium ships one for Linux x64), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

/**
 * Launches a headless Chromium (see the module comment for where it comes from).
 * The caller closes it.
 */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = findChromium();
  return chromium.launch({ executablePath, args, headless: true, timeout: 60_000 });
}
