import { describe, expect, it } from 'vitest';
import { ADAPTATION_IDS, classifyNeeds, explainRecommendation, recommendAdaptations } from '../../src';
import type { AdaptationId, NeedsAssessment } from '../../src';
import { aminaAssessment, anyaAssessment, zahraAssessment } from '../fixtures/stories';

/**
 * The handbook's lists of adaptations used in each story, item by item, mapped to adaptation ids.
 * [line in shared/seeds/001_ef7ddf85f9867693.txt, the handbook's wording, the adaptation id].
 */
type Listed = readonly (readonly [line: string, wording: string, id: AdaptationId])[];

// "AMINAS TILPASNINGER" (L457)
const AMINA: Listed = [
  ['L459–462', 'Relasjonsbygging, skape trygghet. Den viktigste jobben vi gjør.', 'relationship-building'],
  ['L464–466', 'Rydde plass til jobb- kartlegging av familiesituasjonen', 'clearing-room-for-work'],
  ['L468–469', 'Tverrfaglig samarbeid innad på kontoret', 'interdisciplinary-cooperation'],
  ['L471–472', 'Empowerment-de usynlige kvinnene', 'empowerment'],
  ['L474', 'Etteroppfølging', 'after-follow-up'],
  ['L476–478', 'Nettverksbygging-lite eller ikke eksisterende nettverk', 'network-building'],
  ['L480–482', 'Negativ sosial kontroll/Vold i nære relasjoner', 'negative-social-control'],
  ['L484–487', 'Kartlegging av norskkunnskaper plan for kompetanseheving', 'norwegian-skills-plan'],
  ['L489', 'Kulturelle forskjeller', 'cultural-differences'],
];

// "ANYAS TILPASNINGER" (L512)
const ANYA: Listed = [
  ['L514', 'Empowerment', 'empowerment'],
  ['L516', 'Etteroppfølging', 'after-follow-up'],
  ['L518', 'Relasjonsbygging', 'relationship-building'],
  ['L520–521', 'Jobbstøtte på arbeidsplassen', 'on-the-job-support'],
  ['L523–524', 'Opplæring av arbeidsgiver', 'employer-training'],
  ['L526–527', 'Kartlegging/plan for kompetanseheving', 'norwegian-skills-plan'],
  ['L529–531', 'Rydder plass til jobb- kartlegge familiesituasjonen', 'clearing-room-for-work'],
];

// "ZAHRAS TILPASNINGER" (L553)
const ZAHRA: Listed = [
  ['L555–557', 'Kartlegging av norskkunnskaper- kompetanseheving', 'norwegian-skills-plan'],
  ['L559', 'Etteroppfølging', 'after-follow-up'],
  ['L561', 'Relasjonsbygging', 'relationship-building'],
  ['L563–565', 'Rydde plass til jobb-kartlegging av familien', 'clearing-room-for-work'],
  ['L567', 'Nettverksbygging', 'network-building'],
  ['L569–570', 'Jobbstøtte på arbeidsplassen', 'on-the-job-support'],
  ['L572', 'Empowerment', 'empowerment'],
  ['L574–575', 'Kulturelle forskjeller', 'cultural-differences'],
  ['L577–579', 'Tverrfaglig samarbeid innad på kontoret.', 'interdisciplinary-cooperation'],
  ['L581–583', 'Opplæring av arbeidsgiver iht målgruppen', 'employer-training'],
];

const STORIES: readonly (readonly [string, NeedsAssessment, Listed])[] = [
  ['Amina', aminaAssessment, AMINA],
  ['Anya', anyaAssessment, ANYA],
  ['Zahra', zahraAssessment, ZAHRA],
];

const inCatalogueOrder = (list: readonly AdaptationId[]): AdaptationId[] =>
  [...new Set(list)].sort((a, b) => ADAPTATION_IDS.indexOf(a) - ADAPTATION_IDS.indexOf(b));

describe('recommendAdaptations on the handbook stories', () => {
  it.each(STORIES)("reproduces the core and indicated adaptations of %s's list exactly", (_name, assessment, listed) => {
    const recs = recommendAdaptations(classifyNeeds(assessment), { programme: assessment.programme });
    const coreAndIndicated = recs.filter((r) => r.tier !== 'offer').map((r) => r.adaptationId);
    expect(inCatalogueOrder(coreAndIndicated)).toEqual(inCatalogueOrder(listed.map(([, , id]) => id)));
  });

  it.each(STORIES)('adds nothing beyond the list for %s except voluntary offers', (_name, assessment, listed) => {
    const listedIds = new Set(listed.map(([, , id]) => id));
    const extra = recommendAdaptations(classifyNeeds(assessment)).filter((r) => !listedIds.has(r.adaptationId));
    expect(extra.every((r) => r.tier === 'offer')).toBe(true);
  });

  it('puts the safety adaptation first for Amina, who disclosed violence at home (L441)', () => {
    const recs = recommendAdaptations(classifyNeeds(aminaAssessment));
    expect(recs[0]).toMatchObject({ adaptationId: 'negative-social-control', safety: true });
    expect(recs.map((r) => r.adaptationId)).not.toContain('family-and-network-cooperation');
    const mapping = recs.find((r) => r.adaptationId === 'clearing-room-for-work');
    expect(mapping?.cautions.some((c) => /family council/.test(c.en))).toBe(true);
  });

  it('has no safety adaptation for Anya or Zahra', () => {
    for (const assessment of [anyaAssessment, zahraAssessment]) {
      expect(recommendAdaptations(classifyNeeds(assessment)).some((r) => r.safety)).toBe(false);
    }
  });

  it.each(STORIES)('explains every recommendation for %s in both languages', (_name, assessment) => {
    for (const rec of recommendAdaptations(classifyNeeds(assessment))) {
      expect(explainRecommendation(rec, 'nb')).toContain(rec.title.nb);
      expect(explainRecommendation(rec, 'en')).toContain(rec.title.en);
    }
  });
});
