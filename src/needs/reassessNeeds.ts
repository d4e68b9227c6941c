import type { Issue } from '../issue';
import { afi } from '../_lib/needs/sources';
import { mutableCopy } from '../_lib/process/mutableCopy';
import { classifyNeeds } from './classifyNeeds';
import type { ClassifyNeedsOptions } from './classifyNeedsOptions';
import { compareNeedSeverity } from './compareNeedSeverity';
import type { NeedId } from './needId';
import type { NeedsAssessment } from './needsAssessment';
import type { ClassifiedNeed, NeedsProfile } from './needsProfile';
import type { NeedSeverityChange, NeedsReassessment } from './needsReassessment';
import { guard, guardOptions } from '../_lib/guards';
import { NeedsAssessmentSchema } from './needsAssessment';
import { NeedsProfileSchema } from './needsProfile';

/**
 * Re-classifies a participant from a new assessment and reports what appeared, resolved or changed.
 *
 * @remarks
 * Needs that were not clear at enrolment often surface during the follow-up,
 * and others are resolved by it (AFI 2.5, L5130–5132; domain specification §4).
 * The new profile is {@link classifyNeeds} of the new assessment; the previous
 * profile is taken as it is (it may come from an older version of the rules).
 * When the new assessment is dated before the previous profile, the result
 * carries a `needs_reassessment_out_of_order` warning.
 *
 * @param previous - The earlier needs profile.
 * @param assessment - The new, parsed assessment.
 * @param options - Options passed on to {@link classifyNeeds}.
 * @returns The new profile and the needs that appeared, resolved, changed or stayed.
 * @throws {@link SupportedEmploymentError} `invalid_option` when an option is out of range.
 * @example
 * ```ts
 * const before = classifyNeeds({ id: 'a-1', assessedOn: '2026-01-05', travelsAlone: false });
 * const after = reassessNeeds(before, { id: 'a-2', assessedOn: '2026-03-02', travelsAlone: true, housing: 'temporary' });
 * after.resolved.map((n) => n.id); // => ['mobility']
 * after.appeared.map((n) => n.id); // => ['housing', 'inter-agency-cooperation']
 * ```
 * @category Needs
 */
export function reassessNeeds(
  previous: NeedsProfile,
  assessment: NeedsAssessment,
  options?: ClassifyNeedsOptions,
): NeedsReassessment {
  guard(NeedsProfileSchema, previous, 'previous', 'reassessNeeds');
  guard(NeedsAssessmentSchema, assessment, 'assessment', 'reassessNeeds');
  guardOptions(options, 'reassessNeeds');
  const profile = classifyNeeds(assessment, options);
  const before = new Map<NeedId, ClassifiedNeed>();
  for (const need of previous.needs) before.set(need.id, need);
  const now = new Set<NeedId>();

  const appeared: ClassifiedNeed[] = [];
  const changed: NeedSeverityChange[] = [];
  const unchanged: NeedId[] = [];
  for (const need of profile.needs) {
    now.add(need.id);
    const old = before.get(need.id);
    if (old === undefined) appeared.push(need);
    else if (old.severity === need.severity) unchanged.push(need.id);
    else {
      changed.push({
        id: need.id,
        from: old.severity,
        to: need.severity,
        direction: compareNeedSeverity(need.severity, old.severity) > 0 ? 'raised' : 'lowered',
      });
    }
  }
  // Copies, not the caller's objects: a result never shares an object with its input.
  const resolved = previous.needs.filter((need) => !now.has(need.id)).map((need) => mutableCopy(need));

  const issues: Issue[] = [];
  if (assessment.assessedOn < previous.assessedOn) {
    issues.push({
      code: 'needs_reassessment_out_of_order',
      severity: 'warning',
      path: ['assessedOn'],
      message: {
        nb: 'Den nye kartleggingen er datert før den forrige profilen.',
        en: 'The new assessment is dated before the previous profile.',
      },
      source: afi('2.5 (behov kommer fram over tid)', 'L5130–5132'),
    });
  }
  return { profile, appeared, resolved, changed, unchanged, issues };
}
