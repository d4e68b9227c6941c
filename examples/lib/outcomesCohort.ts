/**
 * A seeded cohort of SE cases for examples/outcomes-report.ts, built through
 * the library's own case events (replayCase), so every case is one the
 * library accepts. The numbers are invented for the example: they are not
 * figures from the sources.
 */
import { createRng } from '../../bench/rng';
import {
  addCalendarDays,
  addCalendarMonths,
  replayCase,
  type CaseEvent,
  type IsoDate,
  type Programme,
  type SeCase,
} from '../../src';

/** One generated case with the facts a case does not hold. */
export interface GeneratedCase {
  readonly seCase: SeCase;
  readonly jobSpecialistId: string;
  readonly complexAtIntake: boolean;
}

/** Generates `size` cases referred between 2021 and 2024, with events up to `asOf`. */
export function generateCohort(seed: number, size: number, asOf: IsoDate): GeneratedCase[] {
  const rnd = createRng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const out: GeneratedCase[] = [];
  for (let i = 0; i < size; i++) {
    const id = `case-${String(i + 1).padStart(4, '0')}`;
    const referred = addCalendarDays('2021-01-04', int(0, 4 * 365));
    const programme: Programme = rnd() < 0.75 ? 'jobbsjansen' : 'introduction-programme';
    const complex = rnd() < 0.55;
    let n = 0;
    const ev: CaseEvent[] = [];
    const at = (days: number): IsoDate => addCalendarDays(referred, days);
    const push = (e: Omit<CaseEvent, 'id'>): void => {
      ev.push({ ...e, id: `${id}-e${++n}` } as CaseEvent);
    };
    push({
      type: 'referral',
      date: referred,
      programme,
      referredBy: programme === 'jobbsjansen' ? 'jobbsjansen-adviser' : 'programme-adviser',
    } as never);
    push({ type: 'consent-given', date: at(3), scope: 'se-participation' } as never);
    push({ type: 'step-entered', date: at(3), step: 'initial-contact' } as never);
    push({
      type: 'cooperation-agreement-signed',
      date: at(7 + int(0, 14)),
      interpreterUsed: rnd() < 0.6,
    } as never);
    let day = 28 + int(0, 28);
    push({ type: 'step-entered', date: at(day), step: 'vocational-profiling' } as never);

    const path = rnd();
    const workChance = complex ? 0.5 : 0.62;
    if (path < workChance) {
      if (rnd() < 0.7) {
        day += int(7, 8 * 7);
        push({
          type: 'placement-started',
          date: at(day),
          placementId: 'p1',
          kind: rnd() < 0.5 ? 'job-tasting' : 'work-trial',
          employerId: `org-${int(1, 60)}`,
          hoursPerWeek: int(8, 25),
        } as never);
        day += int(3, 20);
        push({ type: 'placement-ended', date: at(day), placementId: 'p1', reason: 'completed' } as never);
      }
      day += int(7, 21);
      push({ type: 'consent-given', date: at(day), scope: 'employer-sharing' } as never);
      push({ type: 'step-entered', date: at(day), step: 'job-finding' } as never);
      day += int(14, 60);
      push({ type: 'step-entered', date: at(day), step: 'employer-engagement' } as never);
      day += int(0, rnd() < 0.2 ? 300 : 120);
      const percent = [40, 50, 60, 80, 100][int(0, 4)] as number;
      push({
        type: 'employment-started',
        date: at(day),
        employmentId: 'j1',
        employerId: `org-${int(1, 60)}`,
        contractType: rnd() < 0.35 ? 'permanent' : rnd() < 0.6 ? 'temporary' : 'on-call',
        positionPercent: percent,
        ...(percent < 100 ? { involuntaryPartTime: rnd() < 0.4 } : {}),
        industry: ['cleaning', 'kindergarten', 'retail', 'hotels', 'health-care', 'canteen'][int(0, 5)],
        occupation: 'assistant',
        norwegianLevel: (['a1', 'a2', 'b1'] as const)[int(0, 2)],
      } as never);
      push({ type: 'step-entered', date: at(day), step: 'on-off-job-support' } as never);
      day += int(14, 42);
      push({
        type: 'follow-up-contact',
        date: at(day),
        channel: 'workplace-visit',
        with: 'participant',
        topic: rnd() < 0.5 ? 'contract' : 'position-share',
      } as never);
      day += int(30, 200);
      const exitOn = at(day);
      push({ type: 'case-closed', date: exitOn, outcome: 'work' } as never);
      for (const months of [6, 12, 36]) {
        const d = addCalendarDays(addCalendarMonths(exitOn, months), int(-10, 10));
        const u = rnd();
        const status =
          u < 0.08
            ? 'unknown'
            : u < (months === 6 ? 0.86 : months === 12 ? 0.8 : 0.72)
              ? 'employed'
              : 'not-employed';
        push({
          type: 'attachment-observed',
          date: d,
          status,
          observedVia: rnd() < 0.5 ? 'register' : 'contact',
        } as never);
      }
    } else if (path < workChance + 0.12) {
      day += int(30, 200);
      push({
        type: 'education-started',
        date: at(day),
        education: (['upper-secondary', 'vocational', 'waiting-list'] as const)[int(0, 2)],
      } as never);
      push({ type: 'case-closed', date: at(day + int(0, 30)), outcome: 'education' } as never);
    } else if (path < workChance + 0.22) {
      day += int(30, 200);
      push({
        type: 'programme-leave',
        date: at(day),
        reason: (['health', 'care', 'pregnancy'] as const)[int(0, 2)],
      } as never);
      if (rnd() < 0.6)
        push({
          type: 'case-closed',
          date: at(day + int(30, 120)),
          outcome: rnd() < 0.5 ? 'health' : 'care',
        } as never);
    } else if (path < workChance + 0.26) {
      day += int(60, 300);
      push({ type: 'programme-leave', date: at(day), reason: 'work' } as never);
    } else if (rnd() < 0.5) {
      push({ type: 'case-closed', date: at(day + int(60, 400)), outcome: 'left' } as never);
    }
    const events = ev.filter((e) => e.date <= asOf);
    const result = replayCase({ id, openedOn: referred }, events);
    if (!result.ok)
      throw new Error(`generated case ${id} was refused: ${result.issues.map((x) => x.code).join(', ')}`);
    // Twelve job specialists share the cohort; a thirteenth, new in the team, has three cases (a cell the report must pool).
    const jobSpecialistId =
      i % 40 === 39 && i < 120 ? 'JS-13' : `JS-${String((i % 12) + 1).padStart(2, '0')}`;
    out.push({ seCase: result.value, jobSpecialistId, complexAtIntake: complex });
  }
  return out;
}
