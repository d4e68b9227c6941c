import type { IsoDate } from '../../core/dates/isoDate';
import type { Severity } from '../../core/issue';
import type { Issue } from '../../issue';
import type { LocalizedText } from '../../core/localizedText';
import { SOURCES } from '../../core/sources';
import type { PlanRule, PlanRuleContext } from '../planRule';

/** Everything of a rule row but its check. */
export type RuleFields<P> = Omit<PlanRule<P>, 'check'>;

type Path = (string | number)[];

/** The shared empty result; never mutated. */
export const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** Builds an issue for a rule at a path, with the rule's severity and message unless given. */
export function issueOf<P>(
  rule: PlanRule<P>,
  path: Path,
  severity: Severity = rule.severity,
  message: LocalizedText = rule.message,
): Issue {
  return { code: rule.code, severity, path, message, source: rule.source };
}

/** Runs every rule of a table over a plan and joins the issues in table order. */
export function runRules<P>(rules: readonly PlanRule<P>[], plan: P, ctx: PlanRuleContext): Issue[] {
  const out: Issue[] = [];
  // Indexed loops: rule tables and the shared empty result are frozen (src/_lib/frozenLists.ts).
  for (let r = 0; r < rules.length; r += 1) {
    const found = (rules[r] as PlanRule<P>).check(plan, ctx);
    for (let k = 0; k < found.length; k += 1) out.push(found[k] as Issue);
  }
  return out;
}

/** Freezes a localized message so issues can share it. */
export function msg(nb: string, en: string): LocalizedText {
  return Object.freeze({ nb, en });
}

/** Reports a finding of a per-item rule under the item's path, optionally with another severity. */
export type Report = (suffix: Path, severity?: Severity) => void;

/**
 * A rule that looks at each item of one list of the plan (activities, reviews, contacts…) on its own.
 *
 * `items` picks the list, `at` is its path in the plan, and `find` reports
 * each finding of one item by the path below it. Issues come in item order.
 */
export function perItemRule<P, T>(
  spec: RuleFields<P> & {
    readonly items: (plan: P) => readonly T[];
    readonly at: readonly (string | number)[];
    readonly find: (item: T, ctx: PlanRuleContext, report: Report) => void;
  },
): PlanRule<P> {
  const { items, at, find, ...fields } = spec;
  const rule: PlanRule<P> = {
    ...fields,
    check(plan, ctx) {
      let out: Issue[] | undefined;
      // One reporter for the whole list (not one per item), reading the index of the item at hand.
      let i = 0;
      const report: Report = (suffix, severity) =>
        (out ??= []).push(issueOf(rule, [...at, i, ...suffix], severity));
      const list = items(plan);
      for (; i < list.length; i++) find(list[i] as T, ctx, report);
      return out ?? NO_ISSUES;
    },
  };
  return rule;
}

/**
 * A rule that finds items still open although their date is before `asOf`
 * (overdue reviews, activities, evaluations, contacts, meetings).
 */
export function overdueRule<
  P,
  K extends 'date' | 'endDate',
  T extends { readonly [F in K]?: IsoDate | undefined },
>(
  spec: RuleFields<P> & {
    readonly items: (plan: P) => readonly T[];
    readonly at: readonly (string | number)[];
    /** True while the item still waits to be done. */
    readonly isOpen: (item: T) => boolean;
    /** The field that holds the item's due date. */
    readonly dateField: K;
  },
): PlanRule<P> {
  const { isOpen, dateField, ...fields } = spec;
  return perItemRule<P, T>({
    ...fields,
    find(item, ctx, report) {
      const due = item[dateField];
      if (isOpen(item) && due !== undefined && due < ctx.asOf) report([dateField]);
    },
  });
}

/** The shared row of the NAV-measure duration rule (action and follow-up plans). */
export const NAV_MEASURE_TOO_LONG = Object.freeze({
  code: 'plan_nav_measure_too_long',
  severity: 'error',
  source: SOURCES.navLimits,
  summary:
    "A NAV measure's period is longer than its limit for the participant's needs group (`policy.navMeasureLimits`). Error when the group is given; when it is not, a warning above the ordinary limit and an error above every group's limit.",
  message: msg(
    'Perioden for NAV-virkemiddelet er lengre enn grensen for deltakerens innsatsgruppe.',
    "The NAV measure's period is longer than the limit for the participant's needs group.",
  ),
} as const);

/** The shared code, severity, source and message of the declared-work rule (action and follow-up plans); each plan says where it looks. */
export const UNDECLARED_WORK = Object.freeze({
  code: 'plan_undeclared_work',
  severity: 'error',
  source: SOURCES.declaredWork,
  message: msg(
    'Arbeidet er ikke hvitt (ikke registrert arbeid med oppgitt lønn).',
    'The work is not declared work with declared pay.',
  ),
} as const);
