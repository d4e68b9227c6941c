import { type FactorRuleDef, type Reason, adaptable, ask, conflict, fit, reasons, t } from '../reason';
import { TRANSPORT } from '../texts';
import { type PreparedCandidate } from '../prepare';
import { travelMinutes } from '../travel';

/*
 * commute: Can she get there, on her own, in reasonable time?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('commute', {
  commuteFits: fit(
    t(
      'Reisen er innenfor det hun klarer, og hun reiser alene.',
      'The trip is within what she can manage, and she travels on her own.',
    ),
  ),
  commuteTraining: adaptable(
    t(
      'Reisen er kort nok, men hun reiser ikke alene ennå; øv på reiseruten sammen før oppstart.',
      'The trip is short enough, but she does not travel on her own yet; practise the route together before she starts.',
    ),
    { adaptations: ['public-transport-training'], source: TRANSPORT },
  ),
  commuteTooLong: conflict(t('Reisen er lengre enn hun klarer.', 'The trip is longer than she can manage.')),
  commuteTimeUnknown: ask(
    'both',
    t('Reisetiden til arbeidsstedet er ikke kjent.', 'The travel time to the workplace is not known.'),
    t(
      'Hvor lang er reisen fra hjemmet hennes til arbeidsstedet?',
      'How long is the trip from her home to the workplace?',
    ),
  ),
  commuteLimitUnknown: ask(
    'candidate',
    t('Det er ikke kjent hvor lang reisevei hun klarer.', 'It is not known how long a trip she can manage.'),
    t('Hvor lang reisevei til jobb klarer hun?', 'How long a trip to work can she manage?'),
  ),
  commuteAloneUnknown: ask(
    'candidate',
    t(
      'Det er ikke kjent om hun reiser alene med kollektivtransport.',
      'It is not known whether she travels alone by public transport.',
    ),
    t('Reiser hun alene med buss, trikk eller T-bane?', 'Does she travel alone by bus, tram or metro?'),
  ),
});

function commute(c: PreparedCandidate, minutes: number): Reason {
  if (minutes < 0) return R.commuteTimeUnknown;
  if (c.maxMinutes < 0) return R.commuteLimitUnknown;
  if (minutes > c.maxMinutes) return R.commuteTooLong;
  return c.travelsAlone === 1
    ? R.commuteFits
    : c.travelsAlone === 0
      ? R.commuteTraining
      : R.commuteAloneUnknown;
}

/** The `commute` factor. */
export const COMMUTE: FactorRuleDef = {
  id: 'commute',
  inputs: { candidate: ['commute', 'travelsAlone'], opening: ['location'] },
  reasons: R,
  evaluate: (c, o, s) => commute(c, travelMinutes(c, o, s)),
};
