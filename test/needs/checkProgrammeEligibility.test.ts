import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkProgrammeEligibility,
  ELIGIBILITY_CRITERIA,
  parseNeedsAssessment,
  PROGRAMME_ELIGIBILITY,
  ProgrammeEligibilitySchema,
  PROGRAMMES,
  SupportedEmploymentError,
  type NeedsAssessmentInput,
  type EligibilityCriterionId,
  type Programme,
} from '../../src';
import { expectIssues } from '../fixtures/expectIssues';
import { deepFreeze } from '../fixtures/deepFreeze';
import { needsAssessmentArbitrary } from '../fixtures/needs/arbitraries';

type Facts = Omit<NeedsAssessmentInput, 'id' | 'assessedOn'>;
const assessment = (facts: Facts) =>
  deepFreeze(parseNeedsAssessment({ id: 'a-1', assessedOn: '2026-03-02', ...facts }));

const homeBased: Facts = {
  gender: 'female',
  age: 34,
  currentWork: 'none',
  inOrdinaryEducation: false,
  schooling: 'some',
  otherSchemes: [],
};

describe('checkProgrammeEligibility', () => {
  it.each([
    ['a home-based woman who needs qualification', 'jobbsjansen', homeBased, 'eligible', 'main-group'],
    [
      'a single provider on transitional benefit',
      'jobbsjansen',
      {
        gender: 'female',
        age: 43,
        currentWork: 'none',
        singleProvider: true,
        finances: { mainIncome: 'transitional-benefit' },
      },
      'eligible',
      'single-providers-on-transitional-benefit',
    ],
    [
      'a woman on social assistance outside the Qualification Programme',
      'jobbsjansen',
      { gender: 'female', age: 50, finances: { benefits: ['social-assistance'] }, otherSchemes: [] },
      'eligible',
      'social-assistance-recipients',
    ],
    [
      'a refugee who needs qualification',
      'introduction-programme',
      { immigrationReason: 'refugee', age: 30, norwegian: { oral: 'a1' } },
      'eligible',
      'refugees-and-reunited-family',
    ],
  ] as const)('finds %s eligible for %s', (_name, programme, facts, status, group) => {
    // `as const` makes the lists readonly; the assessment input takes mutable ones.
    const input = structuredClone(facts) as Facts;
    const result = checkProgrammeEligibility(assessment(input), programme);
    expect(result.status).toBe(status);
    expect(result.matchedGroup).toBe(group);
    expect(result.unmet).toEqual([]);
    expect(result.issues).toEqual([]);
  });

  it.each<[string, Facts, EligibilityCriterionId[]]>([
    ['a man', { ...homeBased, gender: 'male' }, ['female']],
    ['a woman of 60', { ...homeBased, age: 60 }, ['age-18-to-55']],
    ['a woman of 17', { ...homeBased, age: 17 }, ['age-18-to-55']],
  ])('finds %s not eligible for Jobbsjansen, naming the unmet criteria', (_name, facts, unmet) => {
    const result = checkProgrammeEligibility(assessment(facts), 'jobbsjansen');
    expect(result.status).toBe('not-eligible');
    expect(result.unmet).toEqual(expect.arrayContaining(unmet));
    expect(result.unknown).toEqual([]);
    expectIssues(result.issues, [
      {
        code: 'programme_criterion_unmet',
        severity: 'warning',
        path: [ELIGIBILITY_CRITERIA[unmet[0]!].paths[0]!],
      },
    ]);
  });

  it('finds a woman in full-time work not eligible in any group', () => {
    const result = checkProgrammeEligibility(
      assessment({
        ...homeBased,
        currentWork: 'full-time',
        singleProvider: false,
        finances: { benefits: [] },
      }),
      'jobbsjansen',
    );
    expect(result.status).toBe('not-eligible');
    expect(result.unmet).toEqual(['at-home', 'single-provider', 'receives-social-assistance']);
  });

  it('stays unknown when facts are missing, and names them with their paths', () => {
    const result = checkProgrammeEligibility(assessment({ gender: 'female' }), 'jobbsjansen');
    expect(result.status).toBe('unknown');
    expect(result.unknown).toEqual(
      expect.arrayContaining(['age-18-to-55', 'at-home', 'single-provider', 'receives-social-assistance']),
    );
    expectIssues(result.issues, [{ code: 'programme_criterion_unknown', severity: 'info', path: ['age'] }]);
  });

  it('never rules out a need for qualification from the facts alone', () => {
    const result = checkProgrammeEligibility(
      assessment({
        ...homeBased,
        schooling: 'higher',
        norwegian: { oral: 'c1' },
        workExperience: { norwayYears: 5 },
      }),
      'jobbsjansen',
    );
    expect(result.groups[0]!.criteria.find((c) => c.id === 'needs-qualification')!.status).toBe('unknown');
  });

  it.each(['nav', 'other'] as const)(
    'returns unknown for %s, whose criteria are not catalogued',
    (programme) => {
      const result = checkProgrammeEligibility(assessment(homeBased), programme);
      expect(result.status).toBe('unknown');
      expect(PROGRAMME_ELIGIBILITY[programme].catalogued).toBe(false);
      expectIssues(result.issues, [{ code: 'programme_criteria_not_catalogued', severity: 'info' }]);
    },
  );

  it('throws unknown_id for a programme that does not exist', () => {
    expect(() => checkProgrammeEligibility(assessment({}), 'kvp' as Programme)).toThrow(
      SupportedEmploymentError,
    );
  });

  it('keeps its rules as data: every group criterion is a catalogued criterion with a source', () => {
    for (const programme of PROGRAMMES) {
      for (const group of PROGRAMME_ELIGIBILITY[programme].groups) {
        for (const c of group.criteria) {
          expect(ELIGIBILITY_CRITERIA[c.id], c.id).toBeDefined();
          expect(c.source.section.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('always gives a status consistent with its groups, and fits its schema', () => {
    fc.assert(
      fc.property(needsAssessmentArbitrary, fc.constantFrom(...PROGRAMMES), (a, programme) => {
        const result = checkProgrammeEligibility(a, programme);
        expect(ProgrammeEligibilitySchema.safeParse(result).success).toBe(true);
        if (result.status === 'eligible')
          expect(result.groups.some((g) => g.criteria.every((c) => c.status === 'met'))).toBe(true);
        if (result.status === 'not-eligible') {
          expect(result.groups.every((g) => g.criteria.some((c) => c.status === 'unmet'))).toBe(true);
          expect(result.unmet.length).toBeGreaterThan(0);
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('checkProgrammeEligibility thresholds (settings, not literals)', () => {
  const status = (r: ReturnType<typeof checkProgrammeEligibility>, id: EligibilityCriterionId) =>
    r.groups.flatMap((g) => g.criteria).find((c) => c.id === id)?.status;

  it('reads the age range from the thresholds', () => {
    const at58 = assessment({ ...homeBased, age: 58 });
    expect(status(checkProgrammeEligibility(at58, 'jobbsjansen'), 'age-18-to-55')).toBe('unmet');
    const wider = checkProgrammeEligibility(at58, 'jobbsjansen', { thresholds: { programmeMaxAge: 60 } });
    expect(status(wider, 'age-18-to-55')).toBe('met');
    const at17 = assessment({ ...homeBased, age: 17 });
    expect(
      status(
        checkProgrammeEligibility(at17, 'jobbsjansen', { thresholds: { programmeMinAge: 16 } }),
        'age-18-to-55',
      ),
    ).toBe('met');
  });

  it('reads the years of compulsory school and the working Norwegian level from the thresholds', () => {
    const nineYears = assessment({ ...homeBased, schooling: undefined, yearsOfSchooling: 9 });
    expect(status(checkProgrammeEligibility(nineYears, 'jobbsjansen'), 'needs-qualification')).toBe('met');
    const shorter = { thresholds: { compulsorySchoolYears: 9 } };
    expect(status(checkProgrammeEligibility(nineYears, 'jobbsjansen', shorter), 'needs-qualification')).toBe(
      'unknown',
    );
    const a2 = assessment({ ...homeBased, schooling: undefined, norwegian: { oral: 'a2' } });
    expect(status(checkProgrammeEligibility(a2, 'jobbsjansen'), 'needs-qualification')).toBe('met');
    const lower = { thresholds: { workingNorwegianLevel: 'a2' as const } };
    expect(status(checkProgrammeEligibility(a2, 'jobbsjansen', lower), 'needs-qualification')).toBe(
      'unknown',
    );
  });

  it('refuses a threshold out of range as invalid_option, with a path and no value', () => {
    const call = () =>
      checkProgrammeEligibility(assessment(homeBased), 'jobbsjansen', {
        thresholds: { programmeMaxAge: -3 },
      });
    expect(call).toThrow(SupportedEmploymentError);
    try {
      call();
    } catch (error) {
      const e = error as SupportedEmploymentError;
      expect(e.code).toBe('invalid_option');
      expect(e.issues[0]?.path).toEqual(['thresholds', 'programmeMaxAge']);
      expect(e.message).not.toContain('-3');
    }
  });
});
