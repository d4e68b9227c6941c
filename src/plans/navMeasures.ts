import { deepFreeze } from '../_lib/deepFreeze';
import type { z } from 'zod';
import { POLICY_SOURCES } from '../core/policy';
import { NAV_NEEDS_GROUPS, type NavMeasureId } from './navMeasureId';
import type { NavMeasureSchema } from './navMeasureSchema';

/**
 * One NAV measure: what it is, who it applies to, and which policy number limits it.
 *
 * @example
 * ```ts
 * const mentor: NavMeasure = NAV_MEASURES['mentor'];
 * mentor.limitKeys.ordinary; // => 'mentorMonths'
 * ```
 * @category Plans
 */
export interface NavMeasure extends z.output<typeof NavMeasureSchema> {}

const entry = (measure: NavMeasure): NavMeasure => deepFreeze(measure);

/**
 * The NAV measure catalogue: wage subsidy, mentor, inclusion grant and work training.
 *
 * @remarks
 * The numbers are not stored here: each entry names the key in
 * `Policy.navMeasureLimits` that holds its limit for each needs group, so a
 * programme or a change in the regulations overrides them through the policy
 * (see {@link resolvePolicy} and {@link navMeasureLimitMonths}). Defaults: mentor
 * 6 months (36 with reduced work capacity), temporary wage subsidy 12 (24),
 * work training 18, inclusion grant 12 (domain specification §7, NAV). All four
 * apply to both needs groups.
 *
 * @example
 * ```ts
 * NAV_MEASURES['wage-subsidy'].limitKeys['reduced-work-capacity']; // => 'wageSubsidyReducedCapacityMonths'
 * Object.keys(NAV_MEASURES).length; // => 4
 * ```
 * @category Plans
 */
export const NAV_MEASURES: Readonly<Record<NavMeasureId, NavMeasure>> = deepFreeze({
  'wage-subsidy': entry({
    id: 'wage-subsidy',
    title: { nb: 'Midlertidig lønnstilskudd', en: 'Temporary wage subsidy' },
    summary: {
      nb: 'NAV dekker en del av lønna en periode, slik at arbeidsgiveren tør å ansette en som trenger tid til å komme opp i full produktivitet.',
      en: 'NAV pays part of the wage for a period, so that an employer dares to hire someone who needs time to reach full productivity.',
    },
    appliesTo: [...NAV_NEEDS_GROUPS],
    limitKeys: { ordinary: 'wageSubsidyMonths', 'reduced-work-capacity': 'wageSubsidyReducedCapacityMonths' },
    source: POLICY_SOURCES['navMeasureLimits.wageSubsidyMonths'],
  }),
  mentor: entry({
    id: 'mentor',
    title: { nb: 'Mentor', en: 'Mentor' },
    summary: {
      nb: 'NAV kompenserer arbeidsgiveren for tiden en kollega bruker på å lære opp og støtte den nyansatte (*fadder*).',
      en: 'NAV pays the employer for the time a colleague spends training and supporting the newcomer (*fadder*).',
    },
    appliesTo: [...NAV_NEEDS_GROUPS],
    limitKeys: { ordinary: 'mentorMonths', 'reduced-work-capacity': 'mentorReducedCapacityMonths' },
    source: POLICY_SOURCES['navMeasureLimits.mentorMonths'],
  }),
  'inclusion-grant': entry({
    id: 'inclusion-grant',
    title: { nb: 'Inkluderingstilskudd', en: 'Inclusion grant' },
    summary: {
      nb: 'Tilskudd til arbeidsgiverens ekstra utgifter når arbeidsplassen må tilpasses for at personen skal kunne jobbe der.',
      en: "A grant towards the employer's extra costs when the workplace must be adapted so that the person can work there.",
    },
    appliesTo: [...NAV_NEEDS_GROUPS],
    limitKeys: { ordinary: 'inclusionGrantMonths', 'reduced-work-capacity': 'inclusionGrantMonths' },
    source: POLICY_SOURCES['navMeasureLimits.inclusionGrantMonths'],
  }),
  'work-training': entry({
    id: 'work-training',
    title: { nb: 'Arbeidstrening', en: 'Work training' },
    summary: {
      nb: 'Trening i en ordinær bedrift med ytelse fra NAV i stedet for lønn, for å prøve ut og styrke mulighetene for arbeid.',
      en: 'Training in an ordinary workplace on a NAV benefit instead of wages, to try out and strengthen the chances of work.',
    },
    appliesTo: [...NAV_NEEDS_GROUPS],
    limitKeys: { ordinary: 'workTrainingMonths', 'reduced-work-capacity': 'workTrainingMonths' },
    source: POLICY_SOURCES['navMeasureLimits.workTrainingMonths'],
  }),
});
