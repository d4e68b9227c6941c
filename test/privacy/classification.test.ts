import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  ActionPlanSchema,
  ASSESSMENT_CANDIDATE_FIELDS,
  CandidateSchema,
  CaseEventSchema,
  classifyFields,
  EMPLOYER_DISCLOSURE,
  EMPLOYER_SHARING_STATUSES,
  FIELD_SENSITIVITY,
  getFieldSensitivity,
  HealthSchema,
  JobOpeningSchema,
  NEEDS_ASSESSMENT_SPECIAL_CATEGORY_FIELDS,
  NeedsAssessmentSchema,
  PRIVACY_MODEL_IDS,
  PRIVACY_MODELS,
  SeCaseSchema,
  SENSITIVE_TOPICS,
  SENSITIVITY_LEVELS,
  type SensitivityLevel,
  SupportedEmploymentError,
  WITHHOLD_REASONS,
} from '../../src';
import { walkFields } from '../fixtures/privacy/schemaWalk';
import { FUZZ, FUZZ_HEAVY } from '../trust/settings';

const rank = (level: SensitivityLevel): number => SENSITIVITY_LEVELS.indexOf(level);
const under = (parent: string, path: string): boolean =>
  path === parent || path.startsWith(`${parent}.`) || path.startsWith(`${parent}[]`);

/** Free-text fields where a job specialist writes about her situation: special-category without a topic. */
const FREE_TEXT: Readonly<Record<string, readonly string[]>> = {
  'action-plan': ['subGoals[].description', 'activities[].title', 'versions[].summary'],
  'training-plan': ['learningGoals[].description'],
};

describe('PRIVACY_MODELS', () => {
  it('lists every model id once, with the exported schema', () => {
    expect(PRIVACY_MODELS.map((m) => m.id)).toEqual([...PRIVACY_MODEL_IDS]);
    for (const model of PRIVACY_MODELS) expect(model.schema).toBeInstanceOf(z.ZodType);
  });
});

describe.each(PRIVACY_MODELS.map((m) => [m.id, m] as const))('FIELD_SENSITIVITY of %s', (id, model) => {
  const fields = FIELD_SENSITIVITY[id];
  const walked = walkFields(model.schema);

  it('classifies every field of the schema', () => {
    const unclassified = walked.map((f) => f.path).filter((path) => !Object.hasOwn(fields, path));
    expect(unclassified).toEqual([]);
  });

  it('classifies no field the schema does not have', () => {
    const paths = new Set(walked.map((f) => f.path));
    expect(Object.keys(fields).filter((path) => !paths.has(path))).toEqual([]);
  });

  it('gives an object or array field the lowest level of the fields inside it', () => {
    for (const { path, children } of walked) {
      if (children.length === 0) continue;
      const lowest = Math.min(...children.map((child) => rank(fields[child]!.sensitivity)));
      expect(rank(fields[path]!.sensitivity), path).toBe(lowest);
    }
  });

  it('gives a topic to every special-category field except free text, and only the family topic to personal fields', () => {
    for (const [path, c] of Object.entries(fields)) {
      if (c.sensitivity === 'special-category') {
        if ((FREE_TEXT[id] ?? []).includes(path)) expect(c.topic, path).toBeUndefined();
        else expect(SENSITIVE_TOPICS, path).toContain(c.topic);
      } else if (c.sensitivity === 'personal') {
        expect([undefined, 'family-situation'], path).toContain(c.topic);
      } else {
        expect(c.topic, path).toBeUndefined();
      }
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(fields)).toBe(true);
    expect(Object.isFrozen(FIELD_SENSITIVITY)).toBe(true);
  });
});

