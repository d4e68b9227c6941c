import { mutableCopy } from '../_lib/process/mutableCopy';
import { deepFreeze } from '../_lib/deepFreeze';
import { z } from 'zod';
import { guard, guardList, guardOptions } from '../_lib/guards';
import { computeCore, inCohort } from '../_lib/outcomes/kpis';
import { outcomesIssue } from '../_lib/outcomes/issues';
import { IsoDateSchema, type IsoDate } from '../core/dates/isoDate';
import type { PolicyOverrides } from '../core/policy';
import { resolvePolicy } from '../core/resolvePolicy';
import { OutcomeRecordSchema, type OutcomeRecord } from './outcomeRecord';
import { COHORT_BASES, type OutcomeCohort, type OutcomeReport } from './outcomeReport';

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

/**
 * Options of {@link computeOutcomeKpis}.
 *
 * @example
 * ```ts
 * const options: OutcomeKpiOptions = { asOf: '2025-09-01', cohort: { basis: 'exited', from: '2024-01-01', to: '2024-12-31' }, groupBy: ['programme'] };
 * ```
 * @category Outcomes
 */
export interface OutcomeKpiOptions {
  /** The date the figures are computed at; nothing after it counts. */
  readonly asOf: IsoDate;
  /** The cohort; see {@link COHORT_BASES}. */
  readonly cohort: OutcomeCohort;
  /** Sub-reports per value of these dimensions, joined by `/` in the group key (an open case's exit year is `open`). */
  readonly groupBy?: readonly OutcomeGroupKey[];
  /** Policy overrides (`outcomes.*` numbers). */
  readonly policy?: PolicyOverrides;
}

/** The most records one report takes (documented on {@link computeOutcomeKpis}). */
const MAX_RECORDS = 1_000_000;

/** The shape of the options, for the guard at the door (`policy` is checked by `resolvePolicy`). */
const OptionsShape = z.object({
  asOf: IsoDateSchema,
  cohort: z.object({ basis: z.enum(COHORT_BASES), from: IsoDateSchema, to: IsoDateSchema }),
  groupBy: z.array(z.enum(OUTCOME_GROUP_KEYS)).max(OUTCOME_GROUP_KEYS.length).optional(),
});

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
 * @param options - `asOf`, `cohort`, optional `groupBy` and `policy`.
 * @returns The {@link OutcomeReport}.
 * @throws {@link SupportedEmploymentError} `invalid_input` when `records` is not a list of at most 1,000,000
 *   outcome records; `invalid_option` when an option does not fit its type or a policy override is out of range.
 * @example
 * ```ts
 * const report = computeOutcomeKpis([], { asOf: '2026-12-31', cohort: { basis: 'reported', from: '2026-01-01', to: '2026-12-31' } });
 * report.rates.workGoalRate; // => null
 * ```
 * @category Outcomes
 */
export function computeOutcomeKpis(
  records: readonly OutcomeRecord[],
  options: OutcomeKpiOptions,
): OutcomeReport {
  guardList(OutcomeRecordSchema, records, 'records', 'computeOutcomeKpis', MAX_RECORDS);
  guardOptions(options, 'computeOutcomeKpis', 'options', true);
  guard(OptionsShape, options, 'options', 'computeOutcomeKpis', { code: 'invalid_option' });
  const policy = resolvePolicy(options.policy).outcomes;
  const cohort = records.filter((r) => inCohort(r, options.cohort));
  const report = computeCore(cohort, options.asOf, options.cohort, policy);
  const groupBy = options.groupBy ?? [];
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
    else groups[key] = computeCore(bucket, options.asOf, options.cohort, policy);
  }
  const issues =
    suppressed > 0 && !report.issues.some((i) => i.code === 'outcomes_groups_suppressed')
      ? [...report.issues, outcomesIssue('outcomes_groups_suppressed', ['groups'])]
      : report.issues;
  // A fresh copy: no result shares an object with its input, a catalogue or another result.
  return mutableCopy({ ...report, groups, suppressedGroups: suppressed, issues });
}
