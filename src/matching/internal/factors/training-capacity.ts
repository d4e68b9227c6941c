import { type FactorRuleDef, type Reason, adaptable, ask, conflict, fit, reasons, t } from '../reason';
import { JOB_SUPPORT, MENTOR } from '../texts';
import { NAV_MENTOR, type PreparedOpening } from '../prepare';

/*
 * training-capacity: Can the workplace train and support her (a mentor or fadder, a willing colleague)?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('training-capacity', {
  trainingFits: fit(
    t(
      'Arbeidsplassen har en mentor eller fadder, eller en kollega som vil lære henne opp.',
      'The workplace has a mentor or fadder, or a colleague willing to train her.',
    ),
    { source: MENTOR },
  ),
  trainingMentor: adaptable(
    t(
      'Ingen fadder er utpekt ennå, men arbeidsgiveren tar imot mentortilskudd fra NAV.',
      'No fadder is appointed yet, but the employer accepts a mentor grant from NAV.',
    ),
    { adaptations: ['employer-training'], nav: ['mentor'], source: MENTOR },
  ),
  trainingJobSpecialist: adaptable(
    t(
      'Ingen fadder er utpekt, men jobbspesialisten kan gi jobbstøtte på arbeidsplassen mens en fadder kommer på plass.',
      'No fadder is appointed, but the job specialist can support her at the workplace until one is in place.',
    ),
    { adaptations: ['on-the-job-support', 'employer-training'], source: JOB_SUPPORT },
  ),
  trainingNone: conflict(
    t(
      'Ingen på arbeidsplassen kan lære henne opp, og jobbstøtte der er ikke ønsket.',
      'Nobody at the workplace can train her, and support there is not wanted.',
    ),
  ),
  trainingUnknown: ask(
    'employer',
    t(
      'Det er ikke kjent om arbeidsplassen kan lære henne opp.',
      'It is not known whether the workplace can train her.',
    ),
    t(
      'Kan arbeidsplassen utpeke en mentor eller fadder, eller en kollega som vil lære henne opp?',
      'Can the workplace appoint a mentor or fadder, or a colleague willing to train her?',
    ),
  ),
});

function training(o: PreparedOpening): Reason {
  if (o.mentor === 1 || o.trainer === 1) return R.trainingFits;
  if ((o.navMask & NAV_MENTOR) !== 0) return R.trainingMentor;
  if (o.allowsJobSpecialist === 1) return R.trainingJobSpecialist;
  if (o.mentor === 0 && o.trainer === 0 && o.allowsJobSpecialist === 0 && o.navKnown) return R.trainingNone;
  return R.trainingUnknown;
}

/** The `training-capacity` factor. */
export const TRAINING_CAPACITY: FactorRuleDef = {
  id: 'training-capacity',
  inputs: {
    candidate: [],
    opening: ['training', 'employer.allowsJobSpecialistOnSite', 'employer.acceptsNavMeasures'],
  },
  reasons: R,
  evaluate: (_c, o) => training(o),
};