describe('FIELD_SENSITIVITY rules', () => {
  it('marks every field the needs module lists as special-category, with everything inside it, under the same category', () => {
    const fields = FIELD_SENSITIVITY['needs-assessment'];
    for (const listed of NEEDS_ASSESSMENT_SPECIAL_CATEGORY_FIELDS) {
      const covered = Object.keys(fields).filter((path) => under(listed.path, path));
      expect(covered.length, listed.path).toBeGreaterThan(0);
      for (const path of covered)
        expect(fields[path], path).toEqual({ sensitivity: 'special-category', topic: listed.category });
    }
  });

  it('adds only the family stance to the needs module’s special-category fields', () => {
    const fields = FIELD_SENSITIVITY['needs-assessment'];
    const extra = Object.keys(fields).filter(
      (path) =>
        fields[path]!.sensitivity === 'special-category' &&
        !NEEDS_ASSESSMENT_SPECIAL_CATEGORY_FIELDS.some((f) => under(f.path, path)),
    );
    expect(extra).toEqual(['familyStance']);
  });

  it('classifies the assessment facts a candidate reuses exactly as in the assessment', () => {
    const assessment = FIELD_SENSITIVITY['needs-assessment'];
    const candidate = FIELD_SENSITIVITY.candidate;
    for (const field of ASSESSMENT_CANDIDATE_FIELDS) {
      for (const path of Object.keys(assessment).filter((p) => under(field, p)))
        expect(candidate[path], path).toEqual(assessment[path]);
    }
  });

  it('classifies the events of a case exactly as case events', () => {
    const event = FIELD_SENSITIVITY['case-event'];
    const seCase = FIELD_SENSITIVITY['se-case'];
    for (const [path, c] of Object.entries(event)) expect(seCase[`events[].${path}`], path).toEqual(c);
  });

  it.each([
    ['se-case', 'employments[].endReason'],
    ['se-case', 'closure.outcome'],
    ['case-event', 'reason'],
    ['case-event', 'outcome'],
    ['action-plan', 'activities[].kind'],
  ] as const)('treats %s %s as health data, because one of its codes says health', (model, path) => {
    expect(FIELD_SENSITIVITY[model][path]).toEqual({ sensitivity: 'special-category', topic: 'health' });
  });

  it('keeps facts about employers and openings public, except a name that can name a person', () => {
    const opening = FIELD_SENSITIVITY['job-opening'];
    expect(Object.keys(opening).filter((path) => opening[path]!.sensitivity !== 'public')).toEqual([
      'employer.name',
    ]);
  });

  it('registers nothing in zod’s global registry: the classification is plain data', () => {
    for (const model of PRIVACY_MODELS) expect(z.globalRegistry.has(model.schema)).toBe(false);
  });
});

describe('getFieldSensitivity', () => {
  it.each([
    [NeedsAssessmentSchema, 'health', 'special-category'],
    [NeedsAssessmentSchema, 'health.trauma', 'special-category'],
    [NeedsAssessmentSchema, 'children[].extraCare', 'special-category'],
    [NeedsAssessmentSchema, 'children[2].extraCare', 'special-category'],
    [NeedsAssessmentSchema, 'children.2.extraCare', 'special-category'],
    [NeedsAssessmentSchema, ['children', 2, 'extraCare'], 'special-category'],
    [NeedsAssessmentSchema, ['children', 2, 'age'], 'personal'],
    [NeedsAssessmentSchema, ['children', 2], 'personal'],
    [NeedsAssessmentSchema, ['jobWishes', 0], 'personal'],
    [NeedsAssessmentSchema, 'countryOfOrigin', 'special-category'],
    [NeedsAssessmentSchema, 'travelsAlone', 'personal'],
    [CaseEventSchema, 'type', 'public'],
    [CaseEventSchema, 'reason', 'special-category'],
    [SeCaseSchema, 'consents.*.status', 'personal'],
    [SeCaseSchema, 'consents.employer-sharing-health.since', 'personal'],
    [SeCaseSchema, ['events', 4, 'step'], 'public'],
    [ActionPlanSchema, 'mainGoal.occupation', 'personal'],
    [ActionPlanSchema, ['subGoals', 0, 'description'], 'special-category'],
    [CandidateSchema, 'commute.home.coordinates.latitude', 'personal'],
    [JobOpeningSchema, 'schedule.startTimes', 'public'],
  ] as const)('classifies %#: a path of %s', (schema, path, level) => {
    expect(getFieldSensitivity(schema, path)).toBe(level);
  });

  it.each([
    ['healthy'],
    ['health.diagnosis'],
    ['travelsAlone.more'],
    ['children[x].age'],
    ['children..age'],
    [''],
    [[]],
    [['health', -1]],
    [['__proto__']],
    ['constructor'],
    ['toString'],
  ] as const)('returns undefined for a path the model does not have: %j', (path) => {
    expect(getFieldSensitivity(NeedsAssessmentSchema, path as string)).toBeUndefined();
  });

  it('agrees with the catalogue for every classified path', () => {
    for (const model of PRIVACY_MODELS) {
      for (const [path, c] of Object.entries(FIELD_SENSITIVITY[model.id]))
        expect(getFieldSensitivity(model.schema, path), path).toBe(c.sensitivity);
    }
  });

  it.each([[HealthSchema], [z.object({ health: z.string() })], [NeedsAssessmentSchema.extend({})]])(
    'throws unknown_id for a schema that is not a public model (%#)',
    (schema) => {
      expect(() => getFieldSensitivity(schema, 'health')).toThrow(SupportedEmploymentError);
      try {
        getFieldSensitivity(schema, 'health');
      } catch (error) {
        expect((error as SupportedEmploymentError).code).toBe('unknown_id');
      }
    },
  );
});

