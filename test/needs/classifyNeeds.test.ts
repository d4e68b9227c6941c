import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyNeeds,
  DEFAULT_NEED_RULE_CONTEXT,
  DEFAULT_POLICY,
  NEED_IDS,
  NEED_RULES,
  NEEDS,
  NeedsProfileSchema,
  parseNeedsAssessment,
  resolvePolicy,
  SupportedEmploymentError,
  type NeedSeverity,
  type NeedsAssessment,
  type NeedsProfile,
} from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { needsAssessmentArbitrary, withFewerFacts } from '../fixtures/needs/arbitraries';
import { RULE_CASES, type Facts } from '../fixtures/needs/ruleCases';

const RANK: Record<NeedSeverity, number> = { low: 1, moderate: 2, high: 3 };

function assessment(facts: Facts = {}): NeedsAssessment {
  return deepFreeze(parseNeedsAssessment({ id: 'a-1', assessedOn: '2026-03-02', ...facts }));
}

function severityOf(profile: NeedsProfile, id: string): NeedSeverity | undefined {
  return profile.needs.find((n) => n.id === id)?.severity;
}

const rows = NEED_RULES.map((rule) => [rule.id, rule] as const);

describe('NEED_RULES', () => {
  it('has unique row ids and a test case for every row', () => {
    const ids = NEED_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(RULE_CASES).sort()).toEqual([...ids].sort());
  });

  it('gives every need of the taxonomy at least one row, except none', () => {
    const covered = new Set(NEED_RULES.map((r) => r.need));
    expect(NEED_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('names a source for every row', () => {
    for (const rule of NEED_RULES) {
      expect(rule.source.section.length, rule.id).toBeGreaterThan(0);
      expect(rule.condition.nb.length * rule.condition.en.length, rule.id).toBeGreaterThan(0);
    }
  });

  it.each(rows)('%s holds for its case', (id, rule) => {
    const a = assessment(RULE_CASES[id]!.fires);
    expect(rule.when(a, DEFAULT_NEED_RULE_CONTEXT)).toBe(rule.severity);
  });

  it.each(rows)('%s does not hold for its contrasting recorded facts', (id, rule) => {
    const a = assessment(RULE_CASES[id]!.doesNotFire);
    expect(rule.when(a, DEFAULT_NEED_RULE_CONTEXT)).toBeUndefined();
  });

  it.each(rows)('%s does not hold when nothing is known', (_id, rule) => {
    expect(rule.when(assessment(), DEFAULT_NEED_RULE_CONTEXT)).toBeUndefined();
  });
});

describe('classifyNeeds', () => {
  it.each(rows)('classifies the case of %s with its need at that severity or higher', (id, rule) => {
    const profile = classifyNeeds(assessment(RULE_CASES[id]!.fires));
    const severity = severityOf(profile, rule.need);
    expect(severity).toBeDefined();
    expect(RANK[severity!]).toBeGreaterThanOrEqual(RANK[rule.severity]);
    const need = profile.needs.find((n) => n.id === rule.need)!;
    expect(need.evidence.some((p) => (rule.evidence as readonly string[]).includes(p))).toBe(true);
  });

  it('finds no need when nothing is known, and asks about the wish to work first', () => {
    const profile = classifyNeeds(assessment());
    expect(profile.needs).toEqual([]);
    expect(profile.isComplex).toBe(false);
    expect(profile.unknowns[0]).toBe('wishToWork');
    expect(profile.unknowns).toContain('norwegian.oral');
  });

  it('keeps recorded "no" facts out of the unknowns', () => {
    const profile = classifyNeeds(assessment({ travelsAlone: true, children: [], wishToWork: 'yes' }));
    expect(profile.unknowns).not.toContain('travelsAlone');
    expect(profile.unknowns).not.toContain('children');
    expect(profile.unknowns).not.toContain('singleProvider');
    expect(profile.needs).toEqual([]);
  });

  it("asks about missing children ages and a spouse's shifts only when there are children", () => {
    const profile = classifyNeeds(assessment({ children: [{ age: 4 }, {}] }));
    expect(profile.unknowns).toContain('children[].age');
    expect(profile.unknowns).toContain('spouseWorksShifts');
  });

  it('marks negative social control urgent and only that need', () => {
    const profile = classifyNeeds(assessment({ safety: { violence: true }, travelsAlone: false }));
    const urgent = profile.needs.filter((n) => n.urgent).map((n) => n.id);
    expect(urgent).toEqual(['negative-social-control']);
    expect(severityOf(profile, 'negative-social-control')).toBe('high');
  });

  it('takes the highest severity of the rows that hold and joins their evidence', () => {
    const profile = classifyNeeds(
      assessment({ finances: { strained: true, debt: true, benefits: ['social-assistance'] } }),
    );
    const finances = profile.needs.find((n) => n.id === 'finances')!;
    expect(finances.severity).toBe('high');
    expect(finances.evidence).toEqual(['finances.strained', 'finances.debt', 'finances.benefits']);
  });

  it('lists needs in taxonomy order with their level and distinguishing flag', () => {
    const profile = classifyNeeds(
      assessment({ familyStance: 'opposed', travelsAlone: false, interpreterNeeded: true }),
    );
    expect(profile.needs.map((n) => n.id)).toEqual(['mobility', 'family-situation', 'language-support']);
    expect(profile.needs.map((n) => n.level)).toEqual(['micro', 'meso', 'meso']);
    expect(profile.distinguishingNeeds).toEqual(['family-situation', 'language-support']);
  });

  it.each<[string, Facts, boolean]>([
    [
      'three moderate needs over two levels',
      { travelsAlone: false, housing: 'temporary', familyStance: 'opposed' },
      true,
    ],
    [
      'three moderate needs on one level',
      { travelsAlone: false, digitalSkills: { email: false }, networkOutsideFamily: 'little' },
      false,
    ],
    ['two moderate needs over two levels', { travelsAlone: false, familyStance: 'opposed' }, false],
    [
      'low needs only',
      { confidence: 'medium', familyStance: 'neutral', rulesKnowledge: { society: 'some' } },
      false,
    ],
  ])('applies the default complex-needs rule: %s', (_name, facts, complex) => {
    expect(classifyNeeds(assessment(facts)).isComplex).toBe(complex);
  });

  it('takes the complex-needs rule from options and from a policy', () => {
    const a = assessment({ travelsAlone: false, familyStance: 'opposed' });
    expect(classifyNeeds(a, { complexNeeds: { minModerateNeeds: 2 } }).isComplex).toBe(true);
    expect(
      classifyNeeds(a, { policy: resolvePolicy({ complexNeeds: { minModerateNeeds: 2, minLevels: 2 } }) })
        .isComplex,
    ).toBe(true);
    expect(classifyNeeds(a, { complexNeeds: { minModerateNeeds: 2, minLevels: 3 } }).isComplex).toBe(false);
  });

  it('takes placement limits from the policy', () => {
    const a = assessment({ placements: [{ paid: false, weeks: 10 }] });
    expect(severityOf(classifyNeeds(a), 'practice-trap')).toBe('moderate');
    expect(
      severityOf(
        classifyNeeds(a, { policy: resolvePolicy({ unpaidPlacementMaxWeeks: 12 }) }),
        'practice-trap',
      ),
    ).toBeUndefined();
    expect(DEFAULT_POLICY.unpaidPlacementMaxWeeks).toBe(6);
  });

  it('takes thresholds from options', () => {
    const a = assessment({ children: [{ age: 7 }, { age: 9 }, { age: 11 }] });
    expect(severityOf(classifyNeeds(a), 'care-responsibilities')).toBe('moderate');
    expect(
      severityOf(classifyNeeds(a, { thresholds: { manyChildren: 4 } }), 'care-responsibilities'),
    ).toBeUndefined();
    expect(
      severityOf(classifyNeeds(a, { thresholds: { careAgeBelow: 10 } }), 'care-responsibilities'),
    ).toBeUndefined();
  });

  it('words each rule with the thresholds in force', () => {
    const rule = NEED_RULES.find((r) => r.id === 'norwegian-oral-low')!;
    expect(rule.condition.en).toContain('B1');
    expect(
      rule.conditionFor({ ...DEFAULT_NEED_RULE_CONTEXT.thresholds, workingNorwegianLevel: 'b2' }).en,
    ).toContain('B2');
  });

  it('counts independent barriers, not needs, for complexity unless told to count needs', () => {
    // One fact (no work in Norway) gives several needs; with a foreign degree and B2 Norwegian this is two barriers.
    const a = assessment({
      workExperience: { norwayYears: 0, abroadYears: 8 },
      qualifications: [{ obtained: 'abroad', recognition: 'not-applied' }],
      norwegian: { oral: 'b2' },
    });
    expect(classifyNeeds(a).isComplex).toBe(false);
    // Weak Norwegian and no Latin script: five needs on three levels, but two barriers.
    const lang = assessment({ norwegian: { oral: 'a1', written: 'a1' }, literacy: { latinScript: false } });
    expect(classifyNeeds(lang, { complexNeedsCount: 'needs' }).isComplex).toBe(true);
    expect(classifyNeeds(lang).isComplex).toBe(false);
    const b = assessment({ norwegian: { oral: 'a2' }, travelsAlone: false, housing: 'temporary' });
    expect(classifyNeeds(b).isComplex).toBe(true);
    expect(
      classifyNeeds(b, { complexNeedsCount: 'needs', complexNeeds: { minModerateNeeds: 6 } }).isComplex,
    ).toBe(false);
  });

  it.each([
    [{ complexNeeds: { minModerateNeeds: 0 } }],
    [{ complexNeeds: { minLevels: 4 } }],
    [{ complexNeeds: { minLevels: 1.5 } }],
    [{ thresholds: { schoolAge: -1 } }],
    [{ policy: { ...DEFAULT_POLICY, unpaidPlacementMaxWeeks: 0 } }],
  ])('throws invalid_option for an option out of range (%j)', (options) => {
    expect(() => classifyNeeds(assessment(), options)).toThrow(SupportedEmploymentError);
    try {
      classifyNeeds(assessment(), options);
    } catch (e) {
      expect((e as SupportedEmploymentError).code).toBe('invalid_option');
    }
  });

  it.each([
    [{ complexNeedCount: 'needs' }, 'schema_unrecognized_key', ['complexNeedCount']],
    [{ thresholds: { schoolAge: -1 } }, 'schema_too_small', ['thresholds', 'schoolAge']],
    [{ thresholds: { schoolage: 6 } }, 'schema_unrecognized_key', ['thresholds', 'schoolage']],
    [{ complexNeedsCount: 'barriers' }, 'schema_invalid_value', ['complexNeedsCount']],
    [
      { policy: { ...DEFAULT_POLICY, unpaidPlacementMaxWeeks: 0 } },
      'schema_too_small',
      ['policy', 'unpaidPlacementMaxWeeks'],
    ],
  ])('refuses %j with an issue at its path from the options, never the value', (options, code, path) => {
    let error: SupportedEmploymentError | undefined;
    try {
      classifyNeeds(assessment(), options as never);
    } catch (e) {
      error = e as SupportedEmploymentError;
    }
    expect(error?.code).toBe('invalid_option');
    expect(error?.issues[0]).toMatchObject({ code, path });
    expect(error?.message).not.toMatch(/barriers'|-1\b/);
  });

  it('reads an override left undefined as the default', () => {
    const a = assessment(RULE_CASES['care-single-provider-young-or-several']!.fires);
    expect(classifyNeeds(a, { thresholds: { schoolAge: undefined } })).toEqual(classifyNeeds(a));
  });

  it('returns a profile that fits NeedsProfileSchema', () => {
    const profile = classifyNeeds(assessment(RULE_CASES['care-single-provider-young-or-several']!.fires));
    expect(NeedsProfileSchema.safeParse(profile).success).toBe(true);
    expect(profile.assessmentId).toBe('a-1');
    expect(profile.assessedOn).toBe('2026-03-02');
  });

  describe('properties', () => {
    it('never throws and always fits the profile schema', () => {
      fc.assert(
        fc.property(needsAssessmentArbitrary, (a) => {
          const profile = classifyNeeds(deepFreeze(a));
          expect(NeedsProfileSchema.safeParse(profile).success).toBe(true);
        }),
        { seed: 42, numRuns: 200 },
      );
    });

    it('accepts every generated assessment as schema-valid', () => {
      fc.assert(
        fc.property(needsAssessmentArbitrary, (a) => {
          expect(parseNeedsAssessment(a)).toEqual(a);
        }),
        { seed: 42, numRuns: 200 },
      );
    });

    it('is deterministic', () => {
      fc.assert(
        fc.property(needsAssessmentArbitrary, (a) => {
          expect(classifyNeeds(a)).toEqual(classifyNeeds(structuredClone(a)));
        }),
        { seed: 42, numRuns: 200 },
      );
    });

    it('never removes a need or lowers a severity when facts are added', () => {
      fc.assert(
        fc.property(
          needsAssessmentArbitrary,
          fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }),
          (full, bits) => {
            const fewer = withFewerFacts(full, bits);
            expect(parseNeedsAssessment(fewer)).toEqual(fewer);
            const before = classifyNeeds(fewer);
            const after = classifyNeeds(full);
            for (const need of before.needs) {
              const now = severityOf(after, need.id);
              expect(now, need.id).toBeDefined();
              expect(RANK[now!], need.id).toBeGreaterThanOrEqual(RANK[need.severity]);
            }
            if (before.isComplex) expect(after.isComplex).toBe(true);
          },
        ),
        { seed: 42, numRuns: 300 },
      );
    });

    it('changes only the two no-job-wish rows when an empty job-wish list is replaced by named jobs', () => {
      const noWishRows = ['job-seeking-no-job-wish', 'participation-no-job-wish'];
      fc.assert(
        fc.property(needsAssessmentArbitrary, (a) => {
          const none = { ...a, jobWishes: [] };
          const named = { ...a, jobWishes: ['Renhold'] };
          const changedRows = NEED_RULES.filter(
            (r) => r.when(none, DEFAULT_NEED_RULE_CONTEXT) !== r.when(named, DEFAULT_NEED_RULE_CONTEXT),
          ).map((r) => r.id);
          expect(noWishRows).toEqual(expect.arrayContaining(changedRows));
        }),
        { seed: 42, numRuns: 200 },
      );
    });

    it('does not mutate its input', () => {
      fc.assert(
        fc.property(needsAssessmentArbitrary, (a) => {
          const copy = structuredClone(a);
          classifyNeeds(deepFreeze(a));
          expect(a).toEqual(copy);
        }),
        { seed: 42, numRuns: 100 },
      );
    });
  });

  it('marks exactly the four distinguishing needs of the taxonomy as distinguishing', () => {
    const all = Object.values(NEEDS)
      .filter((n) => n.distinguishing)
      .map((n) => n.id);
    expect(all.sort()).toEqual([
      'cultural-differences',
      'family-situation',
      'language-support',
      'participation',
    ]);
  });
});

describe('NEED_RULES (immutability)', () => {
  it('cannot be changed by a consumer', () => {
    expect(Object.isFrozen(NEED_RULES)).toBe(true);
    expect(
      NEED_RULES.every((r) => Object.isFrozen(r) && Object.isFrozen(r.evidence) && Object.isFrozen(r.source)),
    ).toBe(true);
  });
});
