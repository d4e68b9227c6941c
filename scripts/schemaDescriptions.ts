/**
 * The generated module of schema descriptions (src/_lib/schemaDescriptions.ts)
 * as text: every schema listed in DESCRIBED, described by `describeSchema` and
 * printed as plain data, shared parts once. Written by
 * `npx tsx scripts/generate-schema-descriptions.ts`; test/schema/describedSchemas.test.ts
 * fails when the committed module differs from this text.
 */
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { describeSchema, type Described } from '../src/_lib/describe';
import { ValidateActionPlanOptionsSchema } from '../src/plans/validateActionPlan';
import { RecommendAdaptationsOptionsSchema } from '../src/adaptations/recommendAdaptations';
import { ActionPlanSchema } from '../src/plans/actionPlan';
import { ClassifyNeedsOptionsSchema } from '../src/needs/classifyNeedsOptions';
import { NeedsAssessmentSchema } from '../src/needs/needsAssessment';
import { NeedsProfileSchema } from '../src/needs/needsProfile';
import { PolicySchema } from '../src/core/policySchema';
import { PlanRuleSettingsSchema } from '../src/plans/planRuleSettings';
import { ContextFactsSchema, PlanValidationContextSchema } from '../src/plans/internal/contextSchemas';

interface Entry {
  /** The exported constant. */
  readonly name: string;
  readonly schema: object;
  /** For options: the schema's name and module (from src/_lib), to type the description by its output. */
  readonly options?: { readonly schema: string; readonly from: string };
  readonly doc: string;
}

/** The schemas that functions which must not import zod check against (see src/_lib/describe.ts). */
export const DESCRIBED: readonly Entry[] = [
  {
    name: 'NEEDS_ASSESSMENT',
    schema: NeedsAssessmentSchema,
    doc: 'NeedsAssessmentSchema (classifyNeeds checks its argument)',
  },
  {
    name: 'NEEDS_PROFILE',
    schema: NeedsProfileSchema,
    doc: 'NeedsProfileSchema (recommendAdaptations checks its argument)',
  },
  {
    name: 'ACTION_PLAN',
    schema: ActionPlanSchema,
    doc: 'ActionPlanSchema (validateActionPlan tells bad input from a bug)',
  },
  {
    name: 'POLICY',
    schema: PolicySchema,
    doc: 'PolicySchema (navMeasureLimitMonths, used by the plan rules, checks its policy)',
  },
  {
    name: 'PLAN_VALIDATION_CONTEXT',
    schema: PlanValidationContextSchema,
    doc: 'The plan validators’ context (src/plans/internal/contextSchemas.ts)',
  },
  {
    name: 'CLASSIFY_NEEDS_OPTIONS',
    schema: ClassifyNeedsOptionsSchema,
    options: { schema: 'ClassifyNeedsOptionsSchema', from: '../needs/classifyNeedsOptions' },
    doc: 'ClassifyNeedsOptionsSchema',
  },
  {
    name: 'RECOMMEND_ADAPTATIONS_OPTIONS',
    schema: RecommendAdaptationsOptionsSchema,
    options: { schema: 'RecommendAdaptationsOptionsSchema', from: '../adaptations/recommendAdaptations' },
    doc: 'RecommendAdaptationsOptionsSchema',
  },
  {
    name: 'VALIDATE_ACTION_PLAN_OPTIONS',
    schema: ValidateActionPlanOptionsSchema,
    options: { schema: 'ValidateActionPlanOptionsSchema', from: '../plans/validateActionPlan' },
    doc: 'ValidateActionPlanOptionsSchema',
  },
  {
    name: 'PLAN_RULE_SETTINGS',
    schema: PlanRuleSettingsSchema,
    options: { schema: 'PlanRuleSettingsSchema', from: '../plans/planRuleSettings' },
    doc: 'PlanRuleSettingsSchema',
  },
  {
    name: 'CONTEXT_FACTS',
    schema: ContextFactsSchema,
    options: { schema: 'ContextFactsSchema', from: '../plans/internal/contextSchemas' },
    doc: 'The numbers and levels of the plan validators’ context (src/plans/internal/contextSchemas.ts)',
  },
];

