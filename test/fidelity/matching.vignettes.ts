/**
 * Matching vignettes: ordinary cases written from the handbook and the AFI report,
 * with what a job specialist would expect, before the library was run on them.
 *
 * Each vignette names the seed lines it rests on (H = handbook
 * `001_ef7ddf85f9867693.txt`, R = AFI report `004_16e19382a475895f.txt`), the facts
 * that make the case (on top of {@link ORDINARY_CANDIDATE} and
 * {@link ORDINARY_OPENING}), the openings to compare, the factor statuses
 * expected for each opening and the opening that must rank first.
 * `renderMatchingTable` prints the table kept in docs/fidelity-matching.md.
 */
import type { CandidateInput, JobOpeningInput, MatchFactorId, MatchStatus } from '../../src';

/** Facts every vignette candidate shares unless the vignette says otherwise: an ordinary participant. */
export const ORDINARY_CANDIDATE: CandidateInput = {
  id: 'candidate',
  norwegian: { oral: 'b1' },
  literacy: { ownLanguage: true, latinScript: true },
  workExperience: { norwayYears: 1, abroadYears: 2, occupations: [] },
  experienceIndustries: [],
  health: { status: 'none', limitations: [] },
  children: [],
  singleProvider: false,
  spouseWorksShifts: false,
  familyStance: 'supportive',
  maritalChallenges: false,
  safety: { negativeSocialControl: false, violence: false },
  travelsAlone: true,
  wishToWork: 'yes',
  culturalConstraints: { tasks: [], dress: [], contact: [] },
  rulesKnowledge: { workingLife: 'some' },
  wishes: {
    industries: ['cleaning', 'canteen-and-kitchen', 'kindergarten', 'hospitality', 'retail'],
    permanent: true,
  },
  commute: { home: { district: 'Søndre Nordstrand', municipality: 'Oslo' }, maxMinutes: 45 },
  attitude: { initiative: 'takes-initiative', serviceAttitude: 'established', punctuality: 'reliable' },
};

/** Facts every vignette opening shares unless the vignette says otherwise: an ordinary, declared day job. */
export const ORDINARY_OPENING: JobOpeningInput = {
  id: 'opening',
  employer: {
    id: 'employer',
    acceptsNavMeasures: ['wage-subsidy', 'mentor', 'inclusion-grant', 'work-training'],
    experienceWithTargetGroup: true,
    allowsJobSpecialistOnSite: true,
  },
  industry: 'cleaning',
  positionType: 'part-time',
  positionPercent: 80,
  paid: true,
  declaredWork: true,
  hiringProspect: true,
  schedule: { startTimes: ['08:00'], endTimes: ['15:00'], evenings: false, weekends: false, nights: false },
  location: { district: 'Søndre Nordstrand', municipality: 'Oslo' },
  language: { readingRequired: false, customerContact: 'some' },
  sensitiveTasks: { involves: [] },
  contact: { involves: [] },
  dress: { uniform: false },
  demands: [],
  expectations: { initiative: false, serviceAttitude: false, experienceRequired: false },
  training: { mentor: true, willingTrainer: true },
  development: { pathToPermanent: true, moreHoursPossible: true },
};

/** One opening of a vignette: what differs from the ordinary opening, and what the factors must say. */
export interface VignetteOpening {
  readonly id: string;
  /** The opening in a few words, for the table. */
  readonly says: string;
  readonly opening: Partial<JobOpeningInput>;
  /** Factor statuses a job specialist expects (only the factors the case is about). */
  readonly expect: Readonly<Partial<Record<MatchFactorId, MatchStatus>>>;
  /** True when the pair must be ruled out (a hard conflict, score 0). */
  readonly ruledOut?: boolean;
}

/** One matching vignette. */
export interface MatchingVignette {
  readonly id: string;
  /** The case in a few words, for the table. */
  readonly facts: string;
  /** The seed lines the case and its expectations rest on. */
  readonly sources: string;
  readonly candidate: Partial<CandidateInput>;
  readonly openings: readonly VignetteOpening[];
  /** The opening a job specialist would put first. */
  readonly firstRanked: string;
}

const EARLY = { startTimes: ['06:00'], endTimes: ['14:00'], evenings: false, weekends: false, nights: false };
const EVENING = {
  startTimes: ['14:00'],
  endTimes: ['22:00'],
  evenings: true,
  weekends: false,
  nights: false,
};

