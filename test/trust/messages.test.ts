import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessSeSuitability,
  balanceJobMatch,
  CandidateSchema,
  candidateFromAssessment,
  classifyNeeds,
  explainRecommendation,
  ISSUE_CODES,
  JobOpeningSchema,
  recommendAdaptations,
  type Candidate,
  type JobOpening,
} from '../../src';
import { makeCandidate, makeOpening } from '../fixtures/matching/factories';
import { RULE_CASES as NEEDS_RULE_CASES } from '../fixtures/needs/ruleCases';
import { RULE_CASES as PLAN_RULE_CASES } from '../fixtures/plans/ruleCases';
import { codesIn, ISSUE_TRIGGERS, markedAssessment, markedPlanCase } from '../fixtures/privacy/issueTriggers';
import { leaks, markerize, textsIn } from '../fixtures/privacy/markers';
import { FUZZ } from './settings';

describe('issue messages', () => {
  it.each(ISSUE_TRIGGERS.map((t) => [t.code, t.name, t] as const))(
    'never quote the input: %s (%s)',
    (code, _name, trigger) => {
      const output = trigger.run();
      expect([...codesIn(output)]).toContain(code);
      const texts = textsIn(output);
      expect(texts.length).toBeGreaterThan(0);
      expect(leaks(texts)).toEqual([]);
    },
  );

  it('have a triggering input for every issue code the library defines', () => {
    const covered = new Set<string>();
    for (const trigger of ISSUE_TRIGGERS) for (const code of codesIn(trigger.run())) covered.add(code);
    expect(ISSUE_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('are checked on inputs that really carry markers, with a check that finds them', () => {
    for (const c of PLAN_RULE_CASES) {
      const marked = markedPlanCase(c);
      expect(JSON.stringify(marked.plan), c.name).toContain('MARKER-');
    }
    expect(JSON.stringify(markedAssessment())).toContain('MARKER-');
    expect(leaks(['Saken MARKER-17 er lukket.', 'Closed on 2026-03-02.', 'The field is missing.'])).toEqual([
      'Saken MARKER-17 er lukket.',
      'Closed on 2026-03-02.',
    ]);
  });

  it('name only codes from ISSUE_CODES', () => {
    const known = new Set<string>(ISSUE_CODES);
    for (const trigger of ISSUE_TRIGGERS) expect(known.has(trigger.code), trigger.code).toBe(true);
  });
});

describe('explanations', () => {
  it.each(Object.entries(NEEDS_RULE_CASES))(
    'never quote the assessment in needs, suitability and adaptations: %s',
    (_name, rule) => {
      const assessment = markedAssessment(rule.fires);
      const profile = classifyNeeds(assessment);
      const outputs = [profile, assessSeSuitability(assessment), recommendAdaptations(profile)];
      const texts = outputs.flatMap((o) => textsIn(o));
      texts.push(
        ...recommendAdaptations(profile).flatMap((rec) => [
          explainRecommendation(rec, 'nb'),
          explainRecommendation(rec, 'en'),
        ]),
      );
      expect(leaks(texts)).toEqual([]);
    },
  );

  const marked = (c: Candidate): Candidate => CandidateSchema.parse(markerize(CandidateSchema, c));
  const markedOpening = (o: JobOpening): JobOpening =>
    JobOpeningSchema.parse(
      markerize(JobOpeningSchema, { ...o, employer: { ...o.employer, name: 'Hotell Nord' } }),
    );

  it('never quote the candidate or the opening in a job-match balance', () => {
    const candidate = marked(
      makeCandidate({
        jobWishes: ['renholder'],
        commute: { home: { district: 'Søndre Nordstrand', municipality: 'Oslo' }, maxMinutes: 40 },
      }),
    );
    const opening = markedOpening(
      makeOpening({ occupation: 'renholder', location: { district: 'Grorud', municipality: 'Oslo' } }),
    );
    const balance = balanceJobMatch(candidate, opening);
    expect(leaks(textsIn(balance))).toEqual([]);
  });

  it('never quote a candidate made from any marked assessment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(NEEDS_RULE_CASES)), (rule) => {
        const candidate = marked(candidateFromAssessment(markedAssessment(rule.fires)));
        const balance = balanceJobMatch(candidate, markedOpening(makeOpening()));
        expect(leaks(textsIn(balance))).toEqual([]);
      }),
      FUZZ,
    );
  });
});
