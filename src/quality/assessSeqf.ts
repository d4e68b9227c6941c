import { mutableCopy } from '../_lib/process/mutableCopy';
import { z } from 'zod';
import { guard, guardOptions } from '../_lib/guards';
import { PolicyOverridesSchema } from '../_lib/policyOverridesSchema';
import { resolveOptions } from '../_lib/resolveOptions';
import { ReportShape } from '../_lib/outcomes/shapes';
import { qualityIssue } from '../_lib/quality/issues';
import type { Issue } from '../issue';
import { resolvePolicy } from '../core/resolvePolicy';
import type { SourceRef } from '../core/sourceRef';
import type { AnchorBand } from '../outcomes/outcomeReport';
import {
  SEQF_AREAS,
  SEQF_CRITERIA,
  SEQF_CRITERION_IDS,
  TARGET_GROUP_ADJUSTMENT_IDS,
  type SeqfAreaId,
  type SeqfCriterionId,
  type TargetGroupAdjustmentId,
} from './seqfCatalogue';
import { SeqfSelfAssessmentSchema, type SeqfSelfAssessment } from './seqfSelfAssessment';

/**
 * A SEQF level, 1 to 5.
 *
 * @example
 * ```ts
 * const level: SeqfLevel = 3;
 * ```
 * @category Quality
 */
export type SeqfLevel = 1 | 2 | 3 | 4 | 5;

/**
 * One area's result in a {@link SeqfResult}.
 *
 * @example
 * ```ts
 * const area: SeqfAreaResult = { id: 1, score: 8, maxPoints: 20, percent: 0.4, criteriaRated: 4, criteriaListIncomplete: false, weight: 0.1 };
 * ```
 * @category Quality
 */
export interface SeqfAreaResult {
  /** The area number. */
  readonly id: SeqfAreaId;
  /** Σ effective levels, capped at `maxPoints`. */
  readonly score: number;
  /** The area's SEQF maximum. */
  readonly maxPoints: number;
  /** Σ effective levels / (5 × criteria rated); null when none is rated. */
  readonly percent: number | null;
  /** Criteria of the area that are rated. */
  readonly criteriaRated: number;
  /** See {@link SeqfArea}. */
  readonly criteriaListIncomplete: boolean;
  /** The area's weight. */
  readonly weight: number;
}

/**
 * A suggestion for criterion 6.2 pre-filled from an outcome report: a fact to consider, never a level.
 *
 * @example
 * ```ts
 * const s: SeqfSuggestion = { criterionId: '6.2', kind: 'in-work-after-se-start', value: 0.35, source: { document: 'afi-report', section: '7.2.3', lines: 'L12380–12382' } };
 * ```
 * @category Quality
 */
export type SeqfSuggestion =
  | {
      readonly criterionId: '6.2';
      readonly kind: 'transition-to-work';
      readonly value: number;
      readonly band: 'at-or-above-seqf-top' | 'below-seqf-top';
      readonly source: SourceRef;
    }
  | {
      readonly criterionId: '6.2';
      readonly kind: 'time-to-paid-work';
      readonly medianWeeks: number;
      readonly band: AnchorBand;
      readonly source: SourceRef;
    }
  | {
      readonly criterionId: '6.2';
      readonly kind: 'in-work-after-se-start';
      readonly value: number;
      readonly source: SourceRef;
    }
  | {
      readonly criterionId: '6.2';
      readonly kind: 'attachment';
      readonly horizonMonths: 6 | 12 | 36;
      readonly value: number;
      readonly coverage: number;
      readonly source: SourceRef;
    };

/**
 * The result of {@link assessSeqf}.
 *
 * @example
 * ```ts
 * const result: SeqfResult = assessSeqf({ organisationId: 't', assessedOn: '2026-03-01', scope: 'five-step-only', ratings: [] });
 * result.total; // => null
 * ```
 * @category Quality
 */
export interface SeqfResult {
  /** The scope assessed. */
  readonly scope: SeqfSelfAssessment['scope'];
  /** The areas in scope. */
  readonly areas: readonly SeqfAreaResult[];
  /** The weighted total over rated areas (area 5's percent for five-step-only); null when nothing is rated. */
  readonly total: number | null;
  /** The target-group adjustments' percent, apart from the total; null when none is rated. */
  readonly targetGroupPercent: number | null;
  /** The level that counts, per rated criterion or adjustment. */
  readonly effectiveLevels: Readonly<Partial<Record<SeqfCriterionId | TargetGroupAdjustmentId, SeqfLevel>>>;
  /** Suggestions for 6.2 from the outcome report, when given. */
  readonly suggestions: readonly SeqfSuggestion[];
  /** Findings. */
  readonly issues: readonly Issue[];
}

