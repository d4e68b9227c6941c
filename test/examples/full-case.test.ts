/**
 * `npm run example` (examples/full-case.ts): Zahra's whole case, readable in
 * English and in bokmål, the same on every run, and consistent with what the
 * library computes from the same data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyNeeds, parseNeedsAssessment } from '../../src';
import { ASSESSMENT } from '../../examples/data/zahra';
import { ROOT, runExample, type Run } from './run';

let en: Run;
let nb: Run;

beforeAll(() => {
  en = runExample('full-case.ts');
  nb = runExample('full-case.ts', ['--lang', 'nb']);
}, 120_000);

describe('examples/full-case.ts', () => {
  it('is what npm run example runs', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['example']).toBe('tsx examples/full-case.ts');
  });

  it('prints the whole case in English by default and exits 0', () => {
    expect(en.stderr).toBe('');
    expect(en.status).toBe(0);
    const lines = en.stdout.split('\n');
    for (const heading of [
      "Zahra's case: from referral to a year in work",
      '1. Referral and needs',
      '2. Adaptations for the target group',
      '3. The action plan (jobbstøtteplan)',
      '4. Job match (step 3)',
      '5. Employment (steps 1–5 as case events)',
      '6. A year of follow-up after employment (etteroppfølging)',
      'End of report.',
    ]) {
      expect(lines).toContain(heading);
    }
    expect(lines).toContain('SE suitability: recommended');
    expect(lines).toContain('Jobbsjansen eligibility: eligible');
    expect(lines).toContain('Complex needs (sammensatte bistandsbehov): yes');
    expect(lines).toContain('  All five steps included: yes (5/5)');
    expect(lines).toContain('Summary on 2027-06-01: case closed, outcome: work');
  });

  it('shows the draft plan caught in the practice trap and the revised plan clean', () => {
    const text = en.stdout;
    const draft = text.slice(text.indexOf('First draft'), text.indexOf('Revised:'));
    expect(draft).toContain('plan_unpaid_placement_too_long');
    expect(draft).toContain('plan_practice_trap');
    const revised = text.slice(text.indexOf('Revised:'), text.indexOf('Training plan'));
    expect(revised).toContain('valid – no issues');
  });

  it('ranks the laundry first and explains what makes it work', () => {
    expect(en.stdout).toMatch(/^ {2}1 {2}Laundry worker +\d+ %/m);
    expect(en.stdout).toMatch(/Balance for the best opening: Laundry worker – \d+ %/);
    expect(en.stdout).toContain('Job support at the workplace');
  });

  it('lists exactly the needs the library classifies from the same assessment', () => {
    const profile = classifyNeeds(parseNeedsAssessment(ASSESSMENT));
    const section = en.stdout.slice(en.stdout.indexOf('  need '), en.stdout.indexOf('Complex needs'));
    const rows = section
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(rows).toHaveLength(profile.needs.length);
    expect(rows[0]).toMatch(/^ {2}Norwegian skills/);
  });

  it('prints the same report in bokmål with --lang nb', () => {
    expect(nb.status).toBe(0);
    const lines = nb.stdout.split('\n');
    for (const line of [
      'Zahras sak: fra henvisning til et år i jobb',
      '1. Henvisning og bistandsbehov',
      'Egnethet for SE: anbefalt',
      'Rett til Jobbsjansen: har rett',
      '  Alle fem trinn er med: ja (5/5)',
      'Oppsummering 2027-06-01: saken er avsluttet, resultat: arbeid',
      'Slutt på rapporten.',
    ]) {
      expect(lines).toContain(line);
    }
    expect(nb.stdout).toMatch(/^ {2}1 {2}Vaskerimedarbeider +\d+ %/m);
    expect(nb.stdout).not.toContain('End of report.');
    expect(nb.stdout.split('\n')).toHaveLength(en.stdout.split('\n').length);
  });

  it('prints exactly the same on every run (fixed dates, no clock)', () => {
    const again = runExample('full-case.ts', ['--lang=en']);
    expect(again.stdout).toBe(en.stdout);
  }, 60_000);

  it('refuses a language it does not have', () => {
    const de = runExample('full-case.ts', ['--lang', 'de']);
    expect(de.status).toBe(2);
    expect(de.stderr).toContain('--lang must be nb or en');
    expect(de.stdout).toBe('');
  }, 60_000);
});
