import { compilePath, isRecorded, isRecordedAt, type CompiledPath } from '../_lib/needs/paths';
import { resolveRuleOptions } from '../_lib/needs/resolveOptions';
import type { ClassifyNeedsOptions } from './classifyNeedsOptions';
import { openQuestions } from '../_lib/needs/unknowns';
import { assessmentView } from '../_lib/needs/view';
import { exactArray } from '../_lib/exactArray';
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
  readonly need: number;
  readonly barrier: number;
  readonly levelBit: number;
  readonly evidence: readonly CompiledPath[];
}

const BARRIER_INDEX: Readonly<Record<NeedBarrier, number>> = Object.fromEntries(
  NEED_BARRIERS.map((b, i) => [b, i]),
) as Record<NeedBarrier, number>;

/** The rule table, with need indexes and evidence paths resolved once. */
const COMPILED: readonly CompiledRule[] = NEED_RULES.map((rule) => ({
  rule,
  need: INDEX[rule.need],
  barrier: BARRIER_INDEX[rule.barrier],
  levelBit: LEVEL_BIT[INDEX[rule.need]] ?? 0,
  evidence: rule.evidence.map(compilePath),
}));

/** Shared frozen parts of profiles (see src/_lib/needs/intern.ts): lists of paths and of need ids, and classified needs. */
const LISTS = interner<string[]>();
const ID_LISTS = interner<NeedId[]>();
const CLASSIFIED = interner<ClassifiedNeed>();

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
  const evidence: (string[] | undefined)[] = new Array<string[] | undefined>(COUNT);
  // The independent barriers behind moderate-or-worse rows, and the levels of the needs they produce.
  const barrierSeen: boolean[] = new Array<boolean>(NEED_BARRIERS.length).fill(false);
  let barriers = 0;
  let barrierLevels = 0;

  for (const { rule, need, barrier, levelBit, evidence: paths } of COMPILED) {
    const severity = rule.when(facts, context);
    if (severity === undefined) continue;
    const rank = rankOf(severity);
    if (rank >= MODERATE_RANK) {
      if (!barrierSeen[barrier]) {
        barrierSeen[barrier] = true;
        barriers += 1;
      }
      barrierLevels |= levelBit;
    }
    if (rank > (ranks[need] ?? 0)) ranks[need] = rank;
    const list = evidence[need] ?? (evidence[need] = []);
    if (rule.evidenceOf === undefined) {
      for (const p of paths) if (!list.includes(p.path) && isRecordedAt(facts, p)) list.push(p.path);
    } else {
      for (const p of rule.evidenceOf(facts, context))
        if (!list.includes(p) && isRecorded(facts, p)) list.push(p);
    }
  }

  const needs: ClassifiedNeed[] = [];
  const distinguishingNeeds: NeedId[] = [];
  let levels = 0;
  let moderateOrWorse = 0;
  for (let i = 0; i < COUNT; i += 1) {
    const rank = ranks[i] ?? 0;
    if (rank === 0) continue;
    const id = IDS[i] as NeedId;
    const def = DEFS[i] as NeedDefinition;
    const severity = NEED_SEVERITIES[rank - 1] as NeedSeverity;
    const list = evidence[i];
    const pathsKey = list === undefined ? '' : keyOf(list);
    // The evidence list is looked up only for a need not seen before with it.
    needs.push(
      CLASSIFIED.get(String.fromCharCode(i, rank) + pathsKey, () => ({
        id,
        level: def.level,
        severity,
        urgent: def.safety,
        distinguishing: def.distinguishing,
        evidence: internList(LISTS, list, pathsKey),
      })),
    );
    if (def.distinguishing) distinguishingNeeds.push(id);
    if (rank >= MODERATE_RANK) {
      moderateOrWorse += 1;
      levels |= LEVEL_BIT[i] ?? 0;
    }
  }

  return {
    assessmentId: facts.id,
    assessedOn: facts.assessedOn,
    needs: exactArray(needs),
    isComplex:
      countBy === 'needs'
        ? moderateOrWorse >= minModerateNeeds && bitCount(levels) >= minLevels
        : barriers >= minModerateNeeds && bitCount(barrierLevels) >= minLevels,
    distinguishingNeeds: internList(ID_LISTS, distinguishingNeeds),
    unknowns: internList(LISTS, openQuestions(facts)),
  };
}
