import { describe, expect, it } from 'vitest';
import {
  EUSE_DIMENSIONS,
  getStep,
  SE_DOCUMENT_IDS,
  SE_DOCUMENTS,
  SE_STEP_IDS,
  SE_STEPS,
  SE_VALUE_IDS,
  SE_VALUES,
  SeDocumentSchema,
  SeStepDefinitionSchema,
  SeValueSchema,
  SupportedEmploymentError,
  type SeStepId,
} from '../../src';

describe('SE_STEPS', () => {
  it('lists the five steps in the order of SE_STEP_IDS, numbered 1 to 5', () => {
    expect(SE_STEPS.map((s) => s.id)).toEqual([...SE_STEP_IDS]);
    expect(SE_STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each(SE_STEPS.map((s) => [s.id, s] as const))(
    'describes %s in a way that fits its schema',
    (_id, step) => {
      expect(SeStepDefinitionSchema.parse(step)).toEqual(step);
    },
  );

  it('gives every document to exactly the step the document catalogue names', () => {
    const fromSteps = SE_STEPS.flatMap((s) => s.documents.map((d) => [d, s.id] as const));
    expect(fromSteps.map(([d]) => d).sort()).toEqual([...SE_DOCUMENT_IDS].sort());
    for (const [document, step] of fromSteps) {
      expect(SE_DOCUMENTS.find((d) => d.id === document)?.step).toBe(step);
    }
  });

  it('puts follow-up after employment in step 5 and gives it the maintain and progress dimensions', () => {
    const step5 = SE_STEPS[4]!;
    expect(step5.documents).toContain('follow-up-plan');
    expect(step5.euseDimensions).toEqual(['train', 'maintain', 'progress']);
    expect(new Set(SE_STEPS.flatMap((s) => s.euseDimensions))).toEqual(new Set(EUSE_DIMENSIONS));
  });

  it('cites the AFI report and the handbook for every step', () => {
    for (const step of SE_STEPS) {
      const documents = step.sources.map((s) => s.document);
      expect(documents).toContain('afi-report');
      expect(documents).toContain('handbook');
    }
  });

  it('writes different texts in bokmål and English', () => {
    for (const step of SE_STEPS) {
      for (const text of [step.name, step.summary, step.purpose, ...step.activities]) {
        expect(text.nb).not.toBe(text.en);
      }
    }
  });

  it('is frozen, so no consumer can change a shared entry', () => {
    expect(Object.isFrozen(SE_STEPS)).toBe(true);
    expect(Object.isFrozen(SE_STEPS[0]!.name)).toBe(true);
    expect(() => {
      (SE_STEPS[0]!.name as { en: string }).en = 'changed';
    }).toThrow(TypeError);
  });
});

describe('getStep', () => {
  it.each([
    ['initial-contact', 1, 'Innledende kontakt og samarbeidsavtale'],
    ['vocational-profiling', 2, 'Yrkeskartlegging og karriereplanlegging'],
    ['job-finding', 3, 'Å finne jobb'],
    ['employer-engagement', 4, 'Samarbeid med arbeidsgiver'],
    ['on-off-job-support', 5, 'Opplæring og trening på og utenom arbeidsplassen'],
  ] as const)('finds %s as step %i with its Norwegian name', (id, number, nb) => {
    expect(getStep(id).number).toBe(number);
    expect(getStep(id).name.nb).toBe(nb);
  });

  it('throws unknown_id for an id that is not a step', () => {
    expect(() => getStep('discovery' as SeStepId)).toThrow(SupportedEmploymentError);
    try {
      getStep('discovery' as SeStepId);
    } catch (error) {
      expect((error as SupportedEmploymentError).code).toBe('unknown_id');
    }
  });
});

describe('SE_DOCUMENTS', () => {
  it('has one entry per document id, in the same order', () => {
    expect(SE_DOCUMENTS.map((d) => d.id)).toEqual([...SE_DOCUMENT_IDS]);
  });

  it.each(SE_DOCUMENTS.map((d) => [d.id, d] as const))(
    'describes %s in a way that fits its schema',
    (_id, document) => {
      expect(SeDocumentSchema.parse(document)).toEqual(document);
    },
  );
});

describe('SE_VALUES', () => {
  it('has one entry per value id, in the same order', () => {
    expect(SE_VALUES.map((v) => v.id)).toEqual([...SE_VALUE_IDS]);
  });

  it('numbers the twelve SEQF core values 1 to 12 in order', () => {
    expect(SE_VALUES.filter((v) => v.seqfNumber !== null).map((v) => v.seqfNumber)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });

  it.each([
    ['zero-exclusion', 3, 'L2317–2319'],
    ['place-train-maintain', 4, 'L2321–2322'],
    ['rapid-job-search', 5, 'L2324'],
    ['informed-choice', 6, 'L2326–2327'],
    ['real-job', 2, 'L2304–2315'],
    ['employer-as-customer', 9, 'L2335–2336'],
  ] as const)('cites %s as SEQF value %i at %s of the AFI report', (id, number, lines) => {
    const value = SE_VALUES.find((v) => v.id === id)!;
    expect(value.seqfNumber).toBe(number);
    expect(value.sources[0]).toMatchObject({ document: 'afi-report', lines });
  });

  it('includes the principle that all five steps belong to SE, citing SEQF', () => {
    const value = SE_VALUES.find((v) => v.id === 'all-five-steps')!;
    expect(value.seqfNumber).toBeNull();
    expect(value.sources[0]).toMatchObject({ document: 'afi-report', lines: 'L2272–2278' });
  });

  it.each(SE_VALUES.map((v) => [v.id, v] as const))(
    'describes %s in a way that fits its schema',
    (_id, value) => {
      expect(SeValueSchema.parse(value)).toEqual(value);
      expect(value.name.nb).not.toBe(value.name.en);
    },
  );
});
