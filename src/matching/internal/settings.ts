import { z } from 'zod';
import { SupportedEmploymentError } from '../../core/errors';
import { NORWEGIAN_LEVELS } from '../../needs/norwegianLevel';
import { NorwegianLevelSchema } from '../../needs/norwegianLevelSchema';
import type { Candidate } from '../candidate';
import { INDUSTRIES, IndustrySchema } from '../industry';
import type { JobOpening } from '../jobOpening';
import { DEFAULT_LANGUAGE_DEMAND } from '../languageDemand';
import { MATCH_FACTOR_IDS } from '../matchFactorId';
import {
  DEFAULT_MATCH_SETTINGS,
  DEFAULT_MATCH_WEIGHTS,
  MatchSettingsSchema,
  MatchWeightsOverrideSchema,
  type MatchSettings,
} from '../matchSettings';
import { resolveOptions } from '../../_lib/resolveOptions';
import type { BalanceJobMatchOptions } from '../balanceJobMatch';

/** Options resolved once per call into flat numbers and typed arrays. */
export interface ResolvedSettings {
  readonly settings: MatchSettings;
  readonly weights: Float64Array;
  readonly totalWeight: number;
  /** Credit per status code: fit, adaptable, conflict, unknown. */
  readonly credit: Float64Array;
  readonly gapSteps: number;
  readonly careStart: number;
  readonly careEnd: number;
  readonly afterSchoolBy: number;
  readonly youngUnder: number;
  readonly highIncomeMinPercent: number;
  readonly sameDistrictMinutes: number;
  readonly minutesPerKm: number;
  readonly baseTravelMinutes: number;
  /** Demanded level index per industry index. */
  readonly demandByIndustry: Int8Array;
  /** 1 where the industry's demand was overridden by the caller. */
  readonly demandOverridden: Uint8Array;
  readonly travelMinutes: ((candidate: Candidate, opening: JobOpening) => number | undefined) | undefined;
}

/** Minutes since midnight of a valid `HH:MM` string. */
export function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const DemandOverrideSchema = z.partialRecord(IndustrySchema, NorwegianLevelSchema);

const SETTING_KEYS = Object.keys(DEFAULT_MATCH_SETTINGS) as (keyof MatchSettings)[];

/** The resolution of the default settings, made on first use and shared after (nothing writes to it). */
let defaults: ResolvedSettings | undefined;

/** True when the options change no setting, weight, language demand or travel time. */
function isDefault(options: BalanceJobMatchOptions): boolean {
  if (
    options.weights !== undefined ||
    options.languageDemandByIndustry !== undefined ||
    options.travelMinutes !== undefined
  )
    return false;
  for (const key of SETTING_KEYS) if (options[key] !== undefined) return false;
  return true;
}

/** Validates and flattens matching options. Throws `invalid_option` on bad values. */
export function resolveSettings(options: BalanceJobMatchOptions = {}): ResolvedSettings {
  // Most calls use the defaults: validate and resolve those once, not per pair.
  if (isDefault(options)) return (defaults ??= resolve(options));
  return resolve(options);
}

function resolve(options: BalanceJobMatchOptions): ResolvedSettings {
  const merged: Record<string, unknown> = { ...DEFAULT_MATCH_SETTINGS };
  for (const key of SETTING_KEYS) {
    const value = options[key];
    if (value !== undefined) merged[key] = value;
  }
  // The shared options resolver (one idiom): invalid_option with coded issues, paths from each object.
  const settings = resolveOptions(MatchSettingsSchema, merged, 'the matching (settings)');
  const weightOverrides = resolveOptions(
    MatchWeightsOverrideSchema,
    options.weights,
    'the matching (weights)',
  );
  const weights = new Float64Array(MATCH_FACTOR_IDS.length);
  let totalWeight = 0;
  MATCH_FACTOR_IDS.forEach((id, i) => {
    const w = weightOverrides[id] ?? DEFAULT_MATCH_WEIGHTS[id];
    weights[i] = w;
    totalWeight += w;
  });
  if (!(totalWeight > 0)) {
    throw new SupportedEmploymentError('invalid_option', 'The weights must not all be zero.');
  }

  const demandOverrides = resolveOptions(
    DemandOverrideSchema,
    options.languageDemandByIndustry,
    'the matching (languageDemandByIndustry)',
  );
  const demandByIndustry = new Int8Array(INDUSTRIES.length);
  const demandOverridden = new Uint8Array(INDUSTRIES.length);
  INDUSTRIES.forEach((industry, i) => {
    const override = demandOverrides[industry];
    demandByIndustry[i] = NORWEGIAN_LEVELS.indexOf(override ?? DEFAULT_LANGUAGE_DEMAND[industry].level);
    demandOverridden[i] = override === undefined ? 0 : 1;
  });

  if (options.travelMinutes !== undefined && typeof options.travelMinutes !== 'function') {
    throw new SupportedEmploymentError('invalid_option', 'The travelMinutes option must be a function.');
  }

  const credit = new Float64Array(4);
  credit[0] = 1;
  credit[1] = settings.adaptableCredit;
  credit[2] = 0;
  credit[3] = settings.unknownCredit;

  return {
    settings,
    weights,
    totalWeight,
    credit,
    gapSteps: settings.languageGapAdaptableSteps,
    careStart: toMinutes(settings.careStart),
    careEnd: toMinutes(settings.careEnd),
    afterSchoolBy: toMinutes(settings.afterSchoolBy),
    youngUnder: settings.youngChildUnderAge,
    highIncomeMinPercent: settings.highIncomeMinPercent,
    sameDistrictMinutes: settings.sameDistrictMinutes,
    minutesPerKm: settings.minutesPerKm,
    baseTravelMinutes: settings.baseTravelMinutes,
    demandByIndustry,
    demandOverridden,
    travelMinutes: options.travelMinutes,
  };
}
