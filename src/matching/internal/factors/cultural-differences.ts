import { type FactorRuleDef, type Reason, adaptable, ask, fit, reasons, t } from '../reason';
import { type PreparedCandidate, type PreparedOpening } from '../prepare';

/*
 * cultural-differences: Are there differences in work culture that both sides should be prepared for?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('cultural-differences', {
  cultureReady: fit(
    t(
      'Hun kjenner norsk arbeidsliv, og arbeidsgiveren kjenner målgruppen.',
      'She knows Norwegian working life, and the employer knows the target group.',
    ),
  ),
  cultureCandidate: adaptable(
    t(
      'Hun er ny i norsk arbeidsliv; forbered henne på skrevne og uskrevne regler før oppstart.',
      'She is new to Norwegian working life; prepare her for the written and unwritten rules before she starts.',
    ),
    { adaptations: ['cultural-differences', 'job-preparation-course'] },
  ),
  cultureEmployer: adaptable(
    t(
      'Arbeidsgiveren kjenner ikke målgruppen; gi arbeidsgiveren opplæring i språk- og kulturforskjeller.',
      'The employer does not know the target group; train the employer in language and cultural differences.',
    ),
    { adaptations: ['cultural-differences', 'employer-training'] },
  ),
  cultureBoth: adaptable(
    t(
      'Både hun og arbeidsgiveren er nye for hverandres arbeidskultur; forbered begge parter for å unngå misforståelser.',
      "She and the employer are both new to each other's work culture; prepare both sides to avoid misunderstandings.",
    ),
    { adaptations: ['cultural-differences', 'employer-training', 'job-preparation-course'] },
  ),
  cultureUnknown: ask(
    'candidate',
    t(
      'Det er ikke kjent hvor godt hun kjenner norsk arbeidsliv.',
      'How well she knows Norwegian working life is not known.',
    ),
    t(
      'Har hun erfaring fra norsk arbeidsliv eller kjennskap til reglene der?',
      'Does she have experience of Norwegian working life or know its rules?',
    ),
  ),
});

function culture(c: PreparedCandidate, o: PreparedOpening): Reason {
  if (c.cultureReady === -1) return R.cultureUnknown;
  const employerReady = o.employerReady === 1;
  if (c.cultureReady === 1) return employerReady ? R.cultureReady : R.cultureEmployer;
  return employerReady ? R.cultureCandidate : R.cultureBoth;
}

/** The `cultural-differences` factor. */
export const CULTURAL_DIFFERENCES: FactorRuleDef = {
  id: 'cultural-differences',
  inputs: {
    candidate: ['workExperience.norwayYears', 'rulesKnowledge.workingLife'],
    opening: ['employer.experienceWithTargetGroup'],
  },
  reasons: R,
  evaluate: (c, o) => culture(c, o),
};
