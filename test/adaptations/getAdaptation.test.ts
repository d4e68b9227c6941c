import { describe, expect, it } from 'vitest';
import { ADAPTATION_IDS, SupportedEmploymentError, getAdaptation } from '../../src';
import type { AdaptationId } from '../../src';

describe('getAdaptation', () => {
  it.each(ADAPTATION_IDS.map((id) => [id]))('returns the catalogue entry for %s', (id) => {
    expect(getAdaptation(id).id).toBe(id);
  });

  it('returns the follow-up after employment entry with its handbook lines', () => {
    const a = getAdaptation('after-follow-up');
    expect(a.tier).toBe('core');
    expect(a.source.lines).toBe('L395–411');
  });

  it('throws unknown_id for an id outside the catalogue', () => {
    expect(() => getAdaptation('nope' as AdaptationId)).toThrow(SupportedEmploymentError);
    try {
      getAdaptation('nope' as AdaptationId);
    } catch (e) {
      expect((e as SupportedEmploymentError).code).toBe('unknown_id');
      expect((e as Error).message).not.toContain('nope');
    }
  });
});
