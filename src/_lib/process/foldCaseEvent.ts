import type { Draft } from 'immer';
import type { CaseEvent } from '../../process/caseEvent';
import type { SeCase } from '../../process/seCase';
import { stepNumber } from './caseState';

/** Applies an already checked event to a draft case (inside immer's `produce`). */
export function foldCaseEvent(draft: Draft<SeCase>, event: CaseEvent): void {
  // A shallow copy: events are flat, and immer freezes what it is given.
  draft.events.push({ ...event });
  switch (event.type) {
    case 'referral':
      draft.referral = {
        eventId: event.id,
        date: event.date,
        programme: event.programme,
        referredBy: event.referredBy,
      };
      break;
    case 'consent-given':
    case 'consent-withdrawn':
      draft.consents[event.scope] = {
        status: event.type === 'consent-given' ? 'given' : 'withdrawn',
        since: event.date,
        eventId: event.id,
      };
      break;
    case 'cooperation-agreement-signed':
      draft.cooperationAgreement = {
        eventId: event.id,
        signedOn: event.date,
        interpreterUsed: event.interpreterUsed,
      };
      break;
    case 'step-entered': {
      const current = draft.currentStep;
      draft.stepHistory.push({
        eventId: event.id,
        step: event.step,
        enteredOn: event.date,
        direction:
          current === null ? 'first' : stepNumber(event.step) > stepNumber(current) ? 'forward' : 'back',
        reason: event.reason ?? null,
      });
      draft.currentStep = event.step;
      break;
    }
    case 'document-recorded':
      draft.documents.push({
        eventId: event.id,
        document: event.document,
        recordedOn: event.date,
        step: event.step ?? draft.currentStep,
        documentRef: event.documentRef ?? null,
      });
      break;
    case 'needs-assessed':
    case 'needs-reassessed':
      draft.assessments.push({
        eventId: event.id,
        assessmentId: event.assessmentId,
        assessedOn: event.date,
        kind: event.type === 'needs-assessed' ? 'initial' : 'reassessment',
      });
      break;
    case 'third-party-contact':
      draft.thirdPartyContacts.push({
        eventId: event.id,
        date: event.date,
        party: event.party,
        channel: event.channel,
      });
      break;
    case 'placement-started':
      draft.placements.push({
        placementId: event.placementId,
        kind: event.kind,
        employerId: event.employerId,
        hoursPerWeek: event.hoursPerWeek,
        startedOn: event.date,
        endedOn: null,
        endReason: null,
      });
      break;
    case 'placement-ended': {
      const placement = draft.placements.find((p) => p.placementId === event.placementId);
      if (placement !== undefined) {
        placement.endedOn = event.date;
        placement.endReason = event.reason;
      }
      break;
    }
    case 'employment-started':
      draft.employments.push({
        employmentId: event.employmentId,
        employerId: event.employerId,
        contractType: event.contractType,
        positionPercent: event.positionPercent ?? null,
        industry: event.industry,
        occupation: event.occupation,
        startedOn: event.date,
        endedOn: null,
        endReason: null,
      });
      break;
    case 'employment-ended': {
      const employment = draft.employments.find((e) => e.employmentId === event.employmentId);
      if (employment !== undefined) {
        employment.endedOn = event.date;
        employment.endReason = event.reason;
      }
      break;
    }
    case 'follow-up-contact':
      draft.followUpContacts.push({
        eventId: event.id,
        date: event.date,
        channel: event.channel,
        with: event.with,
      });
      break;
    case 'case-closed':
      draft.closure = { eventId: event.id, closedOn: event.date, outcome: event.outcome };
      break;
  }
}
