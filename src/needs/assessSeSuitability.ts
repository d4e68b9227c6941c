import { deepFreeze } from '../_lib/deepFreeze';
import type { LocalizedText } from '../core/localizedText';
import type { SourceRef } from '../core/sourceRef';
import { resolveRuleOptions } from '../_lib/needs/resolveOptions';
import { afi } from '../_lib/needs/sources';
import { classifyNeeds } from './classifyNeeds';
import type { ClassifyNeedsOptions } from './classifyNeedsOptions';
import type { NeedsAssessment } from './needsAssessment';
import { SE_INDICATORS, SE_INDICATOR_IDS, type SeIndicatorId } from './seIndicators';
import type { SePath, SeRecommendation, SeSuitability, SeSuitabilityReasonId } from './seSuitability';
import { guard, guardOptions } from '../_lib/guards';
import { NeedsAssessmentSchema } from './needsAssessment';

/**
 * Options for {@link assessSeSuitability}: the same as {@link ClassifyNeedsOptions}.
 *
 * @example
 * ```ts
 * const options: AssessSeSuitabilityOptions = { complexNeeds: { minModerateNeeds: 4 } };
 * ```
 * @category Needs
 */
export type AssessSeSuitabilityOptions = ClassifyNeedsOptions;

const TARGET_GROUP = afi('8.2 Nærmere avklaring av målgruppen for SE', 'L12794–12800');
const ZERO_EXCLUSION = afi('8.2 (null eksklusjon, motivasjon)', 'L12759–12771');

const REASONS: Readonly<
  Record<SeSuitabilityReasonId, { readonly message: LocalizedText; readonly source: SourceRef }>
> = deepFreeze({
  'wish-to-work': {
    message: { nb: 'Hun ønsker lønnet arbeid.', en: 'She wants paid work.' },
    source: TARGET_GROUP,
  },
  'wish-not-expressed': {
    message: {
      nb: 'Hun uttrykker ikke (ennå) ønske om arbeid: arbeid med motivasjon først, og spør igjen. Dette er ingen utelukkelse.',
      en: 'She does not (yet) express a wish to work: work on motivation first, then ask again. This excludes no one.',
    },
    source: ZERO_EXCLUSION,
  },
  'wish-unknown': {
    message: { nb: 'Ønsket om arbeid er ikke kartlagt ennå.', en: 'Her wish to work is not yet recorded.' },
    source: TARGET_GROUP,
  },
  'education-first': {
    message: {
      nb: 'Hun prioriterer skole eller utdanning: SE følger med, med deltidsjobb ved siden av studiene eller Supported Education sammen med SE.',
      en: 'She puts school or education first: SE goes along with it, with a part-time job beside her studies or Supported Education together with SE.',
    },
    source: afi('6.6 (deltakere vil prioritere skole/utdanning)', 'L11513–11523'),
  },
  pause: {
    message: {
      nb: 'Hun kan ikke jobbe nå eller er gravid: SE-oppfølgingen tar pause og tas opp igjen etterpå. Plassen beholdes.',
      en: 'She cannot work at present or is pregnant: SE follow-up pauses and resumes afterwards. She keeps her place.',
    },
    source: afi('6.3 (permisjon fra SE) and 6.6 (stans pga. helse)', 'L10905–10909, L11525–11528'),
  },
  'closer-follow-up-indicators': {
    message: {
      nb: 'Minst én indikator viser behov for tettere oppfølging.',
      en: 'At least one indicator shows a need for closer follow-up.',
    },
    source: afi('8.2 (sju indikatorer)', 'L12802–12830'),
  },
  'complex-needs': {
    message: {
      nb: 'Hun har sammensatte bistandsbehov, som er målgruppen for SE.',
      en: 'She has complex assistance needs, the target group of SE.',
    },
    source: afi('8.2 (sammensatte bistandsbehov)', 'L12773–12792'),
  },
  'no-indicator-found': {
    message: {
      nb: 'Ingen indikator på behov for tettere oppfølging er funnet ennå; SE kan likevel tilbys.',
      en: 'No indicator of a need for closer follow-up is found yet; SE can still be offered.',
    },
    source: afi(
      '3.11 Oppsummerende drøfting (jo bedre arbeidsevne, jo mindre behov for SE-oppfølging)',
      'L6760–6762',
    ),
  },
});

