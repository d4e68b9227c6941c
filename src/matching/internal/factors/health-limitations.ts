import { type FactorRuleDef, type Reason, adaptable, ask, conflict, fit, reasons, t } from '../reason';
import { NAV_INCLUSION_GRANT, type PreparedCandidate, type PreparedOpening } from '../prepare';

/*
 * health-limitations: Can her health meet the demands of the job, with adaptations if needed?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('health-limitations', {
  healthNone: fit(
    t('Ingen kjente helsebegrensninger står i veien.', 'No known health limitation stands in the way.'),
  ),
  healthNoClash: fit(
    t(
      'Helsebegrensningene hennes treffer ikke kravene i jobben.',
      'Her health limitations do not meet the demands of the job.',
    ),
  ),
  healthAccommodate: adaptable(
    t(
      'Jobben har krav hun er begrenset i, men arbeidsgiveren kan tilrettelegge.',
      'The job has demands she is limited in, but the employer can adapt the work.',
    ),
    { adaptations: ['on-the-job-support'], nav: ['inclusion-grant'] },
  ),
  healthGrant: adaptable(
    t(
      'Jobben har krav hun er begrenset i; inkluderingstilskudd fra NAV kan dekke tilretteleggingen.',
      'The job has demands she is limited in; an inclusion grant from NAV can pay for adapting the work.',
    ),
    { nav: ['inclusion-grant'] },
  ),
  healthClash: conflict(
    t(
      'Jobben har krav helsen hennes ikke tåler, og arbeidet kan ikke tilrettelegges.',
      'The job has demands her health cannot meet, and the work cannot be adapted.',
    ),
  ),
  healthCandidateUnknown: ask(
    'candidate',
    t(
      'Det er ikke kjent om hun har helsebegrensninger som betyr noe for arbeid.',
      'It is not known whether she has health limitations that matter for work.',
    ),
    t(
      'Har hun helsebegrensninger som betyr noe for arbeid (løft, stå lenge, tempo)? Spør bare med samtykke.',
      'Does she have health limitations that matter for work (lifting, standing, pace)? Ask only with consent.',
    ),
  ),
  healthDemandsUnknown: ask(
    'employer',
    t('Kravene i jobben er ikke kjent.', 'The demands of the job are not known.'),
    t(
      'Hvilke fysiske og andre krav stiller jobben (løft, stå lenge, tempo, støy)?',
      'What physical and other demands does the job make (lifting, standing, pace, noise)?',
    ),
  ),
  healthAccommodateUnknown: ask(
    'employer',
    t(
      'Det er ikke kjent om arbeidet kan tilrettelegges.',
      'It is not known whether the work can be adapted.',
    ),
    t(
      'Kan arbeidsgiveren tilrettelegge arbeidet, eventuelt med inkluderingstilskudd?',
      'Can the employer adapt the work, with an inclusion grant if needed?',
    ),
  ),
});

function health(c: PreparedCandidate, o: PreparedOpening): Reason {
  if (o.demandsKnown && o.demandMask === 0) return R.healthNone;
  if (!c.healthKnown) return R.healthCandidateUnknown;
  if (c.limitMask === 0) return R.healthNone;
  if ((c.limitMask & o.demandMask) === 0) return o.demandsKnown ? R.healthNoClash : R.healthDemandsUnknown;
  if (o.canAccommodate === 1) return R.healthAccommodate;
  if ((o.navMask & NAV_INCLUSION_GRANT) !== 0) return R.healthGrant;
  if (o.canAccommodate === 0 && o.navKnown) return R.healthClash;
  return R.healthAccommodateUnknown;
}

/** The `health-limitations` factor. */
export const HEALTH_LIMITATIONS: FactorRuleDef = {
  id: 'health-limitations',
  inputs: {
    candidate: ['health'],
    opening: ['demands', 'schedule', 'canAccommodateHealth', 'employer.acceptsNavMeasures'],
  },
  reasons: R,
  evaluate: (c, o) => health(c, o),
};
