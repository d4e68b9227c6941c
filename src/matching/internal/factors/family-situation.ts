import { type FactorRuleDef, type Reason, adaptable, ask, fit, reasons, t } from '../reason';
import { FAMILY_ADAPT, SAFETY } from '../texts';
import { type PreparedCandidate } from '../prepare';

/*
 * family-situation: Does the family situation leave room for this job?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('family-situation', {
  familySupportive: fit(
    t('Familien støtter at hun tar arbeid.', 'Her family supports her taking paid work.'),
  ),
  familyNeutral: fit(
    t(
      'Familien verken hjelper eller hindrer; familiesituasjonen står ikke i veien.',
      'Her family neither helps nor hinders; the family situation does not stand in the way.',
    ),
  ),
  familyOpposed: adaptable(
    t(
      'Familien er imot at hun jobber; et familieråd kan rydde plass til jobben.',
      'Her family is against her working; a family council can help clear room for the job.',
    ),
    { adaptations: FAMILY_ADAPT },
  ),
  familySafety: adaptable(
    t(
      'Det er tegn på negativ sosial kontroll eller vold; trygghet kommer først, med hjelp fra fagfolk.',
      'There are signs of negative social control or violence; safety comes first, with help from specialists.',
    ),
    { adaptations: ['negative-social-control', 'interdisciplinary-cooperation'], source: SAFETY },
  ),
  familyUnknown: ask(
    'candidate',
    t('Familiens syn på at hun jobber er ikke kjent.', 'How her family sees her working is not known.'),
    t(
      'Hvordan ser familien på at hun tar arbeid, og hvem kan hjelpe til hjemme?',
      'How does her family see her taking paid work, and who can help at home?',
    ),
  ),
});

function family(c: PreparedCandidate): Reason {
  if (c.safety === 1 || c.stance === 'controlling') return R.familySafety;
  if (c.stance === 'supportive') return R.familySupportive;
  if (c.stance === 'neutral') return R.familyNeutral;
  if (c.stance === 'opposed') return R.familyOpposed;
  return R.familyUnknown;
}

/** The `family-situation` factor. */
export const FAMILY_SITUATION: FactorRuleDef = {
  id: 'family-situation',
  inputs: { candidate: ['familyStance', 'safety'], opening: [] },
  reasons: R,
  evaluate: (c) => family(c),
};
