import { describe, expect, it } from 'vitest';
import { classifyNeeds, explainRecommendation, recommendAdaptations } from '../../src';
import type { AdaptationId, AdaptationRecommendation, NeedId, NeedsAssessment, SeStepId } from '../../src';
import { aminaAssessment, anyaAssessment, zahraAssessment } from '../fixtures/stories';

/**
 * How an adaptation must be reached: `core` (the handbook applies it to everyone in the
 * target group), through the needs of its section's own rule (at least one of them must be
 * among `triggeredBy`), or from the step the case reached (employer training, §12).
 */
type Through = { readonly core: true } | { readonly needs: readonly NeedId[] } | { readonly step: SeStepId };

/**
 * The handbook's lists of adaptations used in each story, item by item:
 * [line in shared/seeds/001_ef7ddf85f9867693.txt, the handbook's wording, the adaptation id, how it is reached].
 */
type Listed = readonly (readonly [line: string, wording: string, id: AdaptationId, through: Through])[];

const CORE = { core: true } as const;

// "AMINAS TILPASNINGER" (L457)
const AMINA: Listed = [
  [
    'L459–462',
    'Relasjonsbygging, skape trygghet. Den viktigste jobben vi gjør.',
    'relationship-building',
    CORE,
  ],
  ['L464–466', 'Rydde plass til jobb- kartlegging av familiesituasjonen', 'clearing-room-for-work', CORE],
  [
    'L468–469',
    'Tverrfaglig samarbeid innad på kontoret',
    'interdisciplinary-cooperation',
    { needs: ['inter-agency-cooperation'] },
  ],
  ['L471–472', 'Empowerment-de usynlige kvinnene', 'empowerment', CORE],
  ['L474', 'Etteroppfølging', 'after-follow-up', CORE],
  [
    'L476–478',
    'Nettverksbygging-lite eller ikke eksisterende nettverk',
    'network-building',
    { needs: ['social-network'] },
  ],
  [
    'L480–482',
    'Negativ sosial kontroll/Vold i nære relasjoner',
    'negative-social-control',
    { needs: ['negative-social-control'] },
  ],
  ['L484–487', 'Kartlegging av norskkunnskaper plan for kompetanseheving', 'norwegian-skills-plan', CORE],
  ['L489', 'Kulturelle forskjeller', 'cultural-differences', { needs: ['cultural-differences'] }],
];

// "ANYAS TILPASNINGER" (L512)
const ANYA: Listed = [
  ['L514', 'Empowerment', 'empowerment', CORE],
  ['L516', 'Etteroppfølging', 'after-follow-up', CORE],
  ['L518', 'Relasjonsbygging', 'relationship-building', CORE],
  ['L520–521', 'Jobbstøtte på arbeidsplassen', 'on-the-job-support', { needs: ['work-experience'] }],
  ['L523–524', 'Opplæring av arbeidsgiver', 'employer-training', { step: 'employer-engagement' }],
  ['L526–527', 'Kartlegging/plan for kompetanseheving', 'norwegian-skills-plan', CORE],
  ['L529–531', 'Rydder plass til jobb- kartlegge familiesituasjonen', 'clearing-room-for-work', CORE],
];

// "ZAHRAS TILPASNINGER" (L553)
const ZAHRA: Listed = [
  ['L555–557', 'Kartlegging av norskkunnskaper- kompetanseheving', 'norwegian-skills-plan', CORE],
  ['L559', 'Etteroppfølging', 'after-follow-up', CORE],
  ['L561', 'Relasjonsbygging', 'relationship-building', CORE],
  ['L563–565', 'Rydde plass til jobb-kartlegging av familien', 'clearing-room-for-work', CORE],
  ['L567', 'Nettverksbygging', 'network-building', { needs: ['social-network'] }],
  [
    'L569–570',
    'Jobbstøtte på arbeidsplassen',
    'on-the-job-support',
    { needs: ['literacy', 'work-experience', 'workplace-support'] },
  ],
  ['L572', 'Empowerment', 'empowerment', CORE],
  ['L574–575', 'Kulturelle forskjeller', 'cultural-differences', { needs: ['cultural-differences'] }],
  [
    'L577–579',
    'Tverrfaglig samarbeid innad på kontoret.',
    'interdisciplinary-cooperation',
    { needs: ['inter-agency-cooperation'] },
  ],
  [
    'L581–583',
    'Opplæring av arbeidsgiver iht målgruppen',
    'employer-training',
    { needs: ['workplace-support'] },
  ],
];

