import { describe, expect, it } from 'vitest';
import { explainRecommendation, recommendAdaptations } from '../../src';
import type { AdaptationRecommendation } from '../../src';
import { profileWith } from '../fixtures/adaptations/profiles';

function rec(id: string, ...args: Parameters<typeof recommendAdaptations>): AdaptationRecommendation {
  const found = recommendAdaptations(...args).find((r) => r.adaptationId === id);
  if (found === undefined) throw new Error(`no recommendation ${id}`);
  return found;
}

describe('explainRecommendation', () => {
  it('explains a core adaptation in English: title, tier, reason, steps, first actions and source', () => {
    const text = explainRecommendation(rec('relationship-building', profileWith()), 'en');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Relationship building and a sense of safety (core)');
    expect(lines[1]).toBe('Why: the handbook applies this adaptation to everyone in the target group.');
    expect(lines[2]).toMatch(
      /^Steps: Initial contact and cooperation agreement, .* – applies at the case’s current step\.$/,
    );
    expect(lines).toContain('First actions:');
    expect(lines).toContain('- Meet her often at the start, and listen more than you talk.');
    expect(lines.at(-1)).toMatch(/^Source: Handbook Tilpasset SE, .*§2 .*\(L187–199\)$/);
  });

  it('explains the same recommendation in bokmål', () => {
    const text = explainRecommendation(rec('relationship-building', profileWith()), 'nb');
    expect(text.split('\n')[0]).toBe('Relasjonsbygging og trygghet (kjerne)');
    expect(text).toContain('Hvorfor: håndboka bruker denne tilpasningen for alle i målgruppen.');
    expect(text).toContain('Første tiltak:');
    expect(text).not.toContain('First actions');
  });

  it('names the triggering needs as the reason for an indicated adaptation', () => {
    const text = explainRecommendation(rec('public-transport-training', profileWith('mobility')), 'en');
    expect(text).toMatch(/\(indicated by needs\)/);
    expect(text).toMatch(/Why: needs in the profile that point to it: /);
  });

  it('starts with safety first and lists what to do now and the cautions', () => {
    const text = explainRecommendation(
      rec('negative-social-control', profileWith('negative-social-control')),
      'en',
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('Safety first – act now.');
    expect(text).toMatch(/- .*crisis centre/);
    expect(text).toContain('Watch out for:');
    expect(text).toMatch(/- A job specialist is not a therapist/);
  });

  it('says when an adaptation is already in use and when it does not apply at the current step', () => {
    const text = explainRecommendation(
      rec('after-follow-up', profileWith(), { inUse: ['after-follow-up'], currentStep: 'job-finding' }),
      'en',
    );
    expect(text).toContain('Already in use in this case.');
    expect(text).toContain('does not apply at the case’s current step');
  });

  it('calls an offer a voluntary offer', () => {
    expect(explainRecommendation(rec('job-preparation-course', profileWith()), 'nb')).toContain(
      'Hvorfor: et frivillig tilbud.',
    );
  });
});
