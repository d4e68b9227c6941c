import { isRecordedAt } from '../_lib/needs/paths';
import { testOf, type RuleTest } from '../_lib/needs/ruleTests';
import { addPath, LONG, numberedPath, pathsIn, type NumberedPath } from '../_lib/needs/evidenceLists';
import { resolveRuleOptions } from '../_lib/needs/resolveOptions';
import type { ClassifyNeedsOptions } from './classifyNeedsOptions';
import { openQuestionSet, questionsIn } from '../_lib/needs/unknowns';
import { assessmentView } from '../_lib/needs/view';
import { exactArray } from '../_lib/exactArray';
import { inSet, placeValues } from '../_lib/numberedSets';
import { internList, interner, keyOf } from '../_lib/needs/intern';
import { NEEDS, type NeedDefinition } from './needCatalogue';
import { NEED_IDS, NEED_LEVELS, NEED_SEVERITIES, type NeedId, type NeedSeverity } from './needId';
import { NEED_BARRIERS, NEED_RULES, type NeedBarrier, type NeedRule } from './needRules';
import type { NeedsAssessment } from './needsAssessment';
import type { ClassifiedNeed, NeedsProfile } from './needsProfile';
import { guard, guardOptions } from '../_lib/guards';
import { NEEDS_ASSESSMENT } from '../_lib/schemaDescriptions';

// A need's rank in the typed array below (a hot loop): 0 for no need, else 1 + its place in
// NEED_SEVERITIES, the order compareNeedSeverity uses.
const rankOf = (severity: NeedSeverity): number => NEED_SEVERITIES.indexOf(severity) + 1;
const MODERATE_RANK = rankOf('moderate');
const IDS: readonly NeedId[] = [...NEED_IDS];
const COUNT = IDS.length;
const INDEX: Readonly<Record<NeedId, number>> = Object.fromEntries(IDS.map((id, i) => [id, i])) as Record<
  NeedId,
  number
>;
const DEFS: readonly NeedDefinition[] = IDS.map((id) => NEEDS[id]);
const LEVEL_BIT: readonly number[] = DEFS.map((def) => 1 << NEED_LEVELS.indexOf(def.level));

interface CompiledRule {
  readonly rule: NeedRule;
  /** The row's recorded test (src/_lib/needs/ruleTests.ts), with `rank` its fixed severity's rank. */
  readonly test: RuleTest | undefined;
  readonly rank: number;
  readonly need: number;
  readonly barrier: number;
  readonly levelBit: number;
  readonly evidence: readonly NumberedPath[];
}

/** The places a classified need's number takes below its evidence list: one per need and rank. */
const SLOTS = COUNT * NEED_SEVERITIES.length;

const BARRIER_INDEX: Readonly<Record<NeedBarrier, number>> = Object.fromEntries(
  NEED_BARRIERS.map((b, i) => [b, i]),
) as Record<NeedBarrier, number>;

/** The rule table, with need indexes and evidence paths resolved once. */
const COMPILED: readonly CompiledRule[] = NEED_RULES.map((rule) => ({
  rule,
  test: testOf(rule),
  rank: rankOf(rule.severity),
  need: INDEX[rule.need],
  barrier: BARRIER_INDEX[rule.barrier],
  levelBit: LEVEL_BIT[INDEX[rule.need]] ?? 0,
  evidence: rule.evidence.map(numberedPath),
}));

/**
 * Shared frozen parts of profiles (see src/_lib/needs/intern.ts): lists of paths, classified
 * needs by number (numbered evidence) or by string key (evidence that fell back to an array),
 * sets of distinguishing needs and of open questions by number.
 */
const LISTS = interner<string[]>();
const CLASSIFIED = interner<ClassifiedNeed>();
const CLASSIFIED_BY_NUMBER = interner<ClassifiedNeed, number>();
const ID_SETS = interner<NeedId[], number>();
const QUESTION_SETS = interner<string[], number>();

/**
 * A classified need, to be frozen by the table that shares it.
 *
 * @param i - The need's index.
 * @param rank - Its rank (1 + its place in NEED_SEVERITIES).
 * @param evidence - Its shared evidence list.
 * @returns The classified need.
 */
function classified(i: number, rank: number, evidence: string[]): ClassifiedNeed {
  const def = DEFS[i] as NeedDefinition;
  return {
    id: IDS[i] as NeedId,
    level: def.level,
    severity: NEED_SEVERITIES[rank - 1] as NeedSeverity,
    urgent: def.safety,
    distinguishing: def.distinguishing,
    evidence,
  };
}

/** The place value of each need in a numbered set of needs (src/_lib/numberedSets.ts; at most 53 needs, tested). */
const NEED_BIT: readonly number[] = placeValues(COUNT);

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v !== 0; v &= v - 1) count += 1;
  return count;
}

