import { deepFreeze } from '../_lib/deepFreeze';
import type { SourceRef } from '../core/sourceRef';
import type { RateDefinition } from './outcomeReport';

/**
 * The ids of the result targets; see {@link OUTCOME_TARGETS}.
 *
 * @example
 * ```ts
 * OUTCOME_TARGET_IDS[0]; // => 'seqf-top'
 * ```
 * @category Outcomes
 */
export const OUTCOME_TARGET_IDS = deepFreeze(['seqf-top', 'jobbsjansen', 'intro'] as const);

/**
 * One id of {@link OUTCOME_TARGETS}.
 *
 * @example
 * ```ts
 * const target: OutcomeTargetId = 'jobbsjansen';
 * ```
 * @category Outcomes
 */
export type OutcomeTargetId = (typeof OUTCOME_TARGET_IDS)[number];

/**
 * A result target with its definition, the policy number that holds it, and its source.
 *
 * @example
 * ```ts
 * const t: OutcomeTarget | undefined = OUTCOME_TARGETS.find((x) => x.id === 'seqf-top');
 * t?.definition; // => 'transition-to-work'
 * ```
 * @category Outcomes
 */
export interface OutcomeTarget {
  /** The target id. */
  readonly id: OutcomeTargetId;
  /** The definition of the rate it applies to. */
  readonly definition: RateDefinition;
  /** The key in `policy.outcomes` that holds the number. */
  readonly policyKey:
    'targetSeqfTopTransitionToWork' | 'targetJobbsjansenWorkOrEducation' | 'targetIntroWorkOrEducation';
  /** Where the target comes from. */
  readonly source: SourceRef;
}

/**
 * The result targets a rate can be compared with, each with its definition.
 *
 * @remarks
 * - `seqf-top`: SEQF's top score, 50 % transition to work (AFI report 7.2.3, L12348–12350).
 * - `jobbsjansen`: 70 % to work or education (L12350–12354; 65 % in the 2018 allotment letter, L13384–13388).
 * - `intro`: introduction programme, 70 % to work or education (L13384–13386).
 *
 * @example
 * ```ts
 * OUTCOME_TARGETS.map((t) => t.id); // => ['seqf-top', 'jobbsjansen', 'intro']
 * ```
 * @category Outcomes
 */
export const OUTCOME_TARGETS: readonly OutcomeTarget[] = deepFreeze([
  Object.freeze<OutcomeTarget>({
    id: 'seqf-top',
    definition: 'transition-to-work',
    policyKey: 'targetSeqfTopTransitionToWork',
    source: {
      document: 'afi-report',
      section: '7.2.3 (SEQF toppskår ved 50 prosent)',
      lines: 'L12348–12350',
    },
  }),
  Object.freeze<OutcomeTarget>({
    id: 'jobbsjansen',
    definition: 'work-or-education',
    policyKey: 'targetJobbsjansenWorkOrEducation',
    source: {
      document: 'afi-report',
      section: '7.2.3 (Jobbsjansen: 70 prosent arbeid eller utdanning)',
      lines: 'L12350–12354',
    },
  }),
  Object.freeze<OutcomeTarget>({
    id: 'intro',
    definition: 'work-or-education',
    policyKey: 'targetIntroWorkOrEducation',
    source: {
      document: 'afi-report',
      section: 'Vedlegg (introduksjonsprogrammet: 70 prosent)',
      lines: 'L13384–13386',
    },
  }),
]);
