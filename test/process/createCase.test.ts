import { describe, expect, it } from 'vitest';
import { createCase, SeCaseSchema, SupportedEmploymentError } from '../../src';

describe('createCase', () => {
  it('opens an empty case with no referral, consent or step', () => {
    const c = createCase({ id: 'case-1', openedOn: '2028-02-29' });
    expect(c).toMatchObject({
      id: 'case-1',
      openedOn: '2028-02-29',
      referral: null,
      currentStep: null,
      closure: null,
      consents: {},
    });
    expect(c.events).toEqual([]);
    expect(SeCaseSchema.parse(c)).toEqual(c);
  });

  it('returns a deeply frozen case', () => {
    const c = createCase({ id: 'case-1', openedOn: '2026-01-05' });
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.events)).toBe(true);
    expect(Object.isFrozen(c.consents)).toBe(true);
  });

  it.each([
    ['an empty id', { id: '', openedOn: '2026-01-05' }],
    ['a date that does not exist', { id: 'case-1', openedOn: '2027-02-29' }],
  ])('throws invalid_input for %s', (_what, input) => {
    expect(() => createCase(input)).toThrow(SupportedEmploymentError);
    try {
      createCase(input);
    } catch (error) {
      expect((error as SupportedEmploymentError).code).toBe('invalid_input');
    }
  });
});
