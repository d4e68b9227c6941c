import { describe, expect, it } from 'vitest';
import {
  balanceJobMatch,
  DEFAULT_LANGUAGE_DEMAND,
  DEFAULT_MATCH_SETTINGS,
  DEFAULT_MATCH_WEIGHTS,
  INDUSTRIES,
  JobMatchBalanceSchema,
  MATCH_FACTOR_IDS,
  MATCH_FACTORS,
  parseCandidate,
  parseJobOpening,
  SupportedEmploymentError,
  type JobMatchBalance,
} from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { employer, makeCandidate, makeOpening } from '../fixtures/matching/factories';

const CREDIT = {
  fit: 1,
  adaptable: DEFAULT_MATCH_SETTINGS.adaptableCredit,
  conflict: 0,
  unknown: DEFAULT_MATCH_SETTINGS.unknownCredit,
};

/** The documented formula, recomputed from the statuses alone. */
function formula(balance: JobMatchBalance, credit = CREDIT): number {
  if (balance.hardConflict) return 0;
  let sum = 0;
  let total = 0;
  for (const f of balance.factors) {
    sum += f.weight * credit[f.status];
    total += f.weight;
  }
  return sum / total;
}

const sparseCandidate = parseCandidate({ id: 'c-sparse', norwegian: { oral: 'a2' } });
const sparseOpening = parseJobOpening({ id: 'o-sparse', employer: { id: 'e-9' }, industry: 'retail' });

