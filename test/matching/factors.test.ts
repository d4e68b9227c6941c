import { describe, expect, it } from 'vitest';
import {
  balanceJobMatch,
  type CandidateInput,
  type JobOpeningInput,
  type MatchFactorId,
  type MatchStatus,
} from '../../src';
import { employer, makeCandidate, makeOpening } from '../fixtures/matching/factories';

type CandidatePatch = { [K in keyof CandidateInput]?: CandidateInput[K] | undefined };
type OpeningPatch = { [K in keyof JobOpeningInput]?: JobOpeningInput[K] | undefined };

interface Row {
  readonly name: string;
  readonly candidate?: CandidatePatch;
  readonly opening?: OpeningPatch;
  readonly status: MatchStatus;
  readonly adaptations?: readonly string[];
  readonly nav?: readonly string[];
  readonly hard?: boolean;
}

function assess(factor: MatchFactorId, row: Row) {
  const balance = balanceJobMatch(makeCandidate(row.candidate), makeOpening(row.opening));
  const found = balance.factors.find((f) => f.factor === factor);
  if (found === undefined) throw new Error(`factor ${factor} missing`);
  return { balance, found };
}

function check(factor: MatchFactorId, row: Row): void {
  const { balance, found } = assess(factor, row);
  expect(found.status).toBe(row.status);
  expect(found.hard).toBe(row.hard ?? false);
  if (row.adaptations !== undefined) expect(found.adaptations).toEqual(row.adaptations);
  if (row.nav !== undefined) expect(found.navMeasures).toEqual(row.nav);
  if (row.status !== 'adaptable') {
    expect(found.adaptations).toEqual([]);
    expect(found.navMeasures).toEqual([]);
  }
  if (row.status === 'unknown')
    expect(balance.clarifications.some((q) => q.factors.includes(factor))).toBe(true);
  else expect(balance.clarifications.some((q) => q.factors.includes(factor))).toBe(false);
  if (row.hard === true) expect(balance.score).toBe(0);
}

const FAMILY = ['clearing-room-for-work', 'family-and-network-cooperation'];
const YOUNG = [{ age: 2 }, { age: 5 }];
const EVENING = {
  startTimes: ['14:00'],
  endTimes: ['22:00'],
  evenings: true,
  weekends: false,
  nights: false,
};
const EARLY = { startTimes: ['06:00'], endTimes: ['14:00'], evenings: false, weekends: false, nights: false };
const NEW_TO_NORWAY = {
  workExperience: { norwayYears: 0, abroadYears: 0, occupations: [] },
  rulesKnowledge: { workingLife: 'little' as const },
};
const NO_EXPERIENCE = {
  experienceIndustries: [],
  workExperience: { norwayYears: 0, occupations: [] },
  jobWishes: [],
};
const NO_TRAINING = { training: { mentor: false, willingTrainer: false, trainingPlan: false } };

describe('balanceJobMatch: family-situation', () => {
  it.each<Row>([
    { name: 'a supportive family fits', status: 'fit' },
    { name: 'a neutral family fits', candidate: { familyStance: 'neutral' }, status: 'fit' },
    {
      name: 'an opposed family is adaptable with a family council',
      candidate: { familyStance: 'opposed' },
      status: 'adaptable',
      adaptations: FAMILY,
    },
    {
      name: 'a controlling family puts safety first',
      candidate: { familyStance: 'controlling' },
      status: 'adaptable',
      adaptations: ['negative-social-control', 'interdisciplinary-cooperation'],
    },
    {
      name: 'disclosed violence puts safety first',
      candidate: { safety: { violence: true } },
      status: 'adaptable',
      adaptations: ['negative-social-control', 'interdisciplinary-cooperation'],
    },
    {
      name: 'an unrecorded stance is unknown',
      candidate: { familyStance: undefined, safety: undefined },
      status: 'unknown',
    },
  ])('$name', (row) => {
    check('family-situation', row);
  });
});

