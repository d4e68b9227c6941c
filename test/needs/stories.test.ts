import { describe, expect, it } from 'vitest';
import {
  assessSeSuitability,
  checkProgrammeEligibility,
  classifyNeeds,
  parseNeedsAssessment,
  type NeedSeverity,
} from '../../src';
import { aminaAssessment, anyaAssessment, storyAssessments, zahraAssessment } from '../fixtures/stories';

const needsOf = (profile: ReturnType<typeof classifyNeeds>): Record<string, NeedSeverity> =>
  Object.fromEntries(profile.needs.map((n) => [n.id, n.severity]));

describe('the handbook stories', () => {
  it.each(Object.entries(storyAssessments))('%s parses unchanged', (_name, assessment) => {
    expect(parseNeedsAssessment(assessment)).toEqual(assessment);
  });

  it("shows Amina's needs: safety first, no network, housing, a small child on her own, low confidence", () => {
    const profile = classifyNeeds(aminaAssessment);
    expect(needsOf(profile)).toEqual({
      'norwegian-language': 'moderate',
      'job-seeking-skills': 'moderate',
      'self-confidence': 'moderate',
      'social-network': 'high',
      housing: 'moderate',
      finances: 'moderate',
      'family-situation': 'moderate',
      'care-responsibilities': 'high',
      'negative-social-control': 'high',
      participation: 'moderate',
      'language-support': 'moderate',
      'cultural-differences': 'low',
      'inter-agency-cooperation': 'high',
    });
    expect(profile.needs.find((n) => n.urgent)?.id).toBe('negative-social-control');
    expect(profile.isComplex).toBe(true);
    expect(profile.distinguishingNeeds).toEqual([
      'family-situation',
      'participation',
      'language-support',
      'cultural-differences',
    ]);
  });

  it("shows Anya's needs: four children alone, trauma and health limits, low confidence, finances", () => {
    const profile = classifyNeeds(anyaAssessment);
    expect(needsOf(profile)).toEqual({
      health: 'moderate',
      'work-experience': 'moderate',
      'self-confidence': 'moderate',
      finances: 'moderate',
      'family-situation': 'moderate',
      'care-responsibilities': 'high',
      participation: 'moderate',
    });
    expect(profile.isComplex).toBe(true);
    expect(profile.unknowns).toContain('health.status');
    expect(profile.unknowns).toContain('children[].age');
  });

  it("shows Zahra's needs: illiteracy, no work experience, years of measures without progress, exploitation at work", () => {
    const profile = classifyNeeds(zahraAssessment);
    expect(needsOf(profile)).toEqual({
      'norwegian-language': 'moderate',
      literacy: 'high',
      health: 'moderate',
      'job-seeking-skills': 'high',
      'work-experience': 'high',
      'formal-education': 'moderate',
      'self-confidence': 'moderate',
      'social-network': 'moderate',
      'care-responsibilities': 'moderate',
      'tailored-assessment': 'moderate',
      participation: 'moderate',
      'language-support': 'moderate',
      'cultural-differences': 'low',
      'different-follow-up-content': 'high',
      'closer-follow-up': 'high',
      'inter-agency-cooperation': 'moderate',
      'workplace-support': 'high',
      'after-follow-up': 'moderate',
      'society-rules': 'moderate',
      'working-life-rules': 'low',
      'exploitation-protection': 'high',
    });
    expect(profile.isComplex).toBe(true);
  });

  it("recommends SE for all three, and finds Zahra's closer-follow-up indicators", () => {
    for (const assessment of Object.values(storyAssessments)) {
      expect(assessSeSuitability(assessment).recommendation).toBe('recommended');
    }
    expect(assessSeSuitability(zahraAssessment).indicators).toEqual([
      'earlier-measures-without-progress',
      'needs-workplace-follow-up',
    ]);
  });

  it('finds Anya eligible for Jobbsjansen as a single provider on transitional benefit', () => {
    const result = checkProgrammeEligibility(anyaAssessment, 'jobbsjansen');
    expect(result.status).toBe('eligible');
    expect(result.matchedGroup).toBe('single-providers-on-transitional-benefit');
  });

  it("leaves Amina's and Zahra's Jobbsjansen eligibility unknown, with the facts to find out", () => {
    const amina = checkProgrammeEligibility(aminaAssessment, 'jobbsjansen');
    expect(amina.status).toBe('unknown');
    expect(amina.unknown).toEqual(expect.arrayContaining(['at-home', 'not-in-qualification-programme']));
    const zahra = checkProgrammeEligibility(zahraAssessment, 'jobbsjansen');
    expect(zahra.status).toBe('unknown');
    expect(zahra.unknown).toEqual(
      expect.arrayContaining(['not-in-ordinary-education', 'not-covered-by-other-schemes']),
    );
  });
});
