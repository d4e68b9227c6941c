import { z } from 'zod';
import { LocalizedTextSchema } from '../core/localizedTextSchema';
import { SourceRefSchema } from '../core/sourceRefSchema';
import { NEED_SEVERITIES } from '../needs/needId';
import { NeedIdSchema } from '../needs/needIdSchema';
import { SeStepIdSchema } from '../process/seStep';
import { AdaptationIdSchema } from './adaptationId';
import { AdaptationTierSchema } from './adaptationTier';

/**
 * Schema of a {@link NeedTrigger}.
 *
 * @example
 * ```ts
 * NeedTriggerSchema.parse({ need: 'mobility', minSeverity: 'low' });
 * ```
 * @category Adaptations
 */
export const NeedTriggerSchema = z.object({
  /** The need that indicates the adaptation. */
  need: NeedIdSchema,
  /** The lowest severity of that need at which it indicates the adaptation. */
  minSeverity: z.enum(NEED_SEVERITIES),
  /** When present, the trigger holds only when the need rests on one of these facts (assessment paths in the need's evidence). */
  evidence: z.array(z.string().min(1)).min(1).optional(),
});

/**
 * A need that indicates an adaptation, from a given severity up.
 *
 * @remarks
 * An adaptation is indicated when any one of its triggers matches a need in the
 * profile at or above the trigger's severity and, when the trigger names
 * `evidence`, the need rests on one of those facts (so a section's own reason,
 * such as stalled Norwegian tuition for suggestopedia, can be told from another
 * reason for the same need). The trigger tables and their sources are in
 * `docs/adaptations.md`.
 *
 * @example
 * ```ts
 * const trigger: NeedTrigger = { need: 'social-network', minSeverity: 'low' };
 * ```
 * @category Adaptations
 */
export interface NeedTrigger extends z.output<typeof NeedTriggerSchema> {}

/**
 * Schema of an {@link AdaptationCaution}.
 *
 * @example
 * ```ts
 * AdaptationCautionSchema.parse({ text: { nb: 'Henvis videre.', en: 'Refer on.' } });
 * ```
 * @category Adaptations
 */
export const AdaptationCautionSchema = z.object({
  /** The thing to watch out for, in our own words. */
  text: LocalizedTextSchema,
  /** The need that must be in the profile for the caution to show; when absent, it always shows. */
  whenNeed: NeedIdSchema.optional(),
});

/**
 * Something to watch out for when using an adaptation, possibly only in the presence of a need.
 *
 * @remarks
 * For example: a job specialist is not a therapist and refers on (handbook §10, L316);
 * no family council when there is negative social control (handbook §10, AFI report L7321–7323).
 *
 * @example
 * ```ts
 * const caution: AdaptationCaution = { text: { nb: 'Henvis videre.', en: 'Refer on.' }, whenNeed: 'health' };
 * ```
 * @category Adaptations
 */
export interface AdaptationCaution extends z.output<typeof AdaptationCautionSchema> {}

/**
 * Schema of an {@link Adaptation}: one entry of the catalogue `ADAPTATIONS`.
 *
 * @example
 * ```ts
 * AdaptationSchema.parse(getAdaptation('empowerment')).tier; // => 'core'
 * ```
 * @category Adaptations
 */
export const AdaptationSchema = z.object({
  /** The adaptation's id. */
  id: AdaptationIdSchema,
  /** The number of the handbook section that describes it (1–15). */
  handbookSection: z.number().int().min(1).max(15),
  /** The name, in bokmål and English. */
  title: LocalizedTextSchema,
  /** The summary: what the adaptation is and why, in two or three sentences of our own. */
  summary: LocalizedTextSchema,
  /** The SE steps the adaptation belongs to, in process order. */
  steps: z.array(SeStepIdSchema).min(1),
  /** The default tier: `core` (everyone in the target group), `indicated` (by needs) or `offer` (voluntary). */
  tier: AdaptationTierSchema,
  /** The flag that the handbook applies or offers it to everyone in the target group, whatever the needs. */
  forEveryone: z.boolean(),
  /** The needs that indicate the adaptation (any one suffices), or that explain it for `core` entries. */
  indicatedBy: z.array(NeedTriggerSchema).min(1),
  /** The needs in whose presence the adaptation is withheld, because it could do harm. */
  contraindicatedBy: z.array(NeedIdSchema),
  /** The step from which the adaptation applies to every case, whatever the needs (employer training, handbook §12). */
  fromStep: SeStepIdSchema.optional(),
  /** The practices used instead of `practices` when negative social control or violence is in the profile (handbook §6, L258). */
  practicesWithSafetyConcern: z.array(LocalizedTextSchema).min(1).optional(),
  /** The flag of the safety adaptation, which always comes first when recommended. */
  safety: z.boolean(),
  /** The actions to take at once when the adaptation is recommended (safety only; empty otherwise). */
  immediateActions: z.array(LocalizedTextSchema),
  /** The concrete practices and tips from the handbook, as short actions in our own words. */
  practices: z.array(LocalizedTextSchema).min(1),
  /** The things to watch out for. */
  cautions: z.array(AdaptationCautionSchema),
  /** The handbook section, with line numbers in the seed text. */
  source: SourceRefSchema,
});

/**
 * One of the handbook's fifteen target-group adaptations (*tilpasninger*).
 *
 * @remarks
 * Domain specification §5; handbook "Tilpasninger for vår målgruppe" (L169–411).
 * Titles, summaries, practices and cautions are written in our own words; the
 * facts carry over from the handbook section named in `source`.
 *
 * @example
 * ```ts
 * const a: Adaptation = getAdaptation('public-transport-training');
 * a.practices.map((p) => p.en);
 * ```
 * @category Adaptations
 */
export interface Adaptation extends z.output<typeof AdaptationSchema> {}

/**
 * The input shape of an {@link Adaptation} (identical to the output; for symmetry).
 *
 * @example
 * ```ts
 * const input: AdaptationInput = { ...getAdaptation('empowerment'), tier: 'indicated' };
 * ```
 * @category Adaptations
 */
export interface AdaptationInput extends z.input<typeof AdaptationSchema> {}
