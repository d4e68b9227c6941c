import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyArb } from '../fixtures/process/arbitraries';
import {
  applyCaseEvent,
  canEnterStep,
  createCase,
  replayCase,
  SE_STEP_IDS,
  type CaseEvent,
  type ProcessIssueCode,
  type SeStepId,
  type Severity,
} from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { expectIssues, expectNoIssue } from '../fixtures/expectIssues';
import { caseOf, JOB, OPENING, REFERRAL, SE_CONSENT, STARTED, STEP_1 } from '../fixtures/process/cases';

const d = '2026-01-20';
const agreement: CaseEvent = {
  type: 'cooperation-agreement-signed',
  id: 'a',
  date: '2026-01-07',
  interpreterUsed: false,
};
const step = (id: string, s: SeStepId, reason?: 'needs-changed'): CaseEvent =>
  reason === undefined
    ? { type: 'step-entered', id, date: d, step: s }
    : { type: 'step-entered', id, date: d, step: s, reason };
const profile: CaseEvent = { type: 'document-recorded', id: 'vp', date: d, document: 'vocational-profile' };
const sharing: CaseEvent = { type: 'consent-given', id: 'ce', date: d, scope: 'employer-sharing' };

describe('canEnterStep', () => {
  const table: readonly [
    string,
    readonly CaseEvent[],
    SeStepId,
    ProcessIssueCode,
    Severity,
    (string | number)[],
  ][] = [
    ['a case without referral', [], 'initial-contact', 'referral_missing', 'error', ['referral']],
    [
      'a closed case',
      [REFERRAL, { type: 'case-closed', id: 'x', date: d, outcome: 'moved' }],
      'initial-contact',
      'case_closed',
      'error',
      ['closure'],
    ],
    [
      'step 2 without SE consent',
      [REFERRAL, STEP_1],
      'vocational-profiling',
      'consent_not_given',
      'error',
      ['consents', 'se-participation'],
    ],
    [
      'any step after SE consent is withdrawn',
      [...STARTED, { type: 'consent-withdrawn', id: 'w', date: d, scope: 'se-participation' }],
      'vocational-profiling',
      'consent_withdrawn',
      'error',
      ['consents', 'se-participation'],
    ],
    [
      'step 4 after employer sharing is withdrawn',
      [...STARTED, sharing, { type: 'consent-withdrawn', id: 'we', date: d, scope: 'employer-sharing' }],
      'employer-engagement',
      'consent_withdrawn',
      'error',
      ['consents', 'employer-sharing'],
    ],
    ['the step the case is in', STARTED, 'initial-contact', 'step_unchanged', 'error', ['currentStep']],
    [
      'a move back',
      [...STARTED, step('s2', 'vocational-profiling')],
      'initial-contact',
      'step_back',
      'info',
      ['currentStep'],
    ],
    [
      'step 2 without a cooperation agreement',
      STARTED,
      'vocational-profiling',
      'cooperation_agreement_missing',
      'warning',
      ['cooperationAgreement'],
    ],
    [
      'step 3 when step 2 was skipped',
      [...STARTED, agreement],
      'job-finding',
      'earlier_step_not_entered',
      'warning',
      ['stepHistory'],
    ],
    [
      'job-finding without a vocational profile',
      [...STARTED, agreement, step('s2', 'vocational-profiling')],
      'job-finding',
      'vocational_profile_missing',
      'warning',
      ['documents'],
    ],
    [
      'job-finding without employer-sharing consent',
      [...STARTED, agreement],
      'job-finding',
      'employer_sharing_consent_pending',
      'warning',
      ['consents', 'employer-sharing'],
    ],
    [
      'step 4 without employer-sharing consent',
      [...STARTED, agreement],
      'employer-engagement',
      'employer_sharing_consent_pending',
      'warning',
      ['consents', 'employer-sharing'],
    ],
    [
      'step 5 with no placement or job',
      [...STARTED, agreement],
      'on-off-job-support',
      'no_workplace_yet',
      'warning',
      ['placements'],
    ],
  ];

  it.each(table)('reports %s', (_what, events, target, code, severity, path) => {
    const report = canEnterStep(caseOf(events), target);
    expectIssues(report.issues, [{ code, severity, path }]);
    expect(report.valid).toBe(severity !== 'error');
  });

  it('lets step 1 start before any consent, because consent is obtained there', () => {
    const report = canEnterStep(caseOf([REFERRAL]), 'initial-contact');
    expect(report).toEqual({ valid: true, issues: [] });
  });

  it('never blocks job-finding on a missing vocational profile: rapid job search is an SE value', () => {
    const report = canEnterStep(
      caseOf([...STARTED, agreement, step('s2', 'vocational-profiling')]),
      'job-finding',
    );
    expect(report.valid).toBe(true);
    expect(report.issues.find((i) => i.code === 'vocational_profile_missing')?.source).toMatchObject({
      lines: 'L2324',
    });
  });

  it('gives a clean report when the usual steps and documents are in place', () => {
    const c = caseOf([...STARTED, agreement, step('s2', 'vocational-profiling'), profile, sharing]);
    expect(canEnterStep(c, 'job-finding')).toEqual({ valid: true, issues: [] });
  });

  it('names each skipped earlier step in its own warning', () => {
    const report = canEnterStep(caseOf([...STARTED, agreement, sharing, JOB]), 'on-off-job-support');
    const skipped = report.issues.filter((i) => i.code === 'earlier_step_not_entered');
    expect(skipped).toHaveLength(3);
    expect(skipped.map((i) => i.message.en)).toEqual([
      expect.stringContaining('Step 2, "Vocational profiling and career planning"'),
      expect.stringContaining('Step 3, "Finding a job"'),
      expect.stringContaining('Step 4, "Working with the employer"'),
    ]);
    expectNoIssue(report.issues, 'no_workplace_yet');
  });

  it('sorts errors before warnings before notes', () => {
    const c = caseOf([
      ...STARTED,
      step('s3', 'job-finding'),
      { type: 'consent-withdrawn', id: 'w', date: d, scope: 'se-participation' },
    ]);
    const report = canEnterStep(c, 'vocational-profiling');
    const ranks = report.issues.map((i) => ({ error: 0, warning: 1, info: 2 })[i.severity]);
    expect(ranks).toEqual([...ranks].sort());
    expect(report.issues.map((i) => i.severity)).toEqual(
      expect.arrayContaining(['error', 'warning', 'info']),
    );
  });

  it('never excludes a participant for her needs: an assessed case with many needs may still enter every step', () => {
    const c = caseOf([
      ...STARTED,
      agreement,
      sharing,
      { type: 'needs-assessed', id: 'n', date: d, assessmentId: 'na-1' },
    ]);
    for (const target of [
      'vocational-profiling',
      'job-finding',
      'employer-engagement',
      'on-off-job-support',
    ] as const) {
      expect(canEnterStep(c, target).valid).toBe(true);
    }
  });

  it('does not change the case', () => {
    const c = deepFreeze(createCase(OPENING));
    const snapshot = JSON.stringify(c);
    canEnterStep(c, 'job-finding');
    expect(JSON.stringify(c)).toBe(snapshot);
    expect(SE_CONSENT.type).toBe('consent-given');
  });

  it('agrees with applyCaseEvent: a step entry is refused exactly when the report has an error', () => {
    fc.assert(
      fc.property(journeyArb, ({ opening, events }) => {
        const replayed = replayCase(opening, events);
        if (!replayed.ok) throw new Error('refused');
        const date = events[events.length - 1]?.date ?? opening.openedOn;
        for (const target of SE_STEP_IDS) {
          const entry: CaseEvent = { type: 'step-entered', id: 'probe', date, step: target, reason: 'other' };
          expect(applyCaseEvent(replayed.value, entry).ok).toBe(canEnterStep(replayed.value, target).valid);
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
