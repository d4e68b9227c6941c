/**
 * Attempts to get facts to an employer without the consent in force: malformed
 * stored events, hand-built cases, and free text in typed fields.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCaseEvent,
  buildEmployerBrief,
  CandidateSchema,
  replayCase,
  SupportedEmploymentError,
  type CaseEvent,
  type Candidate,
  type NeedsAssessment,
  type SeCase,
} from '../../src';
import { BASE_CANDIDATE } from '../fixtures/matching/factories';
import { caseOf, OPENING, STARTED } from '../fixtures/process/cases';
import { aminaAssessment } from '../fixtures/stories';
import { FUZZ } from './settings';

const SHARING = {
  type: 'consent-given',
  id: 'c-emp',
  date: '2026-01-10',
  scope: 'employer-sharing',
} as const;
const HEALTH = {
  type: 'consent-given',
  id: 'c-health',
  date: '2026-01-10',
  scope: 'employer-sharing-health',
} as const;

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
}

const MALFORMED_CONSENTS: readonly (readonly [string, unknown])[] = [
  ['no date', { type: 'consent-given', id: 'x', scope: 'employer-sharing' }],
  ['a date of the wrong type', { type: 'consent-given', id: 'x', date: 20260110, scope: 'employer-sharing' }],
  [
    'a date that is not a date',
    { type: 'consent-given', id: 'x', date: 'always', scope: 'employer-sharing' },
  ],
  [
    'a scope of the wrong type',
    { type: 'consent-given', id: 'x', date: '2026-01-10', scope: ['employer-sharing'] },
  ],
  [
    'an unknown scope',
    { type: 'consent-given', id: 'x', date: '2026-01-10', scope: 'employer-sharing-everything' },
  ],
  ['no id', { type: 'consent-given', date: '2026-01-10', scope: 'employer-sharing' }],
  ['a string', 'xyz'],
  ['null', null],
];

describe('malformed consent events', () => {
  it.each(MALFORMED_CONSENTS)('are refused by applyCaseEvent with schema issues: %s', (_label, event) => {
    const result = applyCaseEvent(caseOf(STARTED), event as CaseEvent);
    expect(result.ok).toBe(false);
    if (!result.ok) for (const issue of result.issues) expect(issue.code).toMatch(/^schema_/);
  });

  it.each(MALFORMED_CONSENTS)(
    'are refused by replayCase with the event index in the path: %s',
    (_label, event) => {
      const result = replayCase(OPENING, [...STARTED, event as CaseEvent]);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.issues[0]?.path[0]).toBe(STARTED.length);
        for (const issue of result.issues) expect(issue.code).toMatch(/^schema_/);
      }
    },
  );

  it('applyCaseEvent(case, "xyz") stores nothing', () => {
    const result = applyCaseEvent(caseOf(STARTED), 'xyz' as unknown as CaseEvent);
    expect(result.ok).toBe(false);
  });

  it('a well-formed consent event is still accepted (the check is not a blanket refusal)', () => {
    expect(applyCaseEvent(caseOf(STARTED), SHARING).ok).toBe(true);
    expect(replayCase(OPENING, [...STARTED, SHARING]).ok).toBe(true);
  });
});

describe('a hand-built case given to buildEmployerBrief', () => {
  const withSharing = (): SeCase => structuredClone(caseOf([...STARTED, SHARING]));
  const brief = (seCase: SeCase, asOf = '2026-05-04') =>
    buildEmployerBrief(seCase, { asOf, assessment: aminaAssessment, candidate: BASE_CANDIDATE });

  it('shares with a replayed case whose consent is in force (the control)', () => {
    expect(brief(withSharing()).sharing).toBe('in-force');
  });

  it.each(MALFORMED_CONSENTS)('is refused when a consent event is malformed: %s', (_label, event) => {
    const seCase = structuredClone(caseOf([...STARTED]));
    const hacked = { ...seCase, events: [...seCase.events, event] } as unknown as SeCase;
    const error = thrown(() => brief(hacked));
    expect(error).toBeInstanceOf(SupportedEmploymentError);
    expect((error as SupportedEmploymentError).code).toBe('invalid_input');
  });

  it('is refused when its events are out of date order (a consent moved before a withdrawal)', () => {
    const seCase = withSharing();
    const withdrawn = {
      type: 'consent-withdrawn',
      id: 'w',
      date: '2026-02-01',
      scope: 'employer-sharing',
    } as const;
    const given = { ...SHARING, id: 'again', date: '2026-01-20' };
    const hacked = { ...seCase, events: [...seCase.events, withdrawn, given] };
    expect(thrown(() => brief(hacked))).toBeInstanceOf(SupportedEmploymentError);
  });

  it('is refused when an event is dated before the case was opened', () => {
    const seCase = withSharing();
    const early = { ...SHARING, id: 'early', date: '2020-01-01' };
    const hacked = { ...seCase, events: [early, ...seCase.events] };
    expect(thrown(() => brief(hacked))).toBeInstanceOf(SupportedEmploymentError);
  });

  it('is refused when its events are not a list, or a huge sparse one', () => {
    const seCase = withSharing();
    for (const events of ['xyz', { 0: SHARING }, new Array<unknown>(2 ** 32 - 1)]) {
      expect(thrown(() => brief({ ...seCase, events } as unknown as SeCase))).toBeInstanceOf(
        SupportedEmploymentError,
      );
    }
  });

  it('a forged consents map does not give consent: the brief reads the events', () => {
    const seCase = structuredClone(caseOf(STARTED));
    const forged = {
      ...seCase,
      consents: {
        ...seCase.consents,
        'employer-sharing': { status: 'given', since: '2026-01-06', eventId: 'forged' },
      },
    } as SeCase;
    expect(brief(forged).sharing).toBe('not-given');
  });
});

describe('free text in typed fields', () => {
  const seCase = caseOf([...STARTED, SHARING, HEALTH]);

  it('is withheld as invalid-value and never shared (travelsAlone, an enum, a nested enum)', () => {
    const candidate = {
      ...BASE_CANDIDATE,
      travelsAlone: 'hiv-positive',
      careRelief: 'hiv-positive',
      norwegian: { oral: 'hiv-positive', written: 'a2-plus' },
    } as unknown as Candidate;
    const out = buildEmployerBrief(seCase, { asOf: '2026-05-04', candidate });
    expect(JSON.stringify(out)).not.toContain('hiv-positive');
    const invalid = out.withheld.filter((w) => w.reason === 'invalid-value').map((w) => w.path);
    expect(invalid).toEqual(expect.arrayContaining(['travelsAlone', 'norwegian.oral']));
    expect(out.candidate?.norwegian?.written).toBe('a2-plus');
  });

  it('withholds an object field holding text, and a list holding a wrong element', () => {
    const assessment = {
      ...aminaAssessment,
      health: 'hiv-positive',
      jobWishes: ['cleaning', 42],
    } as unknown as NeedsAssessment;
    const out = buildEmployerBrief(seCase, { asOf: '2026-05-04', assessment });
    expect(JSON.stringify(out.assessment)).not.toContain('hiv-positive');
    expect(out.withheld.some((w) => w.path === 'health' && w.reason === 'invalid-value')).toBe(true);
  });

  it('never shares a value that does not fit its field, for any value put in any field', () => {
    const keys = Object.keys(BASE_CANDIDATE) as (keyof Candidate)[];
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant('MARKER-secret')),
        (key, value) => {
          const candidate = { ...BASE_CANDIDATE, [key]: value };
          const out = buildEmployerBrief(seCase, { asOf: '2026-05-04', candidate });
          const shared = out.candidate as Record<string, unknown> | undefined;
          if (shared !== undefined && Object.hasOwn(shared, key)) {
            // Whatever was shared under this key fits the candidate model's own field.
            expect(CandidateSchema.shape[key].safeParse(shared[key]).success, key).toBe(true);
          } else if (!CandidateSchema.shape[key].safeParse(value).success) {
            // Not shared, and listed as withheld (for its type, or first for a missing consent).
            expect(
              out.withheld.some((w) => w.path === key),
              key,
            ).toBe(true);
          }
        },
      ),
      FUZZ,
    );
  });
});
