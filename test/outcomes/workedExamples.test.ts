import { describe, expect, it } from 'vitest';
import {
  anchorBand,
  assessSeqf,
  CASELOAD_PRACTICE,
  checkCaseload,
  compareRates,
  compareWithTargets,
  computeOutcomeKpis,
  toOutcomeRecord,
  type OutcomeRecord,
  type Rate,
  type SeqfSelfAssessment,
} from '../../src';
import { caseOf } from '../fixtures/process/cases';
import { many, rec } from '../fixtures/outcomes/records';

function expectRate(
  rate: Rate | null,
  numerator: number,
  denominator: number,
  ci?: readonly [number, number],
): Rate {
  expect(rate).not.toBeNull();
  const r = rate as Rate;
  expect([r.numerator, r.denominator]).toEqual([numerator, denominator]);
  expect(r.value).toBeCloseTo(numerator / denominator, 10);
  if (ci !== undefined) {
    expect(r.ci95[0]).toBeCloseTo(ci[0], 3);
    expect(r.ci95[1]).toBeCloseTo(ci[1], 3);
  }
  expect(r.source.lines).toMatch(/^L\d/);
  return r;
}

const codes = (issues: readonly { code: string }[]): string[] => issues.map((i) => i.code);

describe('E1: the AFI headline, 99 of 202 (R L11384–11388)', () => {
  const job = {
    start: '2019-03-01',
    contractType: 'permanent',
    positionPercent: 80,
    industry: 'cleaning',
    declared: true,
  } as const;
  const records: OutcomeRecord[] = [
    ...many(60, 'exit-work', (id) =>
      rec(id, { referredOn: '2018-02-05', exit: { date: '2019-06-03', kind: 'work' } }),
    ),
    ...many(20, 'leave-work', (id) => rec(id, { referredOn: '2018-03-05', onLeaveForWork: true })),
    ...many(19, 'contract', (id) =>
      rec(id, { referredOn: '2018-04-02', inContractFollowUp: true, employments: [job] }),
    ),
    // Not meeting the goal: a part-time job without contract follow-up, exits elsewhere, open cases.
    ...many(13, 'part-time', (id) =>
      rec(id, { referredOn: '2018-04-02', employments: [{ ...job, positionPercent: 20 }] }),
    ),
    ...many(40, 'exit-edu', (id) =>
      rec(id, { referredOn: '2018-02-05', exit: { date: '2019-08-01', kind: 'education' } }),
    ),
    ...many(50, 'open', (id) => rec(id, { referredOn: '2019-01-07', nonWorkStatus: 'under-mapping' })),
  ];
  const report = computeOutcomeKpis(records, {
    asOf: '2019-12-31',
    cohort: { basis: 'reported', from: '2018-01-01', to: '2019-12-31' },
  });

  it('gives 0.490 [0.422, 0.559], not low-N', () => {
    expect(report.n).toBe(202);
    const r = expectRate(report.rates.workGoalRate, 99, 202, [0.422, 0.559]);
    expect(r.value).toBeCloseTo(0.4901, 4);
    expect(r.lowN).toBe(false);
    expect(r.definition).toBe('work-goal');
  });

  it('counts part-time jobs that did not reach the work goal in anyPaidWorkRate (R L11388–11392)', () => {
    expectRate(report.rates.anyPaidWorkRate, 32, 202);
  });

  it('compares with neither target, because both have other definitions', () => {
    const issues = compareWithTargets(report);
    expect(codes(issues)).toEqual([
      'outcomes_target_definition_mismatch',
      'outcomes_target_definition_mismatch',
    ]);
    expect(issues.every((i) => i.severity === 'info')).toBe(true);
  });
});

