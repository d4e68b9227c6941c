import { ADAPTATION_IDS, type AdaptationId } from '../../adaptations/adaptationId';
import type { LocalizedText } from '../../core/localizedText';
import type { SourceRef } from '../../core/sourceRef';
import { NAV_MEASURE_IDS, type NavMeasureId } from '../../plans/navMeasureId';
import type { CandidateInput } from '../candidate';
import type { JobOpeningInput } from '../jobOpening';
import { MATCH_FACTOR_IDS, type MatchFactorId } from '../matchFactorId';
import type { MatchStatus } from '../matchStatus';
import type { PreparedCandidate, PreparedOpening } from './prepare';
import type { ResolvedSettings } from './settings';

/** Who to ask when a factor is unknown. */
export type Party = 'candidate' | 'employer' | 'both';

/**
 * One fixed outcome of a factor: its status, its reason, what makes it work
 * (for `adaptable`) or what to ask (for `unknown`). Texts never contain input values.
 */
export interface Reason {
  readonly factor: MatchFactorId;
  /** The reason's name within its factor (`hoursFit`). */
  readonly key: string;
  readonly status: MatchStatus;
  /** A hard conflict rules the pair out. */
  readonly hard: boolean;
  readonly text: LocalizedText;
  /** Handbook adaptations that make an `adaptable` factor work (catalogue order). */
  readonly adaptations: readonly AdaptationId[];
  /** NAV measures that can help; only those the employer accepts are shown. */
  readonly nav: readonly NavMeasureId[];
  readonly party?: Party;
  readonly question?: LocalizedText;
  readonly source?: SourceRef;
  /**
   * The boundary to the scoring loops: a small number that names this reason in
   * the typed arrays of `evaluatePair`, `rankOpenings`, `scoreMatchGrid`
   * (factor position × {@link REASONS_PER_FACTOR} + position in its factor).
   */
  readonly code: number;
  /** How bad the reason is when one factor combines several checks: fit 0 < adaptable 1 < unknown 2 < conflict 3 < hard 4. */
  readonly rank: number;
}

/** A reason before it is placed in its factor. */
export type ReasonSpec = Omit<Reason, 'factor' | 'key' | 'code' | 'rank'>;

/** At most this many reasons per factor; codes stay below MATCH_FACTOR_IDS.length × this. */
export const REASONS_PER_FACTOR = 32;

interface Extra {
  readonly adaptations?: readonly AdaptationId[];
  readonly nav?: readonly NavMeasureId[];
  readonly hard?: boolean;
  readonly source?: SourceRef;
}

/** A text in bokmål and English. */
export const t = (nb: string, en: string): LocalizedText => Object.freeze({ nb, en });

function spec(status: MatchStatus, text: LocalizedText, extra: Extra): ReasonSpec {
  return {
    status,
    hard: extra.hard ?? false,
    text,
    // Catalogue order, so that every list the library returns reads the same way.
    adaptations: Object.freeze(ADAPTATION_IDS.filter((a) => extra.adaptations?.includes(a) === true)),
    nav: Object.freeze(NAV_MEASURE_IDS.filter((m) => extra.nav?.includes(m) === true)),
    ...(extra.source === undefined ? {} : { source: extra.source }),
  };
}

/** Nothing stands in the way. */
export const fit = (text: LocalizedText, extra: Extra = {}): ReasonSpec => spec('fit', text, extra);
/** It works with the adaptations or NAV measures named. */
export const adaptable = (text: LocalizedText, extra: Extra): ReasonSpec => spec('adaptable', text, extra);
/** It does not work as things stand; `hard: true` rules the pair out. */
export const conflict = (text: LocalizedText, extra: Extra = {}): ReasonSpec => spec('conflict', text, extra);
/** A fact is missing: say what is not known and what to ask whom. */
export const ask = (party: Party, text: LocalizedText, question: LocalizedText): ReasonSpec => ({
  status: 'unknown',
  hard: false,
  text,
  adaptations: Object.freeze([]),
  nav: Object.freeze([]),
  party,
  question,
});

const RANK_OF: Readonly<Record<MatchStatus, number>> = { fit: 0, adaptable: 1, unknown: 2, conflict: 3 };

/** Places a factor's reasons: gives each its key, its code and its rank, and freezes them. */
export function reasons<K extends string>(
  factor: MatchFactorId,
  specs: Readonly<Record<K, ReasonSpec>>,
): Readonly<Record<K, Reason>> {
  const base = MATCH_FACTOR_IDS.indexOf(factor) * REASONS_PER_FACTOR;
  const out = {} as Record<K, Reason>;
  (Object.keys(specs) as K[]).forEach((key, i) => {
    const s: ReasonSpec = specs[key];
    out[key] = Object.freeze({ ...s, factor, key, code: base + i, rank: s.hard ? 4 : RANK_OF[s.status] });
  });
  return Object.freeze(out);
}

/** The worse of two reasons of one factor; on a tie, the first. */
export function worse(a: Reason, b: Reason): Reason {
  return b.rank > a.rank ? b : a;
}

/** One factor's rule: the facts it reads, its reasons, and how it picks one. */
export interface FactorRuleDef {
  readonly id: MatchFactorId;
  /** The candidate and opening fields the rule reads (paths into the input schemas). */
  readonly inputs: {
    readonly candidate: readonly CandidatePath[];
    readonly opening: readonly OpeningPath[];
  };
  readonly reasons: Readonly<Record<string, Reason>>;
  readonly evaluate: (c: PreparedCandidate, o: PreparedOpening, s: ResolvedSettings) => Reason;
}

type Paths<T> = {
  [K in keyof T & string]-?:
    | K
    | (NonNullable<T[K]> extends readonly unknown[]
        ? never
        : NonNullable<T[K]> extends object
          ? `${K}.${keyof NonNullable<T[K]> & string}`
          : never);
}[keyof T & string];

/** A field of a candidate, or of one of its objects (`wishes.industries`). */
export type CandidatePath = Paths<CandidateInput>;
/** A field of an opening, or of one of its objects (`employer.acceptsNavMeasures`). */
export type OpeningPath = Paths<JobOpeningInput>;
