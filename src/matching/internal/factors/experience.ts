import { type FactorRuleDef, type Reason, adaptable, ask, conflict, fit, reasons, t } from '../reason';
import { NAV_WORK_TRAINING, type PreparedCandidate, type PreparedOpening, sameOccupation } from '../prepare';

/*
 * experience: Does her experience fit, or can training close the gap?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('experience', {
  experienceSame: fit(
    t('Hun har erfaring fra samme slags arbeid.', 'She has experience of the same kind of work.'),
  ),
  experienceNotRequired: fit(
    t(
      'Arbeidsgiveren krever ikke erfaring og lærer opp selv.',
      'The employer does not require experience and trains people itself.',
    ),
  ),
  experienceTraining: adaptable(
    t(
      'Hun mangler erfaringen, men arbeidsplassen kan lære henne opp med en opplæringsplan.',
      'She lacks the experience, but the workplace can train her with a training plan.',
    ),
    { adaptations: ['on-the-job-support'] },
  ),
  experienceWorkTraining: adaptable(
    t(
      'Hun mangler erfaringen, men arbeidstrening med NAV kan gi henne den.',
      'She lacks the experience, but work training with NAV can give it to her.',
    ),
    { nav: ['work-training'] },
  ),
  experienceGap: conflict(
    t(
      'Arbeidsgiveren krever erfaring hun ikke har, og ingen opplæring er tilbudt.',
      'The employer requires experience she does not have, and no training is offered.',
    ),
  ),
  experienceCandidateUnknown: ask(
    'candidate',
    t('Arbeidserfaringen hennes er ikke kjent.', 'Her work experience is not known.'),
    t(
      'Hvilken arbeidserfaring har hun, i Norge og i hjemlandet?',
      'What work experience does she have, in Norway and abroad?',
    ),
  ),
  experienceEmployerUnknown: ask(
    'employer',
    t(
      'Det er ikke kjent om arbeidsgiveren krever erfaring.',
      'It is not known whether the employer requires experience.',
    ),
    t(
      'Krever arbeidsgiveren erfaring, eller lærer de opp selv?',
      'Does the employer require experience, or train people itself?',
    ),
  ),
  experienceNavUnknown: ask(
    'employer',
    t(
      'Det er ikke kjent om arbeidsplassen kan lære henne opp.',
      'It is not known whether the workplace can train her.',
    ),
    t(
      'Kan arbeidsplassen lære henne opp, eller ta imot arbeidstrening fra NAV?',
      'Can the workplace train her, or take her on NAV work training?',
    ),
  ),
});

function experience(c: PreparedCandidate, o: PreparedOpening): Reason {
  if ((c.experienceMask & o.industryBit) !== 0) return R.experienceSame;
  if (o.occupation !== '') {
    for (const occupation of c.experienceOccupations)
      if (sameOccupation(occupation, o.occupation)) return R.experienceSame;
  }
  if (o.experienceRequired === 0) return R.experienceNotRequired;
  if (!c.experienceKnown) return R.experienceCandidateUnknown;
  if (o.experienceRequired === -1) return R.experienceEmployerUnknown;
  if (o.trainer === 1 || o.mentor === 1 || o.trainingPlan === 1) return R.experienceTraining;
  if ((o.navMask & NAV_WORK_TRAINING) !== 0) return R.experienceWorkTraining;
  if (o.navKnown && o.trainer === 0 && o.mentor === 0) return R.experienceGap;
  return R.experienceNavUnknown;
}

/** The `experience` factor. */
export const EXPERIENCE: FactorRuleDef = {
  id: 'experience',
  inputs: {
    candidate: ['experienceIndustries', 'workExperience'],
    opening: [
      'industry',
      'occupation',
      'expectations.experienceRequired',
      'training',
      'employer.acceptsNavMeasures',
    ],
  },
  reasons: R,
  evaluate: (c, o) => experience(c, o),
};
