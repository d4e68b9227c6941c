/**
 * Benchmark of the outcome figures: every KPI of `computeOutcomeKpis` over
 * 100,000 individual reports, beside its floor, a bare loop that reads the
 * same fields of the same records. The records are generated from a fixed
 * seed, so every run measures the same input.
 *
 * bench/index.ts runs it as the `outcomes` row provider (row id `kpis-100000`).
 */
import { addCalendarDays, computeOutcomeKpis, type OutcomeKpiOptions, type OutcomeRecord } from '../src';
import { createRng } from './rng';
import { HEAVY, measure, type Comparison, type RowProvider } from './harness';

/** The seed and size of the generated cohort. */
export const OUTCOMES_BENCH = { seed: 20_261_218, records: 100_000 } as const;

/** `n` seeded outcome records referred 2020–2024, about half exiting to work, with attachment observations. */
export function generateOutcomeRecords(n: number, seed: number): OutcomeRecord[] {
  const r = createRng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const out: OutcomeRecord[] = [];
  for (let i = 0; i < n; i++) {
    const referredOn = addCalendarDays('2020-01-06', int(0, 5 * 365));
    const started = addCalendarDays(referredOn, int(7, 40));
    const work = r() < 0.5;
    const paid = work ? addCalendarDays(referredOn, int(30, 500)) : null;
    const exitOn =
      paid === null
        ? r() < 0.5
          ? addCalendarDays(referredOn, int(60, 700))
          : null
        : addCalendarDays(paid, int(30, 200));
    out.push({
      caseId: `c${i}`,
      programme: r() < 0.7 ? 'jobbsjansen' : 'introduction-programme',
      jobSpecialistId: `JS-${int(1, 400)}`,
      referredOn,
      seStartedOn: started,
      firstPlacementOn: r() < 0.6 ? addCalendarDays(referredOn, int(10, 200)) : null,
      firstPaidWorkOn: paid,
      exit: exitOn === null ? null : { date: exitOn, kind: work ? 'work' : r() < 0.3 ? 'education' : 'left' },
      onLeaveForWork: !work && r() < 0.05,
      inContractFollowUp: false,
      employments:
        paid === null
          ? []
          : [
              {
                start: paid,
                contractType: r() < 0.35 ? 'permanent' : 'temporary',
                positionPercent: int(2, 10) * 10,
                industry: `ind-${int(1, 30)}`,
                declared: true,
              },
            ],
      attachment:
        exitOn === null || !work
          ? []
          : [6, 12, 36].map((m) => ({
              date: addCalendarDays(exitOn, m * 30),
              status: r() < 0.8 ? ('employed' as const) : ('not-employed' as const),
            })),
      nonWorkStatus: 'other',
      complexAtIntake: r() < 0.55,
    });
  }
  return out;
}

/** The comparison: every KPI over 100,000 records beside a bare loop over the same fields. */
export function outcomesComparisons(): Comparison[] {
  const records = generateOutcomeRecords(OUTCOMES_BENCH.records, OUTCOMES_BENCH.seed);
  const options: OutcomeKpiOptions = {
    asOf: '2026-06-30',
    cohort: { basis: 'reported', from: '2020-01-01', to: '2026-06-30' },
  };
  return [
    {
      id: 'kpis-100000',
      subject: {
        name: 'computeOutcomeKpis (100,000 records)',
        run: () => computeOutcomeKpis(records, options),
      },
      floor: {
        name: 'bare loop over the same fields',
        run: () => {
          let k = 0;
          for (const rec of records) {
            if (rec.exit !== null && rec.exit.kind === 'work') k++;
            if (
              rec.referredOn !== null &&
              rec.firstPaidWorkOn !== null &&
              rec.firstPaidWorkOn > rec.referredOn
            )
              k++;
            for (const e of rec.employments) if (e.declared && e.contractType === 'permanent') k++;
            for (const a of rec.attachment) if (a.status === 'employed') k++;
            if (rec.complexAtIntake === true) k++;
          }
          return k;
        },
      },
      pool: 1,
      batch: 1,
    },
  ];
}

/** The outcomes rows of `npm run bench`. */
export const outcomesRows: RowProvider = {
  name: 'outcomes',
  run: () => measure(outcomesComparisons(), HEAVY),
};
