import type { z } from 'zod';
import type { NonEmptyArray } from '../core/issue';
import type { Issue } from '../issue';
import type { SchemaIssueCode } from '../core/issueCodes';
import { INPUT_LIMITS } from '../core/inputLimits';
import { expectedOf } from './issueExpected';
import { capIssues, messageOf } from './schemaIssues';

type ZodIssue = z.core.$ZodIssue;

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
