import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADAPTATION_IDS,
  ADAPTATION_TIERS,
  AdaptationRecommendationSchema,
  SupportedEmploymentError,
  recommendAdaptations,
} from '../../src';
import type { AdaptationRecommendation, NeedsProfile, RecommendAdaptationsOptions } from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { arbitraryProfile, need, profileWith } from '../fixtures/adaptations/profiles';

const ids = (recs: readonly AdaptationRecommendation[]): string[] => recs.map((r) => r.adaptationId);
const byId = (recs: readonly AdaptationRecommendation[], id: string): AdaptationRecommendation | undefined =>
  recs.find((r) => r.adaptationId === id);

describe('recommendAdaptations', () => {
  it('gives everyone in the target group the five core adaptations and the job-preparation course', () => {
    const recs = recommendAdaptations(profileWith());
    expect(ids(recs)).toEqual([
      'norwegian-skills-plan',
      'relationship-building',
      'empowerment',
      'clearing-room-for-work',
      'after-follow-up',
      'job-preparation-course',
    ]);
    expect(recs.map((r) => r.tier)).toEqual(['core', 'core', 'core', 'core', 'core', 'offer']);
    expect(recs.every((r) => r.triggeredBy.length === 0)).toBe(true);
  });

  it('puts safety first when violence or negative social control is disclosed', () => {
    const recs = recommendAdaptations(
      profileWith('housing', 'self-confidence', need('negative-social-control', 'low')),
    );
    expect(recs[0]?.adaptationId).toBe('negative-social-control');
    expect(recs[0]?.safety).toBe(true);
    expect(recs[0]?.tier).toBe('indicated');
    expect(recs.slice(1).every((r) => !r.safety)).toBe(true);
  });

  it('says what to do now when safety is at stake: crisis centre, police, child welfare, GP, consent', () => {
    const [first] = recommendAdaptations(profileWith('negative-social-control'));
    const actions = first?.firstActions.map((a) => a.en).join(' ') ?? '';
    for (const word of [/crisis centre/, /police/, /child welfare/, /GP/, /consent/])
      expect(actions).toMatch(word);
    expect(first?.cautions.map((c) => c.en).join(' ')).toMatch(/not a therapist/);
  });

  it('turns close cooperation with the family into cooperation with a trusted person when there is negative social control', () => {
    const without = byId(
      recommendAdaptations(profileWith(need('care-responsibilities', 'high'))),
      'family-and-network-cooperation',
    );
    const withControl = byId(
      recommendAdaptations(profileWith(need('care-responsibilities', 'high'), 'negative-social-control')),
      'family-and-network-cooperation',
    );
    expect(without?.firstActions[0]?.en).toMatch(/family council/);
    expect(withControl?.firstActions[0]?.en).toMatch(/trusted person she chooses/);
    expect(withControl?.firstActions.map((a) => a.en).join(' ')).not.toMatch(/family council, ideally/);
  });

  it('adds the no-family-council caution to family mapping only when there is negative social control', () => {
    const plain = byId(recommendAdaptations(profileWith()), 'clearing-room-for-work');
    const unsafe = byId(
      recommendAdaptations(profileWith('negative-social-control')),
      'clearing-room-for-work',
    );
    expect(plain?.cautions.some((c) => /family council/.test(c.en))).toBe(false);
    expect(unsafe?.cautions.some((c) => /family council/.test(c.en))).toBe(true);
  });

  it.each([
    ['mobility', 'public-transport-training'],
    ['social-network', 'network-building'],
    ['cultural-differences', 'cultural-differences'],
    ['foreign-qualifications', 'cultural-differences'],
    ['inter-agency-cooperation', 'interdisciplinary-cooperation'],
    ['housing', 'interdisciplinary-cooperation'],
    ['workplace-support', 'employer-training'],
    ['workplace-support', 'on-the-job-support'],
    ['literacy', 'suggestopedia'],
    ['literacy', 'on-the-job-support'],
    ['work-experience', 'on-the-job-support'],
    ['care-responsibilities', 'family-and-network-cooperation'],
  ] as const)('indicates it when %s is in the profile: %s', (needId, adaptationId) => {
    expect(ids(recommendAdaptations(profileWith()))).not.toContain(adaptationId);
    const rec = byId(recommendAdaptations(profileWith(need(needId, 'high'))), adaptationId);
    expect(rec?.triggeredBy).toContain(needId);
  });

  it('respects the trigger severity and its evidence: a heavy care load or an unsure or opposed family indicate family cooperation (§6)', () => {
    const family = 'family-and-network-cooperation';
    expect(ids(recommendAdaptations(profileWith(need('care-responsibilities', 'moderate'))))).not.toContain(
      family,
    );
    expect(ids(recommendAdaptations(profileWith(need('care-responsibilities', 'high'))))).toContain(family);
    expect(
      ids(recommendAdaptations(profileWith(need('family-situation', 'moderate', ['familyStance'])))),
    ).toContain(family);
    expect(
      ids(recommendAdaptations(profileWith(need('family-situation', 'moderate', ['maritalChallenges'])))),
    ).not.toContain(family);
    expect(
      ids(recommendAdaptations(profileWith(need('family-situation', 'low', ['familyStance'])))),
    ).not.toContain(family);
  });

  it('offers suggestopedia for stalled tuition, not for a written-only gap (§3)', () => {
    expect(
      ids(recommendAdaptations(profileWith(need('norwegian-language', 'low', ['norwegian.written'])))),
    ).not.toContain('suggestopedia');
    expect(
      ids(
        recommendAdaptations(profileWith(need('norwegian-language', 'moderate', ['norwegian.slowProgress']))),
      ),
    ).toContain('suggestopedia');
  });

  it('gives employer training from the employer steps on, and when work-culture gaps are observed (§12)', () => {
    expect(ids(recommendAdaptations(profileWith(), { currentStep: 'job-finding' }))).not.toContain(
      'employer-training',
    );
    const atEmployer = byId(
      recommendAdaptations(profileWith(), { currentStep: 'employer-engagement' }),
      'employer-training',
    );
    expect(atEmployer).toMatchObject({
      tier: 'indicated',
      triggeredBy: [],
      triggeredByStep: 'employer-engagement',
    });
    const observed = byId(
      recommendAdaptations(profileWith(need('cultural-differences', 'moderate', ['workplaceObservations']))),
      'employer-training',
    );
    expect(observed?.triggeredBy).toEqual(['cultural-differences']);
  });

  it('uses the strongest severity when a need is listed twice', () => {
    const profile = profileWith(need('care-responsibilities', 'low'), need('care-responsibilities', 'high'));
    expect(ids(recommendAdaptations(profile))).toContain('family-and-network-cooperation');
  });

  it('lists the triggering needs in taxonomy order, as the rationale', () => {
    const rec = byId(
      recommendAdaptations(profileWith('finances', 'care-responsibilities', 'health')),
      'clearing-room-for-work',
    );
    expect(rec?.triggeredBy).toEqual(['health', 'finances', 'care-responsibilities']);
  });

  it('recommends core adaptations outside the target group only when indicated, and then as indicated', () => {
    expect(recommendAdaptations(profileWith(), { programme: 'nav' })).toEqual([]);
    const recs = recommendAdaptations(profileWith('self-confidence'), { programme: 'nav' });
    expect(byId(recs, 'empowerment')?.tier).toBe('indicated');
    expect(byId(recs, 'job-preparation-course')?.tier).toBe('offer');
    expect(ids(recs)).not.toContain('after-follow-up');
  });

  it('treats Jobbsjansen and the Introduction Programme as the target group', () => {
    const none = recommendAdaptations(profileWith());
    expect(recommendAdaptations(profileWith(), { programme: 'jobbsjansen' })).toEqual(none);
    expect(recommendAdaptations(profileWith(), { programme: 'introduction-programme' })).toEqual(none);
  });

  it('says whether each adaptation applies at the current step', () => {
    const recs = recommendAdaptations(profileWith('mobility'), { currentStep: 'vocational-profiling' });
    expect(byId(recs, 'public-transport-training')?.appliesNow).toBe(false);
    expect(byId(recs, 'norwegian-skills-plan')?.appliesNow).toBe(true);
    expect(byId(recs, 'after-follow-up')?.appliesNow).toBe(false);
    expect(recommendAdaptations(profileWith('mobility')).every((r) => r.appliesNow)).toBe(true);
  });

  it('does not reorder by step', () => {
    const a = ids(recommendAdaptations(profileWith('mobility', 'workplace-support')));
    const b = ids(
      recommendAdaptations(profileWith('mobility', 'workplace-support'), {
        currentStep: 'on-off-job-support',
      }),
    );
    expect(b).toEqual(a);
  });

  it('marks adaptations already in use by default', () => {
    const recs = recommendAdaptations(profileWith(), { inUse: ['empowerment'] });
    expect(byId(recs, 'empowerment')?.inUse).toBe(true);
    expect(recs.filter((r) => r.inUse)).toHaveLength(1);
  });

  it('leaves adaptations in use out when asked, but never the safety adaptation', () => {
    const options: RecommendAdaptationsOptions = {
      inUse: ['empowerment', 'negative-social-control'],
      inUseMode: 'omit',
    };
    const recs = recommendAdaptations(profileWith('negative-social-control'), options);
    expect(ids(recs)).not.toContain('empowerment');
    expect(recs[0]).toMatchObject({ adaptationId: 'negative-social-control', inUse: true });
  });

  it('lists the immediate safety actions and then the first three practices by default', () => {
    const [safety] = recommendAdaptations(profileWith('negative-social-control'));
    expect(safety?.firstActions).toHaveLength(6 + 3);
    const plan = byId(recommendAdaptations(profileWith(), { maxFirstActions: 1 }), 'norwegian-skills-plan');
    expect(plan?.firstActions).toHaveLength(1);
    expect(plan?.firstActions[0]?.en).toMatch(/interpreter/);
  });

  it.each([
    [{ currentStep: 'step-9' }],
    [{ programme: 'school' }],
    [{ inUse: ['not-an-adaptation'] }],
    [{ maxFirstActions: 0 }],
    [{ unknownOption: true }],
  ])('throws invalid_option for options %j', (options) => {
    expect(() => recommendAdaptations(profileWith(), options as RecommendAdaptationsOptions)).toThrow(
      SupportedEmploymentError,
    );
    expect(() => recommendAdaptations(profileWith(), options as RecommendAdaptationsOptions)).toThrow(
      expect.objectContaining({ code: 'invalid_option' }),
    );
  });

  it('does not change the profile or the options', () => {
    const profile = profileWith('negative-social-control', 'mobility');
    const options = deepFreeze<RecommendAdaptationsOptions>({
      inUse: ['empowerment'],
      currentStep: 'job-finding',
    });
    const before = JSON.stringify(profile);
    expect(() => recommendAdaptations(profile, options)).not.toThrow();
    expect(JSON.stringify(profile)).toBe(before);
  });

  it('returns fresh objects that do not share the catalogue texts', () => {
    const [first] = recommendAdaptations(profileWith());
    expect(Object.isFrozen(first?.title)).toBe(false);
    first!.title.en = 'changed';
    expect(recommendAdaptations(profileWith())[0]?.title.en).not.toBe('changed');
  });

  describe('properties', () => {
    const tierRank = (r: AdaptationRecommendation): number =>
      r.safety ? -1 : ADAPTATION_TIERS.indexOf(r.tier);
    const options = fc.record(
      {
        currentStep: fc.constantFrom(
          'initial-contact',
          'vocational-profiling',
          'job-finding',
          'employer-engagement',
          'on-off-job-support',
        ),
        programme: fc.constantFrom('jobbsjansen', 'introduction-programme', 'nav', 'other'),
        inUse: fc.uniqueArray(fc.constantFrom(...ADAPTATION_IDS)),
        inUseMode: fc.constantFrom('mark', 'omit'),
      },
      { requiredKeys: [] },
    ) as fc.Arbitrary<RecommendAdaptationsOptions>;

    it('is deterministic and ignores the order of needs in the profile', () => {
      fc.assert(
        fc.property(arbitraryProfile, options, (profile, opts) => {
          const reversed: NeedsProfile = { ...profile, needs: [...profile.needs].reverse() };
          const once = recommendAdaptations(profile, opts);
          expect(recommendAdaptations(profile, opts)).toEqual(once);
          expect(recommendAdaptations(reversed, opts)).toEqual(once);
        }),
        { seed: 42, numRuns: 200 },
      );
    });

    it('never recommends an adaptation twice', () => {
      fc.assert(
        fc.property(arbitraryProfile, options, (profile, opts) => {
          const list = ids(recommendAdaptations(profile, opts));
          expect(new Set(list).size).toBe(list.length);
        }),
        { seed: 42, numRuns: 200 },
      );
    });

    it('puts safety first exactly when negative social control is in the profile', () => {
      fc.assert(
        fc.property(arbitraryProfile, options, (profile, opts) => {
          const recs = recommendAdaptations(profile, opts);
          const present = profile.needs.some((n) => n.id === 'negative-social-control');
          expect(recs[0]?.safety === true).toBe(present);
          expect(recs.filter((r) => r.safety)).toHaveLength(present ? 1 : 0);
        }),
        { seed: 42, numRuns: 200 },
      );
    });

    it('orders safety, core, indicated, offer, then catalogue order', () => {
      fc.assert(
        fc.property(arbitraryProfile, options, (profile, opts) => {
          const recs = recommendAdaptations(profile, opts);
          for (let i = 1; i < recs.length; i++) {
            const [a, b] = [recs[i - 1]!, recs[i]!];
            const order =
              tierRank(a) - tierRank(b) ||
              ADAPTATION_IDS.indexOf(a.adaptationId) - ADAPTATION_IDS.indexOf(b.adaptationId);
            expect(order).toBeLessThan(0);
          }
        }),
        { seed: 42, numRuns: 200 },
      );
    });

    it('returns schema-valid recommendations whose triggering needs are in the profile', () => {
      fc.assert(
        fc.property(arbitraryProfile, options, (profile, opts) => {
          const present = new Set(profile.needs.map((n) => n.id));
          for (const rec of recommendAdaptations(profile, opts)) {
            expect(AdaptationRecommendationSchema.parse(rec)).toEqual(rec);
            expect(rec.triggeredBy.every((n) => present.has(n))).toBe(true);
            if (rec.tier === 'indicated')
              expect(rec.triggeredBy.length > 0 || rec.triggeredByStep !== undefined).toBe(true);
          }
        }),
        { seed: 42, numRuns: 200 },
      );
    });

    it('only adds recommendations when needs are added', () => {
      fc.assert(
        fc.property(arbitraryProfile, arbitraryProfile, (a, b) => {
          const merged: NeedsProfile = { ...a, needs: [...a.needs, ...b.needs] };
          const small = ids(recommendAdaptations(a));
          const big = ids(recommendAdaptations(merged));
          expect(small.every((id) => big.includes(id))).toBe(true);
        }),
        { seed: 42, numRuns: 200 },
      );
    });
  });
});
