import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessSeSuitability,
  parseNeedsAssessment,
  SE_INDICATOR_IDS,
  SE_INDICATORS,
  SE_RECOMMENDATIONS,
  SeSuitabilitySchema,
  type NeedsAssessmentInput,
  type SeIndicatorId,
  type SeRecommendation,
} from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { needsAssessmentArbitrary } from '../fixtures/needs/arbitraries';

type Facts = Omit<NeedsAssessmentInput, 'id' | 'assessedOn'>;
const assessment = (facts: Facts) =>
  deepFreeze(parseNeedsAssessment({ id: 'a-1', assessedOn: '2026-03-02', ...facts }));

const INDICATOR_CASES: readonly [SeIndicatorId, Facts, Facts][] = [
  [
    'earlier-measures-without-progress',
    { earlierMeasures: { withoutProgress: true } },
    { earlierMeasures: { withoutProgress: false } },
  ],
  ['dropout-risk', { dropoutRisk: true }, { dropoutRisk: false }],
  ['hard-to-place', { hardToPlace: true }, { hardToPlace: false }],
  ['social-challenges', { socialChallenges: true }, { socialChallenges: false }],
  ['needs-workplace-follow-up', { struggledInPlacementAlone: true }, { struggledInPlacementAlone: false }],
  [
    'needs-workplace-follow-up',
    {
      placements: [
        { paid: false, hired: false, ended: true },
        { paid: false, hired: false, ended: true },
      ],
    },
    { struggledInPlacementAlone: false, placements: [] },
  ],
  ['good-match-takes-time', { goodMatchTakesTime: true }, { goodMatchTakesTime: false }],
  [
    'low-norwegian-skills-and-experience',
    {
      norwegian: { oral: 'a2' },
      jobSeekingSkills: 'basic',
      workExperience: { norwayYears: 0, abroadYears: 0 },
    },
    {
      norwegian: { oral: 'a2' },
      jobSeekingSkills: 'basic',
      workExperience: { norwayYears: 0, abroadYears: 6 },
    },
  ],
  [
    'health-problems-can-work-some',
    { health: { status: 'clarified', workCapacity: 'reduced' } },
    { health: { status: 'none' } },
  ],
  [
    'health-problems-can-work-some',
    { health: { status: 'unclarified', workCapacity: 'full' } },
    { health: { status: 'clarified', workCapacity: 'none-at-present' } },
  ],
];

describe('SE_INDICATORS', () => {
  it('covers the seven indicators of AFI 8.2 and the good match that takes time of AFI 2.4.2', () => {
    expect(Object.keys(SE_INDICATORS)).toEqual([...SE_INDICATOR_IDS]);
    expect(SE_INDICATOR_IDS).toHaveLength(8);
  });

  it.each(INDICATOR_CASES)(
    'finds %s from its facts, rules it out from contrary facts',
    (id, found, notFound) => {
      expect(assessSeSuitability(assessment(found)).indicators).toContain(id);
      const other = assessSeSuitability(assessment(notFound));
      expect(other.indicators).not.toContain(id);
      expect(other.unknownIndicators).not.toContain(id);
    },
  );

  it('leaves every indicator undecided when nothing is known', () => {
    const result = assessSeSuitability(assessment({}));
    expect(result.indicators).toEqual([]);
    expect(result.unknownIndicators).toEqual([...SE_INDICATOR_IDS]);
  });
});

describe('assessSeSuitability', () => {
  it.each<[string, Facts, SeRecommendation]>([
    ['wants work and has an indicator', { wishToWork: 'yes', hardToPlace: true }, 'recommended'],
    [
      'wants work and has complex needs',
      { wishToWork: 'yes', travelsAlone: false, housing: 'temporary', familyStance: 'opposed' },
      'recommended',
    ],
    [
      'wants work and shows no need for closer follow-up yet',
      { wishToWork: 'yes', travelsAlone: true },
      'consider',
    ],
    ['has not said whether she wants work', { hardToPlace: true }, 'consider'],
    ['is unsure about work', { wishToWork: 'unsure', hardToPlace: true }, 'motivation-work-first'],
    ['says no to work', { wishToWork: 'no' }, 'motivation-work-first'],
  ])('gives the right recommendation when she %s', (_name, facts, recommendation) => {
    const result = assessSeSuitability(assessment(facts));
    expect(result.recommendation).toBe(recommendation);
    expect(SeSuitabilitySchema.safeParse(result).success).toBe(true);
  });

  it.each<[string, Facts, string]>([
    ['wants work now', { wishToWork: 'yes', hardToPlace: true }, 'start-now'],
    [
      'puts school first',
      { wishToWork: 'yes', hardToPlace: true, educationFirst: true },
      'alongside-education',
    ],
    ['is pregnant', { wishToWork: 'yes', hardToPlace: true, health: { pregnant: true } }, 'pause-and-resume'],
    [
      'cannot work at present',
      { wishToWork: 'yes', health: { status: 'clarified', workCapacity: 'none-at-present' } },
      'pause-and-resume',
    ],
  ])('chooses the path when she %s, without changing the recommendation', (_name, facts, path) => {
    const result = assessSeSuitability(assessment(facts));
    expect(result.path).toBe(path);
    const base = assessSeSuitability(assessment({ ...facts, educationFirst: undefined, health: undefined }));
    expect(result.recommendation).toBe(base.recommendation);
  });

  it('explains its recommendation with sourced reasons', () => {
    const result = assessSeSuitability(assessment({ wishToWork: 'yes', dropoutRisk: true }));
    expect(result.reasons.map((r) => r.id)).toEqual(['wish-to-work', 'closer-follow-up-indicators']);
    expect(result.reasons.every((r) => r.source.document === 'afi-report')).toBe(true);
  });

  it('takes the complex-needs rule from options', () => {
    const a = assessment({ wishToWork: 'yes', travelsAlone: false, familyStance: 'opposed' });
    expect(assessSeSuitability(a).recommendation).toBe('consider');
    expect(assessSeSuitability(a, { complexNeeds: { minModerateNeeds: 2 } }).recommendation).toBe(
      'recommended',
    );
  });

  it('never excludes anyone: only the three recommendations exist, and wanting work never leads to motivation work', () => {
    expect(SE_RECOMMENDATIONS).toEqual(['recommended', 'consider', 'motivation-work-first']);
    fc.assert(
      fc.property(needsAssessmentArbitrary, (a) => {
        const result = assessSeSuitability(a);
        expect(SE_RECOMMENDATIONS).toContain(result.recommendation);
        if (a.wishToWork === 'yes') expect(result.recommendation).not.toBe('motivation-work-first');
        if (a.wishToWork === 'no' || a.wishToWork === 'unsure')
          expect(result.recommendation).toBe('motivation-work-first');
        if (a.wishToWork === 'yes' && result.indicators.length > 0)
          expect(result.recommendation).toBe('recommended');
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