describe('balanceJobMatch', () => {
  it('assesses every factor once, in the order of MATCH_FACTOR_IDS', () => {
    const balance = balanceJobMatch(makeCandidate(), makeOpening());
    expect(balance.factors.map((f) => f.factor)).toEqual([...MATCH_FACTOR_IDS]);
  });

  it('returns a result that fits its own schema', () => {
    expect(JobMatchBalanceSchema.safeParse(balanceJobMatch(makeCandidate(), makeOpening())).success).toBe(
      true,
    );
    expect(JobMatchBalanceSchema.safeParse(balanceJobMatch(sparseCandidate, sparseOpening)).success).toBe(
      true,
    );
  });

  it('scores a full fit 1 with full coverage', () => {
    const balance = balanceJobMatch(makeCandidate(), makeOpening());
    expect(balance.score).toBe(1);
    expect(balance.coverage).toBe(1);
    expect(balance.counts).toEqual({ fit: 19, adaptable: 0, conflict: 0, unknown: 0 });
    expect(balance.clarifications).toEqual([]);
  });

  it('computes the score by the documented formula', () => {
    for (const [c, o] of [
      [
        makeCandidate({ familyStance: 'opposed', travelsAlone: false }),
        makeOpening({ declaredWork: undefined }),
      ],
      [sparseCandidate, sparseOpening],
    ] as const) {
      const balance = balanceJobMatch(c, o);
      expect(balance.score).toBeCloseTo(formula(balance), 12);
    }
  });

  it('never counts an unknown factor as a fit', () => {
    const balance = balanceJobMatch(sparseCandidate, sparseOpening);
    expect(balance.counts.unknown).toBeGreaterThan(10);
    const asIfFit = formula(balance, { ...CREDIT, unknown: 1 });
    expect(balance.score).toBeLessThan(asIfFit);
    expect(balance.coverage).toBeLessThan(0.5);
  });

  it('lets unknowns count less, but never more than half', () => {
    const half = balanceJobMatch(sparseCandidate, sparseOpening);
    const none = balanceJobMatch(sparseCandidate, sparseOpening, { unknownCredit: 0 });
    expect(none.score).toBeLessThan(half.score);
    expect(() => balanceJobMatch(sparseCandidate, sparseOpening, { unknownCredit: 0.6 })).toThrow(
      SupportedEmploymentError,
    );
  });

  it('sets the score to 0 on a hard conflict, whatever else fits', () => {
    const balance = balanceJobMatch(makeCandidate(), makeOpening({ declaredWork: false }));
    expect(balance.counts.fit).toBe(18);
    expect(balance.hardConflict).toBe(true);
    expect(balance.hardConflicts).toEqual(['declared-work']);
    expect(balance.score).toBe(0);
    expect(balance.coverage).toBe(1);
  });

  it('takes weights from the options', () => {
    const c = makeCandidate({
      travelsAlone: false,
      commute: { home: { district: 'Søndre Nordstrand' }, maxMinutes: 5 },
    });
    const plain = balanceJobMatch(c, makeOpening());
    const ignored = balanceJobMatch(c, makeOpening(), { weights: { commute: 0 } });
    expect(plain.score).toBeLessThan(1);
    expect(ignored.score).toBe(1);
    expect(ignored.factors.find((f) => f.factor === 'commute')?.weight).toBe(0);
  });

  it.each([
    ['a negative weight', { weights: { commute: -1 } }],
    ['all weights zero', { weights: Object.fromEntries(MATCH_FACTOR_IDS.map((id) => [id, 0])) }],
    ['an adaptable credit above 1', { adaptableCredit: 1.5 }],
    ['a care start that is not a time', { careStart: '7.30' }],
    ['an unknown industry in the demand table', { languageDemandByIndustry: { fishing: 'b1' } }],
  ])('rejects %s with invalid_option', (_, options) => {
    try {
      balanceJobMatch(makeCandidate(), makeOpening(), options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SupportedEmploymentError);
      expect((error as SupportedEmploymentError).code).toBe('invalid_option');
    }
  });

  it('documents default weights that sum to 30', () => {
    expect(Object.values(DEFAULT_MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(30);
    expect(Object.keys(DEFAULT_MATCH_WEIGHTS)).toEqual([...MATCH_FACTOR_IDS]);
  });

  it('asks each question once, naming every factor it settles and whom to ask', () => {
    const balance = balanceJobMatch(
      makeCandidate({ singleProvider: true, spouseWorksShifts: true, children: [{ age: 3 }] }),
      makeOpening({ schedule: undefined }),
    );
    const hours = balance.clarifications.filter((q) =>
      q.question.en.startsWith('What are the working hours'),
    );
    expect(hours).toHaveLength(1);
    expect(hours[0]?.party).toBe('employer');
    expect(hours[0]?.factors).toEqual(['spouse-shift-work', 'sole-provider', 'working-hours']);
  });

  it('cites a source for every factor, from the catalogue unless the rule has its own', () => {
    const balance = balanceJobMatch(sparseCandidate, sparseOpening);
    for (const f of balance.factors) {
      expect(f.source.section.length).toBeGreaterThan(0);
    }
    expect(balance.factors.find((f) => f.factor === 'declared-work')?.source).toEqual(
      MATCH_FACTORS['declared-work'].source,
    );
  });

  it('never writes the person’s data into a reason', () => {
    const marker = 'Zq9-private-marker';
    const balance = balanceJobMatch(
      makeCandidate({
        id: marker,
        jobWishes: [marker],
        commute: { home: { district: marker }, maxMinutes: 30 },
      }),
      makeOpening({ id: marker, occupation: marker }),
    );
    const texts = JSON.stringify([balance.factors.map((f) => f.reason), balance.clarifications]);
    expect(texts).not.toContain(marker);
  });

  it('does not change its inputs', () => {
    const c = deepFreeze(makeCandidate({ children: [{ age: 4 }], careRelief: 'can-be-arranged' }));
    const o = deepFreeze(makeOpening({ schedule: { startTimes: ['06:00'], endTimes: ['14:00'] } }));
    expect(() => balanceJobMatch(c, o)).not.toThrow();
  });

  it('lists the adaptations and NAV measures of adaptable factors, in catalogue order, once each', () => {
    const balance = balanceJobMatch(
      makeCandidate({ travelsAlone: false, familyStance: 'opposed', norwegian: { oral: 'a2' } }),
      makeOpening({ industry: 'kindergarten', employer: employer({ experienceWithTargetGroup: false }) }),
    );
    expect(balance.adaptations).toEqual([
      'norwegian-skills-plan',
      'clearing-room-for-work',
      'family-and-network-cooperation',
      'public-transport-training',
      'cultural-differences',
      'employer-training',
      'on-the-job-support',
    ]);
    expect(balance.navMeasures).toEqual(['mentor', 'work-training']);
  });

  it('keeps only the NAV measures the employer accepts', () => {
    const balance = balanceJobMatch(
      makeCandidate({ norwegian: { oral: 'a2' } }),
      makeOpening({ industry: 'kindergarten', employer: employer({ acceptsNavMeasures: ['mentor'] }) }),
    );
    expect(balance.factors.find((f) => f.factor === 'language-level')?.navMeasures).toEqual(['mentor']);
  });
});

describe('balanceJobMatch: language demand', () => {
  it.each(INDUSTRIES.map((industry) => [industry, DEFAULT_LANGUAGE_DEMAND[industry].level] as const))(
    'uses the default demand for %s (%s) when the opening states none',
    (industry, level) => {
      const balance = balanceJobMatch(
        makeCandidate(),
        makeOpening({ industry, language: { customerContact: 'none' } }),
      );
      expect(balance.languageDemand).toEqual({ level, from: 'industry-default' });
    },
  );

  it('keeps B1 as the minimum for kindergartens and health work', () => {
    expect(DEFAULT_LANGUAGE_DEMAND.kindergarten.level).toBe('b1');
    expect(DEFAULT_LANGUAGE_DEMAND['health-care'].level).toBe('b1');
    expect(DEFAULT_LANGUAGE_DEMAND['health-care'].source.lines).toBe('L4149–4153');
  });

  it('uses the demand the opening states', () => {
    const balance = balanceJobMatch(makeCandidate(), makeOpening({ language: { required: 'a2' } }));
    expect(balance.languageDemand).toEqual({ level: 'a2', from: 'opening' });
  });

  it('raises the demand for extensive customer contact', () => {
    const balance = balanceJobMatch(
      makeCandidate(),
      makeOpening({ language: { customerContact: 'extensive' } }),
    );
    expect(balance.languageDemand).toEqual({ level: 'b1-plus', from: 'customer-contact' });
    expect(balance.factors.find((f) => f.factor === 'language-level')?.status).toBe('adaptable');
  });

  it('takes the industry table from the options', () => {
    const balance = balanceJobMatch(makeCandidate(), makeOpening(), {
      languageDemandByIndustry: { cleaning: 'b2' },
    });
    expect(balance.languageDemand).toEqual({ level: 'b2', from: 'industry-default' });
    expect(balance.factors.find((f) => f.factor === 'language-level')?.status).toBe('adaptable');
  });
});
