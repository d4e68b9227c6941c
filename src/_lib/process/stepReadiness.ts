import type { Issue } from '../../issue';
import type { SeCase } from '../../process/seCase';
import { SE_STEP_IDS, type SeStepId } from '../../process/seStep';
import { consentStatus, stepNumber } from './caseState';
import { consentSource, processIssue, stepMessage } from './issues';

/**
 * What stands between a case and entering a step, as issues with paths into the case.
 *
 * Errors are preconditions (closed case, no referral, SE-participation consent
 * missing or withdrawn, the same step, employer-sharing consent withdrawn for
 * employer work); warnings are "usually first"; a move back is info.
 */
export function stepReadiness(seCase: SeCase, step: SeStepId): Issue[] {
  const issues: Issue[] = [];
  const n = stepNumber(step);

  if (seCase.closure !== null) issues.push(processIssue('case_closed', 'error', ['closure']));
  if (seCase.referral === null) issues.push(processIssue('referral_missing', 'error', ['referral']));

  const se = consentStatus(seCase, 'se-participation');
  if (se === 'withdrawn') {
    issues.push(
      processIssue('consent_withdrawn', 'error', ['consents', 'se-participation'], {
        source: consentSource('se-participation'),
      }),
    );
  } else if (n > 1 && se === 'none') {
    issues.push(
      processIssue('consent_not_given', 'error', ['consents', 'se-participation'], {
        source: consentSource('se-participation'),
      }),
    );
  }

  if (seCase.currentStep === step) {
    issues.push(processIssue('step_unchanged', 'error', ['currentStep']));
  } else if (seCase.currentStep !== null && n < stepNumber(seCase.currentStep)) {
    issues.push(processIssue('step_back', 'info', ['currentStep']));
  }

  if (n > 1 && seCase.cooperationAgreement === null) {
    issues.push(processIssue('cooperation_agreement_missing', 'warning', ['cooperationAgreement']));
  }

  for (const earlier of SE_STEP_IDS.slice(0, n - 1)) {
    if (!seCase.stepHistory.some((entry) => entry.step === earlier)) {
      issues.push(
        processIssue('earlier_step_not_entered', 'warning', ['stepHistory'], {
          message: stepMessage('earlier_step_not_entered', earlier, false),
        }),
      );
    }
  }

  if (step === 'job-finding' && !seCase.documents.some((d) => d.document === 'vocational-profile')) {
    issues.push(processIssue('vocational_profile_missing', 'warning', ['documents']));
  }

  if (step === 'job-finding' || step === 'employer-engagement') {
    const sharing = consentStatus(seCase, 'employer-sharing');
    if (sharing === 'withdrawn' && step === 'employer-engagement') {
      issues.push(
        processIssue('consent_withdrawn', 'error', ['consents', 'employer-sharing'], {
          source: consentSource('employer-sharing'),
        }),
      );
    } else if (sharing !== 'given') {
      issues.push(
        processIssue('employer_sharing_consent_pending', 'warning', ['consents', 'employer-sharing']),
      );
    }
  }

  if (step === 'on-off-job-support' && seCase.placements.length === 0 && seCase.employments.length === 0) {
    issues.push(processIssue('no_workplace_yet', 'warning', ['placements']));
  }

  return issues;
}
