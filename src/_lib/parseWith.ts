import type { z } from 'zod';
import { SupportedEmploymentError } from '../core/errors';
import type { Issue, NonEmptyArray, Result } from '../core/issue';
import type { IssueCode } from '../core/issueCodes';
import type { LocalizedText } from '../core/localizedText';
import { expectedOf } from './issueExpected';

const MESSAGES: Readonly<Record<string, LocalizedText>> = {
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
  schema_too_small: { nb: 'Verdien er for liten eller for kort.', en: 'The value is too small or too short.' },
  schema_too_big: { nb: 'Verdien er for stor eller for lang.', en: 'The value is too large or too long.' },
  schema_unrecognized_key: { nb: 'Feltet er ukjent.', en: 'The field is not known.' },
  schema_invalid: { nb: 'Verdien er ugyldig.', en: 'The value is not valid.' },
};

type ZodIssue = z.core.$ZodIssue;

/** The fixed message of a schema issue code. */
export function schemaMessage(code: IssueCode): LocalizedText {
  return MESSAGES[code] ?? (MESSAGES['schema_invalid'] as LocalizedText);
}

function codeFor(issue: ZodIssue): IssueCode {
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

/** One path per issue, or one per unknown key (the key's own path), at most five keys. */
function pathsOf(issue: ZodIssue): (string | number)[][] {
  const path = toPath(issue.path);
  if (issue.code !== 'unrecognized_keys' || issue.keys.length === 0) return [path];
  return issue.keys.slice(0, 5).map((key) => [...path, key]);
}

/** Converts zod issues to library issues with fixed, value-free messages. */
export function fromZodIssues(issues: readonly ZodIssue[]): NonEmptyArray<Issue> {
  const out = issues.flatMap((issue): Issue[] => {
    const code = codeFor(issue);
    const expected = expectedOf(issue);
    const base = { code, severity: 'error' as const, message: schemaMessage(code), ...(expected === undefined ? {} : { expected }) };
    return pathsOf(issue).map((path) => ({ ...base, path }));
  });
  const [first, ...rest] = out;
  return first === undefined
    ? [{ code: 'schema_invalid', severity: 'error', path: [], message: MESSAGES['schema_invalid'] as LocalizedText }]
    : [first, ...rest];
}

/** Parses with a schema, returning a result instead of throwing. Never echoes input values. */
export function safeParseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  let parsed: ReturnType<S['safeParse']>;
  try {
    parsed = schema.safeParse(input, { reportInput: true }) as ReturnType<S['safeParse']>;
  } catch {
    // zod can throw on pathological input (for example a getter that throws);
    // report it as an invalid value without looking at it further.
    return { ok: false, issues: fromZodIssues([]) };
  }
  return parsed.success ? { ok: true, value: parsed.data as z.output<S> } : { ok: false, issues: fromZodIssues(parsed.error.issues) };
}

/** Parses with a schema, throwing {@link SupportedEmploymentError} (`invalid_input`) with the issues attached. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = safeParseWith(schema, input);
  if (!result.ok) {
    throw new SupportedEmploymentError('invalid_input', `The ${what} does not fit its schema; see error.issues.`, {
      issues: result.issues,
    });
  }
  return result.value;
}
