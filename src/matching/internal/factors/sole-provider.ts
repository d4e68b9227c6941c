import { type FactorRuleDef, type Reason, adaptable, ask, conflict, fit, reasons, t, worse } from '../reason';
import {
  Q_SCHEDULE,
  Q_CHILDREN,
  Q_PAID,
  Q_NAV,
  Q_TIMES_UNKNOWN,
  PROGRESSION,
  SINGLE_MOTHERS,
  SOLE_MOTHERS_ALONE,
  T_ALONE,
} from '../texts';
import { NAV_WAGE_SUBSIDY, type PreparedCandidate, type PreparedOpening } from '../prepare';
import { byRelief, incomeShort, grows } from '../derived';
import type { ResolvedSettings } from '../settings';

/*
 * sole-provider: Do the hours and the income work for someone who provides for the children alone?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('sole-provider', {
  notSoleProvider: fit(
    t('Hun er ikke alene om å forsørge barna.', 'She is not the only provider for the children.'),
  ),
  soleProviderFits: fit(
    t(
      'Hun forsørger barna alene, og både arbeidstid og inntekt går opp.',
      'She provides for the children alone, and both the hours and the income work out.',
    ),
  ),
  soleProviderArrange: adaptable(
    t(
      'Hun forsørger barna alene og arbeidstiden går utenfor omsorgstiden; nettverket kan hjelpe med levering og henting.',
      'She provides for the children alone and the hours fall outside their care; her network can help with drop-off and pick-up.',
    ),
    {
      adaptations: ['network-building', 'family-and-network-cooperation', 'clearing-room-for-work'],
      source: SINGLE_MOTHERS,
    },
  ),
  soleProviderNoRelief: conflict(
    t(
      'Hun forsørger barna alene, arbeidstiden går utenfor omsorgstiden, og ingen kan avlaste henne.',
      'She provides for the children alone, the hours fall outside their care, and nobody can relieve her.',
    ),
  ),
  soleProviderSubsidy: adaptable(
    t(
      'Hun forsørger barna alene og stillingen er ulønnet; lønnstilskudd kan gjøre den til lønnet arbeid.',
      'She provides for the children alone and the position is unpaid; a wage subsidy can turn it into paid work.',
    ),
    { nav: ['wage-subsidy'] },
  ),
  soleProviderUnpaid: conflict(
    t(
      'Hun forsørger barna alene og trenger inntekt, men stillingen er ulønnet.',
      'She provides for the children alone and needs an income, but the position is unpaid.',
    ),
  ),
  soleProviderNoChildren: fit(
    t('Hun har ingen barn hjemme å forsørge alene.', 'She has no children at home to provide for alone.'),
  ),
  soleProviderAlone: conflict(T_ALONE, { source: SOLE_MOTHERS_ALONE }),
  soleProviderIncomeShort: conflict(
    t(
      'Hun forsørger barna alene, og sesongarbeid, ekstravakter eller en liten stillingsandel gir ikke en inntekt å leve av.',
      'She provides for the children alone, and seasonal work, extra shifts or a small position share do not give an income to live on.',
    ),
    {
      source: {
        document: 'afi-report',
        section: '2.4.2 (for få vakter til å forsørge seg selv)',
        lines: 'L4861–4871',
      },
    },
  ),
  soleProviderGrow: adaptable(
    t(
      'Hun forsørger barna alene og stillingen er liten, men den kan vokse; forhandle flere timer steg for steg i etteroppfølgingen.',
      'She provides for the children alone and the position is small, but it can grow; negotiate more hours step by step in the follow-up after employment.',
    ),
    { adaptations: ['after-follow-up'], source: PROGRESSION },
  ),
  soleProviderUnknown: ask(
    'candidate',
    t(
      'Det er ikke kjent om hun forsørger barna alene.',
      'It is not known whether she provides for the children alone.',
    ),
    t('Forsørger hun barna alene?', 'Does she provide for the children alone?'),
  ),
  soleProviderChildrenUnknown: ask(
    'candidate',
    t(
      'Det er ikke kjent om det er små barn hjemme.',
      'It is not known whether there are young children at home.',
    ),
    Q_CHILDREN,
  ),
  soleProviderScheduleUnknown: ask('employer', Q_TIMES_UNKNOWN, Q_SCHEDULE),
  soleProviderPaidUnknown: ask(
    'employer',
    t('Det er ikke kjent om stillingen er lønnet.', 'It is not known whether the position is paid.'),
    Q_PAID,
  ),
  soleProviderNavUnknown: ask(
    'employer',
    t(
      'Det er ikke kjent om arbeidsgiveren tar imot lønnstilskudd.',
      'It is not known whether the employer accepts a wage subsidy.',
    ),
    Q_NAV,
  ),
});

function soleProvider(c: PreparedCandidate, o: PreparedOpening, s: ResolvedSettings): Reason {
  if (c.soleProvider === 0) return R.notSoleProvider;
  if (c.soleProvider === -1) return c.hasChildren === 0 ? R.soleProviderNoChildren : R.soleProviderUnknown;
  let hours: Reason = R.soleProviderFits;
  if (c.youngChildren !== 0 && o.outsideCare !== 0) {
    if (c.youngChildren === -1) hours = R.soleProviderChildrenUnknown;
    else if (o.outsideCare === -1) hours = R.soleProviderScheduleUnknown;
    else
      hours = byRelief(
        c.relief,
        R.soleProviderFits,
        R.soleProviderArrange,
        R.soleProviderNoRelief,
        R.soleProviderUnknown,
        R.soleProviderAlone,
      );
  }
  let income: Reason = R.soleProviderFits;
  if (o.paid === -1) income = R.soleProviderPaidUnknown;
  else if (o.paid === 0) {
    income =
      (o.navMask & NAV_WAGE_SUBSIDY) !== 0
        ? R.soleProviderSubsidy
        : o.navKnown
          ? R.soleProviderUnpaid
          : R.soleProviderNavUnknown;
  } else if (c.incomeHigh === 1 && incomeShort(o, s) === 1) {
    // A season, extra shifts or a small share: enough only if it can grow.
    income = grows(o) === 1 ? R.soleProviderGrow : R.soleProviderIncomeShort;
  }
  return worse(hours, income);
}

/** The `sole-provider` factor. */
export const SOLE_PROVIDER: FactorRuleDef = {
  id: 'sole-provider',
  inputs: {
    candidate: ['singleProvider', 'children', 'careRelief', 'incomeNeed', 'finances'],
    opening: [
      'schedule',
      'paid',
      'positionType',
      'positionPercent',
      'development',
      'employer.acceptsNavMeasures',
    ],
  },
  reasons: R,
  evaluate: (c, o, s) => soleProvider(c, o, s),
};
