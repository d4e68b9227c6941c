import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildEmployerBrief,
  CandidateSchema,
  EMPLOYER_DISCLOSURE,
  EmployerBriefSchema,
  FIELD_SENSITIVITY,
  getFieldSensitivity,
  NeedsAssessmentSchema,
  parseCandidate,
  parseNeedsAssessment,
  replayCase,
  SupportedEmploymentError,
  WITHHOLD_REASONS,
  type CaseEvent,
  type ConsentScope,
  type EmployerBrief,
  type NeedsAssessment,
  type SeCase,
  type SensitiveTopic,
} from '../../src';
import type { z } from 'zod';
import { deepFreeze } from '../fixtures/deepFreeze';
import { BASE_CANDIDATE } from '../fixtures/matching/factories';
import { needsAssessmentArbitrary } from '../fixtures/needs/arbitraries';
import { markedAssessment } from '../fixtures/privacy/issueTriggers';
import { markerize } from '../fixtures/privacy/markers';
import { candidateArb, caseWithDateArb, consentCaseArb } from '../fixtures/privacy/modelArbitraries';

const anyCase = fc.oneof(consentCaseArb, caseWithDateArb);
import { FUZZ } from '../trust/settings';

type Consent = readonly ['consent-given' | 'consent-withdrawn', ConsentScope, string];

/** A case with a referral on 2026-01-05 and the given consent events, in date order. */
function caseWith(...consents: readonly Consent[]): SeCase {
  const events: CaseEvent[] = [
    {
      type: 'referral',
      id: 'r',
      date: '2026-01-05',
      programme: 'jobbsjansen',
      referredBy: 'jobbsjansen-adviser',
    },
    ...[...consents]
      .sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0))
      .map(([type, scope, date], i): CaseEvent => ({ type, id: `c${i}`, date, scope })),
  ];
  const result = replayCase({ id: 'case-brief', openedOn: '2026-01-05' }, events);
  if (!result.ok) throw new Error(result.issues.map((i) => i.code).join());
  return result.value;
}

const given = (scope: ConsentScope, date = '2026-01-10'): Consent => ['consent-given', scope, date];
const withdrawn = (scope: ConsentScope, date = '2026-02-10'): Consent => ['consent-withdrawn', scope, date];
const AS_OF = '2026-03-02';

/** An assessment with a fact in every topic. */
const ASSESSMENT: NeedsAssessment = deepFreeze(
  parseNeedsAssessment({
    id: 'a-1',
    assessedOn: '2026-01-20',
    participantId: 'p-17',
    age: 34,
    countryOfOrigin: 'Somalia',
    preferredLanguage: 'Somali',
    immigrationReason: 'refugee',
    norwegian: { oral: 'a2', written: 'a1', slowProgress: true },
    travelsAlone: false,
    jobWishes: ['renholder'],
    health: {
      status: 'clarified',
      workCapacity: 'reduced',
      limitations: ['heavy-lifting'],
      trauma: true,
      inTreatment: true,
    },
    children: [{ age: 4, extraCare: true }],
    singleProvider: true,
    otherCareDuties: false,
    maritalChallenges: true,
    familyStance: 'controlling',
    safety: { negativeSocialControl: true, violence: false },
    culturalConstraints: { dress: ['hijab'], tasks: ['pork'] },
    finances: { debt: true },
    housing: 'temporary',
  }),
);

const SCOPE_FACTS: readonly [ConsentScope, readonly (keyof NeedsAssessment)[], Partial<NeedsAssessment>][] = [
  [
    'employer-sharing-health',
    ['health'],
    { health: { workCapacity: 'reduced', limitations: ['heavy-lifting'] } },
  ],
  [
    'employer-sharing-family',
    ['children', 'singleProvider', 'otherCareDuties', 'maritalChallenges'],
    { children: [{ age: 4 }], singleProvider: true, otherCareDuties: false, maritalChallenges: true },
  ],
  [
    'employer-sharing-religion',
    ['culturalConstraints'],
    { culturalConstraints: { dress: ['hijab'], tasks: ['pork'] } },
  ],
  ['employer-sharing-violence', ['safety'], { safety: { negativeSocialControl: true, violence: false } }],
];

const withheldOf = (brief: EmployerBrief, path: string) =>
  brief.withheld.find((w) => w.from === 'assessment' && w.path === path);

