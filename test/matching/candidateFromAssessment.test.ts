import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_CANDIDATE_FIELDS,
  balanceJobMatch,
  candidateFromAssessment,
  CandidateSchema,
  NeedsAssessmentSchema,
  parseNeedsAssessment,
  SupportedEmploymentError,
} from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { makeOpening } from '../fixtures/matching/factories';

const assessment = deepFreeze(
  parseNeedsAssessment({
    id: 'a-1',
    assessedOn: '2026-03-02',
    participantId: 'p-7',
    norwegian: { oral: 'a2-plus', written: 'a1' },
    literacy: { ownLanguage: true, latinScript: true },
    children: [{ age: 3 }, { age: 7, needsAfterSchoolFollowUp: true }],
    singleProvider: true,
    travelsAlone: false,
    wishToWork: 'yes',
    culturalConstraints: { tasks: ['pork'], negotiable: true },
    yearsInNorway: 6,
  }),
);

describe('candidateFromAssessment', () => {
  it('takes over the facts the assessment already records', () => {
    const candidate = candidateFromAssessment(assessment);
    expect(candidate.norwegian).toEqual(assessment.norwegian);
    expect(candidate.children).toEqual(assessment.children);
    expect(candidate.culturalConstraints).toEqual({ tasks: ['pork'], negotiable: true });
    expect(candidate.singleProvider).toBe(true);
    expect(candidate.travelsAlone).toBe(false);
  });

  it('uses the participant id, or the one given', () => {
    expect(candidateFromAssessment(assessment).id).toBe('p-7');
    expect(candidateFromAssessment(assessment, { id: 'c-1' }).id).toBe('c-1');
  });

  it('adds the matching facts', () => {
    const candidate = candidateFromAssessment(assessment, {
      careRelief: 'can-be-arranged',
      wishes: { industries: ['laundry'] },
    });
    expect(candidate.careRelief).toBe('can-be-arranged');
    expect(
      balanceJobMatch(candidate, makeOpening({ industry: 'laundry' })).factors.find(
        (f) => f.factor === 'interest',
      )?.status,
    ).toBe('fit');
  });

  it('leaves out facts the assessment does not know', () => {
    expect('health' in candidateFromAssessment(assessment)).toBe(false);
  });

  it('names only fields both schemas share', () => {
    expect(ASSESSMENT_CANDIDATE_FIELDS).toContain('jobWishes');
  });

  it('throws invalid_input when the matching facts do not fit', () => {
    expect(() => candidateFromAssessment(assessment, { careRelief: 'granny' as never })).toThrow(
      SupportedEmploymentError,
    );
  });
});

describe('CandidateSchema', () => {
  it.each([...ASSESSMENT_CANDIDATE_FIELDS])('reuses the needs assessment schema for %s', (key) => {
    expect(CandidateSchema.shape[key]).toBe(NeedsAssessmentSchema.shape[key]);
  });
});
