import { z } from 'zod';
import { guard } from '../_lib/guards';
import { IsoDateSchema, type IsoDate } from '../core/dates/isoDate';
import { SeCaseSchema, type SeCase } from '../process/seCase';
import { SE_STEP_IDS } from '../process/seStep';
import type { NonWorkStatus, OutcomeRecord } from './outcomeRecord';

/**
 * Facts a case does not hold, for {@link toOutcomeRecord}.
 *
 * @example
 * ```ts
 * const extra: OutcomeRecordExtras = { jobSpecialistId: 'JS-07', complexAtIntake: true };
 * ```
 * @category Outcomes
 */
export interface OutcomeRecordExtras {
  /** Her job specialist. */
  readonly jobSpecialistId?: string;
  /** Whether she had complex needs at intake (for example `classifyNeeds(...).isComplex`). */
  readonly complexAtIntake?: boolean;
}

/** The shape of the extras, for the guard at the door. */
const ExtrasShape = z.object({
  jobSpecialistId: z.string().optional(),
  complexAtIntake: z.boolean().optional(),
});

type MutableEmployment = {
  -readonly [K in keyof OutcomeRecord['employments'][number]]: OutcomeRecord['employments'][number][K];
};

/**
 * Derives a participant's individual report (*individrapport*) from her case, as it stood on a date.
 *
 * @remarks
 * Only events dated on or before `asOf` count. Derivations (domain
 * specification, outcomes §A.2; AFI report 6.6, L11378–11388, L11513–11544):
 * - `seStartedOn`: the cooperation agreement, else the first step entered.
 * - `firstPlacementOn`: the first placement of any kind, job tasting included
 *   (L11191–11199, L12416–12418); `firstPaidWorkOn`: the first declared job or
 *   paid placement (L12408–12412).
 * - `onLeaveForWork`: the latest programme leave is for work and lasts at `asOf`.
 * - `inContractFollowUp`: the case is open, a declared job lasts at `asOf`, and
 *   a follow-up contact on contract or position share was held since it began (L11386–11388).
 * - `nonWorkStatus`: education or a waiting list when education started; a
 *   health or care stop on leave for health, care or pregnancy or an exit for
 *   health or care; under mapping when the case is in step 2 or earlier; else
 *   `other`. The report's traditional pathway (unpaid placements plus
 *   Norwegian training) needs facts a case does not record, so it is never
 *   derived, only imported.
 *
 * @param seCase - The case.
 * @param asOf - The date of the report.
 * @param extras - Facts from outside the case: job specialist, complex needs at intake.
 * @returns The {@link OutcomeRecord}.
 * @throws {@link SupportedEmploymentError} `invalid_input` when `seCase` is not a case, `asOf` not a date or `extras` not of its type.
 * @example
 * ```ts
 * toOutcomeRecord(createCase({ id: 'c1', openedOn: '2026-01-05' }), '2026-06-30').exit; // => null
 * ```
 * @category Outcomes
 */
export function toOutcomeRecord(
  seCase: SeCase,
  asOf: IsoDate,
  extras: OutcomeRecordExtras = {},
): OutcomeRecord {
  guard(SeCaseSchema, seCase, 'seCase', 'toOutcomeRecord', { shallow: true });
  guard(IsoDateSchema, asOf, 'asOf', 'toOutcomeRecord');
  guard(ExtrasShape, extras, 'extras', 'toOutcomeRecord');
  let programme: OutcomeRecord['programme'] = 'other';
  let referredOn: string | null = null;
  let agreementOn: string | null = null;
  let firstStepOn: string | null = null;
  let firstPlacementOn: string | null = null;
  let firstPaidWorkOn: string | null = null;
  let exit: OutcomeRecord['exit'] = null;
  let leave: { reason: string; until: string | undefined } | null = null;
  let education = false;
  let currentStep: string | null = null;
  const employments = new Map<string, MutableEmployment>();
  const attachment: { date: string; status: OutcomeRecord['attachment'][number]['status'] }[] = [];
  const contractFollowUps: string[] = [];

  for (const e of seCase.events) {
    if (e.date > asOf) break;
    switch (e.type) {
      case 'referral':
        programme = e.programme;
        referredOn = e.date;
        break;
      case 'cooperation-agreement-signed':
        agreementOn ??= e.date;
        break;
      case 'step-entered':
        firstStepOn ??= e.date;
        currentStep = e.step;
        break;
      case 'placement-started':
        firstPlacementOn ??= e.date;
        if (e.kind === 'paid-placement') firstPaidWorkOn ??= e.date;
        break;
      case 'employment-started': {
        const declared = e.declared ?? true;
        if (declared) firstPaidWorkOn ??= e.date;
        employments.set(e.employmentId, {
          start: e.date,
          contractType: e.contractType,
          ...(e.positionPercent === undefined ? {} : { positionPercent: e.positionPercent }),
          ...(e.involuntaryPartTime === undefined ? {} : { involuntaryPartTime: e.involuntaryPartTime }),
          industry: e.industry,
          declared,
        });
        break;
      }
      case 'employment-ended': {
        const job = employments.get(e.employmentId);
        if (job !== undefined) job.end = e.date;
        break;
      }
      case 'follow-up-contact':
        if (e.topic !== undefined) contractFollowUps.push(e.date);
        break;
      case 'programme-leave':
        leave = { reason: e.reason, until: e.until };
        break;
      case 'education-started':
        education = true;
        break;
      case 'attachment-observed':
        attachment.push({ date: e.date, status: e.status });
        break;
      case 'case-closed':
        exit = { date: e.date, kind: e.outcome };
        break;
      default:
        break;
    }
  }

  const jobs = [...employments.values()];
  const onLeaveForWork =
    leave !== null && leave.reason === 'work' && (leave.until === undefined || leave.until >= asOf);
  const current = jobs.filter((j) => j.declared && j.start <= asOf && (j.end === undefined || j.end >= asOf));
  const inContractFollowUp =
    exit === null && current.some((j) => contractFollowUps.some((d) => d >= j.start));

  let nonWorkStatus: NonWorkStatus = 'other';
  const closedFor = exit?.kind;
  if (education) nonWorkStatus = 'education-or-waiting-list';
  else if (
    (leave !== null && leave.reason !== 'work' && leave.reason !== 'other') ||
    closedFor === 'health' ||
    closedFor === 'care'
  )
    nonWorkStatus = 'health-or-care-stop';
  else if (
    exit === null &&
    (currentStep === null || SE_STEP_IDS.indexOf(currentStep as (typeof SE_STEP_IDS)[number]) <= 1)
  )
    nonWorkStatus = 'under-mapping';

  return {
    caseId: seCase.id,
    programme,
    ...(extras.jobSpecialistId === undefined ? {} : { jobSpecialistId: extras.jobSpecialistId }),
    referredOn,
    seStartedOn: agreementOn ?? firstStepOn,
    firstPlacementOn,
    firstPaidWorkOn,
    exit,
    onLeaveForWork,
    inContractFollowUp,
    employments: jobs,
    attachment,
    nonWorkStatus,
    ...(extras.complexAtIntake === undefined ? {} : { complexAtIntake: extras.complexAtIntake }),
  };
}
