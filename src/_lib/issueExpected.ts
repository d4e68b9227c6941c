import type { z } from 'zod';
import { oneOf } from './oneOf';

/** Expected types as zod names them, in the words of the JSON data a developer sends. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  int: 'integer',
  nonoptional: 'a value',
};

function bound(
  issue: { origin?: unknown; inclusive?: boolean },
  limit: unknown,
  side: 'min' | 'max',
): string | undefined {
  const n = typeof limit === 'bigint' ? String(limit) : typeof limit === 'number' ? String(limit) : undefined;
  if (n === undefined) return undefined;
  switch (issue.origin) {
    case 'string':
      return `${side === 'min' ? 'at least' : 'at most'} ${n} characters`;
    case 'array':
    case 'set':
      return `${side === 'min' ? 'at least' : 'at most'} ${n} items`;
    default: {
      const inclusive = issue.inclusive !== false;
      return side === 'min' ? `${inclusive ? '≥' : '>'} ${n}` : `${inclusive ? '≤' : '<'} ${n}`;
    }
  }
}

/**
 * What would have fitted, for an issue's `expected`: the allowed values, the
 * expected type, the bound or the format. Read from the schema's side of a zod
 * issue only (`expected`, `values`, `minimum`, `maximum`, `format`), never from
 * the input. `undefined` when zod does not know it (a union, a custom rule).
 */
export function expectedOf(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return oneOf(issue.values);
    case 'too_small':
      return bound(issue, issue.minimum, 'min');
    case 'too_big':
      return bound(issue, issue.maximum, 'max');
    case 'invalid_format':
      return issue.format === 'date'
        ? 'date (YYYY-MM-DD, years 1900 to 9999)'
        : `a string in the ${issue.format} format`;
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return 'a known key (unknown keys are refused)';
    case 'invalid_union': {
      const options = (issue as { options?: unknown }).options;
      return Array.isArray(options) ? oneOf(options) : undefined;
    }
    default:
      return undefined;
  }
}
