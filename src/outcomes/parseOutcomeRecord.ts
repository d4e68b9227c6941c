import { parseWith, safeParseWith } from '../_lib/parseWith';
import type { Result } from '../issue';
import { OutcomeRecordSchema, type OutcomeRecord } from './outcomeRecord';

/**
 * Parses an imported individual report, throwing when it does not fit.
 *
 * @remarks
 * Imported reports are first-class input: the AFI results came as 202
 * individual reports (AFI report 6.6, L11378–11380).
 *
 * @param input - Untrusted input, for example parsed JSON.
 * @returns The parsed {@link OutcomeRecord}.
 * @throws {@link SupportedEmploymentError} `invalid_input`, with coded issues in `error.issues`.
 * @example
 * ```ts
 * parseOutcomeRecord({ caseId: 'c1', programme: 'nav', referredOn: null, seStartedOn: null, firstPlacementOn: null,
 *   firstPaidWorkOn: null, exit: null, onLeaveForWork: false, inContractFollowUp: false, employments: [], attachment: [] }).caseId; // => 'c1'
 * ```
 * @category Outcomes
 */
export function parseOutcomeRecord(input: unknown): OutcomeRecord {
  return parseWith(OutcomeRecordSchema, input, 'outcome record');
}

/**
 * Parses an imported individual report, returning coded issues instead of throwing.
 *
 * @remarks
 * See {@link parseOutcomeRecord}. Issues never quote the rejected value.
 *
 * @param input - Untrusted input, for example parsed JSON.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with paths into the input.
 * @example
 * ```ts
 * safeParseOutcomeRecord({ caseId: 'c1' }).ok; // => false
 * ```
 * @category Outcomes
 */
export function safeParseOutcomeRecord(input: unknown): Result<OutcomeRecord> {
  return safeParseWith(OutcomeRecordSchema, input);
}
