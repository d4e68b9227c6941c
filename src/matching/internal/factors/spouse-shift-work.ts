import { type FactorRuleDef, type Reason, adaptable, ask, conflict, fit, reasons, t } from '../reason';
import { Q_SCHEDULE, Q_CHILDREN, Q_TIMES_UNKNOWN, FAMILY_ADAPT } from '../texts';
import { type PreparedCandidate, type PreparedOpening } from '../prepare';
import { byRelief } from '../derived';

/*
 * spouse-shift-work: Are the children covered when her spouse works shifts and she works too?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('spouse-shift-work', {
  spouseNoShifts: fit(t('Ektefellen jobber ikke turnus.', 'Her spouse does not work shifts.')),
  spouseNoYoungChildren: fit(
    t(
      'Ektefellen jobber turnus, men ingen små barn må passes.',
      'Her spouse works shifts, but there are no young children to look after.',
    ),
  ),
  spouseDayJob: fit(
    t(
      'Ektefellen jobber turnus, men arbeidstiden ligger innenfor barnas omsorgstid.',
      "Her spouse works shifts, but the job's hours lie within the children's care hours.",
    ),
  ),
  spouseRelief: fit(
    t(
      'Ektefellen jobber turnus, men andre kan ta over hjemme når begge jobber.',
      'Her spouse works shifts, but others can take over at home when both are at work.',
    ),
  ),
  spouseArrange: adaptable(
    t(
      'Ektefellen jobber turnus og arbeidstiden går utenfor barnas omsorgstid; en plan med familien kan dekke barna.',
      "Her spouse works shifts and the hours fall outside the children's care; a plan with the family can cover the children.",
    ),
    { adaptations: FAMILY_ADAPT },
  ),
  spouseNoRelief: conflict(
    t(
      'Ektefellen jobber turnus, arbeidstiden går utenfor barnas omsorgstid, og ingen kan ta over hjemme.',
      "Her spouse works shifts, the hours fall outside the children's care, and nobody can take over at home.",
    ),
  ),
  spouseUnknown: ask(
    'candidate',
    t('Det er ikke kjent om ektefellen jobber turnus.', 'It is not known whether her spouse works shifts.'),
    t('Har hun ektefelle som jobber turnus?', 'Does she have a spouse who works shifts?'),
  ),
  spouseChildrenUnknown: ask(
    'candidate',
    t(
      'Det er ikke kjent om det er små barn hjemme.',
      'It is not known whether there are young children at home.',
    ),
    Q_CHILDREN,
  ),
  spouseScheduleUnknown: ask('employer', Q_TIMES_UNKNOWN, Q_SCHEDULE),
});

function spouse(c: PreparedCandidate, o: PreparedOpening): Reason {
  if (c.spouseShifts === 0) return R.spouseNoShifts;
  // Without young children there is nobody to cover, whatever the spouse's shifts.
  if (c.youngChildren === 0) return R.spouseNoYoungChildren;
  if (c.spouseShifts === -1) return R.spouseUnknown;
  if (o.outsideCare === 0) return R.spouseDayJob;
  if (c.youngChildren === -1) return R.spouseChildrenUnknown;
  if (o.outsideCare === -1) return R.spouseScheduleUnknown;
  return byRelief(
    c.relief,
    R.spouseRelief,
    R.spouseArrange,
    R.spouseNoRelief,
    R.spouseUnknown,
    R.spouseNoRelief,
  );
}

/** The `spouse-shift-work` factor. */
export const SPOUSE_SHIFT_WORK: FactorRuleDef = {
  id: 'spouse-shift-work',
  inputs: {
    candidate: ['spouseWorksShifts', 'children', 'careRelief', 'singleProvider'],
    opening: ['schedule'],
  },
  reasons: R,
  evaluate: (c, o) => spouse(c, o),
};