/**
 * Classifies an assessment into a needs profile: which needs, how severe, on what evidence.
 *
 * @remarks
 * Applies every row of {@link NEED_RULES} once, in order; a need's severity is
 * the highest of its rows that hold, and its evidence the union of their
 * paths, keeping only facts that are recorded. `negative-social-control` is
 * marked `urgent` (handbook §10). The profile is complex (*sammensatte
 * bistandsbehov*) when rows of severity moderate or high rest on at least
 * `minModerateNeeds` independent barriers ({@link NEED_BARRIERS}) and their
 * needs span at least `minLevels` levels — by default 3 and 2 (domain
 * specification §4, from {@link DEFAULT_POLICY}`.complexNeeds`): complexity is
 * the interplay of independent barriers on several levels (AFI 2.5,
 * L5111–5122; 3.11, L6775–6781), so one fact that produces several needs
 * counts once. `complexNeedsCount: 'needs'` counts needs instead. `unknowns`
 * lists the facts still unknown and worth asking about next. An unknown fact
 * never produces a need and never removes one.
 *
 * The classified needs, their evidence, `distinguishingNeeds` and `unknowns`
 * are frozen and may be shared with other profiles that have the same parts,
 * so that many profiles held at once take little memory; copy one before
 * changing it. The `needs` list itself is the profile's own.
 *
 * @param assessment - The parsed assessment.
 * @param options - Policy, complex-needs rule and thresholds; all optional.
 * @returns The needs profile, with needs in taxonomy order.
 * @throws {@link SupportedEmploymentError} `invalid_option` when an option is out of range.
 * @example
 * ```ts
 * const profile = classifyNeeds(parseNeedsAssessment({ id: 'a-1', assessedOn: '2026-03-02', travelsAlone: false }));
 * profile.needs[0]; // => { id: 'mobility', level: 'micro', severity: 'moderate', urgent: false, distinguishing: false, evidence: ['travelsAlone'] }
 * profile.isComplex; // => false
 * ```
 * @category Needs
 */
export function classifyNeeds(assessment: NeedsAssessment, options?: ClassifyNeedsOptions): NeedsProfile {
  // The schema's description, not the schema: classifyNeeds runs without zod (src/_lib/describe.ts).
  guard(NEEDS_ASSESSMENT, assessment, 'assessment', 'classifyNeeds');
  guardOptions(options, 'classifyNeeds');
  const { context, minModerateNeeds, minLevels, countBy } = resolveRuleOptions(options, 'classifyNeeds');
  // One fixed-shape copy of the facts: the rules below read it hundreds of times.
  const facts = assessmentView(assessment);
  // Plain arrays of small numbers: cheaper to make than a typed array or a set, for a few dozen entries.
  const ranks: number[] = new Array<number>(COUNT).fill(0);
  // Each need's evidence as a numbered list (above), or LONG with the array in `long`.
  const lists: number[] = new Array<number>(COUNT).fill(0);
  const long: (string[] | undefined)[] = [];
  // The independent barriers behind moderate-or-worse rows, and the levels of the needs they produce.
  const barrierSeen: boolean[] = new Array<boolean>(NEED_BARRIERS.length).fill(false);
  let barriers = 0;
  let barrierLevels = 0;

  for (let r = 0; r < COMPILED.length; r += 1) {
    const {
      rule,
      test,
      rank: fixedRank,
      need,
      barrier,
      levelBit,
      evidence: paths,
    } = COMPILED[r] as CompiledRule;
    let rank: number;
    if (test !== undefined) {
      if (!test(facts, context)) continue;
      rank = fixedRank;
    } else {
      const severity = rule.when(facts, context);
      if (severity === undefined) continue;
      rank = rankOf(severity);
    }
    if (rank >= MODERATE_RANK) {
      if (!barrierSeen[barrier]) {
        barrierSeen[barrier] = true;
        barriers += 1;
      }
      barrierLevels |= levelBit;
    }
    if (rank > (ranks[need] ?? 0)) ranks[need] = rank;
    if (rule.evidenceOf === undefined) {
      for (let k = 0; k < paths.length; k += 1) {
        const path = paths[k] as NumberedPath;
        if (isRecordedAt(facts, path)) addPath(lists, long, need, path);
      }
    } else {
      for (const p of rule.evidenceOf(facts, context)) {
        const path = numberedPath(p);
        if (isRecordedAt(facts, path)) addPath(lists, long, need, path);
      }
    }
  }

  const needs: ClassifiedNeed[] = [];
  let distinguishing = 0;
  let levels = 0;
  let moderateOrWorse = 0;
  for (let i = 0; i < COUNT; i += 1) {
    const rank = ranks[i] ?? 0;
    if (rank === 0) continue;
    const def = DEFS[i] as NeedDefinition;
    const list = lists[i] as number;
    if (list !== LONG) {
      // The number says which need, how severe, and on which evidence: the slot below, the list above.
      const key = list * SLOTS + i * NEED_SEVERITIES.length + (rank - 1);
      needs.push(
        CLASSIFIED_BY_NUMBER.find(key) ??
          CLASSIFIED_BY_NUMBER.keep(key, classified(i, rank, internList(LISTS, pathsIn(list)))),
      );
    } else {
      const paths = long[i] as string[];
      const key = String.fromCharCode(i, rank) + keyOf(paths);
      needs.push(CLASSIFIED.find(key) ?? CLASSIFIED.keep(key, classified(i, rank, internList(LISTS, paths))));
    }
    if (def.distinguishing) distinguishing += NEED_BIT[i] as number;
    if (rank >= MODERATE_RANK) {
      moderateOrWorse += 1;
      levels |= LEVEL_BIT[i] ?? 0;
    }
  }
  const open = openQuestionSet(facts);

  return {
    assessmentId: facts.id,
    assessedOn: facts.assessedOn,
    needs: exactArray(needs),
    isComplex:
      countBy === 'needs'
        ? moderateOrWorse >= minModerateNeeds && bitCount(levels) >= minLevels
        : barriers >= minModerateNeeds && bitCount(barrierLevels) >= minLevels,
    distinguishingNeeds:
      ID_SETS.find(distinguishing) ??
      ID_SETS.keep(
        distinguishing,
        IDS.filter((_, i) => inSet(distinguishing, NEED_BIT[i] as number)),
      ),
    unknowns: QUESTION_SETS.find(open) ?? QUESTION_SETS.keep(open, questionsIn(open)),
  };
}
