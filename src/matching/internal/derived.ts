import type { Reason } from './reason';
import { TYPE_EXTRA, TYPE_SEASONAL, type PreparedOpening, type Relief, type Tri } from './prepare';
import type { ResolvedSettings } from './settings';

/* Facts several factor rules derive alike (domain specification §6, "Derive, do not give up"). */

/** The reason for who can take over at home; `alone` is the derived "sole provider, nobody recorded". */
export function byRelief(
  relief: Relief,
  available: Reason,
  arrange: Reason,
  none: Reason,
  unknown: Reason,
  alone: Reason,
): Reason {
  return relief === 'available'
    ? available
    : relief === 'can-be-arranged'
      ? arrange
      : relief === 'none'
        ? none
        : relief === 'alone'
          ? alone
          : unknown;
}

/**
 * Whether a paid job gives too little to live on for a high income need: a
 * season, extra shifts or a share under `highIncomeMinPercent` (AFI report
 * 2.4.2, L4861–4871). 1 short, 0 enough, -1 unknown.
 */
export function incomeShort(o: PreparedOpening, s: ResolvedSettings): Tri {
  if (
    o.type === TYPE_EXTRA ||
    o.type === TYPE_SEASONAL ||
    (o.percent >= 0 && o.percent < s.highIncomeMinPercent)
  )
    return 1;
  return o.type < 0 && o.percent < 0 ? -1 : 0;
}

/** For a short income: 1 when the job can grow (more hours, permanent), 0 when it cannot, -1 unknown. */
export function grows(o: PreparedOpening): Tri {
  if (o.moreHours === 1 || o.pathToPermanent === 1) return 1;
  return o.moreHours === 0 && o.pathToPermanent === 0 ? 0 : -1;
}