describe('balanceJobMatch: spouse-shift-work', () => {
  it.each<Row>([
    { name: 'a spouse without shifts fits', status: 'fit' },
    {
      name: 'shifts without young children fit',
      candidate: { spouseWorksShifts: true, children: [{ age: 15, needsAfterSchoolFollowUp: false }] },
      status: 'fit',
    },
    {
      name: 'shifts with a day job inside care hours fit',
      candidate: { spouseWorksShifts: true, children: YOUNG },
      status: 'fit',
    },
    {
      name: 'shifts with an evening job are adaptable when cover can be arranged',
      candidate: { spouseWorksShifts: true, children: YOUNG, careRelief: 'can-be-arranged' },
      opening: { schedule: EVENING },
      status: 'adaptable',
      adaptations: FAMILY,
    },
    {
      name: 'shifts with an evening job conflict when nobody can cover',
      candidate: { spouseWorksShifts: true, children: YOUNG, careRelief: 'none' },
      opening: { schedule: EVENING },
      status: 'conflict',
    },
    {
      name: 'shifts with an evening job and no recorded cover are adaptable with a family plan (derived)',
      candidate: { spouseWorksShifts: true, children: YOUNG, careRelief: undefined },
      opening: { schedule: EVENING },
      status: 'adaptable',
      adaptations: FAMILY,
    },
    {
      name: 'an unrecorded spouse situation is unknown with young children',
      candidate: { spouseWorksShifts: undefined, children: YOUNG },
      status: 'unknown',
    },
    {
      name: 'an unrecorded spouse situation fits without children at home (derived)',
      candidate: { spouseWorksShifts: undefined },
      status: 'fit',
    },
    {
      name: 'unknown hours are unknown',
      candidate: { spouseWorksShifts: true, children: YOUNG },
      opening: { schedule: undefined },
      status: 'unknown',
    },
  ])('$name', (row) => {
    check('spouse-shift-work', row);
  });
});

describe('balanceJobMatch: sole-provider', () => {
  it.each<Row>([
    { name: 'not a sole provider fits', status: 'fit' },
    {
      name: 'a sole provider with a paid day job fits',
      candidate: { singleProvider: true, children: YOUNG, careRelief: 'none' },
      status: 'fit',
    },
    {
      name: 'a sole provider with an early start and no relief conflicts',
      candidate: { singleProvider: true, children: YOUNG, careRelief: 'none' },
      opening: { schedule: EARLY },
      status: 'conflict',
    },
    {
      name: 'a sole provider with an early start is adaptable when the network can help',
      candidate: { singleProvider: true, children: YOUNG, careRelief: 'can-be-arranged' },
      opening: { schedule: EARLY },
      status: 'adaptable',
      adaptations: ['clearing-room-for-work', 'family-and-network-cooperation', 'network-building'],
    },
    {
      name: 'an unpaid placement is adaptable with a wage subsidy',
      candidate: { singleProvider: true },
      opening: { paid: false },
      status: 'adaptable',
      nav: ['wage-subsidy'],
    },
    {
      name: 'an unpaid placement conflicts when the employer takes no wage subsidy',
      candidate: { singleProvider: true },
      opening: { paid: false, employer: employer({ acceptsNavMeasures: [] }) },
      status: 'conflict',
    },
    {
      name: 'an unpaid placement is unknown when the employer has not said which measures it takes',
      candidate: { singleProvider: true },
      opening: { paid: false, employer: employer({ acceptsNavMeasures: undefined }) },
      status: 'unknown',
    },
    {
      name: 'an unrecorded provider situation is unknown with children',
      candidate: { singleProvider: undefined, children: YOUNG },
      status: 'unknown',
    },
    {
      name: 'an unrecorded provider situation fits without children at home (derived)',
      candidate: { singleProvider: undefined },
      status: 'fit',
    },
    {
      name: 'a sole provider with an early start and no recorded help conflicts, not hard (derived)',
      candidate: { singleProvider: true, children: YOUNG, careRelief: undefined },
      opening: { schedule: EARLY },
      status: 'conflict',
    },
    {
      name: 'a seasonal half position gives a sole provider too little to live on',
      candidate: { singleProvider: true, incomeNeed: undefined },
      opening: { positionType: 'seasonal', positionPercent: 50, development: undefined },
      status: 'conflict',
    },
    {
      name: 'a small share that can grow is adaptable for a sole provider',
      candidate: { singleProvider: true, incomeNeed: undefined },
      opening: { positionPercent: 30 },
      status: 'adaptable',
      adaptations: ['after-follow-up'],
    },
  ])('$name', (row) => {
    check('sole-provider', row);
  });
});