describe('E2: handbook programme years (H L17; I0 L16)', () => {
  const year = (y: number, work: number, education: number, other: number): OutcomeRecord[] => [
    ...many(work, `${y}-w`, (id) =>
      rec(id, { referredOn: `${y - 1}-09-01`, exit: { date: `${y}-06-01`, kind: 'work' } }),
    ),
    ...many(education, `${y}-e`, (id) =>
      rec(id, { referredOn: `${y - 1}-09-01`, exit: { date: `${y}-06-01`, kind: 'education' } }),
    ),
    ...many(other, `${y}-o`, (id) =>
      rec(id, { referredOn: `${y - 1}-09-01`, exit: { date: `${y}-06-01`, kind: 'left' } }),
    ),
  ];
  const of = (y: number, records: OutcomeRecord[]) =>
    computeOutcomeKpis(records, {
      asOf: `${y}-12-31`,
      cohort: { basis: 'exited', from: `${y}-01-01`, to: `${y}-12-31` },
    });
  const all = [...year(2016, 17, 0, 33), ...year(2017, 30, 0, 11), ...year(2023, 31, 12, 7)];
  const r2016 = of(2016, all);
  const r2017 = of(2017, all);
  const r2023 = of(2023, all);

  it('2016: 17 of 50 = 0.34 [0.224, 0.478]', () => {
    expectRate(r2016.rates.transitionToWorkRate, 17, 50, [0.224, 0.478]);
  });

  it('2017: 30 of 41 = 0.7317 [0.581, 0.843], +39.2 points on 2016', () => {
    const r = expectRate(r2017.rates.transitionToWorkRate, 30, 41, [0.581, 0.843]);
    const change = compareRates(r, r2016.rates.transitionToWorkRate as Rate);
    expect(change.difference).toBeCloseTo(0.392, 3);
    expect(change.issues).toEqual([]);
  });

  it('2023: 43 of 50 work or education = 0.86 [0.738, 0.930], meeting the Jobbsjansen target; 0.62 to work', () => {
    expectRate(r2023.rates.workOrEducationRate, 43, 50, [0.738, 0.93]);
    expectRate(r2023.rates.transitionToWorkRate, 31, 50);
    expect(codes(compareWithTargets(r2023, { targets: ['jobbsjansen'] }))).toEqual([]);
    expect(codes(compareWithTargets(r2016))).toEqual(['outcomes_below_target', 'outcomes_below_target']);
  });

  it('refuses to compare 2023 work-or-education with 2017 transition to work', () => {
    const change = compareRates(
      r2023.rates.workOrEducationRate as Rate,
      r2017.rates.transitionToWorkRate as Rate,
    );
    expect(change.difference).toBeNull();
    expect(codes(change.issues)).toEqual(['outcomes_target_definition_mismatch']);
  });

  it('gives the same year figures grouped by exit year', () => {
    const grouped = computeOutcomeKpis(all, {
      asOf: '2023-12-31',
      cohort: { basis: 'exited', from: '2016-01-01', to: '2023-12-31' },
      groupBy: ['exitYear'],
    });
    expect(Object.keys(grouped.groups ?? {})).toEqual(['2016', '2017', '2023']);
    expect(grouped.groups?.['2017']?.rates.transitionToWorkRate?.numerator).toBe(30);
  });
});

describe('E3: job quality (R L11467–11471)', () => {
  const job = (contractType: 'permanent' | 'temporary', positionPercent: number | undefined) => ({
    start: '2024-03-01',
    contractType,
    ...(positionPercent === undefined ? {} : { positionPercent }),
    industry: 'retail',
    declared: true,
  });
  // 30 jobs: 10 permanent; 9 at 100 %, 6 more at 60–99 %, 15 below 60 %.
  const percents = [
    ...Array<number>(9).fill(100),
    ...Array<number>(6).fill(60),
    ...Array<number>(15).fill(40),
  ];
  const thirty = percents.map((p, i) =>
    rec(`q-${i}`, { employments: [job(i < 10 ? 'permanent' : 'temporary', p)] }),
  );
  const cohort = { basis: 'reported', from: '2024-01-01', to: '2024-12-31' } as const;
  const report = computeOutcomeKpis(thirty, { asOf: '2024-12-31', cohort });

  it('gives a third permanent [0.192, 0.512], 0.30 full time and half at 60 % or more', () => {
    expectRate(report.rates.permanentShare, 10, 30, [0.192, 0.512]);
    expectRate(report.rates.fullTimeShare, 9, 30);
    expectRate(report.rates.atLeast60Share, 15, 30);
    expect(codes(compareWithTargets(report, { targets: [] }))).toEqual(['outcomes_insecure_employment']);
  });

  it('leaves jobs with an unknown position share out of the share denominators only', () => {
    const more = [
      ...thirty,
      ...many(3, 'unknown-share', (id) => rec(id, { employments: [job('temporary', undefined)] })),
    ];
    const r = computeOutcomeKpis(more, { asOf: '2024-12-31', cohort });
    expectRate(r.rates.fullTimeShare, 9, 30);
    expectRate(r.rates.atLeast60Share, 15, 30);
    expectRate(r.rates.permanentShare, 10, 33);
  });
});

