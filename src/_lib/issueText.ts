import type { IssueOf } from '../core/issue';

/** How many issues an error message lists before it says how many more there are. */
const LISTED = 5;

/** A path as a developer writes it: `activities[2].date`; the root is `(root)`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    const name = typeof key === 'string' && key.length > 60 ? `${key.slice(0, 60)}…` : key;
    out += typeof name === 'number' ? `[${name}]` : out === '' ? name : `.${name}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * The issues of an error as `code at path (expected …)`, the first five and a
 * count of the rest. Codes, paths and expectations come from the schema, never
 * from the input's values.
 */
export function describeIssues(issues: readonly IssueOf<string>[]): string {
  const listed = issues.slice(0, LISTED).map((issue) => {
    const expected = issue.expected === undefined ? '' : ` (expected ${issue.expected})`;
    return `${issue.code} at ${formatPath(issue.path)}${expected}`;
  });
  const more = issues.length > LISTED ? `; and ${issues.length - LISTED} more` : '';
  return `${listed.join('; ')}${more}`;
}
