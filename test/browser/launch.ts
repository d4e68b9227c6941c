/**
 * Finds a Chromium for the browser tests. A minimal version: CHROMIUM_PATH or
 * /usr/bin/chromium. `chromiumPath()` is undefined when neither exists, so a
 * suite can skip itself on a machine without a browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The Chromium executable to use, or undefined when there is none. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'].filter((p): p is string => p !== undefined && p !== '');
  return candidates.find((p) => existsSync(p));
}

/** Launches headless Chromium; throws with a clear message when none is found. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (executablePath === undefined) throw new Error('No Chromium found: set CHROMIUM_PATH to a Chromium executable.');
  return chromium.launch({ executablePath, headless: true });
}
