import { describe, expect, it } from 'vitest';
import {
  ActionPlanSchema,
  CandidateSchema,
  CaseEventSchema,
  EmploymentSchema,
  FollowUpPlanSchema,
  INPUT_SCHEMA_NAMES,
  INPUT_SCHEMAS,
  JobOpeningSchema,
  NeedsAssessmentSchema,
  NewCaseSchema,
  PolicySchema,
  RecordedConsentSchema,
  TrainingPlanSchema,
  OutcomeRecordSchema,
  SeqfSelfAssessmentSchema,
} from '../../src';

describe('INPUT_SCHEMAS', () => {
  it('maps every kebab-case name to the schema its module parses with', () => {
    expect(INPUT_SCHEMAS).toEqual({
      'new-case': NewCaseSchema,
      'case-event': CaseEventSchema,
      'needs-assessment': NeedsAssessmentSchema,
      'action-plan': ActionPlanSchema,
      'training-plan': TrainingPlanSchema,
      'recorded-consent': RecordedConsentSchema,
      candidate: CandidateSchema,
      'job-opening': JobOpeningSchema,
      employment: EmploymentSchema,
      'follow-up-plan': FollowUpPlanSchema,
      policy: PolicySchema,
      'outcome-record': OutcomeRecordSchema,
      'seqf-self-assessment': SeqfSelfAssessmentSchema,
    });
    expect(INPUT_SCHEMAS['action-plan']).toBe(ActionPlanSchema);
  });

  it('lists its names in INPUT_SCHEMA_NAMES, each kebab-case', () => {
    expect(Object.keys(INPUT_SCHEMAS)).toEqual([...INPUT_SCHEMA_NAMES]);
    for (const name of INPUT_SCHEMA_NAMES) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('cannot be changed by a consumer', () => {
    expect(Object.isFrozen(INPUT_SCHEMAS)).toBe(true);
    expect(() => {
      (INPUT_SCHEMAS as Record<string, unknown>)['policy'] = null;
    }).toThrow(TypeError);
  });
});
