import { mutableCopy } from '../_lib/process/mutableCopy';
import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';
import { guardList, guardOptions } from '../_lib/guards';
import { PolicyOverridesSchema } from '../_lib/policyOverridesSchema';
import { resolveOptions } from '../_lib/resolveOptions';
import { computeCore, inCohort } from '../_lib/outcomes/kpis';
import { outcomesIssue } from '../_lib/outcomes/issues';
import { IsoDateSchema } from '../core/dates/isoDate';
import { resolvePolicy } from '../core/resolvePolicy';
import { OutcomeRecordSchema, type OutcomeRecord } from './outcomeRecord';
import { COHORT_BASES, type OutcomeReport } from './outcomeReport';

/**
 * The dimensions a report can be grouped by.
 *
 * @example
 * ```ts
 * OUTCOME_GROUP_KEYS.includes('exitYear'); // => true
 * ```
 * @category Outcomes
 */
export const OUTCOME_GROUP_KEYS = deepFreeze(['programme', 'jobSpecialist', 'exitYear'] as const);

/**
 * One value of {@link OUTCOME_GROUP_KEYS}.
 *
 * @example
 * ```ts
 * const key: OutcomeGroupKey = 'programme';
 * ```
 * @category Outcomes
 */
export type OutcomeGroupKey = (typeof OUTCOME_GROUP_KEYS)[number];

/** The most records one report takes (documented on {@link computeOutcomeKpis}). */
const MAX_RECORDS = 1_000_000;

/**
 * Schema of the options of {@link computeOutcomeKpis}: the date, the cohort, the grouping and the policy.
 *
 * @remarks
 * - `asOf` and `cohort` are required: nothing after `asOf` counts, and the
 *   cohort's `basis` (see {@link COHORT_BASES}) with its `from`–`to` range
 *   chooses the records.
 * - `groupBy`: each of {@link OUTCOME_GROUP_KEYS} at most once (so at most
 *   three); no groups when omitted.
 * - `policy` overrides the `outcomes.*` numbers, checked against
 *   {@link PolicySchema}'s bounds; what it leaves out keeps
 *   {@link DEFAULT_POLICY}, where each number names its source (`minN` 10 and
 *   `minCellSize` 5 are library defaults; the time anchors 10 and 52 weeks are
 *   SEQF's, AFI report 7.2.3, L12408–12412).
 *
 * @example
 * ```ts
 * ComputeOutcomeKpisOptionsSchema.safeParse({ asOf: '2025-09-01', cohort: { basis: 'exited', from: '2024-01-01', to: '2024-12-31' } }).success; // => true
 * ```
 * @category Outcomes
 */
export const ComputeOutcomeKpisOptionsSchema = z.strictObject({
  /** The date the figures are computed at; nothing after it counts. */
  asOf: IsoDateSchema,
  /** The cohort; see {@link COHORT_BASES}. */
  cohort: z.strictObject({ basis: z.enum(COHORT_BASES), from: IsoDateSchema, to: IsoDateSchema }),
  /** Sub-reports per value of these dimensions, joined by `/` in the group key (an open case's exit year is `open`); none when omitted. */
  groupBy: z
    .array(z.enum(OUTCOME_GROUP_KEYS))
    .max(OUTCOME_GROUP_KEYS.length)
    .readonly()
    .default(() => []),
  /** Policy overrides (`outcomes.*` numbers); {@link DEFAULT_POLICY} for what is left out. */
  policy: PolicyOverridesSchema.optional(),
});

/**
 * Options of {@link computeOutcomeKpis}; see {@link ComputeOutcomeKpisOptionsSchema} for bounds, defaults and sources.
 *
 * @example
 * ```ts
 * const options: ComputeOutcomeKpisOptions = { asOf: '2025-09-01', cohort: { basis: 'exited', from: '2024-01-01', to: '2024-12-31' }, groupBy: ['programme'] };
 * ```
 * @category Outcomes
 */
export type ComputeOutcomeKpisOptions = z.input<typeof ComputeOutcomeKpisOptionsSchema>;

/**
 * Options of {@link computeOutcomeKpis}, under their earlier name: the same type as {@link ComputeOutcomeKpisOptions}.
 *
 * @example
 * ```ts
 * const options: OutcomeKpiOptions = { asOf: '2025-09-01', cohort: { basis: 'exited', from: '2024-01-01', to: '2024-12-31' }, groupBy: ['programme'] };
 * ```
 * @category Outcomes
 */
export type OutcomeKpiOptions = ComputeOutcomeKpisOptions;

