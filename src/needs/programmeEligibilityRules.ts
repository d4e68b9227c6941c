import type { LocalizedText } from '../core/localizedText';
import type { SourceRef } from '../core/sourceRef';
import { afi, handbook } from '../_lib/needs/sources';
import type { EligibilityCriterionId } from './eligibilityCriteria';
import type { Programme } from './programme';
import { deepFreeze } from '../_lib/deepFreeze';

/**
 * One group a programme admits: all of its criteria must be met.
 *
 * @example
 * ```ts
 * const group: ProgrammeEligibilityGroup = PROGRAMME_ELIGIBILITY.jobbsjansen.groups[0];
 * group.criteria.map((c) => c.id);
 * ```
 * @category Needs
 */
export interface ProgrammeEligibilityGroup {
  /** A stable id for the group. */
  readonly id: string;
  /** The group in words. */
  readonly label: LocalizedText;
  /** The criteria, each with the source that states it for this programme. */
  readonly criteria: readonly { readonly id: EligibilityCriterionId; readonly source: SourceRef }[];
}

/**
 * A programme's eligibility rules: the groups it admits (any one suffices).
 *
 * @example
 * ```ts
 * const rules: ProgrammeEligibilityRules = PROGRAMME_ELIGIBILITY.nav;
 * rules.catalogued; // => false
 * ```
 * @category Needs
 */
export interface ProgrammeEligibilityRules {
  /** False when the library holds no criteria for the programme; every check is then `unknown`. */
  readonly catalogued: boolean;
  /** The groups the programme admits; a person is eligible when she meets every criterion of one group. */
  readonly groups: readonly ProgrammeEligibilityGroup[];
}

const MAIN = handbook('Målgruppe (hovedmålgruppe)', 'L67');
const SINGLE = handbook('Målgruppe (enslige forsørgere med overgangsstønad)', 'L69');
const SOCIAL = handbook('Målgruppe (sosialstønad, utenfor Kvalifiseringsprogrammet)', 'L71');
const IMDI_AGE = afi('1 (Jobbsjansen: 18–55 år, ikke omfattet av andre ordninger)', 'L2976–2984');
const INTRO = afi('1 (introduksjonsprogram for nyankomne flyktninger og familiegjenforente)', 'L2954–2958');
const INTRO_AGE: SourceRef = {
  document: 'library',
  section: 'Integration Act (integreringsloven) §8: age 18–55; not in the seed texts',
};

/**
 * The eligibility rules of every programme, as data.
 *
 * @remarks
 * - `jobbsjansen`: three groups from the handbook's "Målgruppe" (L67–71):
 *   home-based immigrant women aged 18–55 without attachment to working life or
 *   ordinary education who need qualification; home-based single providers
 *   with transitional benefit (*overgangsstønad*) as main income; and women on
 *   social assistance outside the Qualification Programme's target group. The
 *   age range and "not covered by other schemes" are IMDi's terms for the
 *   scheme as a whole (AFI 1, L2976–2984).
 * - `introduction-programme`: refugees and family reunited with them who need
 *   basic qualification (AFI 1, L2954–2958), aged 18–55 (Integration Act; a
 *   library entry). Other conditions of the Act (residence basis, settlement)
 *   are not catalogued.
 * - `nav` and `other`: not catalogued; every check returns `unknown`.
 *
 * Every group's criteria assume the person is an immigrant, which is the scope
 * of the library.
 *
 * @example
 * ```ts
 * PROGRAMME_ELIGIBILITY.jobbsjansen.groups.map((g) => g.id);
 * // => ['main-group', 'single-providers-on-transitional-benefit', 'social-assistance-recipients']
 * ```
 * @category Needs
 */
export const PROGRAMME_ELIGIBILITY: Readonly<Record<Programme, ProgrammeEligibilityRules>> = deepFreeze({
  jobbsjansen: {
    catalogued: true,
    groups: [
      {
        id: 'main-group',
        label: {
          nb: 'Hjemmeværende innvandrerkvinner 18–55 år med behov for kvalifisering',
          en: 'Home-based immigrant women aged 18–55 who need qualification',
        },
        criteria: [
          { id: 'female', source: MAIN },
          { id: 'age-18-to-55', source: MAIN },
          { id: 'at-home', source: MAIN },
          { id: 'not-in-ordinary-education', source: MAIN },
          { id: 'needs-qualification', source: MAIN },
          { id: 'not-covered-by-other-schemes', source: IMDI_AGE },
        ],
      },
      {
        id: 'single-providers-on-transitional-benefit',
        label: {
          nb: 'Hjemmeværende enslige forsørgere med overgangsstønad som hovedinntekt',
          en: 'Home-based single providers living mainly on transitional benefit',
        },
        criteria: [
          { id: 'female', source: SINGLE },
          { id: 'age-18-to-55', source: IMDI_AGE },
          { id: 'at-home', source: SINGLE },
          { id: 'single-provider', source: SINGLE },
          { id: 'transitional-benefit-main-income', source: SINGLE },
        ],
      },
      {
        id: 'social-assistance-recipients',
        label: {
          nb: 'Innvandrerkvinner på sosialstønad utenfor målgruppen for Kvalifiseringsprogrammet',
          en: 'Immigrant women on social assistance outside the Qualification Programme',
        },
        criteria: [
          { id: 'female', source: SOCIAL },
          { id: 'age-18-to-55', source: IMDI_AGE },
          { id: 'receives-social-assistance', source: SOCIAL },
          { id: 'not-in-qualification-programme', source: SOCIAL },
        ],
      },
    ],
  },
  'introduction-programme': {
    catalogued: true,
    groups: [
      {
        id: 'refugees-and-reunited-family',
        label: {
          nb: 'Nyankomne flyktninger og familiegjenforente med behov for grunnleggende kvalifisering',
          en: 'Newly arrived refugees and reunited family who need basic qualification',
        },
        criteria: [
          { id: 'refugee-or-family-of-refugee', source: INTRO },
          { id: 'age-18-to-55', source: INTRO_AGE },
          { id: 'needs-qualification', source: INTRO },
        ],
      },
    ],
  },
  nav: { catalogued: false, groups: [] },
  other: { catalogued: false, groups: [] },
});