describe('E4: placement vs paid work (R L12408–12424)', () => {
  it('derives 6 weeks to a job tasting and 18 to paid work from case events', () => {
    const seCase = caseOf(
      [
        {
          type: 'referral',
          id: 'r',
          date: '2026-01-05',
          programme: 'jobbsjansen',
          referredBy: 'jobbsjansen-adviser',
        },
        { type: 'consent-given', id: 'c', date: '2026-01-06', scope: 'se-participation' },
        { type: 'step-entered', id: 's', date: '2026-01-06', step: 'initial-contact' },
        {
          type: 'placement-started',
          id: 'p',
          date: '2026-02-16',
          placementId: 'p1',
          kind: 'job-tasting',
          employerId: 'o1',
          hoursPerWeek: 10,
        },
        {
          type: 'employment-started',
          id: 'j',
          date: '2026-05-11',
          employmentId: 'e1',
          employerId: 'o1',
          contractType: 'temporary',
          positionPercent: 50,
          industry: 'retail',
          occupation: 'shop',
        },
      ],
      { id: 'e4', openedOn: '2026-01-05' },
    );
    const record = toOutcomeRecord(seCase, '2026-06-30');
    const report = computeOutcomeKpis([record], {
      asOf: '2026-06-30',
      cohort: { basis: 'reported', from: '2026-01-01', to: '2026-06-30' },
    });
    expect(report.durations.timeToPlacementWeeks).toMatchObject({ n: 1, median: 6, anchorBand: 'top' });
    expect(report.durations.timeToPaidWorkWeeks).toMatchObject({
      n: 1,
      median: 18,
      anchorBand: 'within-lowest',
    });
  });

  it('gives median 24, mean 29 and shares 0.25 and 0.75 over [8, 18, 30, 60] weeks', () => {
    const records = [8, 18, 30, 60].map((w, i) => {
      const d = new Date(Date.UTC(2025, 0, 6 + 7 * w)).toISOString().slice(0, 10);
      return rec(`d-${i}`, { referredOn: '2025-01-06', firstPaidWorkOn: d });
    });
    const report = computeOutcomeKpis(records, {
      asOf: '2026-12-31',
      cohort: { basis: 'reported', from: '2025-01-01', to: '2026-12-31' },
    });
    expect(report.durations.timeToPaidWorkWeeks).toMatchObject({
      n: 4,
      median: 24,
      mean: 29,
      shareWithin: { top: 0.25, lowest: 0.75 },
    });
    expect(anchorBand(60)).toBe('beyond');
  });
});

describe('E5: attachment after exit to work (R L12400–12406)', () => {
  const exits = [
    '2024-01-15',
    '2024-02-01',
    '2024-02-20',
    '2024-03-04',
    '2024-03-28',
    '2024-04-10',
    '2024-05-02',
    '2024-05-21',
    '2024-06-03',
    '2024-06-30',
  ];
  const plus = (d: string, months: number): string => {
    const x = new Date(`${d}T00:00:00Z`);
    x.setUTCMonth(x.getUTCMonth() + months);
    return x.toISOString().slice(0, 10);
  };
  const at6 = [
    'employed',
    'employed',
    'employed',
    'employed',
    'employed',
    'employed',
    'employed',
    'employed',
    'not-employed',
    'unknown',
  ] as const;
  const at12 = [
    'employed',
    'employed',
    'employed',
    'employed',
    'employed',
    'employed',
    'employed',
    'not-employed',
    'not-employed',
    'unknown',
  ] as const;
  const records = exits.map((date, i) =>
    rec(`a-${i}`, {
      referredOn: '2023-06-01',
      exit: { date, kind: 'work' },
      attachment: [
        { date: plus(date, 6), status: at6[i]! },
        { date: plus(date, 12), status: at12[i]! },
      ],
    }),
  );
  const report = computeOutcomeKpis(records, {
    asOf: '2025-09-01',
    cohort: { basis: 'exited', from: '2024-01-01', to: '2024-06-30' },
  });

  it('6 months: 8 of 9 known [0.565, 0.980], coverage 0.9, low N', () => {
    const r = expectRate(report.rates.attachment6m, 8, 9, [0.565, 0.98]);
    expect(r.coverage).toBeCloseTo(0.9, 10);
    expect(r.lowN).toBe(true);
  });

  it('12 months: 7 of 9; 36 months: none eligible', () => {
    expectRate(report.rates.attachment12m, 7, 9);
    expect(report.rates.attachment36m).toBeNull();
  });
});

