import { DEFAULT_POLICY } from '../core/policy';
import { DEFAULT_NEED_THRESHOLDS, type NeedThresholds } from './needThresholds';

/**
 * The numbers a classification rule or SE indicator may read besides the assessment.
 *
 * @remarks
 * Thresholds are library defaults ({@link DEFAULT_NEED_THRESHOLDS}); the two
 * placement numbers come from the policy ({@link DEFAULT_POLICY}: at most six
 * weeks of unpaid placement, AFI 6.5.2, L11187; two unpaid placements without
 * hiring mark the practice trap, a library default).
 *
 * @example
 * ```ts
 * const context: NeedRuleContext = DEFAULT_NEED_RULE_CONTEXT;
 * context.unpaidPlacementMaxWeeks; // => 6
 * ```
 * @category Needs
 */
export interface NeedRuleContext {
  /** The thresholds the rules compare facts with. */
  readonly thresholds: NeedThresholds;
  /** Longest unpaid placement, in weeks, before it should turn into paid work. */
  readonly unpaidPlacementMaxWeeks: number;
  /** How many unpaid placements without hiring mark the practice trap. */
  readonly unpaidPlacementsBeforePracticeTrap: number;
}

/**
 * The context the rules use when no options are given.
 *
 * @example
 * ```ts
 * DEFAULT_NEED_RULE_CONTEXT.thresholds.schoolAge; // => 6
 * ```
 * @category Needs
 */
export const DEFAULT_NEED_RULE_CONTEXT: NeedRuleContext = Object.freeze({
  thresholds: DEFAULT_NEED_THRESHOLDS,
  unpaidPlacementMaxWeeks: DEFAULT_POLICY.unpaidPlacementMaxWeeks,
  unpaidPlacementsBeforePracticeTrap: DEFAULT_POLICY.unpaidPlacementsBeforePracticeTrap,
});