describe('buildEmployerBrief', () => {
  describe.each(SCOPE_FACTS.map(([scope, keys, shared]) => [scope, keys, shared] as const))(
    'with %s',
    (scope, keys, shared) => {
      it('shares those facts when the scope is given', () => {
        const brief = buildEmployerBrief(caseWith(given('employer-sharing'), given(scope)), {
          asOf: AS_OF,
          assessment: ASSESSMENT,
        });
        expect(brief.sharing).toBe('in-force');
        expect(brief.scopes).toEqual(['employer-sharing', scope]);
        expect(brief.assessment).toMatchObject(shared);
        for (const key of keys) expect(withheldOf(brief, key)).toBeUndefined();
      });

      it('withholds them, coded scope-not-given, when only employer-sharing is given', () => {
        const brief = buildEmployerBrief(caseWith(given('employer-sharing')), {
          asOf: AS_OF,
          assessment: ASSESSMENT,
        });
        for (const key of keys) {
          expect(Object.hasOwn(brief.assessment ?? {}, key), key).toBe(false);
          expect(withheldOf(brief, key)).toEqual({
            from: 'assessment',
            path: key,
            reason: 'scope-not-given',
            scope,
          });
        }
      });

      it('withholds them, coded scope-withdrawn, once the scope is withdrawn', () => {
        const brief = buildEmployerBrief(
          caseWith(given('employer-sharing'), given(scope), withdrawn(scope)),
          { asOf: AS_OF, assessment: ASSESSMENT },
        );
        for (const key of keys) {
          expect(Object.hasOwn(brief.assessment ?? {}, key), key).toBe(false);
          expect(withheldOf(brief, key)).toEqual({
            from: 'assessment',
            path: key,
            reason: 'scope-withdrawn',
            scope,
          });
        }
        expect(brief.scopes).toEqual(['employer-sharing']);
      });

      it('shares them again when the scope is given again after a withdrawal', () => {
        const brief = buildEmployerBrief(
          caseWith(given('employer-sharing'), given(scope), withdrawn(scope), given(scope, '2026-02-20')),
          { asOf: AS_OF, assessment: ASSESSMENT },
        );
        expect(brief.assessment).toMatchObject(shared);
      });

      it('reads consents as of the date: a withdrawal after it does not count yet, a consent after it does not count', () => {
        const later = buildEmployerBrief(
          caseWith(given('employer-sharing'), given(scope), withdrawn(scope, '2026-04-01')),
          { asOf: AS_OF, assessment: ASSESSMENT },
        );
        expect(later.assessment).toMatchObject(shared);
        const early = buildEmployerBrief(caseWith(given('employer-sharing'), given(scope, '2026-04-01')), {
          asOf: AS_OF,
          assessment: ASSESSMENT,
        });
        for (const key of keys) expect(withheldOf(early, key)?.reason).toBe('scope-not-given');
      });

      it('counts a consent given on the date, and not one withdrawn on the date', () => {
        const sameDayGiven = buildEmployerBrief(caseWith(given('employer-sharing'), given(scope, AS_OF)), {
          asOf: AS_OF,
          assessment: ASSESSMENT,
        });
        expect(sameDayGiven.assessment).toMatchObject(shared);
        const sameDayWithdrawn = buildEmployerBrief(
          caseWith(given('employer-sharing'), given(scope), withdrawn(scope, AS_OF)),
          { asOf: AS_OF, assessment: ASSESSMENT },
        );
        for (const key of keys) expect(withheldOf(sameDayWithdrawn, key)?.reason).toBe('scope-withdrawn');
      });

      it('shares nothing with the scope alone, without employer-sharing', () => {
        const brief = buildEmployerBrief(caseWith(given(scope)), { asOf: AS_OF, assessment: ASSESSMENT });
        expect(brief.sharing).toBe('not-given');
        expect(brief.assessment).toBeUndefined();
        expect(brief.scopes).toEqual([]);
      });
    },
  );

  it('needs both the family and the violence scope to share the family’s stance', () => {
    const family = buildEmployerBrief(caseWith(given('employer-sharing'), given('employer-sharing-family')), {
      asOf: AS_OF,
      assessment: ASSESSMENT,
    });
    expect(withheldOf(family, 'familyStance')).toEqual({
      from: 'assessment',
      path: 'familyStance',
      reason: 'scope-not-given',
      scope: 'employer-sharing-violence',
    });
    const both = buildEmployerBrief(
      caseWith(
        given('employer-sharing'),
        given('employer-sharing-family'),
        given('employer-sharing-violence'),
      ),
      { asOf: AS_OF, assessment: ASSESSMENT },
    );
    expect(both.assessment?.familyStance).toBe('controlling');
  });

  it.each([
    ['never given', [], 'not-given', 'employer-sharing-not-given', 'employer-sharing'],
    [
      'withdrawn',
      [given('employer-sharing'), given('employer-sharing-health'), withdrawn('employer-sharing')],
      'withdrawn',
      'employer-sharing-withdrawn',
      'employer-sharing',
    ],
    [
      'kept, but SE participation withdrawn',
      [given('se-participation', '2026-01-06'), given('employer-sharing'), withdrawn('se-participation')],
      'participation-withdrawn',
      'participation-withdrawn',
      'se-participation',
    ],
  ] as const)(
    'shares nothing at all when employer-sharing is %s',
    (_what, consents, sharing, reason, scope) => {
      const candidate = parseCandidate(BASE_CANDIDATE);
      const brief = buildEmployerBrief(caseWith(...consents), {
        asOf: AS_OF,
        assessment: ASSESSMENT,
        candidate,
      });
      expect(brief).toMatchObject({ sharing, scopes: [] });
      expect(brief.assessment).toBeUndefined();
      expect(brief.candidate).toBeUndefined();
      expect(brief.withheld.filter((w) => w.from === 'assessment').map((w) => w.path)).toEqual(
        Object.keys(ASSESSMENT),
      );
      expect(brief.withheld.filter((w) => w.from === 'candidate').map((w) => w.path)).toEqual(
        Object.keys(candidate),
      );
      for (const w of brief.withheld) expect(w).toMatchObject({ reason, scope });
    },
  );

  it('never shares ethnic origin or what an employer does not need, whatever is consented', () => {
    const all = caseWith(
      given('employer-sharing'),
      given('employer-sharing-health'),
      given('employer-sharing-family'),
      given('employer-sharing-religion'),
      given('employer-sharing-violence'),
    );
    const brief = buildEmployerBrief(all, { asOf: AS_OF, assessment: ASSESSMENT });
    for (const key of ['countryOfOrigin', 'preferredLanguage', 'immigrationReason'])
      expect(withheldOf(brief, key)?.reason, key).toBe('no-sharing-scope');
    for (const key of [
      'id',
      'participantId',
      'age',
      'finances',
      'housing',
      'health.status',
      'health.trauma',
      'health.inTreatment',
      'children[].extraCare',
      'norwegian.slowProgress',
    ]) {
      expect(withheldOf(brief, key)?.reason, key).toBe('not-needed');
    }
    expect(brief.assessment).toEqual({
      norwegian: { oral: 'a2', written: 'a1' },
      health: { workCapacity: 'reduced', limitations: ['heavy-lifting'] },
      children: [{ age: 4 }],
      singleProvider: true,
      otherCareDuties: false,
      familyStance: 'controlling',
      maritalChallenges: true,
      safety: { negativeSocialControl: true, violence: false },
      travelsAlone: false,
      jobWishes: ['renholder'],
      culturalConstraints: { dress: ['hijab'], tasks: ['pork'] },
    });
  });

  it('shares a candidate’s work facts and withholds where she lives', () => {
    const candidate = parseCandidate(BASE_CANDIDATE);
    const brief = buildEmployerBrief(caseWith(given('employer-sharing')), { asOf: AS_OF, candidate });
    expect(brief.candidate?.availability).toEqual(candidate.availability);
    expect(brief.candidate?.norwegian).toEqual(candidate.norwegian);
    expect(brief.candidate?.commute?.home).toBeUndefined();
    expect(brief.withheld).toContainEqual({ from: 'candidate', path: 'commute.home', reason: 'not-needed' });
  });

  it('leaves out an object emptied by withholding, rather than sharing {}', () => {
    const assessment = parseNeedsAssessment({
      id: 'a',
      assessedOn: '2026-01-20',
      health: { status: 'clarified', trauma: true },
    });
    const brief = buildEmployerBrief(caseWith(given('employer-sharing'), given('employer-sharing-health')), {
      asOf: AS_OF,
      assessment,
    });
    expect(brief.assessment).toEqual({});
    expect(brief.withheld.map((w) => w.path)).toEqual(['id', 'assessedOn', 'health.status', 'health.trauma']);
  });

  it('never puts a value in the list of what was withheld', () => {
    const assessment = markedAssessment({ health: { trauma: true }, safety: { violence: true } });
    for (const seCase of [caseWith(), caseWith(given('employer-sharing'))]) {
      const brief = buildEmployerBrief(seCase, {
        asOf: AS_OF,
        assessment,
        candidate: CandidateSchema.parse(markerize(CandidateSchema, BASE_CANDIDATE)),
      });
      expect(JSON.stringify(brief.withheld)).not.toContain('MARKER');
      for (const w of brief.withheld)
        expect(Object.keys(w).every((k) => ['from', 'path', 'reason', 'scope'].includes(k))).toBe(true);
    }
  });

  it('does not change the case, the assessment or the candidate', () => {
    const seCase = caseWith(given('employer-sharing'), given('employer-sharing-health'));
    const candidate = deepFreeze(parseCandidate(BASE_CANDIDATE));
    const copies = structuredClone([seCase, ASSESSMENT, candidate]);
    buildEmployerBrief(seCase, { asOf: AS_OF, assessment: ASSESSMENT, candidate });
    expect([seCase, ASSESSMENT, candidate]).toStrictEqual(copies);
  });

  it.each([['2026-02-30'], ['2026-3-2'], [''], [undefined]])('throws invalid_date for asOf %j', (asOf) => {
    try {
      buildEmployerBrief(caseWith(), { asOf: asOf as never });
      expect.fail('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(SupportedEmploymentError);
      expect((error as SupportedEmploymentError).code).toBe('invalid_date');
    }
  });

  it('throws invalid_input for an assessment that is not an object', () => {
    expect(() =>
      buildEmployerBrief(caseWith(given('employer-sharing')), { asOf: AS_OF, assessment: 'notes' as never }),
    ).toThrow(SupportedEmploymentError);
  });
});

/** The state of each scope on a date, read straight from the events (independently of the library). */
function statesOn(seCase: SeCase, asOf: string): Map<ConsentScope, 'given' | 'withdrawn'> {
  const states = new Map<ConsentScope, 'given' | 'withdrawn'>();
  for (const e of seCase.events) {
    if (e.date <= asOf && e.type === 'consent-given') states.set(e.scope, 'given');
    if (e.date <= asOf && e.type === 'consent-withdrawn') states.set(e.scope, 'withdrawn');
  }
  return states;
}

const TOPIC_SCOPE: Readonly<Record<SensitiveTopic, ConsentScope | null>> = {
  health: 'employer-sharing-health',
  religion: 'employer-sharing-religion',
  'violence-or-social-control': 'employer-sharing-violence',
  'family-situation': 'employer-sharing-family',
  'ethnic-origin': null,
};

/** Every field path in a shared copy, as issue-style paths. */
function pathsIn(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  if (Array.isArray(value)) value.forEach((item, i) => pathsIn(item, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key]);
      pathsIn(item, [...prefix, key], out);
    }
  }
  return out;
}