describe('balanceJobMatch: after-school-care', () => {
  const needsFollowUp = [{ age: 9, needsAfterSchoolFollowUp: true }];
  const late = {
    startTimes: ['09:00'],
    endTimes: ['17:00'],
    evenings: false,
    weekends: false,
    nights: false,
  };
  it.each<Row>([
    { name: 'no children fits', status: 'fit' },
    {
      name: 'a job ending in time fits',
      candidate: { children: needsFollowUp, careRelief: 'none' },
      status: 'fit',
    },
    {
      name: 'a late job is adaptable when cover can be arranged',
      candidate: { children: needsFollowUp, careRelief: 'can-be-arranged' },
      opening: { schedule: late },
      status: 'adaptable',
      adaptations: FAMILY,
    },
    {
      name: 'a late job conflicts without cover',
      candidate: { children: needsFollowUp, careRelief: 'none' },
      opening: { schedule: late },
      status: 'conflict',
    },
    {
      name: 'a late job fits when others follow up',
      candidate: { children: needsFollowUp, careRelief: 'available' },
      opening: { schedule: late },
      status: 'fit',
    },
    {
      name: 'a school child with unrecorded needs fits a job ending in time (derived)',
      candidate: { children: [{ age: 9 }], careRelief: undefined },
      status: 'fit',
    },
    {
      name: 'a school child with unrecorded needs fits when someone is at home (derived)',
      candidate: { children: [{ age: 9 }] },
      opening: { schedule: late },
      status: 'fit',
    },
    {
      name: 'a school child with unrecorded needs is unknown for a late job when nobody at home is recorded',
      candidate: {
        children: [{ age: 9 }],
        careRelief: undefined,
        singleProvider: undefined,
        spouseWorksShifts: undefined,
      },
      opening: { schedule: late },
      status: 'unknown',
    },
    {
      name: 'unrecorded children are unknown',
      candidate: { children: undefined, careRelief: undefined, singleProvider: undefined },
      status: 'unknown',
    },
  ])('$name', (row) => {
    check('after-school-care', row);
  });
});

describe('balanceJobMatch: marital-challenges', () => {
  it.each<Row>([
    { name: 'no difficulties fit', status: 'fit' },
    {
      name: 'difficulties are adaptable with support',
      candidate: { maritalChallenges: true },
      status: 'adaptable',
      adaptations: ['family-and-network-cooperation', 'interdisciplinary-cooperation'],
    },
    {
      name: 'unrecorded difficulties are unknown',
      candidate: { maritalChallenges: undefined },
      status: 'unknown',
    },
  ])('$name', (row) => {
    check('marital-challenges', row);
  });
});

describe('balanceJobMatch: cultural-differences', () => {
  it.each<Row>([
    { name: 'experience on both sides fits', status: 'fit' },
    {
      name: 'a newcomer is prepared with the job-preparation course',
      candidate: NEW_TO_NORWAY,
      status: 'adaptable',
      adaptations: ['cultural-differences', 'job-preparation-course'],
    },
    {
      name: 'an employer new to the target group is trained',
      opening: { employer: employer({ experienceWithTargetGroup: false }) },
      status: 'adaptable',
      adaptations: ['cultural-differences', 'employer-training'],
    },
    {
      name: 'both sides new are both prepared',
      candidate: NEW_TO_NORWAY,
      opening: { employer: employer({ experienceWithTargetGroup: false }) },
      status: 'adaptable',
      adaptations: ['cultural-differences', 'employer-training', 'job-preparation-course'],
    },
    {
      name: 'unknown working-life experience is unknown',
      candidate: { workExperience: undefined, rulesKnowledge: undefined },
      status: 'unknown',
    },
  ])('$name', (row) => {
    check('cultural-differences', row);
  });
});

describe('balanceJobMatch: commute', () => {
  const home = { coordinates: { latitude: 59.83, longitude: 10.83 } };
  const work = { coordinates: { latitude: 59.91, longitude: 10.75 } };
  it.each<Row>([
    { name: 'a short trip she makes alone fits', status: 'fit' },
    {
      name: 'a short trip she cannot yet make alone is adaptable with training',
      candidate: { travelsAlone: false },
      status: 'adaptable',
      adaptations: ['public-transport-training'],
    },
    {
      name: 'a trip longer than her limit conflicts',
      candidate: { commute: { home: { district: 'Søndre Nordstrand' }, maxMinutes: 15 } },
      status: 'conflict',
    },
    { name: 'an unknown workplace is unknown', opening: { location: undefined }, status: 'unknown' },
    {
      name: 'an unknown limit is unknown',
      candidate: { commute: { home: { district: 'Søndre Nordstrand' } } },
      status: 'unknown',
    },
    {
      name: 'unknown travelling alone is unknown',
      candidate: { travelsAlone: undefined },
      status: 'unknown',
    },
    {
      name: 'a trip estimated from coordinates fits when within her limit',
      candidate: { commute: { home, maxMinutes: 45 } },
      opening: { location: work },
      status: 'fit',
    },
  ])('$name', (row) => {
    check('commute', row);
  });

  it('uses the travel time the caller supplies', () => {
    const balance = balanceJobMatch(makeCandidate(), makeOpening(), { travelMinutes: () => 90 });
    expect(balance.factors.find((f) => f.factor === 'commute')?.status).toBe('conflict');
    expect(balance.travelMinutes).toBe(90);
  });
});

