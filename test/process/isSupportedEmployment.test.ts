import { describe, expect, it } from 'vitest';
import { isSupportedEmployment, SeFidelitySchema, type CaseEvent, type SeStepId } from '../../src';
import { expectIssues } from '../fixtures/expectIssues';
import { caseOf, STARTED } from '../fixtures/process/cases';

const enter = (id: string, date: string, step: SeStepId, reason?: 'employment-ended'): CaseEvent =>
  reason === undefined
    ? { type: 'step-entered', id, date, step }
    : { type: 'step-entered', id, date, step, reason };
const close: CaseEvent = { type: 'case-closed', id: 'x', date: '2026-06-01', outcome: 'other-programme' };

describe('isSupportedEmployment', () => {
  it('lists the steps a journey has not included', () => {
    const fidelity = isSupportedEmployment(
      caseOf([
        ...STARTED,
        enter('s2', '2026-01-12', 'vocational-profiling'),
        enter('s3', '2026-01-19', 'job-finding'),
      ]),
    );
    expect(fidelity.supportedEmployment).toBe(false);
    expect(fidelity.includedSteps).toEqual(['initial-contact', 'vocational-profiling', 'job-finding']);
    expect(fidelity.missingSteps).toEqual(['employer-engagement', 'on-off-job-support']);
    expect(SeFidelitySchema.parse(fidelity)).toEqual(fidelity);
  });

  it('notes missing steps as info while the case is open', () => {
    const fidelity = isSupportedEmployment(caseOf(STARTED));
    expect(fidelity.issues).toHaveLength(4);
    expectIssues(fidelity.issues, [{ code: 'step_not_included', severity: 'info', path: ['stepHistory'] }]);
    expect(fidelity.issues[0]?.source).toMatchObject({ document: 'afi-report', lines: 'L2272–2278' });
  });

  it('reports missing steps as errors once the case is closed: the journey was not SE', () => {
    const fidelity = isSupportedEmployment(
      caseOf([...STARTED, enter('s3', '2026-01-19', 'job-finding'), close]),
    );
    expect(fidelity.issues.map((i) => i.severity)).toEqual(['error', 'error', 'error']);
    expect(fidelity.issues[0]?.message.en).toContain(
      'Step 2, "Vocational profiling and career planning", was not part of the journey',
    );
  });

  it('counts a journey that went back and forth through all five steps as SE', () => {
    const fidelity = isSupportedEmployment(
      caseOf([
        ...STARTED,
        enter('s2', '2026-01-12', 'vocational-profiling'),
        enter('s4', '2026-01-19', 'employer-engagement'),
        enter('s5', '2026-01-26', 'on-off-job-support'),
        enter('s3', '2026-02-02', 'job-finding', 'employment-ended'),
        close,
      ]),
    );
    expect(fidelity).toEqual({
      supportedEmployment: true,
      includedSteps: [
        'initial-contact',
        'vocational-profiling',
        'job-finding',
        'employer-engagement',
        'on-off-job-support',
      ],
      missingSteps: [],
      issues: [],
    });
  });
});