/**
 * Schema of the options of {@link assessSeqf}: an outcome report for suggestions, and the policy.
 *
 * @remarks
 * - `outcomeReport`: a report from {@link computeOutcomeKpis}, to pre-fill
 *   suggestions for criterion 6.2; no suggestions when omitted.
 * - `policy` overrides the SEQF top target
 *   (`outcomes.targetSeqfTopTransitionToWork`, 50 % transition to work in
 *   {@link DEFAULT_POLICY}; AFI report 7.2.3, L12346–12350), checked against
 *   {@link PolicySchema}'s bounds.
 *
 * @example
 * ```ts
 * AssessSeqfOptionsSchema.safeParse({ policy: { outcomes: { targetSeqfTopTransitionToWork: 0.6 } } }).success; // => true
 * ```
 * @category Quality
 */
export const AssessSeqfOptionsSchema = z.strictObject({
  /** A report from {@link computeOutcomeKpis}, to pre-fill suggestions for 6.2. */
  outcomeReport: ReportShape.optional(),
  /** Policy overrides (`outcomes.targetSeqfTopTransitionToWork`); {@link DEFAULT_POLICY} for what is left out. */
  policy: PolicyOverridesSchema.optional(),
});

/**
 * Options of {@link assessSeqf}; see {@link AssessSeqfOptionsSchema} for the defaults and their sources.
 *
 * @example
 * ```ts
 * const options: AssessSeqfOptions = { policy: { outcomes: { targetSeqfTopTransitionToWork: 0.6 } } };
 * ```
 * @category Quality
 */
export type AssessSeqfOptions = z.input<typeof AssessSeqfOptionsSchema>;

const TG_IDS: ReadonlySet<string> = new Set(TARGET_GROUP_ADJUSTMENT_IDS);
const AREA_OF = new Map<string, SeqfAreaId>(SEQF_CRITERIA.map((c) => [c.id, c.area]));

function suggestionsFrom(report: z.output<typeof ReportShape>, target: number): SeqfSuggestion[] {
  const out: SeqfSuggestion[] = [];
  const t = report.rates.transitionToWorkRate;
  if (t !== null)
    out.push({
      criterionId: '6.2',
      kind: 'transition-to-work',
      value: t.value,
      band: t.value >= target ? 'at-or-above-seqf-top' : 'below-seqf-top',
      source: t.source,
    });
  const d = report.durations.timeToPaidWorkWeeks;
  if (d !== null)
    out.push({
      criterionId: '6.2',
      kind: 'time-to-paid-work',
      medianWeeks: d.median,
      band: d.anchorBand,
      source: d.source,
    });
  const s = report.rates.inWorkAfterSeStart6m;
  if (s !== null)
    out.push({ criterionId: '6.2', kind: 'in-work-after-se-start', value: s.value, source: s.source });
  for (const [id, horizonMonths] of [
    ['attachment6m', 6],
    ['attachment12m', 12],
    ['attachment36m', 36],
  ] as const) {
    const a = report.rates[id];
    if (a !== null)
      out.push({
        criterionId: '6.2',
        kind: 'attachment',
        horizonMonths,
        value: a.value,
        coverage: a.coverage ?? 1,
        source: a.source,
      });
  }
  return out;
}