function reason(id: SeSuitabilityReasonId): SeSuitability['reasons'][number] {
  const r = REASONS[id];
  return { id, message: r.message, source: r.source };
}

/**
 * Finds the seven closer-follow-up indicators and recommends whether to offer SE now.
 *
 * @remarks
 * The AFI report (8.2, L12794–12830) bases the choice of SE on the person's wish
 * to work and her need for closer follow-up, described by seven indicators (plus the
 * eighth of AFI 2.4.2, L4637–4639)
 * ({@link SE_INDICATORS}). The rule:
 * - wish `unsure` or `no` → `motivation-work-first`;
 * - wish not recorded → `consider`;
 * - wish `yes` and an indicator found, or complex needs → `recommended`;
 * - wish `yes` otherwise → `consider`.
 *
 * The path says how SE goes on ({@link SE_PATHS}): `pause-and-resume` when she
 * cannot work at present or is pregnant (AFI L10905–10909, L11525–11528),
 * `alongside-education` when she puts school first or is in ordinary education
 * (AFI L11513–11523), otherwise `start-now`. Neither changes the recommendation.
 *
 * Zero exclusion: no output ever excludes a person who wants work; there is no
 * "not suitable" (domain specification §2). Age and gender are not read: a man
 * or a woman of 58 who wants work is recommended SE like anyone else, while
 * {@link checkProgrammeEligibility} says whether Jobbsjansen's target group fits.
 *
 * @param assessment - The parsed assessment.
 * @param options - Options passed on to {@link classifyNeeds} (for the complex-needs rule).
 * @returns The recommendation, the indicators found and undecided, and the reasons.
 * @throws {@link SupportedEmploymentError} `invalid_option` when an option is out of range.
 * @example
 * ```ts
 * const result = assessSeSuitability({ id: 'a-1', assessedOn: '2026-03-02', wishToWork: 'yes', dropoutRisk: true });
 * result.recommendation; // => 'recommended'
 * result.indicators; // => ['dropout-risk']
 * ```
 * @category Needs
 */
export function assessSeSuitability(
  assessment: NeedsAssessment,
  options?: AssessSeSuitabilityOptions,
): SeSuitability {
  guard(NeedsAssessmentSchema, assessment, 'assessment', 'assessSeSuitability');
  guardOptions(options, 'assessSeSuitability');
  const { context } = resolveRuleOptions(options, 'assessSeSuitability');
  const indicators: SeIndicatorId[] = [];
  const unknownIndicators: SeIndicatorId[] = [];
  for (const id of SE_INDICATOR_IDS) {
    const found = SE_INDICATORS[id].evaluate(assessment, context);
    if (found === true) indicators.push(id);
    else if (found === undefined) unknownIndicators.push(id);
  }
  const { isComplex } = classifyNeeds(assessment, options);

  const reasons: SeSuitability['reasons'] = [];
  let recommendation: SeRecommendation;
  const wish = assessment.wishToWork;
  if (wish === 'unsure' || wish === 'no') {
    recommendation = 'motivation-work-first';
    reasons.push(reason('wish-not-expressed'));
  } else if (wish === undefined) {
    recommendation = 'consider';
    reasons.push(reason('wish-unknown'));
  } else {
    reasons.push(reason('wish-to-work'));
    recommendation = indicators.length > 0 || isComplex ? 'recommended' : 'consider';
  }
  if (indicators.length > 0) reasons.push(reason('closer-follow-up-indicators'));
  if (isComplex) reasons.push(reason('complex-needs'));
  if (indicators.length === 0 && !isComplex) reasons.push(reason('no-indicator-found'));

  let path: SePath = 'start-now';
  if (assessment.health?.workCapacity === 'none-at-present' || assessment.health?.pregnant === true) {
    path = 'pause-and-resume';
    reasons.push(reason('pause'));
  } else if (assessment.educationFirst === true || assessment.inOrdinaryEducation === true) {
    path = 'alongside-education';
    reasons.push(reason('education-first'));
  }

  return { recommendation, indicators, unknownIndicators, isComplex, path, reasons };
}