/** The parts of a description, in a fixed order. */
function partsOf(node: Described): Described[] {
  switch (node.type) {
    case 'object':
      return Object.values(node.shape);
    case 'array':
      return [node.element];
    case 'record':
      return [node.key, node.value];
    case 'union':
      return [...node.options];
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'default':
      return [node.inner];
    case 'intersection':
      return [node.left, node.right];
    default:
      return [];
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function literal(value: unknown): string {
  if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object' && value !== null)
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${literal(v)}`)
      .join(', ')} }`;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null)
    return JSON.stringify(value);
  throw new Error(`a description holds a value that cannot be printed: ${typeof value}`);
}

const CHILD_KEYS = new Set(['element', 'key', 'inner', 'left', 'right']);

/** True when `key` of `node` holds a description (and not data, as a default's `value` does). */
const holdsPart = (node: Described, key: string): boolean =>
  CHILD_KEYS.has(key) || (key === 'value' && node.type === 'record');

/**
 * One node for every set of equal descriptions (the same type, fields and
 * parts), so that equal parts of different schemas are printed once.
 */
function canonicalizer(): (node: Described) => Described {
  const byKey = new Map<string, Described>();
  const memo = new Map<Described, { node: Described; key: string }>();
  const visit = (node: Described, path: Set<Described>): { node: Described; key: string } => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (path.has(node))
      throw new Error('a described schema refers to itself; describe it at run time instead');
    path.add(node);
    const copy: Record<string, unknown> = {};
    const keyParts: string[] = [];
    for (const [key, value] of Object.entries(node)) {
      if (key === 'shape') {
        const shape: Record<string, Described> = {};
        const inner: string[] = [];
        for (const [k, v] of Object.entries(value as Record<string, Described>)) {
          const part = visit(v, path);
          shape[k] = part.node;
          inner.push(`${JSON.stringify(k)}:${part.key}`);
        }
        copy[key] = shape;
        keyParts.push(`shape:{${inner.join(',')}}`);
      } else if (key === 'options') {
        const parts = (value as Described[]).map((v) => visit(v, path));
        copy[key] = parts.map((p) => p.node);
        keyParts.push(`options:[${parts.map((p) => p.key).join(',')}]`);
      } else if (holdsPart(node, key)) {
        const part = visit(value as Described, path);
        copy[key] = part.node;
        keyParts.push(`${key}:${part.key}`);
      } else {
        copy[key] = value;
        keyParts.push(`${key}:${literal(value)}`);
      }
    }
    path.delete(node);
    const key = `{${keyParts.join(',')}}`;
    let canonical = byKey.get(key);
    if (canonical === undefined) {
      canonical = copy as Described;
      byKey.set(key, canonical);
    }
    const found = { node: canonical, key };
    memo.set(node, found);
    return found;
  };
  return (node) => visit(node, new Set()).node;
}

/** The module's text, formatted with the repository's Prettier settings. */
export async function schemaDescriptionsModule(): Promise<string> {
  const seen = new Map<object, Described>();
  const canonical = canonicalizer();
  const roots = DESCRIBED.map((entry) => [entry, canonical(describeSchema(entry.schema, seen))] as const);

  // Count how often each node is referred to; a node on its own path is a cycle, which plain data cannot hold.
  const uses = new Map<Described, number>();
  const onPath = new Set<Described>();
  const count = (node: Described): void => {
    if (onPath.has(node))
      throw new Error('a described schema refers to itself; describe it at run time instead');
    const n = (uses.get(node) ?? 0) + 1;
    uses.set(node, n);
    if (n > 1) return;
    onPath.add(node);
    for (const part of partsOf(node)) count(part);
    onPath.delete(node);
  };
  for (const [, node] of roots) count(node);

  // Nodes used more than once (and worth naming) become constants, written before their first use.
  const names = new Map<Described, string>();
  const declarations: string[] = [];
  const rootNames = new Map(roots.map(([entry, node]) => [node, entry.name]));
  const print = (node: Described, top = false): string => {
    const named = names.get(node);
    if (named !== undefined) return named;
    const shared = !top && (uses.get(node) ?? 0) > 1 && partsOf(node).length + Object.keys(node).length > 2;
    const fields = Object.entries(node).map(([key, value]) => {
      if (key === 'shape')
        return `shape: { ${Object.entries(value as Record<string, Described>)
          .map(([k, v]) => `${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${print(v)}`)
          .join(', ')} }`;
      if (key === 'options') return `options: [${(value as Described[]).map((v) => print(v)).join(', ')}]`;
      if (holdsPart(node, key)) return `${key}: ${print(value as Described)}`;
      return `${key}: ${literal(value)}`;
    });
    const text = `{ ${fields.join(', ')} }`;
    if (!shared || rootNames.has(node)) return text;
    const name = `d${names.size}`;
    names.set(node, name);
    declarations.push(`const ${name}: Described = ${text};`);
    return name;
  };

  const exports: string[] = [];
  const typeImports = new Map<string, string[]>();
  for (const [entry, node] of roots) {
    const text = print(node, true);
    const type =
      entry.options === undefined
        ? 'Described'
        : `DescribedOptions<z.output<typeof ${entry.options.schema}>>`;
    if (entry.options !== undefined)
      typeImports.set(entry.options.from, [
        ...(typeImports.get(entry.options.from) ?? []),
        entry.options.schema,
      ]);
    exports.push(`/** ${entry.doc}. */\nexport const ${entry.name}: ${type} = ${text};`);
  }

  const imports = [
    "import type { z } from 'zod';",
    "import type { Described } from './describe';",
    "import type { DescribedOptions } from './resolveOptions';",
    ...[...typeImports].map(([from, list]) => `import type { ${list.join(', ')} } from '${from}';`),
  ];
  const text = [
    '// Generated by scripts/generate-schema-descriptions.ts from the zod schemas; do not edit.',
    '// test/schema/describedSchemas.test.ts fails when this file and the schemas differ.',
    ...imports,
    '',
    ...declarations,
    '',
    ...exports,
    '',
  ].join('\n');
  const config =
    (await prettier.resolveConfig(
      fileURLToPath(new URL('../src/_lib/schemaDescriptions.ts', import.meta.url)),
    )) ?? {};
  return prettier.format(text, { ...config, parser: 'typescript' });
}
