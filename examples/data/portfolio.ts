/**
 * A job specialist's portfolio for `examples/portfolio.ts`: participants and
 * openings generated from a seed, so that every run with the same seed prints
 * the same table. The people and employers are invented; the spread of facts
 * (weak Norwegian, care duties, wishes in cleaning, kitchens, kindergartens
 * and shops, some who cannot read yet) follows the target group the handbook
 * and the AFI report describe.
 */
import { createRng } from '../../bench/rng';
import type { CandidateInput, Industry, JobOpeningInput, NorwegianLevel, PositionType } from '../../src';

/** A seeded pseudo-random generator (mulberry32), shared with the benchmarks: the same seed gives the same sequence. */
export const seededRandom = createRng;

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, p: number): boolean => random() < p;

const DISTRICTS = ['Søndre Nordstrand', 'Stovner', 'Grorud', 'Alna', 'Bjerke', 'Gamle Oslo'] as const;
const ORAL: readonly NorwegianLevel[] = ['a1', 'a1-plus', 'a2', 'a2', 'a2-plus', 'b1', 'b1', 'b1-plus', 'b2'];
const WISHES: readonly (readonly Industry[])[] = [
  ['cleaning'],
  ['canteen-and-kitchen'],
  ['kindergarten'],
  ['retail'],
  ['laundry', 'cleaning'],
  ['health-care'],
  ['canteen-and-kitchen', 'hospitality'],
  ['warehouse', 'retail'],
];

/** `count` participants, numbered from 1. */
export function generateParticipants(seed: number, count: number): CandidateInput[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i): CandidateInput => {
    const youngChildren = Math.floor(random() * 3);
    const reads = chance(random, 0.8);
    return {
      id: `P${String(i + 1).padStart(2, '0')}`,
      norwegian: { oral: pick(random, ORAL) },
      literacy: { latinScript: reads },
      workExperience: { norwayYears: chance(random, 0.6) ? 0 : 1 + Math.floor(random() * 3) },
      children: Array.from({ length: youngChildren }, () => ({ age: 2 + Math.floor(random() * 9), needsAfterSchoolFollowUp: chance(random, 0.3) })),
      singleProvider: chance(random, 0.2),
      spouseWorksShifts: chance(random, 0.2),
      maritalChallenges: chance(random, 0.1),
      health: { limitations: chance(random, 0.2) ? ['heavy-lifting'] : [] },
      familyStance: pick(random, ['supportive', 'supportive', 'neutral', 'opposed'] as const),
      travelsAlone: chance(random, 0.7),
      wishToWork: pick(random, ['yes', 'yes', 'yes', 'unsure'] as const),
      culturalConstraints: { tasks: chance(random, 0.3) ? ['pork', 'alcohol'] : [], dress: chance(random, 0.4) ? ['hijab'] : [], contact: [], negotiable: chance(random, 0.6) },
      wishes: { industries: [...pick(random, WISHES)], openToOtherWork: chance(random, 0.6), positionTypes: chance(random, 0.5) ? ['part-time'] : ['part-time', 'full-time'] },
      incomeNeed: pick(random, ['high', 'moderate', 'moderate', 'low'] as const),
      availability: { earliestStart: pick(random, ['07:00', '08:00', '08:30']), latestEnd: pick(random, ['14:30', '15:30', '16:00', '17:00']), evenings: chance(random, 0.2), weekends: chance(random, 0.3) },
      careRelief: youngChildren > 0 ? pick(random, ['available', 'can-be-arranged', 'none'] as const) : 'available',
      commute: { home: { district: pick(random, DISTRICTS), municipality: 'Oslo' }, maxMinutes: pick(random, [30, 40, 45, 60]) },
    };
  });
}

const OPENING_KINDS: readonly { industry: Industry; occupation: string; demand?: NorwegianLevel; reading: boolean; start: string; end: string; evenings: boolean; type: PositionType }[] = [
  { industry: 'cleaning', occupation: 'Cleaner', reading: false, start: '07:00', end: '14:00', evenings: false, type: 'part-time' },
  { industry: 'cleaning', occupation: 'Office cleaner (evenings)', reading: false, start: '16:00', end: '21:00', evenings: true, type: 'part-time' },
  { industry: 'canteen-and-kitchen', occupation: 'Kitchen assistant', reading: false, start: '07:30', end: '15:00', evenings: false, type: 'part-time' },
  { industry: 'kindergarten', occupation: 'Kindergarten assistant', demand: 'b1', reading: true, start: '08:00', end: '16:00', evenings: false, type: 'full-time' },
  { industry: 'retail', occupation: 'Shop assistant', reading: true, start: '10:00', end: '18:00', evenings: true, type: 'part-time' },
  { industry: 'laundry', occupation: 'Laundry worker', reading: false, start: '07:30', end: '14:30', evenings: false, type: 'part-time' },
  { industry: 'health-care', occupation: 'Care assistant', demand: 'b1', reading: true, start: '07:30', end: '15:30', evenings: false, type: 'part-time' },
  { industry: 'warehouse', occupation: 'Warehouse worker', reading: true, start: '06:00', end: '14:00', evenings: false, type: 'full-time' },
  { industry: 'hospitality', occupation: 'Hotel breakfast host', reading: false, start: '06:30', end: '11:30', evenings: false, type: 'extra-shifts' },
];

/** `count` openings, numbered from 1. */
export function generateOpenings(seed: number, count: number): JobOpeningInput[] {
  const random = seededRandom(seed ^ 0x5e);
  return Array.from({ length: count }, (_, i): JobOpeningInput => {
    const kind = OPENING_KINDS[i % OPENING_KINDS.length]!;
    return {
      id: `J${String(i + 1).padStart(2, '0')}`,
      employer: {
        id: `employer-${i + 1}`,
        acceptsNavMeasures: chance(random, 0.7) ? ['wage-subsidy', 'mentor', 'work-training'] : [],
        experienceWithTargetGroup: chance(random, 0.5),
        openToTraining: chance(random, 0.7),
        allowsJobSpecialistOnSite: chance(random, 0.8),
      },
      industry: kind.industry,
      occupation: kind.occupation,
      positionType: kind.type,
      positionPercent: kind.type === 'full-time' ? 100 : pick(random, [40, 50, 60, 80]),
      paid: true,
      declaredWork: true,
      hiringProspect: chance(random, 0.6),
      schedule: { startTimes: [kind.start], endTimes: [kind.end], evenings: kind.evenings, weekends: chance(random, 0.2) },
      location: { district: pick(random, DISTRICTS), municipality: 'Oslo' },
      language: { ...(kind.demand ? { required: kind.demand } : {}), readingRequired: kind.reading },
      sensitiveTasks: kind.industry === 'canteen-and-kitchen' || kind.industry === 'hospitality' ? { involves: ['pork'], reassignable: chance(random, 0.6) } : { involves: [] },
      dress: { uniform: chance(random, 0.5), accommodates: chance(random, 0.6) ? ['hijab'] : [], canAdapt: chance(random, 0.5) },
      training: { mentor: chance(random, 0.4), willingTrainer: chance(random, 0.7) },
      development: { pathToPermanent: chance(random, 0.5), moreHoursPossible: chance(random, 0.5) },
    };
  });
}
