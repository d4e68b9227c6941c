import { type FactorRuleDef, type Reason, adaptable, ask, conflict, fit, reasons, t, worse } from '../reason';
import { IMAM_STORY, HIJAB, TASK_MEASURES } from '../texts';
import { type PreparedCandidate, type PreparedOpening } from '../prepare';

/*
 * religious-constraints: Do tasks or dress rules conflict with her convictions, and can it be solved?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('religious-constraints', {
  religionNone: fit(
    t(
      'Ingen oppgaver, klesregler eller kontakt i jobben strider mot hennes overbevisning.',
      'No task, dress rule or contact in the job conflicts with her convictions.',
    ),
  ),
  religionReassign: adaptable(
    t(
      'Noen oppgaver berører hennes overbevisning, men kolleger kan ta dem.',
      'Some tasks touch her convictions, but colleagues can take them over.',
    ),
    { adaptations: ['cultural-differences'] },
  ),
  religionNegotiable: adaptable(
    t(
      'Noen oppgaver berører hennes overbevisning; hun er åpen for å finne en løsning, for eksempel ved å spørre sin religiøse veileder.',
      'Some tasks touch her convictions; she is open to finding a solution, for example by asking her religious leader.',
    ),
    { adaptations: ['cultural-differences'], source: IMAM_STORY },
  ),
  religionTalkThrough: adaptable(
    t(
      'Noen oppgaver berører hennes overbevisning, og ingen av partene har sagt nei til en løsning; hansker, bytte av oppgaver eller en samtale med arbeidsgiveren løser det ofte.',
      'Some tasks touch her convictions, and neither side has refused a solution; gloves, swapping tasks or talking it through with the employer often solve it.',
    ),
    { adaptations: ['cultural-differences', 'employer-training'], source: TASK_MEASURES },
  ),
  religionEmployerRefused: conflict(
    t(
      'Oppgaver i jobben strider mot hennes overbevisning, og arbeidsgiveren har sagt nei til å tilpasse dem.',
      'Tasks in the job conflict with her convictions, and the employer has refused to adapt them.',
    ),
    { hard: true, source: TASK_MEASURES },
  ),
  religionContactTalk: adaptable(
    t(
      'Jobben har kontakt hun unngår; snakk det gjennom med arbeidsgiveren, slik at begge vet hvordan hun hilser og hva hun gjør i stedet.',
      'The job has contact she avoids; talk it through with the employer, so that both know how she greets and what she does instead.',
    ),
    { adaptations: ['cultural-differences', 'employer-training'], source: TASK_MEASURES },
  ),
  religionDressAsk: adaptable(
    t(
      'Uniformen passer ikke med det hun bærer; arbeidsgivere legger som regel til rette (noen har hijab i uniformen), så avtal det før oppstart.',
      'The uniform does not fit what she wears; employers usually make room for it (some include a hijab in the uniform), so agree on it before she starts.',
    ),
    { adaptations: ['cultural-differences', 'employer-training'], source: HIJAB },
  ),
  religionUnresolved: conflict(
    t(
      'Oppgaver i jobben strider mot hennes overbevisning, og det finnes ingen løsning ennå.',
      'Tasks in the job conflict with her convictions, and there is no solution yet.',
    ),
    { hard: true },
  ),
  religionDressAdapt: adaptable(
    t(
      'Uniformen passer ikke med det hun bærer, men arbeidsgiveren kan tilpasse den; mange har hijab som del av uniformen.',
      'The uniform does not fit what she wears, but the employer can adapt it; many include a hijab in the uniform.',
    ),
    { adaptations: ['cultural-differences', 'employer-training'], source: HIJAB },
  ),
  religionDressConflict: conflict(
    t(
      'Uniformen passer ikke med det hun bærer, og arbeidsgiveren vil ikke tilpasse den.',
      'The uniform does not fit what she wears, and the employer will not adapt it.',
    ),
    { source: HIJAB },
  ),
  religionContactAdapt: adaptable(
    t(
      'Jobben har kontakt hun unngår, men den kan løses på en annen måte.',
      'The job has contact she avoids, but it can be handled another way.',
    ),
    { adaptations: ['cultural-differences', 'employer-training'] },
  ),
  religionContactUnresolved: conflict(
    t(
      'Jobben har kontakt hun unngår, og det finnes ingen løsning ennå.',
      'The job has contact she avoids, and there is no solution yet.',
    ),
    { hard: true },
  ),
  religionCandidateUnknown: ask(
    'candidate',
    t(
      'Det er ikke kjent om hun har religiøse eller kulturelle hensyn i arbeidet.',
      'It is not known whether she has religious or cultural constraints at work.',
    ),
    t(
      'Er det oppgaver, klær eller kontakt (håndhilsing) hun ikke kan gå med på, og er hun åpen for å finne løsninger?',
      'Are there tasks, dress or contact (shaking hands) she cannot accept, and is she open to finding solutions?',
    ),
  ),
  religionTasksUnknown: ask(
    'employer',
    t(
      'Det er ikke kjent om jobben har oppgaver som berører hennes overbevisning.',
      'It is not known whether the job has tasks that touch her convictions.',
    ),
    t(
      'Må hun håndtere svinekjøtt, alkohol eller kjøtt som ikke er halal, og kan kolleger ta det?',
      'Must she handle pork, alcohol or meat that is not halal, and can colleagues take it over?',
    ),
  ),
  religionSolutionUnknown: ask(
    'both',
    t(
      'Det er ikke kjent om konflikten om oppgavene kan løses.',
      'It is not known whether the conflict over the tasks can be solved.',
    ),
    t(
      'Kan kolleger ta oppgavene, eller er hun åpen for å finne en løsning (for eksempel med sin religiøse veileder)?',
      'Can colleagues take the tasks over, or is she open to a solution (for example with her religious leader)?',
    ),
  ),
  religionDressUnknown: ask(
    'employer',
    t(
      'Det er ikke kjent om uniformen passer med det hun bærer.',
      'It is not known whether the uniform fits what she wears.',
    ),
    t(
      'Har jobben uniform, og kan den tilpasses (for eksempel med hijab)?',
      'Does the job have a uniform, and can it be adapted (for example with a hijab)?',
    ),
  ),
  religionContactUnknown: ask(
    'employer',
    t(
      'Det er ikke kjent om jobben har kontakt hun unngår.',
      'It is not known whether the job has contact she avoids.',
    ),
    t(
      'Innebærer jobben håndhilsing eller stell av personer av det andre kjønn, og kan det løses på en annen måte?',
      'Does the job involve shaking hands or personal care of people of the other gender, and can it be handled another way?',
    ),
  ),
});

/**
 * A task she will not do meets a task of the job. Adaptable with the handbook's
 * measures (swapping tasks, gloves, talking it through with the employer, or her
 * own solution such as asking her religious leader) unless a side has refused:
 * the employer to adapt, or she to solve it when colleagues cannot take the task
 * (handbook §9, L302–310; AFI report L9269–9287).
 */
