import { type FactorRuleDef, type Reason, adaptable, ask, conflict, fit, reasons, t, worse } from '../reason';
import { Q_PAID, Q_NAV, PROGRESSION } from '../texts';
import { NAV_WAGE_SUBSIDY, type PreparedCandidate, type PreparedOpening } from '../prepare';
import { incomeShort, grows } from '../derived';
import type { ResolvedSettings } from '../settings';

/*
 * position-type: Do seasonal, part-time, extra-shift or full-time work fit her wishes and income needs?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('position-type', {
  positionFits: fit(
    t(
      'Stillingstype og stillingsandel passer ønskene og inntektsbehovet hennes.',
      'The position type and share fit her wishes and income needs.',
    ),
  ),
  positionTypeNotWished: conflict(
    t('Stillingstypen er ikke en hun ønsker.', 'The position type is not one she wants.'),
  ),
  positionTooLarge: conflict(
    t(
      'Stillingsandelen er større enn hun klarer nå.',
      'The position share is larger than she can manage now.',
    ),
  ),
  positionGrow: adaptable(
    t(
      'Stillingsandelen er mindre enn hun ønsker, men kan økes; forhandle videre steg for steg i etteroppfølgingen.',
      'The position share is smaller than she wants, but can grow; negotiate step by step in the follow-up after employment.',
    ),
    { adaptations: ['after-follow-up'], source: PROGRESSION },
  ),
  positionTooSmall: conflict(
    t(
      'Stillingsandelen er mindre enn hun ønsker, uten mulighet for flere timer.',
      'The position share is smaller than she wants, with no chance of more hours.',
    ),
  ),
  positionIncomeSubsidy: adaptable(
    t(
      'Hun trenger inntekt og stillingen er ulønnet; lønnstilskudd kan gjøre den til lønnet arbeid.',
      'She needs an income and the position is unpaid; a wage subsidy can turn it into paid work.',
    ),
    { nav: ['wage-subsidy'] },
  ),
  positionIncomeShort: conflict(
    t(
      'Hun trenger en inntekt å leve av, og stillingen gir ikke det.',
      'She needs an income to live on, and the position does not give it.',
    ),
  ),
  positionTypeUnknown: ask(
    'employer',
    t('Stillingstypen er ikke kjent.', 'The position type is not known.'),
    t(
      'Er behovet sesong, deltid, ekstravakter eller full stilling, og hvor stor er stillingsandelen?',
      'Is the need seasonal, part-time, extra shifts or a full position, and how large is the share?',
    ),
  ),
  positionWishUnknown: ask(
    'candidate',
    t('Det er ikke kjent hvilke stillinger hun ønsker.', 'It is not known which positions she wants.'),
    t(
      'Hvilke stillingstyper og hvor stor stillingsandel ønsker og klarer hun?',
      'Which position types and what position share does she want and manage?',
    ),
  ),
  positionGrowthUnknown: ask(
    'employer',
    t(
      'Det er ikke kjent om stillingen kan gi flere timer.',
      'It is not known whether the position can give more hours.',
    ),
    t(
      'Kan stillingen gi flere timer eller føre til fast stilling?',
      'Can the position give more hours or lead to a permanent post?',
    ),
  ),
  positionPaidUnknown: ask(
    'employer',
    t('Det er ikke kjent om stillingen er lønnet.', 'It is not known whether the position is paid.'),
    Q_PAID,
  ),
  positionNavUnknown: ask(
    'employer',
    t(
      'Det er ikke kjent om arbeidsgiveren tar imot lønnstilskudd.',
      'It is not known whether the employer accepts a wage subsidy.',
    ),
    Q_NAV,
  ),
});

function position(c: PreparedCandidate, o: PreparedOpening, s: ResolvedSettings): Reason {
  if (o.type < 0) return R.positionTypeUnknown;
  let code: Reason = R.positionFits;
  // Without a wished type, her income need (when known) decides alone.
  if (c.typeMask === 0) code = c.incomeHigh === -1 ? R.positionWishUnknown : R.positionFits;
  else if ((c.typeMask & (1 << o.type)) === 0) code = R.positionTypeNotWished;

  if (c.maxPercent >= 0 || c.minPercent >= 0) {
    if (o.percent < 0) code = worse(code, R.positionTypeUnknown);
    else if (c.maxPercent >= 0 && o.percent > c.maxPercent) code = worse(code, R.positionTooLarge);
    else if (c.minPercent >= 0 && o.percent < c.minPercent) {
      code = worse(
        code,
        o.moreHours === 1 ? R.positionGrow : o.moreHours === 0 ? R.positionTooSmall : R.positionGrowthUnknown,
      );
    }
  }

  if (c.incomeHigh === 1) {
    if (o.paid === -1) code = worse(code, R.positionPaidUnknown);
    else if (o.paid === 0) {
      code = worse(
        code,
        (o.navMask & NAV_WAGE_SUBSIDY) !== 0
          ? R.positionIncomeSubsidy
          : o.navKnown
            ? R.positionIncomeShort
            : R.positionNavUnknown,
      );
    } else if (incomeShort(o, s) === 1) {
      // Too little to live on as offered: adaptable only when it can grow.
      code = worse(code, grows(o) === 1 ? R.positionGrow : R.positionIncomeShort);
    }
  }
  return code;
}

/** The `position-type` factor. */
export const POSITION_TYPE: FactorRuleDef = {
  id: 'position-type',
  inputs: {
    candidate: [
      'wishes.positionTypes',
      'availability.minPositionPercent',
      'availability.maxPositionPercent',
      'incomeNeed',
      'singleProvider',
      'finances',
    ],
    opening: ['positionType', 'positionPercent', 'paid', 'development', 'employer.acceptsNavMeasures'],
  },
  reasons: R,
  evaluate: (c, o, s) => position(c, o, s),
};
