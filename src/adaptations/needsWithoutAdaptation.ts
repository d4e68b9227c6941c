import { z } from 'zod';
import { deepFreeze } from '../_lib/deepFreeze';
import { LocalizedTextSchema } from '../core/localizedTextSchema';
import { SourceRefSchema } from '../core/sourceRefSchema';
import { NeedIdSchema } from '../needs/needIdSchema';

/**
 * Schema of a {@link NeedWithoutAdaptation}.
 *
 * @example
 * ```ts
 * NeedWithoutAdaptationSchema.parse(NEEDS_WITHOUT_ADAPTATION[0]).need; // => 'practice-trap'
 * ```
 * @category Adaptations
 */
export const NeedWithoutAdaptationSchema = z.object({
  /** The need that no adaptation in the catalogue addresses. */
  need: NeedIdSchema,
  /** The reason, and where in the library the need is handled instead. */
  reason: LocalizedTextSchema,
  /** The source of the rule that handles the need elsewhere. */
  source: SourceRefSchema,
});

/**
 * A need of the taxonomy that leads to no handbook adaptation, with the reason.
 *
 * @example
 * ```ts
 * const entry: NeedWithoutAdaptation = NEEDS_WITHOUT_ADAPTATION[0]!;
 * entry.reason.en;
 * ```
 * @category Adaptations
 */
export interface NeedWithoutAdaptation extends z.output<typeof NeedWithoutAdaptationSchema> {}

/**
 * The needs of the taxonomy that no adaptation in `ADAPTATIONS` addresses, each with the reason.
 *
 * @remarks
 * Every need in {@link NEED_IDS} either indicates at least one adaptation or is listed
 * here (the tests check both). The handbook's fifteen adaptations do not deal with
 * these two needs on their own; the library handles them with other rules:
 * - `practice-trap` (AFI report ch. 2, S10): repeated unpaid placements without hiring.
 *   Handled by the plan rules on short unpaid placements and the practice trap (policy
 *   `unpaidPlacementMaxWeeks`, `unpaidPlacementsBeforePracticeTrap`; AFI report 4.6.2,
 *   L7749–7757).
 * - `declared-work` (AFI report ch. 2, X3): a declared job with declared pay. Handled as a
 *   hard constraint in job matching (domain specification §6, factor `declared-work`).
 *
 * @example
 * ```ts
 * NEEDS_WITHOUT_ADAPTATION.map((n) => n.need); // => ['practice-trap', 'declared-work']
 * ```
 * @category Adaptations
 */
export const NEEDS_WITHOUT_ADAPTATION: readonly NeedWithoutAdaptation[] = /* @__PURE__ */ deepFreeze([
  {
    need: 'practice-trap',
    reason: {
      nb: 'Ingen av håndbokens femten tilpasninger tar for seg gjentatt ulønnet praksis alene. Regler for handlingsplaner (korte ulønnede praksisperioder, ingen ny praksis uten ansettelse) og jobbmatch dekker behovet.',
      en: 'None of the handbook’s fifteen adaptations deals with repeated unpaid placements on its own. The action-plan rules (short unpaid placements, no new placement without hiring) and job matching cover this need.',
    },
    source: {
      document: 'afi-report',
      section: '4.6.2 Caseprosjektenes erfaringer med metodebruk på trinn 3',
      lines: 'L7749–7757',
    },
  },
  {
    need: 'declared-work',
    reason: {
      nb: 'Ingen av håndbokens femten tilpasninger tar for seg dette alene. Jobbmatch behandler hvit jobb med lønn som et absolutt krav.',
      en: 'None of the handbook’s fifteen adaptations deals with this on its own. Job matching treats declared work with declared pay as a hard constraint.',
    },
    source: {
      document: 'library',
      section: 'Job-match balancing, factor declared-work (domain specification §6)',
    },
  },
]);
