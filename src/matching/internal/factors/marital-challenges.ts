import { type FactorRuleDef, type Reason, adaptable, ask, fit, reasons, t } from '../reason';
import { type PreparedCandidate } from '../prepare';

/*
 * marital-challenges: Could difficulties in the marriage make it hard to take this job?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('marital-challenges', {
  maritalNone: fit(
    t(
      'Ingen kjente vansker i ekteskapet står i veien.',
      'No known difficulties in the marriage stand in the way.',
    ),
  ),
  maritalSupport: adaptable(
    t(
      'Vansker i ekteskapet kan tynge oppstarten; gi støtte og veiledning, også juridisk, i samarbeid med andre tjenester.',
      'Difficulties in the marriage can weigh on the start; give support and guidance, legal too, together with other services.',
    ),
    { adaptations: ['family-and-network-cooperation', 'interdisciplinary-cooperation'] },
  ),
  maritalUnknown: ask(
    'candidate',
    t(
      'Det er ikke kjent om forhold hjemme kan påvirke oppstarten.',
      'It is not known whether matters at home could affect the start.',
    ),
    t(
      'Er det forhold i ekteskapet som kan gjøre det vanskelig å begynne i jobb?',
      'Is there anything in the marriage that could make it hard to start work?',
    ),
  ),
});

function marital(c: PreparedCandidate): Reason {
  return c.marital === 0 ? R.maritalNone : c.marital === 1 ? R.maritalSupport : R.maritalUnknown;
}

/** The `marital-challenges` factor. */
export const MARITAL_CHALLENGES: FactorRuleDef = {
  id: 'marital-challenges',
  inputs: { candidate: ['maritalChallenges'], opening: [] },
  reasons: R,
  evaluate: (c) => marital(c),
};