describe('balanceJobMatch: interest', () => {
  const elsewhere = { industries: ['laundry' as const], openToOtherWork: false };
  it.each<Row>([
    { name: 'a wished industry fits', status: 'fit' },
    {
      name: 'a wished occupation fits',
      candidate: { wishes: elsewhere, jobWishes: ['renholder'] },
      status: 'fit',
    },
    {
      name: 'an avoided industry conflicts',
      candidate: { wishes: { industries: [], avoidIndustries: ['cleaning'] } },
      status: 'conflict',
    },
    {
      name: 'an industry outside her wishes is explored when she is open',
      candidate: { wishes: { ...elsewhere, openToOtherWork: true }, jobWishes: [] },
      status: 'adaptable',
      adaptations: ['empowerment'],
    },
    {
      name: 'an industry outside her wishes conflicts when she is not open',
      candidate: { wishes: elsewhere, jobWishes: [] },
      status: 'conflict',
    },
    {
      name: 'wishes she cannot name yet are explored',
      candidate: { wishes: { industries: [] }, jobWishes: [] },
      status: 'adaptable',
      adaptations: ['empowerment'],
    },
    {
      name: 'unrecorded wishes are unknown',
      candidate: { wishes: undefined, jobWishes: undefined },
      status: 'unknown',
    },
    {
      name: 'a job wish names the industry of the opening ("barnehageassistent")',
      candidate: { wishes: undefined, jobWishes: ['Barnehageassistent'] },
      opening: { industry: 'kindergarten', occupation: 'Assistent' },
      status: 'fit',
    },
    {
      name: 'a job wish the occupation contains fits',
      candidate: { wishes: undefined, jobWishes: ['kindergarten assistant'] },
      opening: { industry: 'kindergarten', occupation: 'Kindergarten assistant (50 %)' },
      status: 'fit',
    },
    {
      name: 'work outside her wishes is a job taste when she has not said no to other work',
      candidate: { wishes: undefined, jobWishes: ['frisør'] },
      status: 'adaptable',
      adaptations: ['empowerment'],
    },
  ])('$name', (row) => {
    check('interest', row);
  });
});

describe('balanceJobMatch: motivation', () => {
  it.each<Row>([
    { name: 'wanting work fits', status: 'fit' },
    {
      name: 'being unsure means motivation work first',
      candidate: { wishToWork: 'unsure' },
      status: 'adaptable',
      adaptations: ['relationship-building', 'empowerment'],
    },
    {
      name: 'not (yet) wanting work is never a reason to exclude',
      candidate: { wishToWork: 'no' },
      status: 'adaptable',
      adaptations: ['relationship-building', 'empowerment'],
    },
    { name: 'an unrecorded wish is unknown', candidate: { wishToWork: undefined }, status: 'unknown' },
  ])('$name', (row) => {
    check('motivation', row);
  });
});

describe('balanceJobMatch: attitude', () => {
  it.each<Row>([
    { name: 'an attitude that meets expectations fits', status: 'fit' },
    {
      name: 'waiting for instructions where initiative is expected is adaptable',
      candidate: {
        attitude: {
          initiative: 'waits-for-instructions',
          serviceAttitude: 'established',
          punctuality: 'reliable',
        },
      },
      status: 'adaptable',
      adaptations: ['cultural-differences', 'employer-training', 'on-the-job-support'],
    },
    {
      name: 'a developing service attitude is adaptable in service work',
      candidate: {
        attitude: { initiative: 'takes-initiative', serviceAttitude: 'developing', punctuality: 'reliable' },
      },
      opening: { expectations: { initiative: true, serviceAttitude: true, experienceRequired: false } },
      status: 'adaptable',
      adaptations: ['job-preparation-course', 'on-the-job-support'],
    },
    {
      name: 'needing support with punctuality is adaptable',
      candidate: {
        attitude: {
          initiative: 'takes-initiative',
          serviceAttitude: 'established',
          punctuality: 'needs-support',
        },
      },
      status: 'adaptable',
      adaptations: ['job-preparation-course', 'on-the-job-support'],
    },
    { name: 'an unrecorded attitude is unknown', candidate: { attitude: undefined }, status: 'unknown' },
    {
      name: 'unstated employer expectations are unknown',
      opening: { expectations: undefined },
      status: 'unknown',
    },
  ])('$name', (row) => {
    check('attitude', row);
  });
});