function taskClash(c: PreparedCandidate, o: PreparedOpening): Reason {
  if (o.reassignable === 1) return R.religionReassign;
  if (c.negotiable === 1) return R.religionNegotiable;
  if (o.tasksCanAdapt === 0) return R.religionEmployerRefused;
  if (c.negotiable === 0) return o.reassignable === 0 ? R.religionUnresolved : R.religionSolutionUnknown;
  return R.religionTalkThrough;
}
function religion(c: PreparedCandidate, o: PreparedOpening): Reason {
  const openingNone =
    o.tasksKnown && o.taskMask === 0 && o.contactKnown && o.contactMask === 0 && o.uniform === 0;
  if (openingNone) return R.religionNone;
  if (!c.culturalKnown) return R.religionCandidateUnknown;
  let code: Reason = R.religionNone;

  // tasks
  if (!o.tasksKnown) {
    if (!c.tasksKnown || c.taskMask !== 0) code = worse(code, R.religionTasksUnknown);
  } else if (o.taskMask !== 0) {
    if (!c.tasksKnown) code = worse(code, R.religionCandidateUnknown);
    else if ((c.taskMask & o.taskMask) !== 0) code = worse(code, taskClash(c, o));
  }
  // contact
  if (!o.contactKnown) {
    if (!c.contactKnown || c.contactMask !== 0) code = worse(code, R.religionContactUnknown);
  } else if (o.contactMask !== 0) {
    if (!c.contactKnown) code = worse(code, R.religionCandidateUnknown);
    else if ((c.contactMask & o.contactMask) !== 0) {
      code = worse(
        code,
        o.contactAvoidable === 1 || c.negotiable === 1
          ? R.religionContactAdapt
          : o.contactAvoidable === 0 && c.negotiable === 0
            ? R.religionContactUnresolved
            : c.negotiable === 0
              ? R.religionSolutionUnknown
              : R.religionContactTalk,
      );
    }
  }
  // dress
  if (o.uniform === -1) {
    if (!c.dressKnown || c.dressMask !== 0) code = worse(code, R.religionDressUnknown);
  } else if (o.uniform === 1) {
    if (!c.dressKnown) code = worse(code, R.religionCandidateUnknown);
    else if ((c.dressMask & ~o.dressAccommodates) !== 0) {
      code = worse(
        code,
        o.dressCanAdapt === 1
          ? R.religionDressAdapt
          : o.dressCanAdapt === 0
            ? R.religionDressConflict
            : R.religionDressAsk,
      );
    }
  }
  return code;
}

/** The `religious-constraints` factor. */
export const RELIGIOUS_CONSTRAINTS: FactorRuleDef = {
  id: 'religious-constraints',
  inputs: { candidate: ['culturalConstraints'], opening: ['sensitiveTasks', 'contact', 'dress'] },
  reasons: R,
  evaluate: (c, o) => religion(c, o),
};
