import { describe, expect, it } from 'vitest';
import {
  DISTINGUISHING_NEED_IDS,
  getNeed,
  NEED_IDS,
  NeedDefinitionSchema,
  NEEDS,
  NEEDS_ASSESSMENT_SPECIAL_CATEGORY_FIELDS,
  NeedsAssessmentSchema,
  SupportedEmploymentError,
  type NeedId,
} from '../../src';

describe('NEEDS', () => {
  it('has one valid entry for every need id, in taxonomy order', () => {
    expect(Object.keys(NEEDS)).toEqual([...NEED_IDS]);
    for (const id of NEED_IDS) {
      expect(NeedDefinitionSchema.safeParse(NEEDS[id]).success, id).toBe(true);
      expect(NEEDS[id].id).toBe(id);
    }
  });

  it.each([
    ['norwegian-language', 'micro'],
    ['mobility', 'micro'],
    ['family-situation', 'meso'],
    ['negative-social-control', 'meso'],
    ['after-follow-up', 'meso'],
    ['society-rules', 'macro'],
    ['exploitation-protection', 'macro'],
  ] as const)('puts %s at the %s level', (id, level) => {
    expect(NEEDS[id].level).toBe(level);
  });

  it('marks the four distinguishing needs and the one safety need', () => {
    expect(NEED_IDS.filter((id) => NEEDS[id].distinguishing)).toEqual(
      NEED_IDS.filter((id) => (DISTINGUISHING_NEED_IDS as readonly NeedId[]).includes(id)),
    );
    expect(NEED_IDS.filter((id) => NEEDS[id].safety)).toEqual(['negative-social-control']);
  });

  it('cannot be changed by a consumer', () => {
    expect(Object.isFrozen(NEEDS)).toBe(true);
    expect(Object.isFrozen(NEEDS.literacy.sources)).toBe(true);
  });
});

describe('getNeed', () => {
  it('returns the entry for a need id', () => {
    expect(getNeed('literacy')).toBe(NEEDS.literacy);
  });

  it.each(['unknown-need', '__proto__', 'toString'])('throws unknown_id for %s', (id) => {
    expect(() => getNeed(id as NeedId)).toThrow(SupportedEmploymentError);
  });
});

describe('NEEDS_ASSESSMENT_SPECIAL_CATEGORY_FIELDS', () => {
  it('points at fields that exist in the assessment schema', () => {
    const keys = Object.keys(NeedsAssessmentSchema.shape);
    for (const field of NEEDS_ASSESSMENT_SPECIAL_CATEGORY_FIELDS) {
      expect(keys, field.path).toContain(field.path.split(/[.[]/)[0]);
    }
    expect(NEEDS_ASSESSMENT_SPECIAL_CATEGORY_FIELDS.map((f) => f.path)).toEqual(
      expect.arrayContaining(['health', 'safety', 'culturalConstraints', 'countryOfOrigin']),
    );
  });
});