function groupValue(r: OutcomeRecord, key: OutcomeGroupKey): string {
  switch (key) {
    case 'programme':
      return r.programme;
    case 'jobSpecialist':
      return r.jobSpecialistId ?? 'unassigned';
    case 'exitYear':
      return r.exit === null ? 'open' : r.exit.date.slice(0, 4);
  }
}

/**
 * Computes the outcome figures of a cohort: every rate with definition, numerator, denominator, interval and source.
 *
 * @remarks
 * The figures (domain specification, outcomes §C):
 * - `workGoalRate`: exit to work, leave for work, or (open case) follow-up on
 *   contract while employed, among all records (AFI report 6.6, L11384–11388;
 *   99 of 202).
 * - `anyPaidWorkRate`: any declared job started by `asOf` (L11388–11392).
 * - `transitionToWorkRate`, `workOrEducationRate`: among exits (SEQF,
 *   L12346–12352; handbook L17; IMDi L16).
 * - `inWorkAfterSeStart6m`: employed on the date six months after SE started,
 *   among records that have reached it (L12380–12382).
 * - `attachment6m`, `attachment12m`, `attachment36m`: after exit to work,
 *   employed / (employed + not employed), with `coverage` = known / eligible;
 *   null when none is eligible (L12400–12406). On a date, the nearest
 *   observation within `attachmentWindowDays` wins over employment spans.
 * - Job quality over each record's latest declared job (a library choice):
 *   permanent, 100 %, at least 60 %, involuntary part time; each denominator
 *   counts only records with the field known (L11467–11471, L12589–12591).
 * - `timeToPlacementWeeks`, `timeToPaidWorkWeeks`: whole weeks from referral,
 *   median, mean and shares within the 10- and 52-week anchors
 *   (L12408–12424).
 * - Per job specialist, industries and groups: cells below `minCellSize` are
 *   pooled (privacy; L11497–11501).
 *
 * Every interval is Wilson 95 % ({@link wilsonInterval}); rates with a
 * denominator below `minN` are flagged `lowN`. Aggregates only: nothing ranks
 * or selects participants, because high result targets push programmes
 * towards "easier participants" (creaming, AFI report L12356–12360). The
 * result does not depend on the order of `records`.
 *
 * @param records - Individual reports ({@link toOutcomeRecord} or {@link parseOutcomeRecord}).
 * @param options - `asOf`, `cohort`, optional `groupBy` and `policy`; see {@link ComputeOutcomeKpisOptionsSchema}.
 * @returns The {@link OutcomeReport}.
 * @throws {@link SupportedEmploymentError} `invalid_input` when `records` is not a list of at most 1,000,000
 *   outcome records; `invalid_option` when an option does not fit
 *   {@link ComputeOutcomeKpisOptionsSchema} (no unknown keys) or a policy override is unknown or out of range.
 * @example
 * ```ts
 * const report = computeOutcomeKpis([], { asOf: '2026-12-31', cohort: { basis: 'reported', from: '2026-01-01', to: '2026-12-31' } });
 * report.rates.workGoalRate; // => null
 * ```
 * @category Outcomes
 */
export function computeOutcomeKpis(
  records: readonly OutcomeRecord[],
  options: ComputeOutcomeKpisOptions,
): OutcomeReport {
  guardList(OutcomeRecordSchema, records, 'records', 'computeOutcomeKpis', MAX_RECORDS);
  guardOptions(options, 'computeOutcomeKpis', 'options', true);
  const read = resolveOptions(ComputeOutcomeKpisOptionsSchema, options, 'computeOutcomeKpis');
  const policy = resolvePolicy(read.policy).outcomes;
  const cohort = records.filter((r) => inCohort(r, read.cohort));
  const report = computeCore(cohort, read.asOf, read.cohort, policy);
  const groupBy = read.groupBy;
  if (groupBy.length === 0) return mutableCopy(report);

  const buckets = new Map<string, OutcomeRecord[]>();
  for (const r of cohort) {
    const key = groupBy.map((k) => groupValue(r, k)).join('/');
    const bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, [r]);
    else bucket.push(r);
  }
  const groups: Record<string, OutcomeReport> = {};
  let suppressed = 0;
  for (const key of [...buckets.keys()].sort()) {
    const bucket = buckets.get(key) ?? [];
    if (bucket.length < policy.minCellSize) suppressed++;
    else groups[key] = computeCore(bucket, read.asOf, read.cohort, policy);
  }
  const issues =
    suppressed > 0 && !report.issues.some((i) => i.code === 'outcomes_groups_suppressed')
      ? [...report.issues, outcomesIssue('outcomes_groups_suppressed', ['groups'])]
      : report.issues;
  // A fresh copy: no result shares an object with its input, a catalogue or another result.
  return mutableCopy({ ...report, groups, suppressedGroups: suppressed, issues });
}