describe('balanceJobMatch: experience', () => {
  const required = { expectations: { initiative: true, serviceAttitude: false, experienceRequired: true } };
  it.each<Row>([
    { name: 'experience from the same industry fits', status: 'fit' },
    { name: 'no experience fits where none is required', candidate: NO_EXPERIENCE, status: 'fit' },
    {
      name: 'missing experience is adaptable with a willing trainer',
      candidate: NO_EXPERIENCE,
      opening: required,
      status: 'adaptable',
      adaptations: ['on-the-job-support'],
    },
    {
      name: 'missing experience is adaptable with NAV work training',
      candidate: NO_EXPERIENCE,
      opening: { ...required, ...NO_TRAINING },
      status: 'adaptable',
      nav: ['work-training'],
    },
    {
      name: 'missing experience conflicts with no training at all',
      candidate: NO_EXPERIENCE,
      opening: { ...required, ...NO_TRAINING, employer: employer({ acceptsNavMeasures: [] }) },
      status: 'conflict',
    },
    {
      name: 'unrecorded experience is unknown where it is required',
      candidate: { experienceIndustries: undefined, workExperience: undefined, jobWishes: [] },
      opening: required,
      status: 'unknown',
    },
    {
      name: 'an unstated requirement is unknown',
      candidate: NO_EXPERIENCE,
      opening: { expectations: { initiative: true } },
      status: 'unknown',
    },
  ])('$name', (row) => {
    check('experience', row);
  });
});

describe('balanceJobMatch: language-level', () => {
  const kindergarten = { industry: 'kindergarten' as const };
  it.each<Row>([
    { name: 'Norwegian at the demand fits', status: 'fit' },
    {
      name: 'a gap of two steps is adaptable with a Norwegian plan and support',
      candidate: { norwegian: { oral: 'a2' } },
      opening: kindergarten,
      status: 'adaptable',
      adaptations: ['norwegian-skills-plan', 'on-the-job-support'],
      nav: ['mentor', 'work-training'],
    },
    {
      name: 'a larger gap conflicts',
      candidate: { norwegian: { oral: 'a1' } },
      opening: kindergarten,
      status: 'conflict',
    },
    {
      name: 'a stated demand above her level conflicts',
      opening: { language: { required: 'c1' } },
      status: 'conflict',
    },
    {
      name: 'not reading is adaptable with support on the job',
      candidate: { literacy: { latinScript: false } },
      opening: { language: { readingRequired: true } },
      status: 'adaptable',
      adaptations: ['norwegian-skills-plan', 'on-the-job-support'],
    },
    { name: 'an unmapped level is unknown', candidate: { norwegian: undefined }, status: 'unknown' },
    {
      name: 'unknown reading is unknown where reading is needed',
      candidate: { literacy: undefined },
      opening: { language: { readingRequired: true } },
      status: 'unknown',
    },
  ])('$name', (row) => {
    check('language-level', row);
  });
});