/**
 * The step each case reached, read from the story: a list records what was done as far as
 * her case got (domain specification §5).
 */
const STORIES: readonly (readonly [
  name: string,
  assessment: NeedsAssessment,
  reached: SeStepId,
  listed: Listed,
])[] = [
  // L453: after the crisis they looked at her options for work and education; she went on to school (L455).
  ['Amina', aminaAssessment, 'vocational-profiling', AMINA],
  // L508: a placement at a school, with a plan agreed with the management; L510 on the job.
  ['Anya', anyaAssessment, 'on-off-job-support', ANYA],
  // L547–551: placement, job, and follow-up after employment.
  ['Zahra', zahraAssessment, 'on-off-job-support', ZAHRA],
];

const recsOf = (assessment: NeedsAssessment, step: SeStepId): AdaptationRecommendation[] =>
  recommendAdaptations(classifyNeeds(assessment), { programme: assessment.programme, currentStep: step });

const cases = STORIES.flatMap(([name, assessment, step, listed]) =>
  listed.map(([line, wording, id, through]) => [name, line, wording, id, through, assessment, step] as const),
);

describe('recommendAdaptations on the handbook stories', () => {
  it.each(STORIES)("contains every adaptation of %s's list", (_name, assessment, step, listed) => {
    const ids = recsOf(assessment, step).map((r) => r.adaptationId);
    expect(ids).toEqual(expect.arrayContaining(listed.map(([, , id]) => id)));
  });

  it.each(cases)(
    "%s %s («%s»): %s is reached through its section's rule",
    (_name, _line, _wording, id, through, assessment, step) => {
      const rec = recsOf(assessment, step).find((r) => r.adaptationId === id);
      expect(rec).toBeDefined();
      if ('core' in through) expect(rec!.tier).toBe('core');
      else if ('step' in through) expect(rec!.triggeredByStep).toBe(through.step);
      else expect(rec!.triggeredBy).toEqual(expect.arrayContaining([...through.needs]));
    },
  );

  it('puts the safety adaptation first for Amina, who disclosed violence at home (L441)', () => {
    const recs = recommendAdaptations(classifyNeeds(aminaAssessment));
    expect(recs[0]).toMatchObject({ adaptationId: 'negative-social-control', safety: true });
    const mapping = recs.find((r) => r.adaptationId === 'clearing-room-for-work');
    expect(mapping?.cautions.some((c) => /family council/.test(c.en))).toBe(true);
  });

  it('turns family cooperation into cooperation with a trusted person she chooses when there is violence (H L258)', () => {
    const recs = recommendAdaptations(classifyNeeds(aminaAssessment));
    const family = recs.find((r) => r.adaptationId === 'family-and-network-cooperation');
    expect(family?.triggeredBy).toContain('care-responsibilities');
    expect(family?.firstActions[0]?.en).toMatch(/trusted person she chooses.*never with the family/);
    expect(family?.firstActions.some((a) => /family council, ideally/.test(a.en))).toBe(false);
  });

  it('has no safety adaptation for Anya or Zahra', () => {
    for (const assessment of [anyaAssessment, zahraAssessment]) {
      expect(recommendAdaptations(classifyNeeds(assessment)).some((r) => r.safety)).toBe(false);
    }
  });

  it('gives employer training to Anya only once her case reaches the employer steps', () => {
    const early = recsOf(anyaAssessment, 'vocational-profiling').map((r) => r.adaptationId);
    expect(early).not.toContain('employer-training');
    expect(recsOf(anyaAssessment, 'employer-engagement').map((r) => r.adaptationId)).toContain(
      'employer-training',
    );
  });

  it.each(STORIES)('explains every recommendation for %s in both languages', (_name, assessment, step) => {
    for (const rec of recsOf(assessment, step)) {
      expect(explainRecommendation(rec, 'nb')).toContain(rec.title.nb);
      expect(explainRecommendation(rec, 'en')).toContain(rec.title.en);
    }
  });
});
