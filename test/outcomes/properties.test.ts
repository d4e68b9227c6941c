import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeOutcomeKpis,
  parseOutcomeRecord,
  replayCase,
  safeParseOutcomeRecord,
  toOutcomeRecord,
  type CaseEvent,
  type OutcomeKpiOptions,
  type OutcomeRecord,
} from '../../src';
import { outcomeRecordArb } from '../fixtures/outcomes/arbitraries';
import { isoDate } from '../fixtures/plans/arbitraries';
import { JOURNEY_EVENTS, JOURNEY_OPENING } from '../fixtures/process/journey';

const OPTIONS: OutcomeKpiOptions = {
  asOf: '2040-01-01',
  cohort: { basis: 'reported', from: '2000-01-01', to: '2040-01-01' },
  groupBy: ['programme', 'jobSpecialist'],
};
const ATTACHMENT = ['attachment6m', 'attachment12m', 'attachment36m', 'inWorkAfterSeStart6m'] as const;

/** Records with unique case ids. */
const recordsArb = fc.uniqueArray(outcomeRecordArb, { selector: (r) => r.caseId, maxLength: 40 });

describe('computeOutcomeKpis properties', () => {
  it('does not depend on the order of the records', () => {
    fc.assert(
      fc.property(
        recordsArb.chain((rs) =>
          fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })),
        ),
        ([records, shuffled]) => {
          expect(computeOutcomeKpis(shuffled, OPTIONS)).toEqual(computeOutcomeKpis(records, OPTIONS));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('only raises attachment numerators when she is observed employed', () => {
    fc.assert(
      fc.property(recordsArb, fc.nat(), isoDate, (records, pick, date) => {
        fc.pre(records.length > 0);
        const i = pick % records.length;
        const target = records[i] as OutcomeRecord;
        const more = records.map((r, j) =>
          j === i
            ? { ...target, attachment: [...target.attachment, { date, status: 'employed' as const }] }
            : r,
        );
        const before = computeOutcomeKpis(records, OPTIONS).rates;
        const after = computeOutcomeKpis(more, OPTIONS).rates;
        for (const id of ATTACHMENT) {
          expect(after[id]?.numerator ?? 0).toBeGreaterThanOrEqual(before[id]?.numerator ?? 0);
          expect(after[id]?.denominator ?? 0).toBeGreaterThanOrEqual(before[id]?.denominator ?? 0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never names a participant, nor a job specialist or group in a suppressed cell', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const report = computeOutcomeKpis(records, OPTIONS);
        const text = JSON.stringify(report);
        for (const r of records) expect(text).not.toContain(`"${r.caseId}"`);
        const perJs = new Map<string, number>();
        for (const r of records)
          if (r.jobSpecialistId !== undefined)
            perJs.set(r.jobSpecialistId, (perJs.get(r.jobSpecialistId) ?? 0) + 1);
        for (const [js, n] of perJs) if (n < 5) expect(text).not.toContain(js);
        for (const group of Object.values(report.groups ?? {})) expect(group.n).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: 60 },
    );
  });
});

describe('outcome records round-trip', () => {
  it('case → record → JSON → safeParseOutcomeRecord → the same KPIs', () => {
    const leave: CaseEvent = {
      type: 'attachment-observed',
      id: 'x1',
      date: '2028-12-05',
      status: 'employed',
      observedVia: 'register',
    };
    const seCase = replayCase(JOURNEY_OPENING, [...JOURNEY_EVENTS, leave]);
    if (!seCase.ok) expect.fail('journey refused');
    const records = ['2027-06-30', '2028-01-31', '2029-01-01'].map((asOf) =>
      toOutcomeRecord(seCase.value, asOf, { jobSpecialistId: 'JS-1', complexAtIntake: true }),
    );
    const parsed = records.map((r) => {
      const result = safeParseOutcomeRecord(JSON.parse(JSON.stringify(r)));
      if (!result.ok) expect.fail(JSON.stringify(result.issues));
      return result.value;
    });
    expect(parsed).toEqual(records);
    const options: OutcomeKpiOptions = {
      asOf: '2029-01-01',
      cohort: { basis: 'reported', from: '2027-01-01', to: '2029-01-01' },
    };
    expect(computeOutcomeKpis(parsed, options)).toEqual(computeOutcomeKpis(records, options));
    const last = records[2] as OutcomeRecord;
    expect(last.exit).toEqual({ date: '2028-06-05', kind: 'work' });
    expect(last.firstPlacementOn).toBe('2027-02-08');
    expect(last.firstPaidWorkOn).toBe('2027-04-19');
    expect(last.employments.map((e) => [e.start, e.end ?? null])).toEqual([
      ['2027-06-01', '2027-11-30'],
      ['2027-12-01', null],
    ]);
    expect(records[0]?.exit).toBeNull();
  });

  it('refuses an import with an unknown key, without quoting it', () => {
    const result = safeParseOutcomeRecord({
      ...JSON.parse(
        JSON.stringify(
          parseOutcomeRecord({
            caseId: 'c',
            programme: 'nav',
            referredOn: null,
            seStartedOn: null,
            firstPlacementOn: null,
            firstPaidWorkOn: null,
            exit: null,
            onLeaveForWork: false,
            inContractFollowUp: false,
            employments: [],
            attachment: [],
          }),
        ),
      ),
      fullName: 'Amina X',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result.issues)).not.toContain('Amina');
  });
});

describe('aggregates only (creaming, R L12356–12360)', () => {
  it('the outcomes and quality modules do not import ranking or suitability', () => {
    for (const dir of ['src/outcomes', 'src/quality', 'src/_lib/outcomes', 'src/_lib/quality']) {
      for (const file of readdirSync(join(import.meta.dirname, '..', '..', dir))) {
        const text = readFileSync(join(import.meta.dirname, '..', '..', dir, file), 'utf8');
        expect(text, file).not.toMatch(
          /^import .*\b(rankCandidates|rankOpenings|assessSeSuitability|classifyNeeds|matching\/)/m,
        );
      }
    }
  });
});
