import { z } from 'zod';
import { IsoDateSchema } from '../core/dates/isoDate';
import { ProgrammeSchema } from '../needs/programme';
import { CaseOutcomeSchema } from './caseOutcome';
import { ConsentScopeSchema } from './consentScope';
import { SeStepIdSchema } from './seStep';

const count = z.number().int().min(0);

/**
 * Schema of a {@link CaseSummary}.
 *
 * @example
 * ```ts
 * CaseSummarySchema.parse(summarizeCase(seCase, { asOf: '2027-06-01' })).status; // => 'open'
 * ```
 * @category Process
 */
export const CaseSummarySchema = z.object({
  /** The date the summary describes. */
  asOf: IsoDateSchema,
  /** `closed` once the case has a closure on or before `asOf`. */
  status: z.enum(['open', 'closed']),
  /** How the case ended, or null while open. */
  outcome: CaseOutcomeSchema.nullable(),
  /** The referral date, or null before referral. */
  referredOn: IsoDateSchema.nullable(),
  /** The programme from the referral, or null. */
  programme: ProgrammeSchema.nullable(),
  /** The current step, or null before the first. */
  currentStep: SeStepIdSchema.nullable(),
  /** Calendar days since the current step was entered (to the closing date for a closed case). */
  daysInCurrentStep: count.nullable(),
  /** The steps entered at least once, in step order. */
  stepsIncluded: z.array(SeStepIdSchema),
  /** How many times the case moved back to an earlier step. */
  movesBack: count,
  /** Whole weeks from referral to the first employer contact (see {@link summarizeCase}), or null. */
  weeksToFirstEmployerContact: count.nullable(),
  /** Whole weeks from referral to the first day at a workplace (placement or job), or null. */
  weeksToFirstPlacement: count.nullable(),
  /** Whole weeks from referral to the first paid work (paid placement or employment), or null. */
  weeksToPaidWork: count.nullable(),
  /** How many unpaid placements (work trials and unpaid placements) the case has had. */
  unpaidPlacementCount: count,
  /** Calendar days in unpaid placements, added up (ongoing ones counted to `asOf`). */
  unpaidPlacementDays: count,
  /** `unpaidPlacementDays` in whole weeks. */
  unpaidPlacementWeeks: count,
  /** True when at least one employment has not ended. */
  inEmployment: z.boolean(),
  /** The first working day of the first employment: when follow-up after employment starts. */
  followUpStartedOn: IsoDateSchema.nullable(),
  /** Whole months of follow-up after employment so far, or null before any employment. */
  followUpMonths: count.nullable(),
  /** The consent scopes in force, in {@link CONSENT_SCOPES} order. */
  openConsents: z.array(ConsentScopeSchema),
  /** The end of the follow-up period of the latest employment, or null. */
  followUpWindowEndsOn: IsoDateSchema.nullable(),
  /** When the next follow-up contact is due, or null when none is (closed case, no job, period over). */
  nextFollowUpDue: IsoDateSchema.nullable(),
  /** True when `nextFollowUpDue` is before `asOf`. */
  followUpOverdue: z.boolean(),
});

/**
 * Key figures of a case at one date: where it is, how fast it reached employers and paid work, and what follow-up is due.
 *
 * @remarks
 * The time indicators follow the AFI report's proposal to split SEQF's
 * "average time from referral to job start" into referral → workplace
 * placement and referral → paid work (table 12, 6.2, L12474–12485).
 *
 * @example
 * ```ts
 * const summary: CaseSummary = summarizeCase(seCase, { asOf: '2027-06-01' });
 * summary.weeksToPaidWork; // => 14
 * ```
 * @category Process
 */
export interface CaseSummary extends z.output<typeof CaseSummarySchema> {}
