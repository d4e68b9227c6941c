/**
 * The bounds every input model and every input-taking function keeps: the
 * longest list, the longest text, the deepest nesting and the most issues a
 * result can hold.
 *
 * @remarks
 * The bounds are sized for real cases with a wide margin, not from a source:
 * they are a defence against input that would make a function slow or exhaust
 * memory (a 200,000-entry activity list, a sparse array of length 2³²−1, a
 * 10 MB text). They are invented defaults of this library, stated here once;
 * the zod schemas, the JSON Schemas in `supported-employment/schemas/` and the
 * cheap pre-check before every parse read them from this object.
 *
 * | Name | Value | Applies to | Why this size |
 * |---|---|---|---|
 * | `idLength` | 200 | ids and references (`id`, `participantRef`, `employerRef`, …) | a UUID is 36 characters |
 * | `textLength` | 2,000 | free texts (goal and task descriptions, titles, summaries, occupations) | a long paragraph |
 * | `stringLength` | 10,000 | the longest string anywhere in an input (pre-check) | above every field bound |
 * | `planEntries` | 500 | activities, sub-goals, tasks, learning goals, support, evaluations, reviews, versions of one plan | a two-year plan has a few dozen |
 * | `followUpEntries` | 2,000 | contacts and triangular meetings of one follow-up plan | weekly contacts for years |
 * | `smallLists` | 50 | id lists inside one entry, topics, responsible persons, parties of a contact, NAV measures of one employment | a handful in practice |
 * | `caseEvents` | 50,000 | events given to `replayCase` | a case has hundreds |
 * | `depth` | 32 | nesting of objects and arrays (pre-check) | the models nest at most 6 deep |
 * | `nodes` | 100,000 | objects, arrays and values in one input (pre-check) | a full plan has a few thousand |
 * | `issues` | 100 | issues in one parse result; a final `too_many_issues` issue says the list was cut | enough to fix a form |
 *
 * The pre-check refuses, before zod or any rule looks at the input, an array
 * longer than the largest list bound or with holes (a sparse array), a string
 * longer than `stringLength`, nesting deeper than `depth` and more than `nodes`
 * values, each with a coded `schema_…` issue at its path.
 *
 * @example
 * ```ts
 * INPUT_LIMITS.planEntries; // => 500
 * ```
 * @category Core
 */
export const INPUT_LIMITS = Object.freeze({
  idLength: 200,
  textLength: 2_000,
  stringLength: 10_000,
  planEntries: 500,
  followUpEntries: 2_000,
  smallLists: 50,
  caseEvents: 50_000,
  depth: 32,
  nodes: 100_000,
  issues: 100,
} as const);

/**
 * The name of one bound in {@link INPUT_LIMITS}.
 *
 * @example
 * ```ts
 * const name: InputLimitName = 'planEntries';
 * ```
 * @category Core
 */
export type InputLimitName = keyof typeof INPUT_LIMITS;