describe('E6: in work six months after SE start (R L12380–12382)', () => {
  it('gives 7 of 20 = 0.35 [0.181, 0.567]', () => {
    const records = many(20, 's', (id, i) =>
      rec(id, {
        referredOn: '2024-01-02',
        seStartedOn: '2024-01-15',
        employments:
          i < 7
            ? [{ start: '2024-05-01', contractType: 'temporary', industry: 'retail', declared: true }]
            : [],
      }),
    );
    const report = computeOutcomeKpis(records, {
      asOf: '2024-12-31',
      cohort: { basis: 'started', from: '2024-01-01', to: '2024-03-31' },
    });
    expectRate(report.rates.inWorkAfterSeStart6m, 7, 20, [0.181, 0.567]);
  });
});

describe('E7: per job specialist, with small cells pooled (R L11497–11501)', () => {
  const spec: [string, number, number][] = [
    ['JS-01', 9, 15],
    ['JS-02', 10, 16],
    ['JS-03', 11, 14],
    ['JS-04', 12, 18],
    ['JS-05', 13, 19],
    ['JS-06', 5, 12],
    ['JS-07', 11, 17],
    ['JS-08', 4, 10],
    ['JS-09', 3, 9],
    ['JS-10', 6, 11],
    ['JS-11', 2, 7],
    ['JS-12', 7, 13],
    ['JS-13', 8, 14],
    ['JS-14', 1, 4],
  ];
  const records = spec.flatMap(([js, goal, n]) =>
    many(n, js, (id, i) =>
      rec(id, {
        jobSpecialistId: js,
        ...(i < goal ? { exit: { date: '2024-06-01', kind: 'work' as const } } : {}),
      }),
    ),
  );
  const report = computeOutcomeKpis(records, {
    asOf: '2024-12-31',
    cohort: { basis: 'reported', from: '2024-01-01', to: '2024-12-31' },
  });

  it('shows 13 job specialists, JS-07 at 11 of 17, and six with 9 to 13 into work', () => {
    const groups = report.perJobSpecialist.groups;
    expect(groups).toHaveLength(13);
    expect(groups.find((g) => g.jobSpecialistId === 'JS-07')?.rate).toBeCloseTo(0.647, 3);
    expect(groups.filter((g) => g.intoWork >= 9 && g.intoWork <= 13)).toHaveLength(6);
  });

  it('pools the job specialist with 4 records and never names her', () => {
    expect(report.perJobSpecialist.other).toEqual({ groups: 1, n: 4, intoWork: 1 });
    expect(JSON.stringify(report)).not.toContain('JS-14');
    expect(codes(report.issues)).toContain('outcomes_groups_suppressed');
  });
});

describe('E8: caseload (R L11253–11261, L13394–13396; I0 L40)', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
  it('warns at 21 active, not under the Søndre Nordstrand practice, and at 12 in the start phase', () => {
    const a = { jobSpecialistId: 'JS-A', roleStartedOn: '2023-01-02', activeCaseIds: ids(21) };
    expect(codes(checkCaseload([a], { asOf: '2026-04-01' }))).toEqual(['caseload_above_policy']);
    expect(checkCaseload([a], { asOf: '2026-04-01', policy: { caseload: { max: 23 } } })).toEqual([]);
    expect(
      checkCaseload([a], {
        asOf: '2026-04-01',
        policy: { caseload: CASELOAD_PRACTICE['jobbsjansen-sondre-nordstrand'] },
      }),
    ).toEqual([]);
    const b = { jobSpecialistId: 'JS-B', roleStartedOn: '2026-01-01', activeCaseIds: ids(12) };
    const issues = checkCaseload([a, b], { asOf: '2026-04-01' });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['caseload_above_policy', [0, 'activeCaseIds']],
      ['caseload_start_above_policy', [1, 'activeCaseIds']],
    ]);
    expect(checkCaseload([b], { asOf: '2026-07-01' })).toEqual([]);
  });
});

