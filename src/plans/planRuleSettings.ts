import { z } from 'zod';
import { library } from '../core/sources';
import type { SourceRef } from '../core/sourceRef';
import { NEED_SEVERITIES, type NeedId } from '../needs/needId';
import { NeedIdSchema } from '../needs/needIdSchema';
import { NorwegianLevelSchema } from '../needs/norwegianLevelSchema';

/**
 * The default of every plan-rule setting: library defaults where the sources give no number or level.
 *
 * @remarks
 * - `interpreterBelowLevel` `a2`: the AFI report asks for an interpreter "if
 *   needed" when the plan is gone through (4.4, L7264) without a level.
 * - `adaptedFormBelowLevel` `b1`: written plans do not work for participants
 *   with weak Norwegian (AFI report 4.5.2, L7455–7463); no level is given.
 * - `literacyMinSeverity` `moderate`: from this severity of the `literacy`
 *   need an ordinary written plan needs adapting (same passage).
 * - `onSiteSupportNeeds` and `onSiteSupportMinSeverity` `moderate`: the needs
 *   the handbook names for job support at the workplace — little work
 *   experience, weak Norwegian, no literacy (§14, L387) — and the severity
 *   from which they call for it.
 * - `firstContactWithinDays` 7: close contact from day one (handbook §15,
 *   L411) without a number.
 * - `maxContactGapDays` 92: regular, not sporadic follow-up (AFI report 4.8,
 *   L8403–8405) without a number; a quarter, the sparsest step of
 *   {@link scheduleFollowUp}'s default.
 *
 * The numbers that differ between programmes (placement and follow-up
 * lengths, the practice trap, NAV limits) are in the {@link Policy} instead.
 *
 * @example
 * ```ts
 * DEFAULT_PLAN_RULE_SETTINGS.maxContactGapDays; // => 92
 * ```
 * @category Plans
 */
export const DEFAULT_PLAN_RULE_SETTINGS = Object.freeze({
  interpreterBelowLevel: 'a2',
  adaptedFormBelowLevel: 'b1',
  literacyMinSeverity: 'moderate',
  onSiteSupportNeeds: Object.freeze<NeedId[]>([
    'workplace-support',
    'literacy',
    'work-experience',
    'norwegian-language',
  ]),
  onSiteSupportMinSeverity: 'moderate',
  firstContactWithinDays: 7,
  maxContactGapDays: 92,
});

/**
 * Schema of {@link PlanRuleSettings}: each setting with its bounds and its default.
 *
 * @remarks
 * The options of {@link validateActionPlan}, {@link validateTrainingPlan} and
 * {@link validateFollowUpPlan} are picked from this schema; a value out of
 * bounds throws `invalid_option`. Defaults and their reasons:
 * {@link DEFAULT_PLAN_RULE_SETTINGS} and {@link PLAN_RULE_SETTING_SOURCES}.
 *
 * @example
 * ```ts
 * PlanRuleSettingsSchema.parse({}).interpreterBelowLevel; // => 'a2'
 * ```
 * @category Plans
 */
export const PlanRuleSettingsSchema = z.object({
  /** Below this Norwegian level the plan must be gone through with an interpreter. */
  interpreterBelowLevel: NorwegianLevelSchema.default(DEFAULT_PLAN_RULE_SETTINGS.interpreterBelowLevel),
  /** Below this Norwegian level an ordinary written plan needs an interpreter or an oral or simplified form. */
  adaptedFormBelowLevel: NorwegianLevelSchema.default(DEFAULT_PLAN_RULE_SETTINGS.adaptedFormBelowLevel),
  /** From this severity of the `literacy` need an ordinary written plan needs adapting. */
  literacyMinSeverity: z.enum(NEED_SEVERITIES).default(DEFAULT_PLAN_RULE_SETTINGS.literacyMinSeverity),
  /** The needs that call for the job specialist's support at the workplace. */
  onSiteSupportNeeds: z.array(NeedIdSchema).readonly().default(DEFAULT_PLAN_RULE_SETTINGS.onSiteSupportNeeds),
  /** From this severity of one of those needs, support on site is expected. */
  onSiteSupportMinSeverity: z
    .enum(NEED_SEVERITIES)
    .default(DEFAULT_PLAN_RULE_SETTINGS.onSiteSupportMinSeverity),
  /** The first contact must be at most this many days after the first working day. */
  firstContactWithinDays: z
    .number()
    .int()
    .min(0)
    .max(366)
    .default(DEFAULT_PLAN_RULE_SETTINGS.firstContactWithinDays),
  /** The longest stretch without contact in follow-up, in days. */
  maxContactGapDays: z.number().int().min(1).max(3660).default(DEFAULT_PLAN_RULE_SETTINGS.maxContactGapDays),
});

/**
 * The levels and numbers the plan rules compare with, besides the {@link Policy}.
 *
 * @remarks
 * Every value is a library default (see {@link DEFAULT_PLAN_RULE_SETTINGS});
 * the rule summaries in `ACTION_PLAN_RULES`, `TRAINING_PLAN_RULES` and
 * `FOLLOW_UP_PLAN_RULES` quote the defaults from there.
 *
 * @example
 * ```ts
 * const strict: PlanRuleSettings = { ...DEFAULT_PLAN_RULE_SETTINGS, firstContactWithinDays: 3 };
 * ```
 * @category Plans
 */
export type PlanRuleSettings = z.output<typeof PlanRuleSettingsSchema>;

/**
 * The source of every default in {@link DEFAULT_PLAN_RULE_SETTINGS}.
 *
 * @example
 * ```ts
 * PLAN_RULE_SETTING_SOURCES.interpreterBelowLevel.document; // => 'library'
 * ```
 * @category Plans
 */
export const PLAN_RULE_SETTING_SOURCES: Readonly<Record<keyof PlanRuleSettings, SourceRef>> = Object.freeze({
  interpreterBelowLevel: library(
    'Interpreter threshold (AFI report 4.4, L7264: an interpreter "if needed", no level given)',
  ),
  adaptedFormBelowLevel: library(
    'Plain-form threshold (AFI report 4.5.2, L7455–7463: written plans fail at weak Norwegian, no level given)',
  ),
  literacyMinSeverity: library(
    'Literacy severity that calls for a plain-form plan (AFI report 4.5.2, L7455–7463, gives no level)',
  ),
  onSiteSupportNeeds: library(
    'Needs that call for job support at the workplace (handbook §14, L387: little work experience, weak Norwegian, no literacy)',
  ),
  onSiteSupportMinSeverity: library(
    'Severity that calls for job support at the workplace (handbook §14, L387, gives no level)',
  ),
  firstContactWithinDays: library(
    'First follow-up contact window (handbook §15, L411: close contact from day one, no number given)',
  ),
  maxContactGapDays: library(
    'Longest follow-up gap (AFI report 4.8, L8403–8405: regular, not sporadic, no number given); a quarter',
  ),
});