export const MATCHING_VIGNETTES: readonly MatchingVignette[] = [
  {
    id: 'language-a2-kindergarten-vs-shop',
    facts: 'Spoken Norwegian A2; wants kindergarten or shop work',
    sources:
      'R L4149–4153 (B1 minimum for kindergartens); R L5766–5774, L5793–5809 (service work demands more); R L5775–5791 (a job taste shows whether weak Norwegian is a problem)',
    candidate: {
      norwegian: { oral: 'a2' },
      wishes: { industries: ['kindergarten', 'retail'], permanent: true },
    },
    openings: [
      {
        id: 'shop',
        says: 'shop, much customer contact',
        opening: { industry: 'retail', language: { customerContact: 'extensive' } },
        expect: { 'language-level': 'conflict' },
      },
      {
        id: 'kindergarten',
        says: 'kindergarten assistant',
        opening: { industry: 'kindergarten' },
        expect: { 'language-level': 'adaptable', interest: 'fit' },
      },
    ],
    firstRanked: 'kindergarten',
  },
  {
    id: 'language-a1-plus-health-vs-laundry',
    facts: 'Spoken Norwegian A1+, does not read Latin script',
    sources:
      'R L4149–4153 (B1 for health institutions; A2–B1 elsewhere); H L547 (Zahra: job support where reading is needed)',
    candidate: {
      norwegian: { oral: 'a1-plus' },
      literacy: { ownLanguage: true, latinScript: false },
      wishes: { industries: ['health-care', 'laundry'], permanent: true },
    },
    openings: [
      {
        id: 'nursing-home',
        says: 'nursing-home assistant',
        opening: { industry: 'health-care' },
        expect: { 'language-level': 'conflict' },
      },
      {
        id: 'laundry',
        says: 'laundry, reads labels',
        opening: { industry: 'laundry', language: { readingRequired: true, customerContact: 'none' } },
        expect: { 'language-level': 'adaptable' },
      },
    ],
    firstRanked: 'laundry',
  },
  {
    id: 'sole-mother-06-start',
    facts: 'Sole provider, children 2 and 5, nobody recorded who can help',
    sources:
      'R L4421–4433 (nobody to take the children to kindergarten at 06:00, no evening shifts with small children); H L266 (network help with drop-off and pick-up)',
    candidate: { singleProvider: true, spouseWorksShifts: undefined, children: [{ age: 2 }, { age: 5 }] },
    openings: [
      {
        id: 'early',
        says: 'cleaning 06:00–14:00',
        opening: { schedule: EARLY },
        expect: { 'working-hours': 'conflict', 'sole-provider': 'conflict' },
      },
      {
        id: 'evening',
        says: 'cleaning 14:00–22:00',
        opening: { schedule: EVENING },
        expect: { 'working-hours': 'conflict', 'sole-provider': 'conflict' },
      },
      {
        id: 'day',
        says: 'cleaning 08:00–15:00',
        opening: {},
        expect: { 'working-hours': 'fit', 'sole-provider': 'fit' },
      },
    ],
    firstRanked: 'day',
  },
  {
    id: 'spouse-on-shifts-evening',
    facts: 'Married, spouse works shifts, children 4 and 7, no help recorded',
    sources:
      'H L638 (spouse working shifts); H L236–258 (family council, plan with the family); R L4421–4433',
    candidate: { spouseWorksShifts: true, children: [{ age: 4 }, { age: 7 }] },
    openings: [
      {
        id: 'evening',
        says: 'canteen 14:00–22:00',
        opening: { industry: 'canteen-and-kitchen', schedule: EVENING },
        expect: {
          'working-hours': 'adaptable',
          'spouse-shift-work': 'adaptable',
          'after-school-care': 'unknown',
        },
      },
      {
        id: 'day',
        says: 'canteen 08:00–15:00',
        opening: { industry: 'canteen-and-kitchen' },
        expect: { 'working-hours': 'fit', 'spouse-shift-work': 'fit', 'after-school-care': 'fit' },
      },
    ],
    firstRanked: 'day',
  },
  {
    id: 'teenagers-evening-leads-on',
    facts: 'Two parents at home, spouse on day hours, children 13 and 16, wants a permanent job',
    sources: 'R L4421–4433 (the limit is small children alone); R L4825–4855 (a job that leads on)',
    candidate: { children: [{ age: 13 }, { age: 16 }] },
    openings: [
      {
        id: 'day-dead-end',
        says: 'canteen 08:00–15:00, no path on',
        opening: {
          industry: 'canteen-and-kitchen',
          development: { pathToPermanent: false, moreHoursPossible: false, certificatePossible: false },
        },
        expect: { 'working-hours': 'fit', 'development-potential': 'conflict' },
      },
      {
        id: 'evening-permanent',
        says: 'canteen 14:00–22:00, path to permanent',
        opening: { industry: 'canteen-and-kitchen', schedule: EVENING },
        expect: { 'working-hours': 'fit', 'spouse-shift-work': 'fit', 'after-school-care': 'fit' },
      },
    ],
    firstRanked: 'evening-permanent',
  },
  {
    id: 'undeclared-looks-better',
    facts: 'Long search, wants full-time kitchen work',
    sources:
      'R L4916–4936 (offers of undeclared or partly undeclared work after a placement); SPEC §6 (declared work is a hard constraint)',
    candidate: {
      wishes: { industries: ['canteen-and-kitchen'], positionTypes: ['full-time'], permanent: true },
    },
    openings: [
      {
        id: 'undeclared',
        says: 'full-time kitchen job, cash in hand',
        opening: {
          industry: 'canteen-and-kitchen',
          positionType: 'full-time',
          positionPercent: 100,
          declaredWork: false,
        },
        expect: { 'declared-work': 'conflict', interest: 'fit', 'position-type': 'fit' },
        ruledOut: true,
      },
      {
        id: 'declared-part-time',
        says: 'part-time 60 % canteen job with a contract, can grow',
        opening: { industry: 'canteen-and-kitchen', positionPercent: 60 },
        expect: { 'declared-work': 'fit', 'position-type': 'conflict' },
      },
    ],
    firstRanked: 'declared-part-time',
  },
  {
    id: 'mentor-vs-none',
    facts: 'No experience of the work, new to Norwegian working life',
    sources:
      'H L338–340 (training plan, mentor or fadder); R L5589–5591 (a colleague open to training her); H L387 (job support at the workplace)',
    candidate: {
      workExperience: { norwayYears: 0, abroadYears: 0, occupations: [] },
      rulesKnowledge: { workingLife: 'little' },
    },
    openings: [
      {
        id: 'none',
        says: 'nobody to train her, no job specialist on site, no NAV measures',
        opening: {
          employer: {
            id: 'e-none',
            acceptsNavMeasures: [],
            experienceWithTargetGroup: false,
            allowsJobSpecialistOnSite: false,
          },
          training: { mentor: false, willingTrainer: false },
        },
        expect: { 'training-capacity': 'conflict', 'cultural-differences': 'adaptable' },
      },
      {
        id: 'mentor-grant',
        says: 'no fadder yet, accepts a NAV mentor grant',
        opening: { training: { mentor: false, willingTrainer: false } },
        expect: { 'training-capacity': 'adaptable' },
      },
      { id: 'fadder', says: 'a fadder is appointed', opening: {}, expect: { 'training-capacity': 'fit' } },
    ],
    firstRanked: 'fadder',
  },
  {
    id: 'sole-provider-seasonal-half',
    facts: 'Sole provider, children 8 and 11, her sister takes over at home; income need not recorded',
    sources:
      'R L4861–4871 (too few shifts to support oneself); H L600 (seasonal, part-time, extra shifts or full position); H L639 (sole provider)',
    candidate: {
      singleProvider: true,
      spouseWorksShifts: undefined,
      children: [
        { age: 8, needsAfterSchoolFollowUp: false },
        { age: 11, needsAfterSchoolFollowUp: false },
      ],
      careRelief: 'available',
    },
    openings: [
      {
        id: 'seasonal-half',
        says: 'hotel, seasonal 50 %, unknown whether it leads on',
        opening: {
          industry: 'hospitality',
          positionType: 'seasonal',
          positionPercent: 50,
          development: undefined,
        },
        expect: { 'position-type': 'conflict', 'sole-provider': 'conflict' },
      },
      {
        id: 'part-time-80',
        says: 'cleaning, part-time 80 %, path to permanent',
        opening: {},
        expect: { 'position-type': 'fit', 'sole-provider': 'fit' },
      },
    ],
    firstRanked: 'part-time-80',
  },
  {
    id: 'pork-in-the-canteen',
    facts: 'Will not handle pork; open to solutions not recorded',
    sources:
      'H L302–310 (pork, alcohol, non-halal meat; inform both sides); R L9269–9287 (gloves, talking it through at the first meeting)',
    candidate: { culturalConstraints: { tasks: ['pork'], dress: [], contact: [] } },
    openings: [
      {
        id: 'refused',
        says: 'canteen handling pork, employer refuses any change',
        opening: { industry: 'canteen-and-kitchen', sensitiveTasks: { involves: ['pork'], canAdapt: false } },
        expect: { 'religious-constraints': 'conflict' },
        ruledOut: true,
      },
      {
        id: 'canteen',
        says: 'canteen handling pork, nothing said about adapting',
        opening: { industry: 'canteen-and-kitchen', sensitiveTasks: { involves: ['pork'] } },
        expect: { 'religious-constraints': 'adaptable' },
      },
    ],
    firstRanked: 'canteen',
  },
  {
    id: 'halal-with-the-imam',
    facts: 'Cannot handle non-halal meat, open to seeking a solution',
    sources: 'H L310 (she asked the imam and could take the job)',
    candidate: {
      culturalConstraints: { tasks: ['non-halal-meat'], dress: [], contact: [], negotiable: true },
    },
    openings: [
      {
        id: 'kitchen',
        says: 'kitchen with non-halal meat, colleagues cannot take it over',
        opening: {
          industry: 'canteen-and-kitchen',
          sensitiveTasks: { involves: ['non-halal-meat'], reassignable: false },
        },
        expect: { 'religious-constraints': 'adaptable' },
      },
    ],
    firstRanked: 'kitchen',
  },
  {
    id: 'kindergarten-assistant-wish',
    facts: 'Wishes to be a "barnehageassistent"; does not want cleaning; industries not recorded',
    sources:
      'H L644 (interest in the occupation); R L7398, L7716 (job tasting to map wishes); SPEC §6 (conflict only for rejected work)',
    candidate: {
      jobWishes: ['barnehageassistent'],
      wishes: { avoidIndustries: ['cleaning'], permanent: true },
    },
    openings: [
      { id: 'cleaning', says: 'cleaning job', opening: {}, expect: { interest: 'conflict' } },
      {
        id: 'laundry',
        says: 'laundry job',
        opening: { industry: 'laundry' },
        expect: { interest: 'adaptable' },
      },
      {
        id: 'kindergarten',
        says: 'kindergarten, "Assistent"',
        opening: { industry: 'kindergarten', occupation: 'Assistent' },
        expect: { interest: 'fit' },
      },
    ],
    firstRanked: 'kindergarten',
  },
  {
    id: 'hijab-and-uniform',
    facts: 'Keeps her hijab at work',
    sources: 'H L306 (employers usually adapt; some have a hijab as part of the uniform)',
    candidate: { culturalConstraints: { tasks: [], dress: ['hijab'], contact: [] } },
    openings: [
      {
        id: 'uniform',
        says: 'shop with a uniform, nothing said about hijab',
        opening: { industry: 'retail', dress: { uniform: true } },
        expect: { 'religious-constraints': 'adaptable' },
      },
      {
        id: 'uniform-with-hijab',
        says: 'shop whose uniform includes a hijab',
        opening: { industry: 'retail', dress: { uniform: true, accommodates: ['hijab'] } },
        expect: { 'religious-constraints': 'fit' },
      },
    ],
    firstRanked: 'uniform-with-hijab',
  },
];

/** The table of the vignettes, as kept in docs/fidelity-matching.md (between its markers). */
export function renderMatchingTable(vignettes: readonly MatchingVignette[]): string {
  const rows = [
    '| case | facts | opening | expected factor statuses | ranked first | sources |',
    '|---|---|---|---|---|---|',
  ];
  for (const v of vignettes) {
    v.openings.forEach((o, i) => {
      const statuses = Object.entries(o.expect)
        .map(([factor, status]) => `${factor}: ${status}`)
        .join('; ');
      const ruled = o.ruledOut === true ? ' (ruled out)' : '';
      rows.push(
        `| ${i === 0 ? `\`${v.id}\`` : ''} | ${i === 0 ? v.facts : ''} | ${o.says} | ${statuses}${ruled} | ${
          o.id === v.firstRanked ? '**first**' : ''
        } | ${i === 0 ? v.sources : ''} |`,
      );
    });
  }
  return rows.join('\n');
}
