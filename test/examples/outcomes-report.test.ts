/**
 * examples/outcomes-report.ts: writes one self-contained HTML page whose SVG
 * charts hold the library's own figures. The structure is checked here
 * without a browser; test/browser/outcomesReport.test.ts renders it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeOutcomeKpis, toOutcomeRecord } from '../../src';
import { generateCohort } from '../../examples/lib/outcomesCohort';
import { runExample, type Run } from './run';

let dir = '';
let run: Run;
let html = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'se-outcomes-'));
  run = runExample('outcomes-report.ts', [join(dir, 'report.html')]);
  html = readFileSync(join(dir, 'report.html'), 'utf8');
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The inner markup of the SVG with `data-chart="<id>"`. */
function chart(id: string): string {
  const match = new RegExp(`<svg data-chart="${id}"[^>]*>([\\s\\S]*?)</svg>`).exec(html);
  expect(match, id).not.toBeNull();
  return match?.[1] ?? '';
}
const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

describe('examples/outcomes-report.ts', () => {
  it('exits 0 and says where it wrote the page', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Outcome report: 300 individual reports (seed 2026)');
    expect(run.stdout).toContain(`Wrote ${join(dir, 'report.html')}`);
  });

  it('is one self-contained page: no script, no link, no network address', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|https?:\/\//i);
  });

  it('draws the four charts with their bars, bands and targets', () => {
    const years = chart('work-goal-by-year');
    expect(count(years, /<g class="bar transition"/g)).toBeGreaterThanOrEqual(4);
    expect(count(years, /<g class="bar work-or-education"/g)).toBe(
      count(years, /<g class="bar transition"/g),
    );
    expect(count(years, /<g class="target /g)).toBe(2);
    expect(count(years, /class="ci"/g)).toBe(3 * count(years, /<g class="bar /g));
    const time = chart('time-to-work');
    expect(count(time, /<g class="duration"/g)).toBe(2);
    expect(count(time, /<rect class="band (top|within-lowest|beyond)"/g)).toBe(6);
    const attachment = chart('attachment');
    expect(count(attachment, /<g class="bar attachment"/g)).toBeGreaterThanOrEqual(2);
    expect(count(chart('seqf-areas'), /<g class="area"/g)).toBe(9);
  });

  it('shows the figures the library computes for the same cohort', () => {
    const records = generateCohort(2026, 300, '2025-12-31').map((c) =>
      toOutcomeRecord(c.seCase, '2025-12-31', {
        jobSpecialistId: c.jobSpecialistId,
        complexAtIntake: c.complexAtIntake,
      }),
    );
    const overall = computeOutcomeKpis(records, {
      asOf: '2025-12-31',
      cohort: { basis: 'reported', from: '2021-01-01', to: '2025-12-31' },
    });
    const wg = overall.rates.workGoalRate;
    expect(wg).not.toBeNull();
    expect(html).toContain(`${wg?.numerator} of ${wg?.denominator}`);
    const paid = overall.durations.timeToPaidWorkWeeks;
    expect(chart('time-to-work')).toContain(`data-median="${paid?.median}"`);
    const values = [...chart('attachment').matchAll(/<g class="bar attachment" data-value="([\d.]+)"/g)].map(
      (m) => Number(m[1]),
    );
    expect(values).toEqual(
      [overall.rates.attachment6m, overall.rates.attachment12m, overall.rates.attachment36m]
        .filter((r) => r !== null)
        .map((r) => Number(r.value.toFixed(4))),
    );
  });
});
