import { type FactorRuleDef, type Reason, adaptable, ask, fit, reasons, t, worse } from '../reason';
import { KINDERGARTEN_STORY } from '../texts';
import { type PreparedCandidate, type PreparedOpening, type Tri } from '../prepare';

/*
 * attitude: Does her attitude to the job fit what the employer needs?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('attitude', {
  attitudeFits: fit(
    t(
      'Innstillingen hennes passer det arbeidsgiveren venter.',
      'Her attitude fits what the employer expects.',
    ),
  ),
  attitudeInitiative: adaptable(
    t(
      'Arbeidsgiveren venter initiativ, og hun er vant til å vente på beskjed; avklar forventningene i en trekantsamtale før misforståelser oppstår.',
      'The employer expects initiative, and she is used to waiting for instructions; clarify expectations in a three-way conversation before misunderstandings arise.',
    ),
    {
      adaptations: ['cultural-differences', 'employer-training', 'on-the-job-support'],
      source: KINDERGARTEN_STORY,
    },
  ),
  attitudeService: adaptable(
    t(
      'Jobben krever serviceinnstilling som hun er i ferd med å utvikle; tren på det før og under oppstart.',
      'The job needs a service attitude that she is still developing; practise it before and during the start.',
    ),
    { adaptations: ['job-preparation-course', 'on-the-job-support'] },
  ),
  attitudePunctuality: adaptable(
    t(
      'Hun trenger støtte til å holde tider og avtaler, som arbeidsgivere legger stor vekt på.',
      'She needs support to keep times and appointments, which employers weigh heavily.',
    ),
    { adaptations: ['job-preparation-course', 'on-the-job-support'] },
  ),
  attitudeCandidateUnknown: ask(
    'candidate',
    t(
      'Det er ikke kjent hvordan hun møter forventninger om initiativ, service og punktlighet.',
      'How she meets expectations of initiative, service and punctuality is not known.',
    ),
    t(
      'Hvordan er innstillingen hennes til arbeid: tar hun initiativ, har hun serviceinnstilling, holder hun tider?',
      'What is her attitude to work: does she take initiative, have a service attitude, keep times?',
    ),
  ),
  attitudeEmployerUnknown: ask(
    'employer',
    t(
      'Det er ikke kjent hva arbeidsgiveren venter av initiativ og service.',
      'What the employer expects in initiative and service is not known.',
    ),
    t(
      'Hva mener arbeidsgiveren med å «ta initiativ» og med god service, og hva er viktigst først?',
      'What does the employer mean by "taking initiative" and by good service, and what matters most first?',
    ),
  ),
});

function expectation(expected: Tri, has: Tri, adaptable: Reason): Reason {
  if (expected === 0) return R.attitudeFits;
  if (expected === -1) return R.attitudeEmployerUnknown;
  return has === 1 ? R.attitudeFits : has === 0 ? adaptable : R.attitudeCandidateUnknown;
}
function attitude(c: PreparedCandidate, o: PreparedOpening): Reason {
  let code = expectation(o.initiative, c.initiative, R.attitudeInitiative);
  code = worse(code, expectation(o.service, c.service, R.attitudeService));
  return worse(code, expectation(1, c.punctual, R.attitudePunctuality));
}

/** The `attitude` factor. */
export const ATTITUDE: FactorRuleDef = {
  id: 'attitude',
  inputs: { candidate: ['attitude'], opening: ['expectations', 'language.customerContact'] },
  reasons: R,
  evaluate: (c, o) => attitude(c, o),
};