const canonical = (path: readonly (string | number)[]): string =>
  path
    .map((s) => (typeof s === 'number' ? '[]' : `.${s}`))
    .join('')
    .replace(/^\./, '')
    .replace(/\.\[\]/g, '[]');

describe('buildEmployerBrief on random cases', () => {
  it('shares a fact only when every scope it needs is in force as of the date, and never special-category data without its scope', () => {
    fc.assert(
      fc.property(
        anyCase,
        needsAssessmentArbitrary,
        candidateArb,
        ({ seCase, asOf }, assessment, candidate) => {
          const brief = buildEmployerBrief(seCase, { asOf, assessment, candidate });
          const states = statesOn(seCase, asOf);
          const inForce =
            states.get('employer-sharing') === 'given' && states.get('se-participation') !== 'withdrawn';
          expect(brief.sharing === 'in-force').toBe(inForce);
          expect(EmployerBriefSchema.safeParse(brief).success).toBe(true);
          if (!inForce) {
            expect(brief.assessment).toBeUndefined();
            expect(brief.candidate).toBeUndefined();
          }
          const parts: [
            typeof brief.assessment | typeof brief.candidate,
            'assessment' | 'candidate',
            z.ZodType,
          ][] = [
            [brief.assessment, 'assessment', NeedsAssessmentSchema],
            [brief.candidate, 'candidate', CandidateSchema],
          ];
          for (const [shared, from, schema] of parts) {
            const model = from === 'assessment' ? 'needs-assessment' : 'candidate';
            for (const path of pathsIn(shared)) {
              const rule = EMPLOYER_DISCLOSURE[from][canonical(path)];
              expect(Array.isArray(rule), canonical(path)).toBe(true);
              for (const scope of rule as readonly ConsentScope[])
                expect(states.get(scope), `${canonical(path)} needs ${scope}`).toBe('given');
              const c = FIELD_SENSITIVITY[model][canonical(path)];
              if (getFieldSensitivity(schema, path) === 'special-category' || c?.topic !== undefined) {
                const scope = c?.topic === undefined ? null : TOPIC_SCOPE[c.topic];
                expect(scope, canonical(path)).not.toBeNull();
                expect(states.get(scope!), canonical(path)).toBe('given');
              }
            }
          }
          for (const w of brief.withheld) expect(WITHHOLD_REASONS).toContain(w.reason);
        },
      ),
      FUZZ,
    );
  });

  it('accounts for every recorded fact: shared, or withheld with a reason', () => {
    fc.assert(
      fc.property(anyCase, needsAssessmentArbitrary, ({ seCase, asOf }, assessment) => {
        const brief = buildEmployerBrief(seCase, { asOf, assessment });
        for (const key of Object.keys(assessment)) {
          const shared = Object.hasOwn(brief.assessment ?? {}, key);
          const withheld = brief.withheld.some(
            (w) => w.path === key || w.path.startsWith(`${key}.`) || w.path.startsWith(`${key}[]`),
          );
          expect(shared || withheld, key).toBe(true);
        }
      }),
      FUZZ,
    );
  });
});

