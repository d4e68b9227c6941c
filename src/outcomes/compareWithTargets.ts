import { mutableCopy } from '../_lib/process/mutableCopy';
import { z } from 'zod';
import { guard, guardOptions } from '../_lib/guards';
import { PolicyOverridesSchema } from '../_lib/policyOverridesSchema';
import { resolveOptions } from '../_lib/resolveOptions';
import { outcomesIssue } from '../_lib/outcomes/issues';
import { MAX_TARGETS, RateShape, ReportShape } from '../_lib/outcomes/shapes';
import { OSRC } from '../_lib/outcomes/sources';
import type { Issue } from '../issue';
import { resolvePolicy } from '../core/resolvePolicy';
import {
  RATE_KPI_IDS,
  type OutcomeReport,
  type Rate,
  type RateDefinition,
  type RateKpiId,
} from './outcomeReport';
import { OUTCOME_TARGET_IDS, OUTCOME_TARGETS, type OutcomeTargetId } from './outcomeTargets';

/**
 * Schema of the options of {@link compareWithTargets}: the targets, the rate, the previous report, the creaming thresholds and the policy.
 *
 * @remarks
 * - `targets`: at most 100 (a library bound, so a huge list is refused before
 *   it is read); `seqf-top` and `jobbsjansen` (a library default) when omitted.
 *   See {@link OUTCOME_TARGETS} for each target's number and source.
 * - `kpi`: no default; when omitted, `workGoalRate` for a `reported` cohort,
 *   else each target's own definition.
 * - `previous`: a report from {@link computeOutcomeKpis} for the period before,
 *   for the creaming check; without it there is no creaming check.
 * - `creaming.rateRise` and `creaming.complexDrop`: 0.15 each (15 points, in
 *   shares). These thresholds are library defaults, not from a source; the
 *   signal itself is from the AFI report, L12356–12360 (domain specification,
 *   outcomes §C). Any finite number is taken.
 * - `policy` overrides the target numbers (`outcomes.*`), checked against
 *   {@link PolicySchema}'s bounds; {@link DEFAULT_POLICY} for what is left out.
 *
 * @example
 * ```ts
 * CompareWithTargetsOptionsSchema.parse({}).creaming; // => { rateRise: 0.15, complexDrop: 0.15 }
 * ```
 * @category Outcomes
 */
export const CompareWithTargetsOptionsSchema = z.strictObject({
  /** The targets to compare with, at most 100; `seqf-top` and `jobbsjansen` (a library default) when omitted. */
  targets: z
    .array(z.enum(OUTCOME_TARGET_IDS))
    .max(MAX_TARGETS)
    .readonly()
    .default((): OutcomeTargetId[] => ['seqf-top', 'jobbsjansen']),
  /** The rate to compare; by default `workGoalRate` for a `reported` cohort, else each target's own definition. */
  kpi: z.enum(RATE_KPI_IDS).optional(),
  /** The report of the period before, for the creaming check. */
  previous: ReportShape.optional(),
  /** Creaming thresholds, in shares: work-goal rise and complex-share fall (0.15 each, library defaults). */
  creaming: z
    .strictObject({
      /** The least rise of the work-goal rate that counts; 0.15 (a library default) when omitted. */
      rateRise: z.number().default(0.15),
      /** The least fall of the complex-needs share that counts; 0.15 (a library default) when omitted. */
      complexDrop: z.number().default(0.15),
    })
    .prefault({}),
  /** Policy overrides (the target numbers, `outcomes.*`); {@link DEFAULT_POLICY} for what is left out. */
  policy: PolicyOverridesSchema.optional(),
});

/**
 * Options of {@link compareWithTargets}; see {@link CompareWithTargetsOptionsSchema} for bounds, defaults and sources.
 *
 * @example
 * ```ts
 * const options: CompareWithTargetsOptions = { targets: ['jobbsjansen'], kpi: 'workOrEducationRate' };
 * ```
 * @category Outcomes
 */
export type CompareWithTargetsOptions = z.input<typeof CompareWithTargetsOptionsSchema>;

const RATE_OF_DEFINITION: Partial<Record<RateDefinition, RateKpiId>> = {
  'transition-to-work': 'transitionToWorkRate',
  'work-or-education': 'workOrEducationRate',
};

