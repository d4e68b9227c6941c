import { describe, expect, it } from 'vitest';
import {
  assessSeSuitability,
  checkProgrammeEligibility,
  classifyNeeds,
  parseNeedsAssessment,
  recommendAdaptations,
} from '../../src';
import { VIGNETTES } from './vignettes';

const cases = VIGNETTES.map((v) => [`${v.id} ${v.title}`, v] as const);

describe('fidelity vignettes (docs/fidelity.md)', () => {
  it('has at least 30 cases, each with the seed lines it rests on', () => {
    expect(VIGNETTES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(VIGNETTES.map((v) => v.id)).size).toBe(VIGNETTES.length);
    for (const v of VIGNETTES) expect(v.rests, v.id).toMatch(/L\d+|SPEC §\d/);
  });

  it.each(cases)('%s', (_name, v) => {
    const assessment = parseNeedsAssessment({ id: v.id, assessedOn: '2026-03-02', ...v.facts });
    const profile = classifyNeeds(assessment);
    const severity = new Map(profile.needs.map((n) => [n.id, n.severity] as const));
    for (const n of v.needs ?? []) {
      if (typeof n === 'string') expect(severity.has(n), `need ${n}`).toBe(true);
      else expect(severity.get(n[0]), `need ${n[0]}`).toBe(n[1]);
    }
    for (const n of v.notNeeds ?? []) expect(severity.has(n), `no need ${n}`).toBe(false);
    if (v.complex !== undefined) expect(profile.isComplex, 'isComplex').toBe(v.complex);

    const recs = recommendAdaptations(profile, v.step === undefined ? {} : { currentStep: v.step });
    const ids = recs.map((r) => r.adaptationId);
    for (const a of v.adaptations ?? []) expect(ids, `adaptation ${a}`).toContain(a);
    for (const a of v.notAdaptations ?? []) expect(ids, `no adaptation ${a}`).not.toContain(a);
    if (v.first !== undefined) expect(ids[0]).toBe(v.first);
    if (v.trustedPersonOnly) {
      const family = recs.find((r) => r.adaptationId === 'family-and-network-cooperation');
      const actions = family?.firstActions.map((x) => x.en).join(' ') ?? '';
      expect(actions).toMatch(/trusted person she chooses/);
      expect(actions).not.toMatch(/family council, ideally/);
    }

    const suitability = assessSeSuitability(assessment);
    if (v.suitability !== undefined) expect(suitability.recommendation, 'SE suitability').toBe(v.suitability);
    if (v.path !== undefined) expect(suitability.path, 'SE path').toBe(v.path);
    if (assessment.wishToWork === 'yes') expect(suitability.recommendation).not.toBe('motivation-work-first');
    if (v.jobbsjansen !== undefined)
      expect(checkProgrammeEligibility(assessment, 'jobbsjansen').status).toBe(v.jobbsjansen);
  });
});
