import { type FactorRuleDef, type Reason, adaptable, ask, fit, reasons, t } from '../reason';
import { MOTIVATION_FIRST } from '../texts';
import { type PreparedCandidate } from '../prepare';

/*
 * motivation: Does she want paid work?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('motivation', {
  motivationYes: fit(t('Hun ønsker lønnet arbeid.', 'She wants paid work.')),
  motivationBuild: adaptable(
    t(
      'Hun har ikke (ennå) sagt at hun vil jobbe; motivasjonsarbeid kommer først, og det er aldri en grunn til å utelukke henne.',
      'She has not (yet) said she wants to work; motivation work comes first, and it is never a reason to exclude her.',
    ),
    { adaptations: ['empowerment', 'relationship-building'], source: MOTIVATION_FIRST },
  ),
  motivationUnknown: ask(
    'candidate',
    t('Det er ikke kjent om hun ønsker lønnet arbeid.', 'It is not known whether she wants paid work.'),
    t('Ønsker hun lønnet arbeid?', 'Does she want paid work?'),
  ),
});

function motivation(c: PreparedCandidate): Reason {
  return c.wishToWork === 1 ? R.motivationYes : c.wishToWork === 0 ? R.motivationBuild : R.motivationUnknown;
}

/** The `motivation` factor. */
export const MOTIVATION: FactorRuleDef = {
  id: 'motivation',
  inputs: { candidate: ['wishToWork'], opening: [] },
  reasons: R,
  evaluate: (c) => motivation(c),
};