/**
 * Compares a report's rates with result targets of the same definition, and flags uncertain, insecure or creaming signals.
 *
 * @remarks
 * Every rate carries its definition, and a rate is never compared with a
 * target of another definition: the AFI work-goal rate (99 of 202, L11384–11388)
 * is neither SEQF's transition to work (L12348–12350) nor Jobbsjansen's work
 * or education (L12350–12354), so asking for that comparison gives
 * `outcomes_target_definition_mismatch` (info) instead of a verdict. Issues:
 * - `outcomes_below_target` (warning): a rate below the target of its definition.
 * - `outcomes_low_n` (info): a compared rate over fewer than `minN` records.
 * - `outcomes_insecure_employment` (info): under half of the latest jobs are permanent (L12362–12378).
 * - `outcomes_possible_creaming` (warning): with `previous`, the work-goal rate
 *   rose by at least 15 points while the share with complex needs fell by at
 *   least 15 points (thresholds are library defaults; signal from L12356–12360).
 * Never an `error`: the figures inform, they do not judge.
 *
 * @param report - A report from {@link computeOutcomeKpis}.
 * @param options - Targets, the rate, the previous report, thresholds and policy; see {@link CompareWithTargetsOptionsSchema}.
 * @returns The issues, in a stable order.
 * @throws {@link SupportedEmploymentError} `invalid_input` when `report` does not have the shape of a report;
 *   `invalid_option` when an option does not fit {@link CompareWithTargetsOptionsSchema}
 *   (at most 100 targets; no unknown keys) or a policy override is unknown or out of range.
 * @example
 * ```ts
 * const report = computeOutcomeKpis([], { asOf: '2026-12-31', cohort: { basis: 'exited', from: '2026-01-01', to: '2026-12-31' } });
 * compareWithTargets(report).map((i) => i.code); // => []
 * ```
 * @category Outcomes
 */
export function compareWithTargets(report: OutcomeReport, options: CompareWithTargetsOptions = {}): Issue[] {
  guard(ReportShape, report, 'report', 'compareWithTargets');
  guardOptions(options, 'compareWithTargets');
  const read = resolveOptions(CompareWithTargetsOptionsSchema, options, 'compareWithTargets');
  const policy = resolvePolicy(read.policy).outcomes;
  const issues: Issue[] = [];
  const lowNSeen = new Set<string>();
  for (const targetId of read.targets) {
    const target = OUTCOME_TARGETS.find((t) => t.id === targetId);
    if (target === undefined) continue;
    const kpi =
      read.kpi ??
      (report.cohort.basis === 'reported' ? 'workGoalRate' : RATE_OF_DEFINITION[target.definition]);
    if (kpi === undefined) continue;
    const rate = report.rates[kpi];
    if (rate === null) continue;
    const path = ['rates', kpi];
    if (rate.definition !== target.definition) {
      issues.push(outcomesIssue('outcomes_target_definition_mismatch', path, target.source));
      continue;
    }
    if (rate.lowN && !lowNSeen.has(kpi)) {
      lowNSeen.add(kpi);
      issues.push(outcomesIssue('outcomes_low_n', path));
    }
    if (rate.value < policy[target.policyKey])
      issues.push(outcomesIssue('outcomes_below_target', path, target.source));
  }
  const permanent = report.rates.permanentShare;
  if (permanent !== null && permanent.value < 0.5)
    issues.push(outcomesIssue('outcomes_insecure_employment', ['rates', 'permanentShare']));

  const previous = read.previous;
  if (previous !== undefined) {
    const now = report.rates.workGoalRate;
    const before = previous.rates.workGoalRate;
    const complexNow = report.rates.complexShare;
    const complexBefore = previous.rates.complexShare;
    if (now !== null && before !== null && complexNow !== null && complexBefore !== null) {
      const { rateRise: rise, complexDrop: drop } = read.creaming;
      if (
        now.value - before.value >= rise - 1e-12 &&
        complexBefore.value - complexNow.value >= drop - 1e-12
      ) {
        issues.push(outcomesIssue('outcomes_possible_creaming', ['rates', 'complexShare'], OSRC.creaming));
      }
    }
  }
  return mutableCopy(issues);
}

/**
 * Compares two rates period on period, only when they share a definition.
 *
 * @remarks
 * The handbook's 34 % (2016) and 73 % (2017) are transition to work; the 86 %
 * of 2023 is work or education (handbook L17; IMDi on the handbook L16).
 * Comparing the last with the first two gives `outcomes_target_definition_mismatch`
 * and no difference.
 *
 * @param current - The later rate.
 * @param previous - The earlier rate.
 * @returns `difference` (current − previous, in shares) or null with a mismatch issue.
 * @throws {@link SupportedEmploymentError} `invalid_input` when a rate does not have the shape of a rate.
 * @example
 * ```ts
 * const a = computeOutcomeKpis([], { asOf: '2026-12-31', cohort: { basis: 'exited', from: '2026-01-01', to: '2026-12-31' } });
 * a.rates.transitionToWorkRate; // => null (no exits), so nothing to compare
 * ```
 * @category Outcomes
 */
export function compareRates(
  current: Rate,
  previous: Rate,
): { readonly difference: number | null; readonly issues: readonly Issue[] } {
  guard(RateShape, current, 'current', 'compareRates');
  guard(RateShape, previous, 'previous', 'compareRates');
  if (current.definition !== previous.definition) {
    return {
      difference: null,
      issues: mutableCopy([outcomesIssue('outcomes_target_definition_mismatch', ['definition'])]),
    };
  }
  return { difference: current.value - previous.value, issues: [] };
}
