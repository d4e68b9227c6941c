import { deepFreeze } from '../_lib/deepFreeze';
/**
 * Issue codes raised by the `quality` module.
 *
 * @remarks
 * Part of the one closed union {@link IssueCode}; see `src/core/issueCodes.ts`.
 * Raised by {@link assessSeqf}: `seqf_level_capped` (warning: a level counts
 * only with evidence for every level below it), `seqf_criterion_unrated`
 * (info: left out, never scored 0), `seqf_criterion_rated_twice` (error: the
 * later rating is ignored), `seqf_criterion_out_of_scope` (info: ignored in a
 * five-step-only assessment).
 *
 * @example
 * ```ts
 * QUALITY_ISSUE_CODES.includes('seqf_level_capped'); // => true
 * ```
 * @category Issues
 */
export const QUALITY_ISSUE_CODES = deepFreeze([
  'seqf_level_capped',
  'seqf_criterion_unrated',
  'seqf_criterion_rated_twice',
  'seqf_criterion_out_of_scope',
] as const);

/**
 * One issue code of the `quality` module; see {@link QUALITY_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * const code: QualityIssueCode = 'seqf_criterion_unrated';
 * ```
 * @category Issues
 */
export type QualityIssueCode = (typeof QUALITY_ISSUE_CODES)[number];
