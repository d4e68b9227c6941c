import { describe, expect, it } from 'vitest';
import {
  applyCaseEvent,
  CASE_EVENT_TYPES,
  createCase,
  PROCESS_ISSUE_CODES,
  type CaseEvent,
  type CaseEventType,
  type ProcessIssueCode,
  type SeCase,
  type SeStepId,
} from '../../src';
import { deepFreeze } from '../fixtures/deepFreeze';
import { expectIssues } from '../fixtures/expectIssues';
import { caseOf, JOB, OPENING, REFERRAL, SE_CONSENT, STARTED, STEP_1 } from '../fixtures/process/cases';

const d = '2026-03-10';

function accepted(seCase: SeCase, event: CaseEvent): SeCase {
  const result = applyCaseEvent(seCase, event);
  if (!result.ok) expect.fail(JSON.stringify(result.issues.map((i) => [i.code, i.path])));
  return result.value;
}

const PLACEMENT: CaseEvent = {
  type: 'placement-started',
  id: 'pl',
  date: '2026-02-02',
  placementId: 'pl-1',
  kind: 'unpaid-placement',
  employerId: 'org-2',
  hoursPerWeek: 20,
};

describe('applyCaseEvent', () => {
  const kinds: readonly [CaseEventType, readonly CaseEvent[], CaseEvent, (c: SeCase) => void][] = [
    [
      'referral',
      [],
      REFERRAL,
      (c) => {
        expect(c.referral).toEqual({
          eventId: 'r',
          date: '2026-01-05',
          programme: 'nav',
          referredBy: 'nav-adviser',
        });
      },
    ],
    [
      'consent-given',
      [REFERRAL],
      SE_CONSENT,
      (c) => {
        expect(c.consents['se-participation']).toEqual({
          status: 'given',
          since: '2026-01-06',
          eventId: 'c-se',
        });
      },
    ],
    [
      'consent-withdrawn',
      STARTED,
      { type: 'consent-withdrawn', id: 'w', date: d, scope: 'se-participation' },
      (c) => {
        expect(c.consents['se-participation']).toEqual({ status: 'withdrawn', since: d, eventId: 'w' });
      },
    ],
    [
      'cooperation-agreement-signed',
      STARTED,
      { type: 'cooperation-agreement-signed', id: 'a', date: d, interpreterUsed: true },
      (c) => {
        expect(c.cooperationAgreement).toEqual({ eventId: 'a', signedOn: d, interpreterUsed: true });
      },
    ],
    [
      'step-entered',
      [REFERRAL],
      STEP_1,
      (c) => {
        expect(c.currentStep).toBe('initial-contact');
        expect(c.stepHistory).toEqual([
          {
            eventId: 's1',
            step: 'initial-contact',
            enteredOn: '2026-01-06',
            direction: 'first',
            reason: null,
          },
        ]);
      },
    ],
    [
      'document-recorded',
      STARTED,
      {
        type: 'document-recorded',
        id: 'doc',
        date: d,
        document: 'cooperation-agreement',
        documentRef: 'arch-1',
      },
      (c) => {
        expect(c.documents).toEqual([
          {
            eventId: 'doc',
            document: 'cooperation-agreement',
            recordedOn: d,
            step: 'initial-contact',
            documentRef: 'arch-1',
          },
        ]);
      },
    ],
    [
      'needs-assessed',
      STARTED,
      { type: 'needs-assessed', id: 'n', date: d, assessmentId: 'na-1' },
      (c) => {
        expect(c.assessments).toEqual([
          { eventId: 'n', assessmentId: 'na-1', assessedOn: d, kind: 'initial' },
        ]);
      },
    ],
    [
      'needs-reassessed',
      [...STARTED, { type: 'needs-assessed', id: 'n', date: '2026-01-07', assessmentId: 'na-1' }],
      { type: 'needs-reassessed', id: 'n2', date: d, assessmentId: 'na-2' },
      (c) => {
        expect(c.assessments.map((a) => a.kind)).toEqual(['initial', 'reassessment']);
      },
    ],
    [
      'third-party-contact',
      [...STARTED, { type: 'consent-given', id: 'cf', date: '2026-01-07', scope: 'family-contact' }],
      { type: 'third-party-contact', id: 't', date: d, party: 'family-or-network', channel: 'in-person' },
      (c) => {
        expect(c.thirdPartyContacts).toEqual([
          { eventId: 't', date: d, party: 'family-or-network', channel: 'in-person' },
        ]);
      },
    ],
    [
      'placement-started',
      STARTED,
      PLACEMENT,
      (c) => {
        expect(c.placements).toEqual([
          {
            placementId: 'pl-1',
            kind: 'unpaid-placement',
            employerId: 'org-2',
            hoursPerWeek: 20,
            startedOn: '2026-02-02',
            endedOn: null,
            endReason: null,
          },
        ]);
      },
    ],
    [
      'placement-ended',
      [...STARTED, PLACEMENT],
      { type: 'placement-ended', id: 'pe', date: d, placementId: 'pl-1', reason: 'hired' },
      (c) => {
        expect(c.placements[0]).toMatchObject({ endedOn: d, endReason: 'hired' });
      },
    ],
    [
      'employment-started',
      STARTED,
      JOB,
      (c) => {
        expect(c.employments).toEqual([
          {
            employmentId: 'emp-1',
            employerId: 'org-1',
            contractType: 'permanent',
            positionPercent: 50,
            industry: 'retail',
            occupation: 'shop-assistant',
            startedOn: '2026-03-02',
            endedOn: null,
            endReason: null,
          },
        ]);
      },
    ],
    [
      'employment-ended',
      [...STARTED, JOB],
      { type: 'employment-ended', id: 'ee', date: d, employmentId: 'emp-1', reason: 'resigned' },
      (c) => {
        expect(c.employments[0]).toMatchObject({ endedOn: d, endReason: 'resigned' });
      },
    ],
    [
      'follow-up-contact',
      [...STARTED, JOB],
      { type: 'follow-up-contact', id: 'f', date: d, channel: 'sms', with: 'participant' },
      (c) => {
        expect(c.followUpContacts).toEqual([{ eventId: 'f', date: d, channel: 'sms', with: 'participant' }]);
      },
    ],
    [
      'programme-leave',
      STARTED,
      { type: 'programme-leave', id: 'lv', date: d, reason: 'work', until: '2026-06-30' },
      (c) => {
        expect(c.events.filter((e) => e.type === 'programme-leave')).toHaveLength(1);
      },
    ],
    [
      'education-started',
      STARTED,
      { type: 'education-started', id: 'ed', date: d, education: 'waiting-list' },
      (c) => {
        expect(c.events.filter((e) => e.type === 'education-started')).toHaveLength(1);
      },
    ],
    [
      'case-closed',
      STARTED,
      { type: 'case-closed', id: 'x', date: d, outcome: 'education' },
      (c) => {
        expect(c.closure).toEqual({ eventId: 'x', closedOn: d, outcome: 'education' });
      },
    ],
    [
      'attachment-observed',
      [...STARTED, JOB, { type: 'case-closed', id: 'x', date: d, outcome: 'work' }],
      {
        type: 'attachment-observed',
        id: 'ao',
        date: '2026-09-10',
        status: 'employed',
        observedVia: 'contact',
      },
      (c) => {
        expect(c.closure?.outcome).toBe('work');
      },
    ],
  ];

  it('accepts involuntary part time in a part-time job', () => {
    expect(
      applyCaseEvent(caseOf(STARTED), { ...JOB, positionPercent: 60, involuntaryPartTime: true }).ok,
    ).toBe(true);
  });

  it('accepts an attachment observation on a closed case, and nothing else', () => {
    const closed = caseOf([...STARTED, { type: 'case-closed', id: 'x', date: d, outcome: 'work' }]);
    expect(
      applyCaseEvent(closed, {
        type: 'attachment-observed',
        id: 'ao',
        date: d,
        status: 'not-employed',
        observedVia: 'employer',
      }).ok,
    ).toBe(true);
    const refused = applyCaseEvent(closed, {
      type: 'education-started',
      id: 'ed',
      date: d,
      education: 'higher',
    });
    expect(refused.ok ? [] : refused.issues.map((i) => i.code)).toEqual(['case_closed']);
  });

  it('has an acceptance case for every event type', () => {
    expect(kinds.map(([type]) => type)).toEqual([...CASE_EVENT_TYPES]);
  });

  it.each(kinds)('accepts a %s event and records it', (_type, before, event, check) => {
    const next = accepted(caseOf(before), event);
    expect(next.events[next.events.length - 1]).toEqual(event);
    check(next);
  });

  it('accepts a case-closed event without a referral, for a case opened in error', () => {
    expect(
      accepted(createCase(OPENING), { type: 'case-closed', id: 'x', date: '2026-01-05', outcome: 'unknown' })
        .closure?.outcome,
    ).toBe('unknown');
  });

  it('accepts a follow-up contact with the employer once employer sharing is consented', () => {
    const c = caseOf([
      ...STARTED,
      JOB,
      { type: 'consent-given', id: 'ce', date: d, scope: 'employer-sharing' },
    ]);
    expect(
      accepted(c, { type: 'follow-up-contact', id: 'f', date: d, channel: 'workplace-visit', with: 'both' })
        .followUpContacts,
    ).toHaveLength(1);
  });

  it('accepts events on the same day in the order given', () => {
    const c = caseOf([REFERRAL, { ...SE_CONSENT, date: '2026-01-05' }, { ...STEP_1, date: '2026-01-05' }]);
    expect(c.events.map((e) => e.id)).toEqual(['r', 'c-se', 's1']);
  });

  it('keeps step work going after the SE consent is withdrawn only for what ends and for consent decisions', () => {
    const withdrawn = caseOf([
      ...STARTED,
      PLACEMENT,
      { type: 'consent-withdrawn', id: 'w', date: d, scope: 'se-participation' },
    ]);
    expect(
      accepted(withdrawn, {
        type: 'placement-ended',
        id: 'pe',
        date: d,
        placementId: 'pl-1',
        reason: 'ended-by-participant',
      }).placements[0]?.endedOn,
    ).toBe(d);
    expect(
      accepted(withdrawn, { type: 'consent-given', id: 'again', date: d, scope: 'se-participation' })
        .consents['se-participation']?.status,
    ).toBe('given');
    expect(
      accepted(withdrawn, { type: 'case-closed', id: 'x', date: d, outcome: 'left' }).closure?.outcome,
    ).toBe('left');
  });

  const withdrawnSe: CaseEvent = {
    type: 'consent-withdrawn',
    id: 'w',
    date: '2026-01-20',
    scope: 'se-participation',
  };
  const familyGiven: CaseEvent = {
    type: 'consent-given',
    id: 'cf',
    date: '2026-01-07',
    scope: 'family-contact',
  };
  const rejections: readonly [
    ProcessIssueCode,
    string,
    readonly CaseEvent[],
    CaseEvent,
    (string | number)[],
  ][] = [
    [
      'event_before_case_opened',
      'an event dated before the case was opened',
      [],
      { ...REFERRAL, date: '2026-01-04' },
      ['date'],
    ],
    [
      'event_out_of_order',
      'an event dated before the latest event',
      STARTED,
      { ...JOB, date: '2026-01-05' },
      ['date'],
    ],
    ['event_id_duplicate', 'an event id used twice', STARTED, { ...JOB, id: 's1' }, ['id']],
    [
      'case_closed',
      'any event after the case is closed',
      [...STARTED, { type: 'case-closed', id: 'x', date: d, outcome: 'work' }],
      JOB.date < d ? { ...JOB, date: d } : JOB,
      [],
    ],
    ['referral_missing', 'a step entered before referral', [], { ...STEP_1 }, []],
    ['referral_missing', 'a consent before referral', [], SE_CONSENT, []],
    ['referral_duplicate', 'a second referral', STARTED, { ...REFERRAL, id: 'r2', date: d }, []],
    [
      'consent_not_given',
      'step 2 without SE consent',
      [REFERRAL, STEP_1],
      { type: 'step-entered', id: 's2', date: d, step: 'vocational-profiling' },
      ['step'],
    ],
    [
      'consent_not_given',
      'family contact without family consent',
      STARTED,
      { type: 'third-party-contact', id: 't', date: d, party: 'family-or-network', channel: 'phone' },
      ['party'],
    ],
    [
      'consent_not_given',
      'contact with another service without consent',
      STARTED,
      { type: 'third-party-contact', id: 't', date: d, party: 'other-service', channel: 'email' },
      ['party'],
    ],
    [
      'consent_not_given',
      'follow-up with the employer without employer-sharing consent',
      [...STARTED, JOB],
      { type: 'follow-up-contact', id: 'f', date: d, channel: 'email', with: 'employer' },
      ['with'],
    ],
    [
      'consent_withdrawn',
      'family contact after family consent is withdrawn',
      [
        ...STARTED,
        familyGiven,
        { type: 'consent-withdrawn', id: 'wf', date: '2026-01-08', scope: 'family-contact' },
      ],
      { type: 'third-party-contact', id: 't', date: d, party: 'family-or-network', channel: 'in-person' },
      ['party'],
    ],
    [
      'consent_withdrawn',
      'a step entered after SE consent is withdrawn',
      [...STARTED, withdrawnSe],
      { type: 'step-entered', id: 's2', date: d, step: 'vocational-profiling' },
      [],
    ],
    [
      'consent_withdrawn',
      'a document after SE consent is withdrawn',
      [...STARTED, withdrawnSe],
      { type: 'document-recorded', id: 'doc', date: d, document: 'cv' },
      [],
    ],
    [
      'consent_withdrawn',
      'a placement after SE consent is withdrawn',
      [...STARTED, withdrawnSe],
      { ...PLACEMENT, date: d },
      [],
    ],
    [
      'consent_withdrawn',
      'step 4 after employer-sharing consent is withdrawn',
      [
        ...STARTED,
        { type: 'consent-given', id: 'ce', date: '2026-01-07', scope: 'employer-sharing' },
        { type: 'consent-withdrawn', id: 'we', date: '2026-01-08', scope: 'employer-sharing' },
      ],
      { type: 'step-entered', id: 's4', date: d, step: 'employer-engagement' },
      ['step'],
    ],
    [
      'consent_withdrawal_without_consent',
      'withdrawing a consent never given',
      STARTED,
      { type: 'consent-withdrawn', id: 'w', date: d, scope: 'family-contact' },
      ['scope'],
    ],
    [
      'step_unchanged',
      'entering the current step again',
      STARTED,
      { ...STEP_1, id: 's1b', date: d },
      ['step'],
    ],
    [
      'step_back_without_reason',
      'moving back without a reason',
      [...STARTED, { type: 'step-entered', id: 's2', date: '2026-01-07', step: 'vocational-profiling' }],
      { ...STEP_1, id: 's1b', date: d },
      ['reason'],
    ],
    [
      'initial_assessment_exists',
      'a second initial assessment',
      [...STARTED, { type: 'needs-assessed', id: 'n', date: '2026-01-07', assessmentId: 'na-1' }],
      { type: 'needs-assessed', id: 'n2', date: d, assessmentId: 'na-2' },
      ['type'],
    ],
    [
      'reassessment_without_assessment',
      'a reassessment with nothing to reassess',
      STARTED,
      { type: 'needs-reassessed', id: 'n', date: d, assessmentId: 'na-1' },
      ['type'],
    ],
    [
      'assessment_id_duplicate',
      'an assessment id used twice',
      [...STARTED, { type: 'needs-assessed', id: 'n', date: '2026-01-07', assessmentId: 'na-1' }],
      { type: 'needs-reassessed', id: 'n2', date: d, assessmentId: 'na-1' },
      ['assessmentId'],
    ],
    [
      'placement_id_duplicate',
      'a placement id used twice',
      [...STARTED, PLACEMENT],
      { ...PLACEMENT, id: 'pl2', date: d },
      ['placementId'],
    ],
    [
      'placement_not_started',
      'a placement that ends without starting',
      STARTED,
      { type: 'placement-ended', id: 'pe', date: d, placementId: 'pl-9', reason: 'completed' },
      ['placementId'],
    ],
    [
      'placement_already_ended',
      'a placement that ends twice',
      [
        ...STARTED,
        PLACEMENT,
        { type: 'placement-ended', id: 'pe', date: '2026-02-03', placementId: 'pl-1', reason: 'completed' },
      ],
      { type: 'placement-ended', id: 'pe2', date: d, placementId: 'pl-1', reason: 'completed' },
      ['placementId'],
    ],
    [
      'employment_id_duplicate',
      'an employment id used twice',
      [...STARTED, JOB],
      { ...JOB, id: 'job2', date: d },
      ['employmentId'],
    ],
    [
      'employment_not_started',
      'a job that ends without starting',
      STARTED,
      { type: 'employment-ended', id: 'ee', date: d, employmentId: 'emp-9', reason: 'dismissed' },
      ['employmentId'],
    ],
    [
      'employment_already_ended',
      'a job that ends twice',
      [
        ...STARTED,
        JOB,
        { type: 'employment-ended', id: 'ee', date: '2026-03-03', employmentId: 'emp-1', reason: 'resigned' },
      ],
      { type: 'employment-ended', id: 'ee2', date: d, employmentId: 'emp-1', reason: 'resigned' },
      ['employmentId'],
    ],
    [
      'follow_up_without_employment',
      'a follow-up contact before any job',
      STARTED,
      { type: 'follow-up-contact', id: 'f', date: d, channel: 'sms', with: 'participant' },
      [],
    ],
    [
      'involuntary_part_time_full_time',
      'involuntary part time in a 100 % job',
      STARTED,
      { ...JOB, positionPercent: 100, involuntaryPartTime: true },
      ['involuntaryPartTime'],
    ],
    [
      'leave_ends_before_start',
      'a leave that ends before it starts',
      STARTED,
      { type: 'programme-leave', id: 'lv', date: d, reason: 'care', until: '2026-03-01' },
      ['until'],
    ],
  ];

  it.each(rejections)('refuses with %s: %s', (code, _what, before, event, path) => {
    const result = applyCaseEvent(caseOf(before), event);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expectIssues(result.issues, [{ code, path, severity: 'error' }]);
      for (const issue of result.issues) {
        expect(issue.severity).toBe('error');
        expect(issue.source).toBeDefined();
      }
    }
  });

  it('covers every event-validity code with a rejection case', () => {
    const readinessOnly: ProcessIssueCode[] = [
      'cooperation_agreement_missing',
      'earlier_step_not_entered',
      'vocational_profile_missing',
      'employer_sharing_consent_pending',
      'no_workplace_yet',
      'step_back',
      'step_not_included',
    ];
    const covered = new Set(rejections.map(([code]) => code));
    expect(PROCESS_ISSUE_CODES.filter((code) => !readinessOnly.includes(code) && !covered.has(code))).toEqual(
      [],
    );
  });

  it.each(rejections)('never quotes the event in the message of %s', (_code, _what, before, event) => {
    const result = applyCaseEvent(caseOf(before), event);
    if (result.ok) expect.fail('expected a refusal');
    const values = Object.entries(event)
      .filter(([key]) => key !== 'type')
      .map(([, value]) => String(value))
      .filter((value) => /\d/.test(value));
    for (const issue of result.issues) {
      for (const value of values) {
        expect(issue.message.nb).not.toContain(value);
        expect(issue.message.en).not.toContain(value);
      }
    }
  });

  it('reports every problem of one event at once', () => {
    const result = applyCaseEvent(caseOf(STARTED), {
      type: 'placement-ended',
      id: 's1',
      date: '2026-01-01',
      placementId: 'none',
      reason: 'other',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.code).sort()).toEqual([
        'event_before_case_opened',
        'event_id_duplicate',
        'placement_not_started',
      ]);
    }
  });

  describe('moving back and forth between steps', () => {
    const s = (id: string, date: string, step: SeStepId, reason?: 'placement-ended'): CaseEvent =>
      reason === undefined
        ? { type: 'step-entered', id, date, step }
        : { type: 'step-entered', id, date, step, reason };

    it('records first, forward and back moves with their reasons', () => {
      const c = caseOf([
        ...STARTED,
        s('s2', '2026-01-12', 'vocational-profiling'),
        s('s3', '2026-01-19', 'job-finding'),
        s('s5', '2026-01-26', 'on-off-job-support'),
        s('s3b', '2026-02-02', 'job-finding', 'placement-ended'),
        s('s4', '2026-02-09', 'employer-engagement'),
      ]);
      expect(c.stepHistory.map((e) => [e.step, e.direction, e.reason])).toEqual([
        ['initial-contact', 'first', null],
        ['vocational-profiling', 'forward', null],
        ['job-finding', 'forward', null],
        ['on-off-job-support', 'forward', null],
        ['job-finding', 'back', 'placement-ended'],
        ['employer-engagement', 'forward', null],
      ]);
      expect(c.currentStep).toBe('employer-engagement');
    });

    it('lets a case skip ahead, because steps overlap', () => {
      const c = caseOf([...STARTED, s('s4', '2026-01-12', 'employer-engagement')]);
      expect(c.currentStep).toBe('employer-engagement');
    });

    it('does not need a reason to go forward', () => {
      expect(
        caseOf([...STARTED, s('s2', '2026-01-12', 'vocational-profiling')]).stepHistory[1]?.reason,
      ).toBeNull();
    });
  });

  describe('immutability', () => {
    it('never changes the case or the event it is given', () => {
      const before = deepFreeze(caseOf(STARTED));
      const event = deepFreeze({ ...JOB });
      const snapshot = JSON.stringify(before);
      const next = accepted(before, event);
      expect(JSON.stringify(before)).toBe(snapshot);
      expect(next).not.toBe(before);
      expect(before.employments).toHaveLength(0);
    });

    it('returns a frozen case that shares unchanged parts with the old one', () => {
      const before = caseOf(STARTED);
      const next = accepted(before, JOB);
      expect(Object.isFrozen(next)).toBe(true);
      expect(Object.isFrozen(next.employments[0])).toBe(true);
      expect(next.stepHistory).toBe(before.stepHistory);
    });

    it('does not freeze the caller’s event object', () => {
      const event: CaseEvent = { ...JOB };
      accepted(caseOf(STARTED), event);
      expect(Object.isFrozen(event)).toBe(false);
    });

    it('returns the same case unchanged when it refuses an event', () => {
      const before = deepFreeze(caseOf(STARTED));
      const snapshot = JSON.stringify(before);
      expect(applyCaseEvent(before, { ...REFERRAL, id: 'r2', date: d }).ok).toBe(false);
      expect(JSON.stringify(before)).toBe(snapshot);
    });
  });
});
