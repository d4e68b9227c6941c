import type { Issue, Severity } from '../../core/issue';
import type { LocalizedText } from '../../core/localizedText';
import type { SourceRef } from '../../core/sourceRef';
import type { PlansIssueCode } from '../issueCodes';

/** One validation rule: a code, its default severity and message, its source, and the check. */
export interface PlanRule<P, C> {
  readonly code: PlansIssueCode;
  readonly severity: Severity;
  readonly source: SourceRef;
  readonly message: LocalizedText;
  /** What the rule checks, in one line (used by the guide and tests). */
  readonly summary: string;
  readonly check: (plan: P, ctx: C) => readonly Issue[];
}

/** The shared empty result; never mutated. */
export const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** Builds an issue for a rule at a path, with the rule's severity and message unless given. */
export function issueOf<P, C>(
  rule: PlanRule<P, C>,
  path: (string | number)[],
  severity: Severity = rule.severity,
  message: LocalizedText = rule.message,
): Issue {
  return { code: rule.code, severity, path, message, source: rule.source };
}

/** Runs every rule of a table over a plan and joins the issues in table order. */
export function runRules<P, C>(rules: readonly PlanRule<P, C>[], plan: P, ctx: C): Issue[] {
  const out: Issue[] = [];
  for (const rule of rules) {
    const found = rule.check(plan, ctx);
    for (const issue of found) out.push(issue);
  }
  return out;
}

/** Freezes a localized message so issues can share it. */
export function msg(nb: string, en: string): LocalizedText {
  return Object.freeze({ nb, en });
}
