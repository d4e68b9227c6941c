import type { z } from 'zod';
import { SupportedEmploymentError } from '../core/errors';
import type { NonEmptyArray } from '../core/issue';
import type { Issue, Result } from '../issue';
import type { SchemaIssueCode } from '../core/issueCodes';
import { INPUT_LIMITS } from '../core/inputLimits';
import type { LocalizedText } from '../core/localizedText';
import { deepFreeze } from './deepFreeze';
import { precheckInput } from './inputGuard';
import { compiledSchema } from './compiledSchema';
import { expectedOf } from './issueExpected';

const MESSAGES: Readonly<Record<string, LocalizedText>> = deepFreeze({
  schema_required: { nb: 'Feltet mangler.', en: 'The field is missing.' },
  schema_invalid_type: { nb: 'Feltet har feil type.', en: 'The field has the wrong type.' },
  schema_invalid_value: {
    nb: 'Verdien er ikke en av de tillatte verdiene.',
    en: 'The value is not one of the allowed values.',
  },
  schema_invalid_date: {
    nb: 'Datoen er ikke en gyldig kalenderdato (ÅÅÅÅ-MM-DD).',
    en: 'The date is not a real calendar date (YYYY-MM-DD).',
  },
  schema_invalid_format: { nb: 'Feltet har feil format.', en: 'The field has the wrong format.' },
  schema_too_small: {
    nb: 'Verdien er for liten eller for kort.',
    en: 'The value is too small or too short.',
  },
  schema_too_big: { nb: 'Verdien er for stor eller for lang.', en: 'The value is too large or too long.' },
  schema_unrecognized_key: { nb: 'Feltet er ukjent.', en: 'The field is not known.' },
  schema_invalid: { nb: 'Verdien er ugyldig.', en: 'The value is not valid.' },
  too_many_issues: {
    nb: 'Det er flere feil enn listen viser; rett disse og kontroller på nytt.',
    en: 'There are more issues than the list shows; fix these and check again.',
  },
});

type ZodIssue = z.core.$ZodIssue;

/** The fixed message of a schema issue code. */
export function schemaMessage(code: SchemaIssueCode): LocalizedText {
  return MESSAGES[code] ?? (MESSAGES['schema_invalid'] as LocalizedText);
}

function codeFor(issue: ZodIssue): SchemaIssueCode {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'schema_required' : 'schema_invalid_type';
    case 'invalid_value':
      return issue.input === undefined ? 'schema_required' : 'schema_invalid_value';
    case 'invalid_format':
      return issue.format === 'date' ? 'schema_invalid_date' : 'schema_invalid_format';
    case 'too_small':
      return 'schema_too_small';
    case 'too_big':
      return 'schema_too_big';
    case 'unrecognized_keys':
      return 'schema_unrecognized_key';
    default:
      return 'schema_invalid';
  }
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

/** A fresh copy of the fixed message of a code, so that no two results share a message object. */
function messageOf(code: SchemaIssueCode): LocalizedText {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- the map is indexed by any string
  const message = MESSAGES[code] ?? (MESSAGES['schema_invalid'] as LocalizedText);
  return { nb: message.nb, en: message.en };
}

/**
 * Cuts an issue list to `INPUT_LIMITS.issues` entries, the last of them a
 * `too_many_issues` issue when anything was cut.
 */
export function capIssues(issues: NonEmptyArray<Issue>): NonEmptyArray<Issue> {
  if (issues.length <= INPUT_LIMITS.issues) return issues;
  const kept = issues.slice(0, INPUT_LIMITS.issues - 1);
  return [
    ...kept,
    { code: 'too_many_issues', severity: 'error', path: [], message: messageOf('too_many_issues') },
  ] as unknown as NonEmptyArray<Issue>;
}

/** One path per issue, or one per unknown key (the key's own path), at most five keys. */
function pathsOf(issue: ZodIssue): (string | number)[][] {
  const path = toPath(issue.path);
  if (issue.code !== 'unrecognized_keys' || issue.keys.length === 0) return [path];
  return issue.keys.slice(0, 5).map((key) => [...path, key]);
}

/** Converts zod issues to library issues with fixed, value-free messages; at most `INPUT_LIMITS.issues`. */
export function fromZodIssues(issues: readonly ZodIssue[]): NonEmptyArray<Issue> {
  const out = issues.slice(0, INPUT_LIMITS.issues + 1).flatMap((issue): Issue[] => {
    const code = codeFor(issue);
    const expected = expectedOf(issue);
    return pathsOf(issue).map((path) => ({
      code,
      severity: 'error' as const,
      path,
      message: messageOf(code),
      ...(expected === undefined ? {} : { expected }),
    }));
  });
  const [first, ...rest] = out;
  return first === undefined
    ? [{ code: 'schema_invalid', severity: 'error', path: [], message: messageOf('schema_invalid') }]
    : capIssues([first, ...rest]);
}

/** Parses with a schema, returning a result instead of throwing. Never echoes input values. */
export function safeParseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  // Everything that touches the input or zod's error stays inside the guard: zod
  // builds its error lazily when `.error` is read, and describing a value it cannot
  // type (a class with a throwing static `name`, a Proxy whose traps throw) can
  // throw there. The pre-check refuses huge and sparse arrays, long strings and
  // deep nesting before zod walks anything.
  try {
    const refused = precheckInput(input);
    if (refused !== null) return { ok: false, issues: [refused] };
    const parsed = compiledSchema(schema).safeParse(input, { reportInput: true });
    if (parsed.success) return { ok: true, value: parsed.data };
    return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  } catch {
    // Report it as an invalid value without looking at it further.
    return { ok: false, issues: fromZodIssues([]) };
  }
}

/** Parses with a schema, throwing {@link SupportedEmploymentError} (`invalid_input`) with the issues attached. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = safeParseWith(schema, input);
  if (!result.ok) {
    throw new SupportedEmploymentError(
      'invalid_input',
      `The ${what} does not fit its schema; see error.issues.`,
      {
        issues: result.issues,
      },
    );
  }
  return result.value;
}
