import { mutableCopy } from '../_lib/process/mutableCopy';
import { z } from 'zod';
import { guardList, guardOptions } from '../_lib/guards';
import { PolicyOverridesSchema } from '../_lib/policyOverridesSchema';
import { resolveOptions } from '../_lib/resolveOptions';
import { addMonthsIso } from '../_lib/outcomes/days';
import { outcomesIssue } from '../_lib/outcomes/issues';
import { IsoDateSchema, type IsoDate } from '../core/dates/isoDate';
import type { Issue } from '../issue';
import { POLICY_SOURCES } from '../core/policy';
import { resolvePolicy } from '../core/resolvePolicy';
import { ProgrammeSchema, type Programme } from '../needs/programme';

/**
 * One job specialist's caseload on a date.
 *
 * @example
 * ```ts
 * const a: CaseloadAssignment = { jobSpecialistId: 'JS-A', roleStartedOn: '2023-02-01', activeCaseIds: ['c1', 'c2'] };
 * ```
 * @category Outcomes
 */
export interface CaseloadAssignment {
  /** The job specialist's id. */
  readonly jobSpecialistId: string;
  /** The date she started in the role (the start phase counts from it). */
  readonly roleStartedOn: IsoDate;
  /** The ids of her active cases. */
  readonly activeCaseIds: readonly string[];
  /** The programme, for the consumer's own grouping. */
  readonly programme?: Programme;
}

/**
 * Caseloads that programmes report as their practice, to use as policy overrides.
 *
 * @remarks
 * Jobbsjansen Søndre Nordstrand: four job specialists with 18–23 participants
 * each (IMDi on the handbook, L40). Use it as
 * `{ caseload: CASELOAD_PRACTICE['jobbsjansen-sondre-nordstrand'] }`.
 *
 * @example
 * ```ts
 * CASELOAD_PRACTICE['jobbsjansen-sondre-nordstrand'].max; // => 23
 * ```
 * @category Outcomes
 */
export const CASELOAD_PRACTICE = Object.freeze({
  'jobbsjansen-sondre-nordstrand': Object.freeze({ min: 18, max: 23 }),
});

/** The most job specialists one check takes (documented on {@link checkCaseload}). */
const MAX_ASSIGNMENTS = 100_000;

/** The shape of one assignment, for the guard at the door; ids lists are bounded by the guard's own maximum. */
const AssignmentShape = z.object({
  jobSpecialistId: z.string(),
  roleStartedOn: IsoDateSchema,
  activeCaseIds: z.array(z.string()),
  programme: ProgrammeSchema.optional(),
});

/**
 * Schema of the options of {@link checkCaseload}: the date and the policy overrides.
 *
 * @remarks
 * - `asOf` is required: the date the caseloads are checked on (the start phase
 *   is measured to it).
 * - `policy` overrides the caseload numbers, checked against {@link PolicySchema}'s
 *   bounds; what it leaves out keeps {@link DEFAULT_POLICY}: at most 15 active
 *   participants, 10 in the start phase (AFI report 6.5.2, L11253–11261;
 *   appendix L13394–13396), a start phase of 6 months (a library default).
 *   A programme with another practice passes it here, for example
 *   `{ caseload: CASELOAD_PRACTICE['jobbsjansen-sondre-nordstrand'] }` (IMDi on
 *   the handbook, L40).
 *
 * @example
 * ```ts
 * CheckCaseloadOptionsSchema.safeParse({ asOf: '2026-04-01', policy: { caseload: { max: 23 } } }).success; // => true
 * ```
 * @category Outcomes
 */
export const CheckCaseloadOptionsSchema = z.strictObject({
  /** The date the caseloads are checked on. */
  asOf: IsoDateSchema,
  /** Policy overrides (`caseload.*`); {@link DEFAULT_POLICY} for what is left out. */
  policy: PolicyOverridesSchema.optional(),
});

/**
 * Options of {@link checkCaseload}; see {@link CheckCaseloadOptionsSchema} for the defaults and their sources.
 *
 * @example
 * ```ts
 * const options: CheckCaseloadOptions = { asOf: '2026-04-01', policy: { caseload: { max: 23 } } };
 * ```
 * @category Outcomes
 */
export type CheckCaseloadOptions = z.input<typeof CheckCaseloadOptionsSchema>;

/**
 * Checks job specialists' caseloads against the policy: 10–15 active, 5–10 in the start phase.
 *
 * @remarks
 * Most case projects cut caseloads to 10–15 active participants, and fewer at
 * the start, to follow up closely (AFI report 6.5.2, L11253–11261; appendix
 * L13394–13396). `caseload_above_policy` (warning) when a caseload exceeds
 * `caseload.max`; `caseload_start_above_policy` (warning) when `asOf` is within
 * `caseload.startPhaseMonths` of `roleStartedOn` and the caseload exceeds
 * `caseload.startMax`. A programme with another practice overrides the policy
 * (for example {@link CASELOAD_PRACTICE}, 18–23). Paths are `[index, 'activeCaseIds']`.
 *
 * @param assignments - One entry per job specialist.
 * @param options - `asOf` and optional `policy` overrides; see {@link CheckCaseloadOptionsSchema}.
 * @returns Warnings, in input order.
 * @throws {@link SupportedEmploymentError} `invalid_input` when `assignments` is not a list of at most 100,000
 *   assignments of the right shape; `invalid_option` when an option does not fit {@link CheckCaseloadOptionsSchema}
 *   (`options.asOf` not a date, a policy override unknown or out of range).
 * @example
 * ```ts
 * checkCaseload([{ jobSpecialistId: 'JS-A', roleStartedOn: '2023-02-01', activeCaseIds: Array.from({ length: 21 }, (_, i) => `c${i}`) }],
 *   { asOf: '2026-04-01' }).map((i) => i.code); // => ['caseload_above_policy']
 * ```
 * @category Outcomes
 */
export function checkCaseload(
  assignments: readonly CaseloadAssignment[],
  options: CheckCaseloadOptions,
): Issue[] {
  guardList(AssignmentShape, assignments, 'assignments', 'checkCaseload', MAX_ASSIGNMENTS);
  guardOptions(options, 'checkCaseload', 'options', true);
  const { asOf, policy } = resolveOptions(CheckCaseloadOptionsSchema, options, 'checkCaseload');
  const { caseload } = resolvePolicy(policy);
  const issues: Issue[] = [];
  assignments.forEach((a, i) => {
    const count = new Set(a.activeCaseIds).size;
    const inStart = asOf < addMonthsIso(a.roleStartedOn, caseload.startPhaseMonths);
    if (inStart && count > caseload.startMax) {
      issues.push(
        outcomesIssue(
          'caseload_start_above_policy',
          [i, 'activeCaseIds'],
          POLICY_SOURCES['caseload.startMax'],
        ),
      );
    } else if (count > caseload.max) {
      issues.push(outcomesIssue('caseload_above_policy', [i, 'activeCaseIds']));
    }
  });
  return mutableCopy(issues);
}