describe('classifyFields', () => {
  it('lists every field of the model once, in schema order, parents first', () => {
    const paths = classifyFields(NeedsAssessmentSchema).map((f) => f.path);
    expect([...paths].sort()).toEqual(Object.keys(FIELD_SENSITIVITY['needs-assessment']).sort());
    expect(paths.slice(0, 3)).toEqual(['id', 'assessedOn', 'participantId']);
    expect(paths[paths.length - 1]).toBe('culturalConstraints.negotiable');
    for (const path of paths) {
      const parent = path.replace(/(\[\])?\.[^.]+$/, '');
      if (parent !== path) expect(paths.indexOf(parent), path).toBeLessThan(paths.indexOf(path));
    }
  });

  it('matches the catalogue entry of every field', () => {
    for (const model of PRIVACY_MODELS) {
      for (const f of classifyFields(model.schema)) {
        const c =
          f.topic === undefined
            ? { sensitivity: f.sensitivity }
            : { sensitivity: f.sensitivity, topic: f.topic };
        expect(c, f.path).toEqual(FIELD_SENSITIVITY[model.id][f.path]);
      }
    }
  });

  it('cites the needs module’s source for the assessment’s special-category fields', () => {
    const health = classifyFields(NeedsAssessmentSchema).find((f) => f.path === 'health.status');
    expect(health).toMatchObject({
      sensitivity: 'special-category',
      topic: 'health',
      source: { document: 'gdpr' },
    });
    const safety = classifyFields(CandidateSchema).find((f) => f.path === 'safety.violence');
    expect(safety?.source).toEqual({ document: 'library', section: 'Domain specification §8 (privacy)' });
  });

  it('cites the handbook for family facts and GDPR art. 4(1) for other personal data', () => {
    const fields = classifyFields(CandidateSchema);
    expect(fields.find((f) => f.path === 'careRelief')?.source).toMatchObject({
      document: 'handbook',
      lines: 'L242',
    });
    expect(fields.find((f) => f.path === 'id')?.source).toMatchObject({
      document: 'gdpr',
      section: 'Art. 4(1) (personal data)',
    });
  });

  it('gives every field of every model a source', () => {
    for (const model of PRIVACY_MODELS) {
      const fields = classifyFields(model.schema);
      expect(fields).toHaveLength(Object.keys(FIELD_SENSITIVITY[model.id]).length);
      for (const f of fields) expect(f.source.section.length, f.path).toBeGreaterThan(0);
    }
  });

  it('throws unknown_id for a schema that is not a public model', () => {
    expect(() => classifyFields(HealthSchema)).toThrow(SupportedEmploymentError);
  });
});

const guide = readFileSync(new URL('../../docs/privacy.md', import.meta.url), 'utf8');

/** The rows of one model's table in the guide. */
function rowsOf(model: string): string[] {
  const start = guide.indexOf(`### \`${model}\``);
  const end = guide.indexOf('\n### ', start + 1);
  return guide
    .slice(start, end === -1 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('| `'));
}

describe('docs/privacy.md', () => {
  it.each(PRIVACY_MODELS.map((m) => [m.id] as const))(
    'has a row for every field of %s with its sensitivity and topic',
    (model) => {
      const rows = rowsOf(model);
      const fields = FIELD_SENSITIVITY[model];
      expect(rows).toHaveLength(Object.keys(fields).length);
      for (const [path, c] of Object.entries(fields)) {
        const row = rows.find((r) => r.startsWith(`| \`${path}\` |`));
        expect(row, path).toBeDefined();
        expect(row, path).toContain(`| ${c.sensitivity} |`);
        if (c.topic !== undefined) expect(row, path).toContain(`\`${c.topic}\``);
      }
    },
  );

  it.each([
    ['needs-assessment', 'assessment'],
    ['candidate', 'candidate'],
  ] as const)('shows the employer-brief rule of every %s field', (model, from) => {
    const rows = rowsOf(model);
    for (const [path, rule] of Object.entries(EMPLOYER_DISCLOSURE[from])) {
      const row = rows.find((r) => r.startsWith(`| \`${path}\` |`)) ?? '';
      if (typeof rule === 'string') expect(row, path).toContain(`never (\`${rule}\`)`);
      else for (const scope of rule.slice(1)) expect(row, path).toContain(`\`${scope}\``);
    }
  });

  it('names every level, topic, sharing status and withhold reason', () => {
    for (const id of [
      ...SENSITIVITY_LEVELS,
      ...SENSITIVE_TOPICS,
      ...EMPLOYER_SHARING_STATUSES,
      ...WITHHOLD_REASONS,
    ])
      expect(guide, id).toContain(`\`${id}\``);
  });

  it('states the fixed seed and the number of runs of the property tests', () => {
    expect(guide).toContain(`seed: ${FUZZ.seed}, numRuns: ${FUZZ.numRuns}`);
    expect(guide).toContain(`numRuns: ${FUZZ_HEAVY.numRuns}`);
  });
});
