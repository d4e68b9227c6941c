import { evaluatePair } from './internal/evaluate';
import { FACTOR_COUNT } from './internal/rules';
import { explain } from './internal/explain';
import { prepareCandidate, prepareOpening } from './internal/prepare';
import { resolveSettings } from './internal/settings';
import type { NorwegianLevel } from '../needs/norwegianLevel';
import type { Candidate } from './candidate';
import type { Industry } from './industry';
import type { JobMatchBalance } from './jobMatchBalance';
import type { JobOpening } from './jobOpening';
import type { MatchFactorId } from './matchFactorId';
import type { MatchSettings } from './matchSettings';
import { guard, guardOptions } from '../_lib/guards';
import { CandidateSchema } from './candidate';
import { JobOpeningSchema } from './jobOpening';

/**
 * Options of {@link balanceJobMatch}, shared by the ranking and assignment functions.
 *
 * @remarks
 * Every number defaults to {@link DEFAULT_MATCH_SETTINGS}; every weight to
 * {@link DEFAULT_MATCH_WEIGHTS}; every industry's language demand to
 * {@link DEFAULT_LANGUAGE_DEMAND}.
 *
 * @example
 * ```ts
 * const options: BalanceJobMatchOptions = { weights: { commute: 2 }, careStart: '07:00' };
 * ```
 * @category Matching
 */
export interface BalanceJobMatchOptions extends Partial<MatchSettings> {
  /** Weights per factor (0–100), replacing the defaults for the factors given. */
  readonly weights?: Readonly<Partial<Record<MatchFactorId, number>>>;
  /** The Norwegian level demanded per industry, replacing the defaults for the industries given. */
  readonly languageDemandByIndustry?: Readonly<Partial<Record<Industry, NorwegianLevel>>>;
  /**
   * The one-way travel time in minutes from the candidate's home to the
   * opening, for example from a journey planner. Return `undefined` when not
   * known. Without it, the time is estimated from coordinates or the district.
   */
  readonly travelMinutes?: (candidate: Candidate, opening: JobOpening) => number | undefined;
}

/**
 * Balances a candidate's expectations against an employer's needs, factor by factor, with one score.
 *
 * @remarks
 * The handbook's rule: uncover early whether expectations and goals match, and
 * for each factor whether it is a challenge or can be adapted so that the job
 * works ("Balanse mellom forventninger og behov", L633–649); domain
 * specification §6. Each factor of {@link MATCH_FACTOR_IDS} gets a status
 * (`fit`, `adaptable`, `conflict`, `unknown`), a fixed reason in bokmål and
 * English, its source, and, for `adaptable`, the handbook adaptations
 * ({@link ADAPTATION_IDS}) and the NAV measures the employer accepts that make
 * it work. Hard conflicts: undeclared work (AFI report 2.4.3), a task or
 * contact that conflicts with her convictions with no solution in sight
 * (handbook §9), and hours that cannot be combined with young children when
 * nobody can relieve her (AFI report 2.4.2, L4423–4427).
 *
 * **Score.** With weights `w_f` (default {@link DEFAULT_MATCH_WEIGHTS}) and
 * credits `c(fit) = 1`, `c(adaptable) = adaptableCredit` (0.75),
 * `c(conflict) = 0`, `c(unknown) = unknownCredit` (0.5, never more):
 * `score = Σ w_f · c(status_f) / Σ w_f`, in [0, 1]. Any hard conflict sets the
 * score to 0. `coverage = Σ w_f over known factors / Σ w_f` says how much of
 * the score rests on facts; the `unknown` factors become `clarifications`,
 * questions to put to the candidate or the employer before deciding. The
 * result never excludes her from SE: a low score is about this one job.
 *
 * Reason texts and sources in the result are shared, frozen constants.
 *
 * @param candidate - The candidate (parsed; see {@link parseCandidate}).
 * @param opening - The job opening (parsed; see {@link parseJobOpening}).
 * @param options - Weights, credits, care hours and other settings.
 * @returns The balance: every factor explained, the score, coverage, hard conflicts, adaptations and questions.
 * @throws {@link SupportedEmploymentError} `invalid_option` when an option is out of range.
 * @example
 * ```ts
 * const balance = balanceJobMatch(candidate, opening);
 * balance.score; // a number in [0, 1]; 0 on a hard conflict
 * balance.factors.find((f) => f.factor === 'working-hours')?.status; // 'fit' | 'adaptable' | 'conflict' | 'unknown'
 * balance.clarifications.map((q) => q.question.nb);
 * ```
 * @category Matching
 */
export function balanceJobMatch(
  candidate: Candidate,
  opening: JobOpening,
  options: BalanceJobMatchOptions = {},
): JobMatchBalance {
  guard(CandidateSchema, candidate, 'candidate', 'balanceJobMatch');
  guard(JobOpeningSchema, opening, 'opening', 'balanceJobMatch');
  guardOptions(options, 'balanceJobMatch');
  const settings = resolveSettings(options);
  const c = prepareCandidate(candidate, settings);
  const o = prepareOpening(opening, settings);
  const codes = new Uint16Array(FACTOR_COUNT);
  const score = evaluatePair(c, o, settings, codes);
  return explain(c, o, settings, codes, score);
}
