import { describe, expectTypeOf, it } from 'vitest';
import {
  applyCaseEvent,
  type CaseEvent,
  type CaseEventOf,
  type EmploymentContractType,
  type Result,
  type SeCase,
  type SeStepId,
} from '../../src';

declare const seCase: SeCase;

describe('CaseEvent types', () => {
  it('narrows an event by its type', () => {
    expectTypeOf<CaseEventOf<'step-entered'>['step']>().toEqualTypeOf<SeStepId>();
    expectTypeOf<CaseEventOf<'employment-started'>['contractType']>().toEqualTypeOf<EmploymentContractType>();
  });

  it('returns a result of a case from applyCaseEvent', () => {
    expectTypeOf(applyCaseEvent).returns.toEqualTypeOf<Result<SeCase>>();
  });

  it('refuses an event of an unknown type or with a field of another type at compile time', () => {
    // @ts-expect-error: 'party-time' is not an event type
    const unknown: CaseEvent = { type: 'party-time', id: 'x', date: '2026-01-01' };
    // @ts-expect-error: a referral has no step
    applyCaseEvent(seCase, { type: 'referral', id: 'x', date: '2026-01-01', step: 'job-finding' });
    expectTypeOf(unknown).toEqualTypeOf<CaseEvent>();
  });
});
