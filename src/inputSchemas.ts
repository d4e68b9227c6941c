import { deepFreeze } from './_lib/deepFreeze';
import type { z } from 'zod';
import { PolicySchema } from './core/policySchema';
import { CandidateSchema } from './matching/candidate';
import { JobOpeningSchema } from './matching/jobOpening';
import { NeedsAssessmentSchema } from './needs/needsAssessment';
import { ActionPlanSchema } from './plans/actionPlan';
import { EmploymentSchema } from './plans/employment';
import { FollowUpPlanSchema } from './plans/followUpPlan';
import { RecordedConsentSchema } from './plans/recordedConsent';
import { TrainingPlanSchema } from './plans/trainingPlan';
import { CaseEventSchema } from './process/caseEvent';
import { NewCaseSchema } from './process/newCase';
import { OutcomeRecordSchema } from './outcomes/outcomeRecord';
import { SeqfSelfAssessmentSchema } from './quality/seqfSelfAssessment';

/**
 * The kebab-case names of the public input models, in the order of the five steps.
 *
 * @remarks
 * Each name is a key of {@link INPUT_SCHEMAS} and the file name of the model's
 * JSON Schema in the package: `supported-employment/schemas/<name>.schema.json`
 * (draft 2020-12), generated from the zod schema at build time so that a
 * service written in another language (NAV's back ends are Kotlin and Java)
 * can validate data before it calls a TypeScript service. Derived models
 * (`NeedsProfile`, `SeCase`, reports) are not listed: they are rebuilt from
 * these inputs rather than sent in.
 *
 * @example
 * ```ts
 * for (const name of INPUT_SCHEMA_NAMES) {
 *   console.log(`supported-employment/schemas/${name}.schema.json`);
 * }
 * ```
 * @category Core
 */
export const INPUT_SCHEMA_NAMES = deepFreeze([
  'new-case',
  'case-event',
  'needs-assessment',
  'action-plan',
  'training-plan',
  'recorded-consent',
  'candidate',
  'job-opening',
  'employment',
  'follow-up-plan',
  'policy',
  'outcome-record',
  'seqf-self-assessment',
] as const);

/**
 * The name of a public input model: a key of {@link INPUT_SCHEMAS}.
 *
 * @example
 * ```ts
 * const name: InputSchemaName = 'action-plan';
 * INPUT_SCHEMAS[name].safeParse(body).success;
 * ```
 * @category Core
 */
export type InputSchemaName = (typeof INPUT_SCHEMA_NAMES)[number];

/**
 * The registry of public input models: each kebab-case name with its zod schema.
 *
 * @remarks
 * These are the models a consumer sends in: the case opening and its events
 * (`process`), the needs assessment (`needs`), the action, training and
 * follow-up plans with the employment and recorded consents they refer to
 * (`plans`), the candidate and the job opening (`matching`), and the policy
 * numbers (`core`), the individual outcome report (`outcomes`) and the SEQF
 * self-assessment (`quality`). The package's JSON Schemas are generated from exactly
 * this registry with `z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' })`,
 * so they describe what the schema *accepts* (fields with defaults are
 * optional), and a test runs the same valid and invalid data through Ajv and
 * zod and requires the same verdicts. The `date` format is a real calendar
 * date; the schemas also carry zod's `pattern` for it, so a validator that
 * ignores formats still rejects `2027-02-29`. String lengths count code
 * points on both sides.
 *
 * @example
 * ```ts
 * const result = INPUT_SCHEMAS['needs-assessment'].safeParse({ id: 'a-1', assessedOn: '2026-03-02' });
 * result.success; // => true
 * Object.keys(INPUT_SCHEMAS).length; // => 13
 * ```
 * @category Core
 */
export const INPUT_SCHEMAS = /* @__PURE__ */ Object.freeze({
  'new-case': NewCaseSchema,
  'case-event': CaseEventSchema,
  'needs-assessment': NeedsAssessmentSchema,
  'action-plan': ActionPlanSchema,
  'training-plan': TrainingPlanSchema,
  'recorded-consent': RecordedConsentSchema,
  candidate: CandidateSchema,
  'job-opening': JobOpeningSchema,
  employment: EmploymentSchema,
  'follow-up-plan': FollowUpPlanSchema,
  policy: PolicySchema,
  'outcome-record': OutcomeRecordSchema,
  'seqf-self-assessment': SeqfSelfAssessmentSchema,
}) satisfies Readonly<Record<InputSchemaName, z.ZodType>>;
