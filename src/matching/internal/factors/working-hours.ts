import { type FactorRuleDef, type Reason, adaptable, ask, conflict, fit, reasons, t } from '../reason';
import {
  Q_SCHEDULE,
  Q_RELIEF,
  Q_CHILDREN,
  Q_TIMES_UNKNOWN,
  T_RELIEF_UNKNOWN,
  FAMILY_ADAPT,
  SOLE_MOTHERS_ALONE,
  T_ALONE,
} from '../texts';
import { type PreparedCandidate, type PreparedOpening } from '../prepare';
import { byRelief } from '../derived';
import type { ResolvedSettings } from '../settings';

/*
 * working-hours: Do start times, evenings and weekends fit her care duties?
 * The reasons this factor can give, then the rule that picks one.
 */

const R = reasons('working-hours', {
  hoursFit: fit(
    t(
      'Arbeidstidene passer både henne og omsorgsoppgavene.',
      'The working hours fit both her and her care duties.',
    ),
  ),
  hoursRelief: fit(
    t(
      'Arbeidstiden går utenfor barnas omsorgstid, men andre kan ta over hjemme.',
      "The hours fall outside the children's care, but others can take over at home.",
    ),
  ),
  hoursArrange: adaptable(
    t(
      'Arbeidstiden går utenfor barnas omsorgstid; avklar med familien eller nettverket hvem som kan ta over.',
      "The hours fall outside the children's care; agree with the family or network who can take over.",
    ),
    { adaptations: FAMILY_ADAPT },
  ),
  hoursCareNoRelief: conflict(
    t(
      'Arbeidstiden kan ikke forenes med omsorgen for barna, og ingen kan avlaste henne.',
      'The hours cannot be combined with caring for the children, and nobody can relieve her.',
    ),
    { hard: true },
  ),
  hoursOutsideLimits: conflict(
    t(
      'Arbeidstiden går utenfor tidene hun har sagt at hun kan jobbe.',
      'The hours fall outside the times she has said she can work.',
    ),
  ),
  hoursNoCareDuty: fit(
    t(
      'Ingen barn hjemme er så små at arbeidstiden krever noen andre hjemme.',
      'No child at home is so young that the working hours need someone else at home.',
    ),
    { source: SOLE_MOTHERS_ALONE },
  ),
  hoursAlone: conflict(T_ALONE, { source: SOLE_MOTHERS_ALONE }),
  hoursScheduleUnknown: ask('employer', Q_TIMES_UNKNOWN, Q_SCHEDULE),
  hoursChildrenUnknown: ask(
    'candidate',
    t(
      'Det er ikke kjent om det er små barn hjemme.',
      'It is not known whether there are young children at home.',
    ),
    Q_CHILDREN,
  ),
  hoursReliefUnknown: ask('candidate', T_RELIEF_UNKNOWN, Q_RELIEF),
});

/**
 * Hours against her stated limits, or, where she has stated none, against the
 * care of children too young to be left alone: who takes them at 06:00 or in
 * the evening (AFI report 2.4.2, L4421–4433), as recorded or derived (`relief`).
 */
function hours(c: PreparedCandidate, o: PreparedOpening, s: ResolvedSettings): Reason {
  if (!o.scheduleKnown) return R.hoursScheduleUnknown;
  let stated = false;
  let care = false;
  let openingUnknown = false;
  let candidateUnknown = false;
  // Outside the care hours with no young child at home: no care duty stands in the way.
  let outside = false;
  const young = c.youngChildren;

  // earliest start
  if (o.start < 0) openingUnknown = true;
  else if (c.earliestStart >= 0) stated ||= o.start < c.earliestStart;
  else if (o.start < s.careStart) {
    if (young === 1) care = true;
    else if (young === -1) candidateUnknown = true;
    else outside = true;
  }
  // latest end
  if (o.end < 0) openingUnknown = true;
  else if (c.latestEnd >= 0) stated ||= o.end > c.latestEnd;
  else if (o.end > s.careEnd) {
    if (young === 1) care = true;
    else if (young === -1) candidateUnknown = true;
    else outside = true;
  }
  // evenings, weekends, nights
  for (let d = 0; d < 3; d++) {
    const needed = d === 0 ? o.evenings : d === 1 ? o.weekends : o.nights;
    if (needed === -1) openingUnknown = true;
    else if (needed === 1) {
      const can = d === 0 ? c.evenings : d === 1 ? c.weekends : c.nights;
      if (can === 0) stated = true;
      else if (can === -1) {
        if (young === 1) care = true;
        else if (young === -1) candidateUnknown = true;
        else outside = true;
      }
    }
  }

  // Her own stated limits count as she stated them (the participant decides):
  // arranging childcare does not turn them into an adaptable factor. With young
  // children and no relief at all, the hours are impossible (a hard conflict).
  if (stated) return young === 1 && c.relief === 'none' ? R.hoursCareNoRelief : R.hoursOutsideLimits;
  if (care)
    return byRelief(
      c.relief,
      R.hoursRelief,
      R.hoursArrange,
      R.hoursCareNoRelief,
      R.hoursReliefUnknown,
      R.hoursAlone,
    );
  if (candidateUnknown) return R.hoursChildrenUnknown;
  if (openingUnknown) return R.hoursScheduleUnknown;
  return outside ? R.hoursNoCareDuty : R.hoursFit;
}

/** The `working-hours` factor. */
export const WORKING_HOURS: FactorRuleDef = {
  id: 'working-hours',
  inputs: {
    candidate: ['availability', 'children', 'careRelief', 'singleProvider', 'spouseWorksShifts'],
    opening: ['schedule'],
  },
  reasons: R,
  evaluate: (c, o, s) => hours(c, o, s),
};