describe('balanceJobMatch: working-hours', () => {
  const mother = { children: YOUNG, availability: undefined };
  it.each<Row>([
    { name: 'day hours inside her limits fit', status: 'fit' },
    {
      name: 'a 06:00 start with small children and no relief is a hard conflict',
      candidate: { ...mother, careRelief: 'none' },
      opening: { schedule: EARLY },
      status: 'conflict',
      hard: true,
    },
    {
      name: 'a 06:00 start is adaptable when cover can be arranged',
      candidate: { ...mother, careRelief: 'can-be-arranged' },
      opening: { schedule: EARLY },
      status: 'adaptable',
      adaptations: FAMILY,
    },
    {
      name: 'a 06:00 start fits when someone takes over',
      candidate: { ...mother, careRelief: 'available' },
      opening: { schedule: EARLY },
      status: 'fit',
    },
    {
      name: 'a 06:00 start is unknown when neither cover nor the parents at home are known',
      candidate: {
        ...mother,
        careRelief: undefined,
        singleProvider: undefined,
        spouseWorksShifts: undefined,
      },
      opening: { schedule: EARLY },
      status: 'unknown',
    },
    {
      name: 'a 06:00 start fits when a spouse without shifts is at home (derived)',
      candidate: { ...mother, careRelief: undefined, singleProvider: false, spouseWorksShifts: false },
      opening: { schedule: EARLY },
      status: 'fit',
    },
    {
      name: 'a 06:00 start is adaptable with a family plan when the spouse works shifts (derived)',
      candidate: { ...mother, careRelief: undefined, singleProvider: false, spouseWorksShifts: true },
      opening: { schedule: EARLY },
      status: 'adaptable',
      adaptations: FAMILY,
    },
    {
      name: 'an evening shift conflicts, not hard, for a sole provider with no recorded help (derived)',
      candidate: { ...mother, careRelief: undefined, singleProvider: true },
      opening: { schedule: EVENING },
      status: 'conflict',
    },
    {
      name: 'a 06:00 start fits when her children are old enough to be alone (derived)',
      candidate: { children: [{ age: 13 }, { age: 16 }], availability: undefined },
      opening: { schedule: EARLY },
      status: 'fit',
    },
    {
      name: 'a stated limit with small children and no relief is a hard conflict',
      candidate: { children: YOUNG, careRelief: 'none', availability: { earliestStart: '08:30' } },
      status: 'conflict',
      hard: true,
    },
    {
      name: 'a start before her stated limit conflicts',
      candidate: { availability: { earliestStart: '09:00' } },
      status: 'conflict',
    },
    {
      name: 'a stated limit stays a conflict even when childcare could be arranged (she decides)',
      candidate: { children: YOUNG, careRelief: 'can-be-arranged', availability: { earliestStart: '08:30' } },
      status: 'conflict',
      hard: false,
    },
    { name: 'unknown hours are unknown', opening: { schedule: undefined }, status: 'unknown' },
    {
      name: 'evenings fit when she has no children at home and states no limits (derived)',
      candidate: { availability: undefined },
      opening: { schedule: EVENING },
      status: 'fit',
    },
    {
      name: 'an early start is unknown when her children are not known',
      candidate: { children: undefined, availability: undefined },
      opening: { schedule: EARLY },
      status: 'unknown',
    },
  ])('$name', (row) => {
    check('working-hours', row);
  });
});

describe('balanceJobMatch: religious-constraints', () => {
  const cc = (over: object) => ({
    culturalConstraints: { tasks: [], dress: [], contact: [], negotiable: false, ...over },
  });
  const pork = (reassignable: boolean) => ({ sensitiveTasks: { involves: ['pork' as const], reassignable } });
  const uniform = (over: object) => ({ dress: { uniform: true, ...over } });
  it.each<Row>([
    { name: 'a job with nothing sensitive fits', status: 'fit' },
    {
      name: 'a task colleagues can take is adaptable',
      candidate: cc({ tasks: ['pork'] }),
      opening: pork(true),
      status: 'adaptable',
      adaptations: ['cultural-differences'],
    },
    {
      name: 'a task she is open to resolving is adaptable',
      candidate: cc({ tasks: ['non-halal-meat'], negotiable: true }),
      opening: { sensitiveTasks: { involves: ['non-halal-meat'], reassignable: false } },
      status: 'adaptable',
      adaptations: ['cultural-differences'],
    },
    {
      name: 'an unresolved task conflict is hard',
      candidate: cc({ tasks: ['pork'] }),
      opening: pork(false),
      status: 'conflict',
      hard: true,
    },
    {
      name: 'a pork task against a recorded limit is adaptable with gloves, swapping or talking it through when nobody has refused',
      candidate: { culturalConstraints: { tasks: ['pork'] } },
      opening: { sensitiveTasks: { involves: ['pork'] } },
      status: 'adaptable',
      adaptations: ['cultural-differences', 'employer-training'],
    },
    {
      name: 'a task the employer has refused to adapt is a hard conflict',
      candidate: { culturalConstraints: { tasks: ['pork'] } },
      opening: { sensitiveTasks: { involves: ['pork'], canAdapt: false } },
      status: 'conflict',
      hard: true,
    },
    {
      name: 'a task she will not negotiate is unknown until the employer says whether colleagues can take it',
      candidate: cc({ tasks: ['pork'] }),
      opening: { sensitiveTasks: { involves: ['pork'] } },
      status: 'unknown',
    },
    {
      name: 'a uniform she cannot wear is adaptable when the employer has not refused (employers usually adapt)',
      candidate: cc({ dress: ['hijab'] }),
      opening: uniform({}),
      status: 'adaptable',
      adaptations: ['cultural-differences', 'employer-training'],
    },
    {
      name: 'an unavoidable handshake she will not give is hard',
      candidate: cc({ contact: ['handshake'] }),
      opening: { contact: { involves: ['handshake'], avoidable: false } },
      status: 'conflict',
      hard: true,
    },
    {
      name: 'a hijab already in the uniform fits',
      candidate: cc({ dress: ['hijab'] }),
      opening: uniform({ accommodates: ['hijab'] }),
      status: 'fit',
    },
    {
      name: 'a uniform the employer will adapt is adaptable',
      candidate: cc({ dress: ['hijab'] }),
      opening: uniform({ canAdapt: true }),
      status: 'adaptable',
      adaptations: ['cultural-differences', 'employer-training'],
    },
    {
      name: 'a uniform the employer will not adapt conflicts, but not hard',
      candidate: cc({ dress: ['hijab'] }),
      opening: uniform({ canAdapt: false }),
      status: 'conflict',
    },
    {
      name: 'unrecorded convictions are unknown where the job has sensitive tasks',
      candidate: { culturalConstraints: undefined },
      opening: pork(false),
      status: 'unknown',
    },
    {
      name: 'unknown tasks are unknown when she has constraints',
      candidate: cc({ tasks: ['alcohol'] }),
      opening: { sensitiveTasks: undefined },
      status: 'unknown',
    },
  ])('$name', (row) => {
    check('religious-constraints', row);
  });
});

