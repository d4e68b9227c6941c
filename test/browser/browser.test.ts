/**
 * Browser check: bundles the published ESM build (dist/index.js) for the
 * browser with esbuild, as an application would, serves it from localhost and
 * runs it in headless Chromium driven by playwright-core. The browser comes
 * from the npm package @sparticuz/chromium, CHROMIUM_PATH or a system install
 * (see ./launch.ts); nothing is installed from a system package manager.
 * esbuild's browser platform fails on any Node built-in, so a passing build
 * also proves the library needs none.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as SE from '../../src';
import { STORIES } from '../fixtures/plans/stories';
import { storyAssessments } from '../fixtures/stories';
import { launchChromium } from './launch';

const root = join(import.meta.dirname, '..', '..');

let server: Server | undefined;
let browser: Browser | undefined;
let baseUrl = '';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>supported-employment</title></head>
<body><script type="module" src="/app.js"></script></body></html>`;

beforeAll(async () => {
  // dist/ is built once by test/globalSetup.ts.
  expect(existsSync(join(root, 'dist', 'index.js'))).toBe(true);
  const bundle = await build({
    stdin: {
      contents: `import * as se from './dist/index.js'; globalThis.se = se; document.title = 'ready';`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const app = bundle.outputFiles[0]!.text;
  expect(app).not.toMatch(/from\s*["']node:/);

  server = createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    } else if (req.url === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(app);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;

  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => {
    if (server)
      server.close(() => {
        resolve();
      });
    else resolve();
  });
});

describe('the ESM build in Chromium', () => {
  it('loads and computes dates and policies in the page', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(baseUrl);
    await page.waitForFunction(() => document.title === 'ready');
    const result = await page.evaluate(() => {
      const se = (globalThis as unknown as { se: typeof SE }).se;
      return {
        end: se.addCalendarMonths('2028-02-29', se.DEFAULT_POLICY.followUpMinimumMonths),
        policy: se.resolvePolicy({ followUpMinimumMonths: 24 }).followUpMinimumMonths,
      };
    });
    expect(result).toEqual({ end: '2029-02-28', policy: 24 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('validates an action plan and classifies needs in the page with the same results as in Node', async () => {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(baseUrl);
    await page.waitForFunction(() => document.title === 'ready');

    // Zahra's story: a months-long unpaid placement after years of placements without a job.
    const zahra = STORIES.find((s) => s.name === 'Zahra')!;
    const input = {
      plan: JSON.parse(JSON.stringify(zahra.actionPlan)) as unknown,
      context: JSON.parse(JSON.stringify(zahra.context)) as SE.PlanValidationContext,
      badPlan: {
        id: 'p',
        participantRef: 'pt',
        mainGoal: { kind: 'work', occupation: 'x', targetDate: '2027-02-29', paid: true },
      },
      assessment: JSON.parse(JSON.stringify(storyAssessments.amina)) as unknown,
      badAssessment: { id: 'a', assessedOn: '2026-03-02', travelsAlnoe: false },
    };

    const run = (se: typeof SE, data: typeof input) => {
      const parsed = se.safeParseActionPlan(data.plan);
      const report = parsed.ok ? se.validateActionPlan(parsed.value, data.context) : undefined;
      const bad = se.safeParseActionPlan(data.badPlan);
      const assessment = se.safeParseNeedsAssessment(data.assessment);
      const profile = assessment.ok ? se.classifyNeeds(assessment.value) : undefined;
      const badAssessment = se.safeParseNeedsAssessment(data.badAssessment);
      return {
        planParsed: parsed.ok,
        valid: report?.valid,
        codes: report?.issues.map((i) => `${i.severity}:${i.code}:${i.path.join('.')}`),
        badPlan: bad.ok ? [] : bad.issues.map((i) => `${i.code}:${i.path.join('.')}`),
        needs: profile?.needs.map((n) => `${n.id}:${n.severity}${n.urgent ? ':urgent' : ''}`),
        complex: profile?.isComplex,
        badAssessment: badAssessment.ok
          ? []
          : badAssessment.issues.map((i) => `${i.code}:${i.path.join('.')}`),
        message: report?.issues[0] ? se.localize(report.issues[0].message, 'nb') : undefined,
      };
    };

    // The same function runs in the page, sent as source text with the data as JSON.
    const inPage = await page.evaluate<ReturnType<typeof run>>(
      `(${run.toString()})(globalThis.se, ${JSON.stringify(input)})`,
    );
    const inNode = run(SE, input);

    expect(inPage).toEqual(inNode);
    expect(inNode.planParsed).toBe(true);
    expect(inNode.codes!.map((c) => c.split(':')[1])).toEqual(
      expect.arrayContaining([...zahra.expectedAction]),
    );
    expect(inNode.badPlan).toEqual(expect.arrayContaining(['schema_invalid_date:mainGoal.targetDate']));
    expect(inNode.needs).toEqual(expect.arrayContaining(['negative-social-control:high:urgent']));
    expect(inNode.complex).toBe(true);
    expect(inNode.badAssessment).toEqual(['schema_unrecognized_key:travelsAlnoe']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
