import { type FactorRuleDef, type Reason, adaptable, ask, conflict, fit, reasons, t } from '../reason';
import {
  Q_SCHEDULE,
  Q_RELIEF,
  Q_TIMES_UNKNOWN,
  T_RELIEF_UNKNOWN,
  FAMILY_ADAPT,
  SOLE_MOTHERS_ALONE,
  T_ALONE,
} from '../texts';
import { type PreparedCandidate, type PreparedOpening } from '../prepare';
import { byRelief } from '../derived';

/*
 * after-school-care: Are children who need follow-up after school looked after?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('after-school-care', {
  afterSchoolNone: fit(
    t('Ingen barn trenger oppfølging etter skoletid.', 'No child needs follow-up after school.'),
  ),
  afterSchoolInTime: fit(
    t(
      'Arbeidsdagen slutter i tide til å følge opp barna etter skolen.',
      'The working day ends in time to follow up the children after school.',
    ),
  ),
  afterSchoolRelief: fit(
    t('Andre kan følge opp barna etter skoletid.', 'Others can follow up the children after school.'),
  ),
  afterSchoolArrange: adaptable(
    t(
      'Barn trenger oppfølging etter skolen mens hun er på jobb; en plan med familien eller nettverket kan dekke det.',
      'Children need follow-up after school while she is at work; a plan with the family or network can cover it.',
    ),
    { adaptations: FAMILY_ADAPT },
  ),
  afterSchoolNoRelief: conflict(
    t(
      'Barn trenger oppfølging etter skolen mens hun er på jobb, og ingen kan ta over.',
      'Children need follow-up after school while she is at work, and nobody can take over.',
    ),
  ),
  afterSchoolAlone: conflict(T_ALONE, { source: SOLE_MOTHERS_ALONE }),
  afterSchoolUnknown: ask(
    'candidate',
    t(
      'Det er ikke kjent om barn trenger oppfølging etter skoletid.',
      'It is not known whether any child needs follow-up after school.',
    ),
    t(
      'Trenger noen av barna oppfølging etter skoletid?',
      'Does any of the children need follow-up after school?',
    ),
  ),
  afterSchoolReliefUnknown: ask('candidate', T_RELIEF_UNKNOWN, Q_RELIEF),
  afterSchoolScheduleUnknown: ask('employer', Q_TIMES_UNKNOWN, Q_SCHEDULE),
});

function afterSchool(c: PreparedCandidate, o: PreparedOpening): Reason {
  if (c.afterSchool === 0) return R.afterSchoolNone;
  // Whatever the children need after school, a day that ends in time covers it,
  // and so does someone at home who can take over (derived: SPEC §6).
  if (o.afterSchoolClash === 0 && c.hasChildren === 1) return R.afterSchoolInTime;
  if (c.afterSchool === -1) return c.relief === 'available' ? R.afterSchoolRelief : R.afterSchoolUnknown;
  if (o.afterSchoolClash === -1) return R.afterSchoolScheduleUnknown;
  return byRelief(
    c.relief,
    R.afterSchoolRelief,
    R.afterSchoolArrange,
    R.afterSchoolNoRelief,
    R.afterSchoolReliefUnknown,
    R.afterSchoolAlone,
  );
}

/** The `after-school-care` factor. */
export const AFTER_SCHOOL_CARE: FactorRuleDef = {
  id: 'after-school-care',
  inputs: {
    candidate: ['children', 'careRelief', 'singleProvider', 'spouseWorksShifts'],
    opening: ['schedule'],
  },
  reasons: R,
  evaluate: (c, o) => afterSchool(c, o),
};
