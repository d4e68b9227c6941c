import { deepFreeze } from '../_lib/deepFreeze';
import type { AdaptationId } from '../adaptations/adaptationId';
import type { LocalizedText } from '../core/localizedText';
import type { SourceRef } from '../core/sourceRef';
import type { NavMeasureId } from '../plans/navMeasureId';
import type { CLARIFY_PARTIES } from './jobMatchBalance';
import { MATCH_FACTOR_IDS, type MatchFactorId } from './matchFactorId';
import { MATCH_FACTORS } from './matchFactors';
import type { MatchStatus } from './matchStatus';
import { RULES_BY_ID } from './internal/rules';

/**
 * One outcome a match factor can have: the status with its reason, and what makes
 * an `adaptable` factor work or what to ask when it is `unknown`.
 *
 * @example
 * ```ts
 * const outcome: FactorOutcome | undefined = FACTOR_RULES['working-hours'].outcomes[0];
 * outcome?.status; // => 'fit'
 * ```
 * @category Matching
 */
export interface FactorOutcome {
  /** The outcome's name within its factor (`hoursAlone`), stable across versions. */
  readonly key: string;
  /** `fit`, `adaptable`, `conflict` or `unknown`. */
  readonly status: MatchStatus;
  /** True for a hard conflict, which rules the pair out. */
  readonly hard: boolean;
  /** Why, in our own words; the same text `balanceJobMatch` gives. */
  readonly reason: LocalizedText;
  /** For `adaptable`: the handbook adaptations that make it work. */
  readonly adaptations: readonly AdaptationId[];
  /** For `adaptable`: the NAV measures that make it work (shown when the employer accepts them). */
  readonly navMeasures: readonly NavMeasureId[];
  /** For `unknown`: whom to ask, and what. */
  readonly clarify?: { readonly party: (typeof CLARIFY_PARTIES)[number]; readonly question: LocalizedText };
  /** The source of this outcome, when it has its own; otherwise the factor's. */
  readonly source: SourceRef;
}

/**
 * One match factor as a rule: its question, the facts it reads, and every outcome it can give.
 *
 * @example
 * ```ts
 * const rule: FactorRule = FACTOR_RULES.interest;
 * rule.inputs.candidate.includes('jobWishes'); // => true
 * ```
 * @category Matching
 */
export interface FactorRule {
  /** The factor. */
  readonly id: MatchFactorId;
  /** The factor's name. */
  readonly title: LocalizedText;
  /** The question the factor answers. */
  readonly question: LocalizedText;
  /** The candidate and opening fields the rule reads (dotted paths into `CandidateInput` and `JobOpeningInput`). */
  readonly inputs: { readonly candidate: readonly string[]; readonly opening: readonly string[] };
  /** Every outcome, in the order the rule's file lists them. */
  readonly outcomes: readonly FactorOutcome[];
  /** Where the factor comes from. */
  readonly source: SourceRef;
}

function ruleOf(id: MatchFactorId): FactorRule {
  const rule = RULES_BY_ID[id];
  const info = MATCH_FACTORS[id];
  const outcomes = Object.values(rule.reasons).map((r): FactorOutcome =>
    Object.freeze({
      key: r.key,
      status: r.status,
      hard: r.hard,
      reason: r.text,
      adaptations: r.adaptations,
      navMeasures: r.nav,
      ...(r.party !== undefined && r.question !== undefined
        ? { clarify: Object.freeze({ party: r.party, question: r.question }) }
        : {}),
      source: r.source ?? info.source,
    }),
  );
  return Object.freeze({
    id,
    title: info.title,
    question: info.question,
    inputs: Object.freeze({
      candidate: Object.freeze([...rule.inputs.candidate]),
      opening: Object.freeze([...rule.inputs.opening]),
    }),
    outcomes: Object.freeze(outcomes),
    source: info.source,
  });
}

/**
 * The match factors as readable rules: for each factor, the question, the facts it
 * reads, and every status it can give with its reason, measures and source.
 *
 * @remarks
 * Domain specification §6. The handbook asks, for each factor, whether it is a
 * challenge or whether adaptations make the job work ("Balanse mellom
 * forventninger og behov", L633–649); the AFI report adds the rest. A factor is
 * `unknown` only when the facts it needs are absent ("Derive, do not give up");
 * every `adaptable` outcome names the adaptation or NAV measure that makes it
 * work. These are the very outcomes `balanceJobMatch` returns: each rule's file
 * in the library's source holds both the outcomes and the logic that picks one.
 *
 * @example
 * ```ts
 * FACTOR_RULES['religious-constraints'].outcomes
 *   .filter((o) => o.status === 'adaptable')
 *   .map((o) => o.reason.en);
 * ```
 * @category Matching
 */
export const FACTOR_RULES: Readonly<Record<MatchFactorId, FactorRule>> = deepFreeze(
  Object.fromEntries(MATCH_FACTOR_IDS.map((id) => [id, ruleOf(id)])) as Record<MatchFactorId, FactorRule>,
);
