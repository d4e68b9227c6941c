import { describe, expect, it } from 'vitest';
import {
  SE_STEP_IDS,
  STEP_SUPPORT,
  SUPPORT_DIMENSIONS,
  StepSupportSchema,
  SupportedEmploymentError,
  getStepSupport,
} from '../../src';
import type { SeStepId } from '../../src';

// Counts of the bullets in the AFI report figures (notes §11.2): user participation, language support,
// cultural differences, other methods.
const COUNTS: readonly (readonly [SeStepId, string, number, number, number, number, number, number])[] = [
  ['initial-contact', 'Figur 6', 4, 7, 5, 9, 7238, 7316],
  ['vocational-profiling', 'Figur 7', 4, 5, 10, 8, 7490, 7587],
  ['job-finding', 'Figur 8', 2, 5, 3, 11, 7661, 7732],
  ['employer-engagement', 'Figur 9', 3, 6, 5, 12, 7813, 7904],
  ['on-off-job-support', 'Figur 11', 2, 11, 8, 10, 8075, 8171],
];

describe('STEP_SUPPORT', () => {
  it('covers the five steps in process order', () => {
    expect(STEP_SUPPORT.map((s) => s.step)).toEqual([...SE_STEP_IDS]);
  });

  it.each(COUNTS)(
    'lists the methods of %s from %s',
    (step, figure, participation, language, culture, other, from, to) => {
      const support = getStepSupport(step);
      expect(StepSupportSchema.parse(support)).toEqual(support);
      expect(support.figure).toBe(figure);
      expect(support.dimensions['user-participation']).toHaveLength(participation);
      expect(support.dimensions['language-support']).toHaveLength(language);
      expect(support.dimensions['cultural-differences']).toHaveLength(culture);
      expect(support.dimensions['other-methods']).toHaveLength(other);
      expect(support.source).toMatchObject({ document: 'afi-report', lines: `L${from}–${to}` });
      for (const dimension of SUPPORT_DIMENSIONS) {
        for (const method of support.dimensions[dimension]) {
          const match = /^L(\d+)(?:–(\d+))?$/.exec(method.lines);
          expect(match, method.text.en).not.toBeNull();
          const first = Number(match?.[1]);
          const last = Number(match?.[2] ?? match?.[1]);
          expect(first).toBeGreaterThanOrEqual(from);
          expect(last).toBeLessThanOrEqual(to);
        }
      }
    },
  );

  it('keeps the methods of each dimension in source order', () => {
    for (const support of STEP_SUPPORT) {
      for (const dimension of SUPPORT_DIMENSIONS) {
        const starts = support.dimensions[dimension].map((m) => Number(/^L(\d+)/.exec(m.lines)?.[1]));
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }
    }
  });

  it('includes an interpreter for the agreement at step 1 and a same-language buddy at step 5', () => {
    expect(
      getStepSupport('initial-contact').dimensions['language-support'].some((m) =>
        /interpreter/.test(m.text.en),
      ),
    ).toBe(true);
    expect(
      getStepSupport('on-off-job-support').dimensions['language-support'].some((m) =>
        /same mother tongue/.test(m.text.en),
      ),
    ).toBe(true);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(STEP_SUPPORT[0]?.dimensions['language-support'])).toBe(true);
  });
});

describe('getStepSupport', () => {
  it('throws unknown_id for a step outside the five', () => {
    expect(() => getStepSupport('step-6' as SeStepId)).toThrow(SupportedEmploymentError);
    expect(() => getStepSupport('step-6' as SeStepId)).toThrow(
      expect.objectContaining({ code: 'unknown_id' }),
    );
  });
});
