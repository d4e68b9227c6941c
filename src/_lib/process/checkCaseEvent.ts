import type { Issue } from '../../issue';
import type { CaseEvent, CaseEventType } from '../../process/caseEvent';
import type { ConsentScope } from '../../process/consentScope';
import type { SeCase } from '../../process/seCase';
import { consentStatus, lastEventDate, stepNumber } from './caseState';
import { consentSource, processIssue } from './issues';
import { stepReadiness } from './stepReadiness';

/** Event types that need no referral first. */
const WITHOUT_REFERRAL: ReadonlySet<CaseEventType> = new Set<CaseEventType>(['referral', 'case-closed']);

/** Event types still allowed after the SE-participation consent is withdrawn: consent decisions and recording what ends. */
const AFTER_WITHDRAWAL: ReadonlySet<CaseEventType> = new Set<CaseEventType>([
  'consent-given',
  'consent-withdrawn',
  'placement-ended',
  'employment-ended',
  'case-closed',
]);

function requireConsent(seCase: SeCase, scope: ConsentScope, path: Issue['path']): Issue[] {
  const status = consentStatus(seCase, scope);
  if (status === 'withdrawn')
    return [processIssue('consent_withdrawn', 'error', path, { source: consentSource(scope) })];
  if (status === 'none')
    return [processIssue('consent_not_given', 'error', path, { source: consentSource(scope) })];
  return [];
}

/**
 * The reasons an event cannot be applied to a case now, with paths into the event; empty when it can.
 * `eventIds` is an index of the ids of `seCase.events` kept by a replay, so that a
 * replay of n events is linear; without it the events are scanned once.
 */
export function checkCaseEvent(
  seCase: SeCase,
  event: CaseEvent,
  eventIds?: { has(id: string): boolean },
): Issue[] {
  const issues: Issue[] = [];

  const duplicate =
    eventIds === undefined ? seCase.events.some((e) => e.id === event.id) : eventIds.has(event.id);
  if (duplicate) issues.push(processIssue('event_id_duplicate', 'error', ['id']));
  if (event.date < seCase.openedOn) {
    issues.push(processIssue('event_before_case_opened', 'error', ['date']));
  } else {
    const last = lastEventDate(seCase);
    if (last !== null && event.date < last)
      issues.push(processIssue('event_out_of_order', 'error', ['date']));
  }
  if (seCase.closure !== null) {
    // Attachment after exit is observed on a closed case (AFI report 7.2.3, L12400–12406).
    if (event.type !== 'attachment-observed') issues.push(processIssue('case_closed', 'error', []));
    return issues;
  }
  if (seCase.referral === null && !WITHOUT_REFERRAL.has(event.type)) {
    issues.push(processIssue('referral_missing', 'error', []));
  }
  if (consentStatus(seCase, 'se-participation') === 'withdrawn' && !AFTER_WITHDRAWAL.has(event.type)) {
    issues.push(
      processIssue('consent_withdrawn', 'error', [], { source: consentSource('se-participation') }),
    );
  }

  switch (event.type) {
    case 'referral':
      if (seCase.referral !== null) issues.push(processIssue('referral_duplicate', 'error', []));
      break;
    case 'consent-withdrawn':
      if (consentStatus(seCase, event.scope) !== 'given') {
        issues.push(processIssue('consent_withdrawal_without_consent', 'error', ['scope']));
      }
      break;
    case 'step-entered': {
      for (const found of stepReadiness(seCase, event.step)) {
        if (found.severity === 'error' && !issues.some((i) => i.code === found.code)) {
          issues.push({ ...found, path: ['step'] });
        }
      }
      const current = seCase.currentStep;
      if (current !== null && stepNumber(event.step) < stepNumber(current) && event.reason === undefined) {
        issues.push(processIssue('step_back_without_reason', 'error', ['reason']));
      }
      break;
    }
    case 'needs-assessed':
    case 'needs-reassessed':
      if (event.type === 'needs-assessed' && seCase.assessments.length > 0) {
        issues.push(processIssue('initial_assessment_exists', 'error', ['type']));
      }
      if (event.type === 'needs-reassessed' && seCase.assessments.length === 0) {
        issues.push(processIssue('reassessment_without_assessment', 'error', ['type']));
      }
      if (seCase.assessments.some((a) => a.assessmentId === event.assessmentId)) {
        issues.push(processIssue('assessment_id_duplicate', 'error', ['assessmentId']));
      }
      break;
    case 'third-party-contact':
      issues.push(
        ...requireConsent(
          seCase,
          event.party === 'family-or-network' ? 'family-contact' : 'cross-agency-contact',
          ['party'],
        ),
      );
      break;
    case 'placement-started':
      if (seCase.placements.some((p) => p.placementId === event.placementId)) {
        issues.push(processIssue('placement_id_duplicate', 'error', ['placementId']));
      }
      break;
    case 'placement-ended': {
      const placement = seCase.placements.find((p) => p.placementId === event.placementId);
      if (placement === undefined)
        issues.push(processIssue('placement_not_started', 'error', ['placementId']));
      else if (placement.endedOn !== null)
        issues.push(processIssue('placement_already_ended', 'error', ['placementId']));
      break;
    }
    case 'employment-started':
      if (seCase.employments.some((e) => e.employmentId === event.employmentId)) {
        issues.push(processIssue('employment_id_duplicate', 'error', ['employmentId']));
      }
      if (event.involuntaryPartTime === true && event.positionPercent === 100) {
        issues.push(processIssue('involuntary_part_time_full_time', 'error', ['involuntaryPartTime']));
      }
      break;
    case 'programme-leave':
      if (event.until !== undefined && event.until < event.date)
        issues.push(processIssue('leave_ends_before_start', 'error', ['until']));
      break;
    case 'employment-ended': {
      const employment = seCase.employments.find((e) => e.employmentId === event.employmentId);
      if (employment === undefined)
        issues.push(processIssue('employment_not_started', 'error', ['employmentId']));
      else if (employment.endedOn !== null)
        issues.push(processIssue('employment_already_ended', 'error', ['employmentId']));
      break;
    }
    case 'follow-up-contact':
      if (seCase.employments.length === 0)
        issues.push(processIssue('follow_up_without_employment', 'error', []));
      if (event.with !== 'participant') issues.push(...requireConsent(seCase, 'employer-sharing', ['with']));
      break;
    case 'consent-given':
    case 'cooperation-agreement-signed':
    case 'document-recorded':
    case 'education-started':
    case 'attachment-observed':
    case 'case-closed':
      break;
  }
  return issues;
}
