import { ADAPTATION_IDS, type AdaptationId } from '../../adaptations/adaptationId';
import type { LocalizedText } from '../../core/localizedText';
import { NORWEGIAN_LEVELS } from '../../needs/norwegianLevel';
import type { Clarification, FactorAssessment, JobMatchBalance } from '../jobMatchBalance';
import { MATCH_FACTOR_IDS, type MatchFactorId } from '../matchFactorId';
import { MATCH_FACTORS } from '../matchFactors';
import { NAV_MEASURE_IDS, type NavMeasureId } from '../../plans/navMeasureId';
import { travelMinutes } from './travel';
import type { PreparedCandidate, PreparedOpening } from './prepare';
import {
  ADAPTABLE_STATUS,
  FACTOR_COUNT,
  FIT_STATUS,
  HARD_OF_CODE,
  REASON_BY_CODE,
  STATUS_OF_CODE,
  UNKNOWN_STATUS,
} from './rules';
import type { ResolvedSettings } from './settings';
import { exactArray } from '../../_lib/exactArray';

const DEMAND_FROM = ['opening', 'industry-default', 'customer-contact'] as const;

/** The compact summary of evaluated codes. */
export interface CodeSummary {
  readonly score: number;
  readonly coverage: number;
  readonly hardConflict: boolean;
  readonly hardConflicts: MatchFactorId[];
  readonly conflicts: MatchFactorId[];
  readonly unknowns: MatchFactorId[];
  readonly counts: { fit: number; adaptable: number; conflict: number; unknown: number };
}

/** Summarises one pair's evaluated codes (FACTOR_COUNT from `offset`) without building any text. */
export function summarise(
  codes: Uint16Array,
  rawScore: number,
  s: ResolvedSettings,
  offset = 0,
): CodeSummary {
  const hardConflicts: MatchFactorId[] = [];
  const conflicts: MatchFactorId[] = [];
  const unknowns: MatchFactorId[] = [];
  let fit = 0;
  let adaptable = 0;
  let known = 0;
  for (let i = 0; i < FACTOR_COUNT; i++) {
    const code = codes[offset + i] as number;
    const status = STATUS_OF_CODE[code] as number;
    if (status === FIT_STATUS) fit++;
    else if (status === ADAPTABLE_STATUS) adaptable++;
    else {
      const factor = MATCH_FACTOR_IDS[i] as MatchFactorId;
      if (status === UNKNOWN_STATUS) unknowns.push(factor);
      else {
        conflicts.push(factor);
        if (HARD_OF_CODE[code] === 1) hardConflicts.push(factor);
      }
    }
    if (status !== UNKNOWN_STATUS) known += s.weights[i] as number;
  }
  return {
    score: rawScore < 0 ? 0 : rawScore,
    coverage: known / s.totalWeight,
    hardConflict: rawScore < 0,
    hardConflicts: exactArray(hardConflicts),
    conflicts: exactArray(conflicts),
    unknowns: exactArray(unknowns),
    counts: { fit, adaptable, conflict: conflicts.length, unknown: unknowns.length },
  };
}

/** Builds the full, explained balance from evaluated codes. Texts and sources are shared frozen constants. */
export function explain(
  c: PreparedCandidate,
  o: PreparedOpening,
  s: ResolvedSettings,
  codes: Uint16Array,
  rawScore: number,
): JobMatchBalance {
  const summary = summarise(codes, rawScore, s);
  const factors: FactorAssessment[] = [];
  const adaptationSet = new Set<AdaptationId>();
  const navSet = new Set<NavMeasureId>();
  const questions = new Map<LocalizedText, Clarification>();
  for (let i = 0; i < FACTOR_COUNT; i++) {
    const reason = REASON_BY_CODE[codes[i] as number];
    if (reason === undefined) continue;
    const adaptable = reason.status === 'adaptable';
    const adaptations = adaptable ? [...reason.adaptations] : [];
    // A plain loop: reason.nav is frozen, and filter on a frozen array takes a slow path in V8.
    const navMeasures: NavMeasureId[] = [];
    if (adaptable) {
      for (let k = 0; k < reason.nav.length; k++) {
        const m = reason.nav[k] as NavMeasureId;
        if ((o.navMask & (1 << NAV_MEASURE_IDS.indexOf(m))) !== 0) navMeasures.push(m);
      }
    }
    for (const a of adaptations) adaptationSet.add(a);
    for (const m of navMeasures) navSet.add(m);
    factors.push({
      factor: reason.factor,
      status: reason.status,
      hard: reason.hard,
      reason: reason.text,
      source: reason.source ?? MATCH_FACTORS[reason.factor].source,
      adaptations,
      navMeasures,
      weight: s.weights[i] ?? 0,
    });
    if (reason.status === 'unknown' && reason.question !== undefined && reason.party !== undefined) {
      const existing = questions.get(reason.question);
      if (existing === undefined)
        questions.set(reason.question, {
          factors: [reason.factor],
          party: reason.party,
          question: reason.question,
        });
      else existing.factors.push(reason.factor);
    }
  }
  const minutes = travelMinutes(c, o, s);
  return {
    candidateId: c.id,
    openingId: o.id,
    score: summary.score,
    coverage: summary.coverage,
    hardConflict: summary.hardConflict,
    hardConflicts: summary.hardConflicts,
    factors,
    counts: summary.counts,
    adaptations: ADAPTATION_IDS.filter((a) => adaptationSet.has(a)),
    navMeasures: NAV_MEASURE_IDS.filter((m) => navSet.has(m)),
    clarifications: [...questions.values()],
    languageDemand: {
      level: NORWEGIAN_LEVELS[o.demand] ?? 'none',
      from: DEMAND_FROM[o.demandFrom] ?? 'industry-default',
    },
    ...(minutes >= 0 ? { travelMinutes: Math.round(minutes) } : {}),
  };
}