/**
 * Scores a SEQF self-assessment: effective levels by the progressive rule, area scores, the weighted total, and target-group adjustments apart.
 *
 * @remarks
 * Rules (AFI report 7.1–7.3; domain specification, quality §D.3):
 * 1. Progressive rating: a level counts only with evidence for it and every
 *    level below; level 1 needs none (L11866–11872). A capped claim gives
 *    `seqf_level_capped` at `ratings[i].claimedLevel`.
 * 2. Area score = min(maxPoints, Σ effective levels); area percent = Σ
 *    effective levels / (5 × criteria rated). An unrated criterion gives
 *    `seqf_criterion_unrated` and is left out, never scored 0.
 * 3. Total = Σ weight × percent / Σ weight over rated areas (a library formula:
 *    the report gives the weights, L11857–11865, not the combination); for
 *    `five-step-only`, area 5's percent (L11807–11811).
 * 4. Target-group adjustments (L12537–12591) are scored apart, as
 *    `targetGroupPercent`, and never merged into the total.
 * 5. With an outcome report, criterion 6.2 gets suggestions (facts, never
 *    levels): transition to work against SEQF's 50 %, median weeks to paid work
 *    against the 10/52-week anchors, in work six months after start, and
 *    attachment (L12346–12412).
 * SEQF is a tool for developing an organisation, not a verdict on fidelity
 * (L11792–11798); the result says nothing like "good" or "bad" SE.
 *
 * @param input - A parsed {@link SeqfSelfAssessment}.
 * @param options - An optional `outcomeReport` for suggestions, and `policy` (the SEQF top target); see {@link AssessSeqfOptionsSchema}.
 * @returns The {@link SeqfResult}.
 * @throws {@link SupportedEmploymentError} `invalid_input` when `input` does not have the shape of a self-assessment;
 *   `invalid_option` when an option does not fit {@link AssessSeqfOptionsSchema}
 *   (no unknown keys) or a policy override is unknown or out of range.
 * @example
 * ```ts
 * assessSeqf({ organisationId: 't', assessedOn: '2026-03-01', scope: 'full',
 *   ratings: [{ criterionId: '1.4', claimedLevel: 1, evidence: [] }] }).areas[0]?.score; // => 1
 * ```
 * @category Quality
 */
export function assessSeqf(input: SeqfSelfAssessment, options: AssessSeqfOptions = {}): SeqfResult {
  guard(SeqfSelfAssessmentSchema, input, 'input', 'assessSeqf');
  guardOptions(options, 'assessSeqf');
  const read = resolveOptions(AssessSeqfOptionsSchema, options, 'assessSeqf');
  const issues: Issue[] = [];
  const effective: Partial<Record<SeqfCriterionId | TargetGroupAdjustmentId, SeqfLevel>> = {};
  const inScope = (area: SeqfAreaId): boolean => input.scope === 'full' || area === 5;

  input.ratings.forEach((rating, i) => {
    const id = rating.criterionId;
    if (effective[id] !== undefined) {
      issues.push(qualityIssue('seqf_criterion_rated_twice', ['ratings', i, 'criterionId']));
      return;
    }
    const area = AREA_OF.get(id);
    if (area !== undefined && !inScope(area)) {
      issues.push(qualityIssue('seqf_criterion_out_of_scope', ['ratings', i, 'criterionId']));
      return;
    }
    const documented = new Set(rating.evidence.map((e) => e.level));
    let level: SeqfLevel = 1;
    for (let next = 2; next <= rating.claimedLevel && documented.has(next as 2 | 3 | 4 | 5); next++)
      level = next as SeqfLevel;
    if (level < rating.claimedLevel)
      issues.push(qualityIssue('seqf_level_capped', ['ratings', i, 'claimedLevel']));
    effective[id] = level;
  });

  const areas: SeqfAreaResult[] = [];
  let weighted = 0;
  let weights = 0;
  for (const area of SEQF_AREAS) {
    if (!inScope(area.id)) continue;
    let sum = 0;
    let rated = 0;
    for (const criterion of SEQF_CRITERIA) {
      if (criterion.area !== area.id) continue;
      const level = effective[criterion.id];
      if (level === undefined) {
        issues.push(
          qualityIssue('seqf_criterion_unrated', ['ratings', SEQF_CRITERION_IDS.indexOf(criterion.id)]),
        );
        continue;
      }
      sum += level;
      rated++;
    }
    const percent = rated === 0 ? null : sum / (5 * rated);
    if (percent !== null) {
      weighted += area.weight * percent;
      weights += area.weight;
    }
    areas.push({
      id: area.id,
      score: Math.min(area.maxPoints, sum),
      maxPoints: area.maxPoints,
      percent,
      criteriaRated: rated,
      criteriaListIncomplete: area.criteriaListIncomplete,
      weight: area.weight,
    });
  }

  let tgSum = 0;
  let tgRated = 0;
  for (const [id, level] of Object.entries(effective)) {
    if (TG_IDS.has(id)) {
      tgSum += level;
      tgRated++;
    }
  }

  const target = resolvePolicy(read.policy).outcomes.targetSeqfTopTransitionToWork;
  // A fresh copy: no result shares an object with its input, a catalogue or another result.
  return mutableCopy({
    scope: input.scope,
    areas,
    total: weights === 0 ? null : weighted / weights,
    targetGroupPercent: tgRated === 0 ? null : tgSum / (5 * tgRated),
    effectiveLevels: effective,
    suggestions: read.outcomeReport === undefined ? [] : suggestionsFrom(read.outcomeReport, target),
    issues,
  });
}