describe('EMPLOYER_DISCLOSURE', () => {
  it.each([
    ['assessment', 'needs-assessment'],
    ['candidate', 'candidate'],
  ] as const)('has a rule for exactly the fields of the %s', (from, model) => {
    expect(Object.keys(EMPLOYER_DISCLOSURE[from]).sort()).toEqual(
      Object.keys(FIELD_SENSITIVITY[model]).sort(),
    );
  });

  it.each([
    ['assessment', 'needs-assessment'],
    ['candidate', 'candidate'],
  ] as const)(
    'asks for employer-sharing and the topic’s own scope for every %s field it shares',
    (from, model) => {
      for (const [path, rule] of Object.entries(EMPLOYER_DISCLOSURE[from])) {
        const c = FIELD_SENSITIVITY[model][path]!;
        if (typeof rule === 'string') continue;
        expect(rule[0], path).toBe('employer-sharing');
        if (c.topic !== undefined) expect(rule, path).toContain(TOPIC_SCOPE[c.topic]);
        if (c.sensitivity === 'special-category') expect(c.topic, path).toBeDefined();
      }
    },
  );

  it.each([['assessment'], ['candidate']] as const)('never shares ethnic origin (%s)', (from) => {
    const model = from === 'assessment' ? 'needs-assessment' : 'candidate';
    for (const [path, c] of Object.entries(FIELD_SENSITIVITY[model]))
      if (c.topic === 'ethnic-origin') expect(EMPLOYER_DISCLOSURE[from][path], path).toBe('no-sharing-scope');
  });

  it.each([['assessment'], ['candidate']] as const)(
    'asks at least as much for a field as for the object that holds it (%s)',
    (from) => {
      const rules = EMPLOYER_DISCLOSURE[from];
      for (const [path, rule] of Object.entries(rules)) {
        const parent = path.replace(/(\[\])?\.[^.]+$/, '').replace(/\[\]$/, '');
        if (parent === path || !Object.hasOwn(rules, parent)) continue;
        const up = rules[parent]!;
        if (typeof up === 'string') expect(typeof rule, path).toBe('string');
        else if (typeof rule !== 'string') for (const scope of up) expect(rule, path).toContain(scope);
      }
    },
  );
});