describe('balanceJobMatch: health-limitations', () => {
  const lifting = { health: { status: 'clarified' as const, limitations: ['heavy-lifting' as const] } };
  const heavy = { demands: ['heavy-lifting' as const] };
  it.each<Row>([
    { name: 'no limitations fit', status: 'fit' },
    {
      name: 'a clash the employer can adapt is adaptable',
      candidate: lifting,
      opening: heavy,
      status: 'adaptable',
      adaptations: ['on-the-job-support'],
      nav: ['inclusion-grant'],
    },
    {
      name: 'a clash is adaptable with an inclusion grant',
      candidate: lifting,
      opening: { ...heavy, canAccommodateHealth: false },
      status: 'adaptable',
      nav: ['inclusion-grant'],
    },
    {
      name: 'a clash that cannot be adapted conflicts',
      candidate: lifting,
      opening: { ...heavy, canAccommodateHealth: false, employer: employer({ acceptsNavMeasures: [] }) },
      status: 'conflict',
    },
    {
      name: 'unrecorded health is unknown where the job has demands',
      candidate: { health: undefined },
      opening: heavy,
      status: 'unknown',
    },
    {
      name: 'night shifts clash with a night-work limitation',
      candidate: { health: { limitations: ['night-work'] }, availability: { nights: true } },
      opening: {
        schedule: {
          startTimes: ['22:00'],
          endTimes: ['24:00'],
          evenings: true,
          weekends: false,
          nights: true,
        },
        canAccommodateHealth: false,
        employer: employer({ acceptsNavMeasures: [] }),
      },
      status: 'conflict',
    },
    {
      name: 'limitations the job does not touch fit',
      candidate: { health: { limitations: ['noise'] } },
      opening: heavy,
      status: 'fit',
    },
  ])('$name', (row) => {
    check('health-limitations', row);
  });
});

describe('balanceJobMatch: development-potential', () => {
  const none = {
    development: { pathToPermanent: false, moreHoursPossible: false, certificatePossible: false },
  };
  it.each<Row>([
    { name: 'a path to a permanent position fits', status: 'fit' },
    {
      name: 'an unpaid placement with a hiring prospect is adaptable',
      opening: { paid: false },
      status: 'adaptable',
      adaptations: ['on-the-job-support'],
      nav: ['work-training'],
    },
    {
      name: 'an unpaid placement without a hiring prospect is a practice trap',
      opening: { paid: false, hiringProspect: false },
      status: 'conflict',
    },
    { name: 'a dead end conflicts when she wants a permanent job', opening: none, status: 'conflict' },
    {
      name: 'a dead end can be a first step',
      candidate: { wishes: { industries: ['cleaning'], positionTypes: ['part-time'], permanent: false } },
      opening: none,
      status: 'adaptable',
      adaptations: ['after-follow-up'],
    },
    { name: 'unknown development is unknown', opening: { development: undefined }, status: 'unknown' },
  ])('$name', (row) => {
    check('development-potential', row);
  });
});

