import type { NonEmptyArray } from '../core/issue';
import type { Issue, Result, ValidationReport } from '../issue';

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps one or more issues as a failed result. */
export function fail<T>(issues: NonEmptyArray<Issue>): Result<T> {
  return { ok: false, issues };
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Builds a report: issues sorted errors → warnings → info (stable), `valid` when no error. */
export function toReport(issues: readonly Issue[]): ValidationReport {
  const sorted = issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => RANK[a.issue.severity] - RANK[b.issue.severity] || a.index - b.index)
    .map(({ issue }) => issue);
  return { valid: !sorted.some((i) => i.severity === 'error'), issues: sorted };
}
