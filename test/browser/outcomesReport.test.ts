/**
 * Browser check of examples/outcomes-report.ts: the page opens in headless
 * Chromium from a file URL, every chart renders with a real size, and the
 * console stays clean. Chromium comes from test/browser/launch.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExample } from '../examples/run';
import { launchChromium } from './launch';

let browser: Browser | undefined;
let dir = '';

describe('the outcome report in Chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'se-outcomes-browser-'));
    const run = runExample('outcomes-report.ts', [join(dir, 'report.html')]);
    expect(run.status).toBe(0);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders every chart with its elements and no console error', async () => {
    const page = await (browser as Browser).newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push(`request to ${r.url()}`);
    });
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
    for (const id of ['work-goal-by-year', 'time-to-work', 'attachment', 'seqf-areas']) {
      const box = await page.locator(`svg[data-chart="${id}"]`).boundingBox();
      expect(box?.width ?? 0, id).toBeGreaterThan(100);
      expect(box?.height ?? 0, id).toBeGreaterThan(50);
    }
    expect(
      await page.locator('svg[data-chart="work-goal-by-year"] g.bar rect').count(),
    ).toBeGreaterThanOrEqual(8);
    expect(await page.locator('svg[data-chart="seqf-areas"] rect.fill').count()).toBe(9);
    const filled = await page
      .locator('svg[data-chart="time-to-work"] rect.band')
      .evaluateAll((els) => els.filter((e) => (e as SVGGraphicsElement).getBBox().width > 0).length);
    expect(filled).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
    await page.close();
  });
});