const rating = (
  criterionId: SeqfSelfAssessment['ratings'][number]['criterionId'],
  level: 1 | 2 | 3 | 4 | 5,
  evidence?: (2 | 3 | 4 | 5)[],
) => ({
  criterionId,
  claimedLevel: level,
  evidence: (evidence ?? ([2, 3, 4, 5] as const).filter((l) => l <= level)).map((l) => ({
    level: l,
    description: `documented level ${l}`,
  })),
});

describe('E9: area 1 with the progressive rule (R L11866–11872)', () => {
  it('scores 8 of 20, 0.40, capping 1.3 at 2', () => {
    const result = assessSeqf({
      organisationId: 't',
      assessedOn: '2026-03-01',
      scope: 'full',
      ratings: [rating('1.1', 3), rating('1.2', 2), rating('1.3', 4, [2, 4]), rating('1.4', 1)],
    });
    const area1 = result.areas.find((a) => a.id === 1);
    expect(area1).toMatchObject({ score: 8, maxPoints: 20, criteriaRated: 4 });
    expect(area1?.percent).toBeCloseTo(0.4, 10);
    expect(result.effectiveLevels['1.3']).toBe(2);
    expect(result.issues.filter((i) => i.code === 'seqf_level_capped').map((i) => i.path)).toEqual([
      ['ratings', 2, 'claimedLevel'],
    ]);
  });
});

describe('E10: five-step-only and the full weighted total (R L11807–11811, L11857–11865)', () => {
  const fiveStep = [rating('5A', 4), rating('5B', 3), rating('5C', 2), rating('5D', 3), rating('5E', 2)];

  it('five-step-only: 14 of 25 = 0.56', () => {
    const result = assessSeqf({
      organisationId: 't',
      assessedOn: '2026-03-01',
      scope: 'five-step-only',
      ratings: fiveStep,
    });
    expect(result.total).toBeCloseTo(0.56, 10);
    expect(result.areas.map((a) => a.id)).toEqual([5]);
  });

  it('full: total 0.5067, target-group adjustments 18/35 apart', () => {
    const result = assessSeqf({
      organisationId: 't',
      assessedOn: '2026-03-01',
      scope: 'full',
      ratings: [
        rating('1.1', 3),
        rating('1.2', 2),
        rating('1.3', 2),
        rating('1.4', 1),
        rating('2.1', 3),
        rating('2.2', 3),
        rating('2.3', 3),
        rating('3.1', 3),
        rating('3.2', 3),
        rating('3.3', 2),
        rating('4.1', 3),
        rating('4.2', 3),
        rating('4.3', 2),
        ...fiveStep,
        rating('6.1', 3),
        rating('6.2', 2),
        rating('7.1', 2),
        rating('7.2', 2),
        rating('8.1', 3),
        rating('9.1', 2),
        rating('TG-interpreter', 4),
        rating('TG-cross-dimension-A', 3),
        rating('TG-cross-dimension-B', 2),
        rating('TG-cross-dimension-C', 2),
        rating('TG-cross-dimension-D', 3),
        rating('TG-cross-dimension-E', 2),
        rating('TG-after-follow-up', 2),
      ],
    });
    const percents = result.areas.map((a) => Number((a.percent ?? NaN).toFixed(3)));
    expect(percents).toEqual([0.4, 0.6, 0.533, 0.533, 0.56, 0.5, 0.4, 0.6, 0.4]);
    expect(result.areas.find((a) => a.id === 4)).toMatchObject({
      criteriaListIncomplete: true,
      maxPoints: 20,
      score: 8,
    });
    expect(result.total).toBeCloseTo(0.5067, 4);
    expect(result.targetGroupPercent).toBeCloseTo(18 / 35, 10);
    expect(result.issues).toEqual([]);
  });
});
