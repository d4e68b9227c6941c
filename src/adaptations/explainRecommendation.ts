import { PHRASES, TIER_NAMES } from '../_lib/adaptations/explainTexts';
import { formatSourceRef } from '../core/formatSourceRef';
import { localize } from '../core/localize';
import type { Locale } from '../core/localizedText';
import { getNeed } from '../needs/getNeed';
import { getStep } from '../process/getStep';
import type { AdaptationRecommendation } from './adaptationRecommendation';
import { guard, guardOneOf } from '../_lib/guards';
import { LOCALES } from '../core/localizedText';
import { AdaptationRecommendationSchema } from './adaptationRecommendation';

/**
 * Explains one recommendation as a short readable text in bokmål or English, for UIs.
 *
 * @remarks
 * The text has one line each for the title and tier, the reason (everyone in the target
 * group, a voluntary offer, or the needs that triggered it), the steps and whether the
 * adaptation applies at the current step, then bulleted first actions and cautions, and
 * the source citation. The safety recommendation starts with "Safety first – act now."
 * (handbook §10, L316). Only catalogue texts and vocabulary labels are used; nothing from
 * the person's data beyond which needs were found.
 *
 * @param rec - A recommendation from {@link recommendAdaptations}.
 * @param locale - The language of the text, `nb` or `en`.
 * @returns The explanation: lines separated by `\n`, list items starting with `- `.
 * @example
 * ```ts
 * const [rec] = recommendAdaptations(profile);
 * if (rec) console.log(explainRecommendation(rec, 'nb'));
 * // Relasjonsbygging og trygghet (kjerne) …
 * ```
 * @category Adaptations
 */
export function explainRecommendation(rec: AdaptationRecommendation, locale: Locale): string {
  guard(AdaptationRecommendationSchema, rec, 'rec', 'explainRecommendation');
  guardOneOf(LOCALES, locale, 'locale', 'explainRecommendation');
  const t = (text: { nb: string; en: string }): string => localize(text, locale);
  const lines: string[] = [];
  if (rec.safety) lines.push(t(PHRASES.safety));
  lines.push(`${t(rec.title)} (${t(TIER_NAMES[rec.tier])})`);

  const needs = rec.triggeredBy.map((need) => t(getNeed(need).label)).join(', ');
  const reasons: string[] = [];
  if (rec.tier === 'core') reasons.push(t(PHRASES.core));
  if (rec.tier === 'offer') reasons.push(t(PHRASES.offer));
  if (rec.triggeredByStep !== undefined)
    reasons.push(`${t(PHRASES.fromStep)}: ${t(getStep(rec.triggeredByStep).name)}`);
  if (needs !== '') reasons.push(`${t(PHRASES.indicatedBy)}: ${needs}`);
  lines.push(`${t(PHRASES.why)}: ${reasons.join('; ')}.`);

  const steps = rec.steps.map((step) => t(getStep(step).name)).join(', ');
  lines.push(`${t(PHRASES.steps)}: ${steps} – ${t(rec.appliesNow ? PHRASES.appliesNow : PHRASES.notNow)}.`);
  if (rec.inUse) lines.push(t(PHRASES.inUse));

  lines.push(`${t(PHRASES.firstActions)}:`);
  for (const action of rec.firstActions) lines.push(`- ${t(action)}`);
  if (rec.cautions.length > 0) {
    lines.push(`${t(PHRASES.cautions)}:`);
    for (const caution of rec.cautions) lines.push(`- ${t(caution)}`);
  }
  lines.push(`${t(PHRASES.source)}: ${formatSourceRef(rec.source, locale)}`);
  return lines.join('\n');
}
