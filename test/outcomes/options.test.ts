/**
 * The outcomes and quality functions read their options through exported
 * schemas and the shared resolver: a bad option is refused as `invalid_option`
 * with a coded issue and a path from the options' root, never the value.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src';
import {
  anchorBand,
  AnchorBandOptionsSchema,
  assessSeqf,
  AssessSeqfOptionsSchema,
  checkCaseload,
  CheckCaseloadOptionsSchema,
  compareWithTargets,
  CompareWithTargetsOptionsSchema,
  computeOutcomeKpis,
  ComputeOutcomeKpisOptionsSchema,
  DEFAULT_POLICY,
  SupportedEmploymentError,
  type SeqfSelfAssessment,
} from '../../src';

const COHORT = { basis: 'exited', from: '2024-01-01', to: '2024-12-31' } as const;
const report = () => computeOutcomeKpis([], { asOf: '2025-06-30', cohort: COHORT });
const assignments = [{ jobSpecialistId: 'JS-A', roleStartedOn: '2023-02-01', activeCaseIds: ['c1'] }];
const seqf: SeqfSelfAssessment = {
  organisationId: 'team-1',
  assessedOn: '2026-03-01',
  scope: 'five-step-only',
  ratings: [{ criterionId: '5A', claimedLevel: 1, evidence: [] }],
};

/** The error `call` throws; fails the test when it throws nothing or something else. */
function refusal(call: () => unknown): SupportedEmploymentError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(SupportedEmploymentError);
    return error as SupportedEmploymentError;
  }
  throw new Error('expected a refusal');
}

describe('outcomes and quality options at the door', () => {
  it.each([
    [
      'checkCaseload: asOf not a real date',
      () => checkCaseload(assignments, { asOf: '2026-02-30' }),
      ['asOf'],
      'schema_invalid_date',
    ],
    [
      'checkCaseload: a caseload override out of range',
      () => checkCaseload(assignments, { asOf: '2026-04-01', policy: { caseload: { max: 0 } } }),
      ['policy', 'caseload', 'max'],
      'schema_too_small',
    ],
    [
      'computeOutcomeKpis: an unknown cohort basis',
      () => computeOutcomeKpis([], { asOf: '2025-06-30', cohort: { ...COHORT, basis: 'yearly' as never } }),
      ['cohort', 'basis'],
      'schema_invalid_value',
    ],
    [
      'computeOutcomeKpis: a misspelt option',
      () => computeOutcomeKpis([], { asOf: '2025-06-30', cohort: COHORT, groupby: ['programme'] } as never),
      ['groupby'],
      'schema_unrecognized_key',
    ],
    [
      'computeOutcomeKpis: more group keys than there are',
      () =>
        computeOutcomeKpis([], {
          asOf: '2025-06-30',
          cohort: COHORT,
          groupBy: ['programme', 'exitYear', 'programme', 'exitYear'],
        }),
      ['groupBy'],
      'schema_too_big',
    ],
    [
      'compareWithTargets: an unknown target',
      () => compareWithTargets(report(), { targets: ['seqf-top', 'nav' as never] }),
      ['targets', 1],
      'schema_invalid_value',
    ],
    [
      'compareWithTargets: a misspelt creaming threshold',
      () => compareWithTargets(report(), { creaming: { rateRice: 0.1 } as never }),
      ['creaming', 'rateRice'],
      'schema_unrecognized_key',
    ],
    [
      'compareWithTargets: a creaming threshold that is not a number',
      () => compareWithTargets(report(), { creaming: { complexDrop: Number.NaN } }),
      ['creaming', 'complexDrop'],
      'schema_invalid_type',
    ],
    [
      'assessSeqf: a target share above 1',
      () => assessSeqf(seqf, { policy: { outcomes: { targetSeqfTopTransitionToWork: 1.5 } } }),
      ['policy', 'outcomes', 'targetSeqfTopTransitionToWork'],
      'schema_too_big',
    ],
    [
      'assessSeqf: an outcome report without its cohort',
      () => assessSeqf(seqf, { outcomeReport: { ...report(), cohort: undefined } as never }),
      ['outcomeReport', 'cohort'],
      'schema_required',
    ],
    [
      'anchorBand: an anchor that is not a number',
      () => anchorBand(18, { timeAnchorTopWeeks: '10' as never }),
      ['timeAnchorTopWeeks'],
      'schema_invalid_type',
    ],
  ] as const)('refuses %s as invalid_option with a path', (_what, call, path, code) => {
    const error = refusal(call);
    expect(error.code).toBe('invalid_option');
    expect(error.issues[0]).toMatchObject({ code, path });
    expect(error.message).not.toMatch(/yearly|1\.5|2026-02-30|\bnav\b/);
  });

  it('refuses options that are not an object at the parameter', () => {
    expect(refusal(() => checkCaseload(assignments, 'today' as never)).issues[0]?.path).toEqual(['options']);
    expect(refusal(() => compareWithTargets(report(), 7 as never)).issues[0]?.path).toEqual(['options']);
    expect(refusal(() => assessSeqf(seqf, [] as never)).issues[0]?.path).toEqual(['options']);
    expect(refusal(() => anchorBand(18, null as never)).issues[0]?.path).toEqual(['anchors']);
  });
});

describe('the outcomes and quality options schemas', () => {
  it('are exported from the package root', () => {
    for (const name of [
      'AnchorBandOptionsSchema',
      'AssessSeqfOptionsSchema',
      'CheckCaseloadOptionsSchema',
      'CompareWithTargetsOptionsSchema',
      'ComputeOutcomeKpisOptionsSchema',
    ]) {
      expect(api, name).toHaveProperty(name);
    }
  });

  it('hold the defaults the functions use', () => {
    expect(AnchorBandOptionsSchema.parse({})).toEqual({
      timeAnchorTopWeeks: DEFAULT_POLICY.outcomes.timeAnchorTopWeeks,
      timeAnchorLowestWeeks: DEFAULT_POLICY.outcomes.timeAnchorLowestWeeks,
    });
    const compare = CompareWithTargetsOptionsSchema.parse({});
    expect(compare.targets).toEqual(['seqf-top', 'jobbsjansen']);
    expect(compare.creaming).toEqual({ rateRise: 0.15, complexDrop: 0.15 });
    expect(ComputeOutcomeKpisOptionsSchema.parse({ asOf: '2025-06-30', cohort: COHORT }).groupBy).toEqual([]);
    expect(AssessSeqfOptionsSchema.parse({})).toEqual({});
    expect(CheckCaseloadOptionsSchema.safeParse({}).success).toBe(false);
  });

  it('let anchorBand take one anchor and keep the other at its default', () => {
    expect(anchorBand(12, { timeAnchorTopWeeks: 12 })).toBe('top');
    expect(anchorBand(13, { timeAnchorTopWeeks: 12 })).toBe('within-lowest');
    expect(anchorBand(53, { timeAnchorTopWeeks: 12 })).toBe('beyond');
    expect(anchorBand(53, { timeAnchorLowestWeeks: 60 })).toBe('within-lowest');
  });

  it('take the outcomes group of a resolved policy as anchors, extra numbers and all', () => {
    expect(anchorBand(10, DEFAULT_POLICY.outcomes)).toBe('top');
    expect(anchorBand(11, api.resolvePolicy({ outcomes: { timeAnchorTopWeeks: 11 } }).outcomes)).toBe('top');
  });
});
