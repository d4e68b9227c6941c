import { type FactorRuleDef, type Reason, adaptable, ask, conflict, fit, reasons, t } from '../reason';
import { PRACTICE_TRAP } from '../texts';
import { type PreparedCandidate, type PreparedOpening } from '../prepare';

/*
 * development-potential: Does the job lead on: a permanent position, more hours, a trade certificate?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('development-potential', {
  developmentPath: fit(
    t(
      'Jobben fører videre: fast stilling, flere timer eller fagbrev.',
      'The job leads on: a permanent position, more hours or a trade certificate.',
    ),
  ),
  developmentPlacement: adaptable(
    t(
      'Ulønnet praksis med reell mulighet for ansettelse; hold den kort, med tett oppfølging og lønnet arbeid som mål.',
      'An unpaid placement with a real chance of being hired; keep it short, with close follow-up and paid work as the goal.',
    ),
    { adaptations: ['on-the-job-support'], nav: ['work-training'], source: PRACTICE_TRAP },
  ),
  developmentPracticeTrap: conflict(
    t(
      'Ulønnet praksis uten utsikt til ansettelse kan bli en praksisfelle.',
      'An unpaid placement with no prospect of being hired risks becoming a practice trap.',
    ),
    { source: PRACTICE_TRAP },
  ),
  developmentFirstStep: adaptable(
    t(
      'Jobben fører ikke videre av seg selv, men kan være et første steg; planlegg utvikling i etteroppfølgingen.',
      'The job does not lead on by itself, but can be a first step; plan the next steps in the follow-up after employment.',
    ),
    { adaptations: ['after-follow-up'] },
  ),
  developmentDeadEnd: conflict(
    t(
      'Jobben fører ikke videre, og hun ønsker fast arbeid.',
      'The job does not lead on, and she wants a permanent position.',
    ),
  ),
  developmentUnknown: ask(
    'employer',
    t('Det er ikke kjent om jobben fører videre.', 'It is not known whether the job leads on.'),
    t(
      'Kan stillingen føre til fast jobb, flere timer eller fagbrev?',
      'Can the position lead to a permanent job, more hours or a trade certificate?',
    ),
  ),
  developmentProspectUnknown: ask(
    'employer',
    t(
      'Det er ikke kjent om praksisen kan føre til ansettelse.',
      'It is not known whether the placement can lead to being hired.',
    ),
    t(
      'Er ansettelse mulig etter praksisen hvis alt går bra?',
      'Is employment possible after the placement if all goes well?',
    ),
  ),
});

function development(c: PreparedCandidate, o: PreparedOpening): Reason {
  if (o.paid === 0) {
    return o.hiringProspect === 1
      ? R.developmentPlacement
      : o.hiringProspect === 0
        ? R.developmentPracticeTrap
        : R.developmentProspectUnknown;
  }
  if (o.devPath === 1) return R.developmentPath;
  if (o.devPath === -1) return R.developmentUnknown;
  return c.permanent === 1 ? R.developmentDeadEnd : R.developmentFirstStep;
}

/** The `development-potential` factor. */
export const DEVELOPMENT_POTENTIAL: FactorRuleDef = {
  id: 'development-potential',
  inputs: { candidate: ['wishes.permanent'], opening: ['paid', 'hiringProspect', 'development'] },
  reasons: R,
  evaluate: (c, o) => development(c, o),
};
