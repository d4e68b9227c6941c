import { type FactorRuleDef, type Reason, adaptable, ask, conflict, fit, reasons, t, worse } from '../reason';
import { ZAHRA, JOB_TASTE } from '../texts';
import { type PreparedCandidate, type PreparedOpening } from '../prepare';
import type { ResolvedSettings } from '../settings';

/*
 * language-level: Is her Norwegian at the level the job really demands?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('language-level', {
  languageFits: fit(
    t(
      'Norsken hennes er på nivået jobben faktisk krever.',
      'Her Norwegian is at the level the job really demands.',
    ),
  ),
  languageReading: adaptable(
    t(
      'Hun leser ikke ennå; jobbstøtte på arbeidsplassen kan dekke oppgavene som krever lesing mens hun lærer.',
      'She does not read yet; support at the workplace can cover the tasks that need reading while she learns.',
    ),
    { adaptations: ['on-the-job-support', 'norwegian-skills-plan'], source: ZAHRA },
  ),
  languageGap: adaptable(
    t(
      'Norsken hennes er litt under det jobben krever; en norskplan og støtte i jobben kan tette gapet, og en jobbsmak viser om det er et reelt problem.',
      'Her Norwegian is a little below what the job demands; a Norwegian plan and support on the job can close the gap, and a job taste shows whether it is a real problem.',
    ),
    {
      adaptations: ['norwegian-skills-plan', 'on-the-job-support'],
      nav: ['work-training', 'mentor'],
      source: JOB_TASTE,
    },
  ),
  languageTooFar: conflict(
    t(
      'Norsken hennes er ennå langt under det jobben krever.',
      'Her Norwegian is still far below what the job demands.',
    ),
  ),
  languageLevelUnknown: ask(
    'candidate',
    t('Norsknivået hennes er ikke kartlagt.', 'Her Norwegian level has not been mapped.'),
    t('Hvilket nivå har hun i muntlig norsk?', 'What is her level of spoken Norwegian?'),
  ),
  languageReadingUnknown: ask(
    'candidate',
    t('Det er ikke kjent om hun leser latinsk skrift.', 'It is not known whether she reads Latin script.'),
    t('Kan hun lese enkle instruksjoner på norsk?', 'Can she read simple instructions in Norwegian?'),
  ),
  languageReadingDemandUnknown: ask(
    'employer',
    t('Det er ikke kjent om oppgavene krever lesing.', 'It is not known whether the tasks need reading.'),
    t(
      'Krever oppgavene at hun leser (instruksjoner, lister, merking)?',
      'Do the tasks need reading (instructions, lists, labels)?',
    ),
  ),
});

function language(c: PreparedCandidate, o: PreparedOpening, s: ResolvedSettings): Reason {
  if (c.oral < 0) return R.languageLevelUnknown;
  const gap = o.demand - c.oral;
  let code: Reason = gap <= 0 ? R.languageFits : gap <= s.gapSteps ? R.languageGap : R.languageTooFar;
  if (o.reading === 1) {
    if (c.canRead === 0) code = worse(code, R.languageReading);
    else if (c.canRead === -1) code = worse(code, R.languageReadingUnknown);
  } else if (o.reading === -1 && c.canRead === 0) {
    code = worse(code, R.languageReadingDemandUnknown);
  }
  return code;
}

/** The `language-level` factor. */
export const LANGUAGE_LEVEL: FactorRuleDef = {
  id: 'language-level',
  inputs: { candidate: ['norwegian.oral', 'literacy.latinScript'], opening: ['industry', 'language'] },
  reasons: R,
  evaluate: (c, o, s) => language(c, o, s),
};