describe('balanceJobMatch: declared-work', () => {
  it.each<Row>([
    { name: 'declared work fits', status: 'fit' },
    {
      name: 'undeclared work is a hard conflict',
      opening: { declaredWork: false },
      status: 'conflict',
      hard: true,
    },
    { name: 'unconfirmed declaration is unknown', opening: { declaredWork: undefined }, status: 'unknown' },
  ])('$name', (row) => {
    check('declared-work', row);
  });
});

describe('balanceJobMatch: position-type', () => {
  const shifts = {
    wishes: {
      industries: ['cleaning' as const],
      positionTypes: ['extra-shifts' as const, 'part-time' as const],
      permanent: true,
    },
  };
  it.each<Row>([
    { name: 'a wished type and share fit', status: 'fit' },
    { name: 'an unwished type conflicts', opening: { positionType: 'seasonal' }, status: 'conflict' },
    {
      name: 'a share above her limit conflicts',
      candidate: { availability: { maxPositionPercent: 60 } },
      opening: { positionPercent: 100 },
      status: 'conflict',
    },
    {
      name: 'a small share that can grow is adaptable',
      opening: { positionPercent: 20 },
      status: 'adaptable',
      adaptations: ['after-follow-up'],
    },
    {
      name: 'a small share that cannot grow conflicts',
      opening: { positionPercent: 20, development: { pathToPermanent: true, moreHoursPossible: false } },
      status: 'conflict',
    },
    {
      name: 'extra shifts without growth do not meet a high income need',
      candidate: { ...shifts, incomeNeed: 'high' },
      opening: {
        positionType: 'extra-shifts',
        development: { pathToPermanent: false, moreHoursPossible: false, certificatePossible: false },
      },
      status: 'conflict',
    },
    {
      name: 'an unpaid placement is adaptable with a wage subsidy for a high income need',
      candidate: { incomeNeed: 'high' },
      opening: { paid: false },
      status: 'adaptable',
      nav: ['wage-subsidy'],
    },
    { name: 'an unknown position type is unknown', opening: { positionType: undefined }, status: 'unknown' },
    {
      name: 'a seasonal half position conflicts for a sole provider who needs a full income, wish unrecorded (derived)',
      candidate: { singleProvider: true, incomeNeed: undefined, wishes: { industries: ['cleaning'] } },
      opening: { positionType: 'seasonal', positionPercent: 50, development: undefined },
      status: 'conflict',
    },
    {
      name: 'with no wished type recorded, her known income need decides',
      candidate: { incomeNeed: 'moderate', wishes: { industries: ['cleaning'] } },
      opening: { positionType: 'extra-shifts' },
      status: 'fit',
    },
    {
      name: 'with neither a wished type nor an income need it is unknown',
      candidate: {
        incomeNeed: undefined,
        singleProvider: false,
        finances: undefined,
        wishes: { industries: ['cleaning'] },
      },
      status: 'unknown',
    },
  ])('$name', (row) => {
    check('position-type', row);
  });
});

describe('balanceJobMatch: training-capacity', () => {
  it.each<Row>([
    { name: 'a mentor fits', status: 'fit' },
    {
      name: 'a mentor grant is adaptable',
      opening: NO_TRAINING,
      status: 'adaptable',
      adaptations: ['employer-training'],
      nav: ['mentor'],
    },
    {
      name: 'support from the job specialist is adaptable',
      opening: { ...NO_TRAINING, employer: employer({ acceptsNavMeasures: [] }) },
      status: 'adaptable',
      adaptations: ['employer-training', 'on-the-job-support'],
    },
    {
      name: 'no trainer and no support allowed conflicts',
      opening: {
        ...NO_TRAINING,
        employer: employer({ acceptsNavMeasures: [], allowsJobSpecialistOnSite: false }),
      },
      status: 'conflict',
    },
    {
      name: 'unknown training capacity is unknown',
      opening: {
        training: undefined,
        employer: employer({ acceptsNavMeasures: [], allowsJobSpecialistOnSite: undefined }),
      },
      status: 'unknown',
    },
  ])('$name', (row) => {
    check('training-capacity', row);
  });
});
