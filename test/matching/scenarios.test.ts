import { describe, expect, it } from 'vitest';
import { balanceJobMatch, rankOpenings, type JobMatchBalance, type MatchFactorId } from '../../src';
import { employer, makeCandidate, makeOpening } from '../fixtures/matching/factories';

const factor = (balance: JobMatchBalance, id: MatchFactorId) => balance.factors.find((f) => f.factor === id)!;

describe('balanceJobMatch: the kindergarten assistant who waited for instructions (handbook §13)', () => {
  // She did what she was told and then stood waiting: used to a hierarchical
  // leadership style, she did not know that initiative was expected, and did not dare ask.
  const candidate = makeCandidate({
    norwegian: { oral: 'b1' },
    workExperience: { norwayYears: 0, abroadYears: 4, occupations: [] },
    experienceIndustries: [],
    jobWishes: ['barnehageassistent'],
    rulesKnowledge: { workingLife: 'little' },
    wishes: { industries: ['kindergarten'], positionTypes: ['part-time', 'full-time'], permanent: true },
    attitude: {
      initiative: 'waits-for-instructions',
      serviceAttitude: 'established',
      punctuality: 'reliable',
    },
  });
  const opening = makeOpening({
    industry: 'kindergarten',
    occupation: 'Barnehageassistent',
    employer: employer({ experienceWithTargetGroup: false }),
    expectations: { initiative: true, serviceAttitude: false, experienceRequired: false },
  });
  const balance = balanceJobMatch(candidate, opening);

  it('flags the attitude gap as adaptable, citing the kindergarten example', () => {
    const attitude = factor(balance, 'attitude');
    expect(attitude.status).toBe('adaptable');
    expect(attitude.source.lines).toBe('L379–381');
    expect(attitude.adaptations).toEqual(['cultural-differences', 'employer-training', 'on-the-job-support']);
  });

  it('prepares both her and the employer for the cultural differences', () => {
    expect(factor(balance, 'cultural-differences').adaptations).toEqual([
      'cultural-differences',
      'employer-training',
      'job-preparation-course',
    ]);
  });

  it('finds her B1 Norwegian at the kindergarten minimum', () => {
    expect(balance.languageDemand).toEqual({ level: 'b1', from: 'industry-default' });
    expect(factor(balance, 'language-level').status).toBe('fit');
  });

  it('sees no hard conflict, only preparation: the story ended in a permanent job', () => {
    expect(balance.hardConflict).toBe(false);
    expect(balance.score).toBeGreaterThan(0.8);
    expect(balance.score).toBeLessThan(1);
  });

  it('scores higher once expectations are clarified in a three-way conversation', () => {
    const after = balanceJobMatch(
      makeCandidate({
        ...candidate,
        attitude: { initiative: 'takes-initiative', serviceAttitude: 'established', punctuality: 'reliable' },
      }),
      opening,
    );
    expect(after.score).toBeGreaterThan(balance.score);
  });
});

describe('balanceJobMatch: the halal concern resolved with the imam (handbook §9)', () => {
  const canteen = makeOpening({
    industry: 'canteen-and-kitchen',
    occupation: 'Kantinemedarbeider',
    sensitiveTasks: { involves: ['non-halal-meat'], reassignable: false },
  });
  const wants = {
    wishes: {
      industries: ['canteen-and-kitchen' as const],
      positionTypes: ['part-time' as const],
      permanent: true,
    },
  };

  it('is adaptable while she is open to seeking guidance', () => {
    const balance = balanceJobMatch(
      makeCandidate({
        ...wants,
        culturalConstraints: { tasks: ['non-halal-meat'], dress: [], contact: [], negotiable: true },
      }),
      canteen,
    );
    const religion = factor(balance, 'religious-constraints');
    expect(religion.status).toBe('adaptable');
    expect(religion.hard).toBe(false);
    expect(religion.source).toEqual({
      document: 'handbook',
      section: '§9 Kulturelle forskjeller (imamen)',
      lines: 'L310',
    });
    expect(balance.score).toBeGreaterThan(0);
  });

  it('is a hard conflict while there is no solution in sight', () => {
    const balance = balanceJobMatch(
      makeCandidate({
        ...wants,
        culturalConstraints: { tasks: ['non-halal-meat'], dress: [], contact: [], negotiable: false },
      }),
      canteen,
    );
    expect(balance.hardConflicts).toEqual(['religious-constraints']);
    expect(balance.score).toBe(0);
  });

  it('fits once the imam has given his permission and the limit is lifted', () => {
    const before = balanceJobMatch(
      makeCandidate({
        ...wants,
        culturalConstraints: { tasks: ['non-halal-meat'], dress: [], contact: [], negotiable: true },
      }),
      canteen,
    );
    const after = balanceJobMatch(
      makeCandidate({
        ...wants,
        culturalConstraints: { tasks: [], dress: [], contact: [], negotiable: true },
      }),
      canteen,
    );
    expect(factor(after, 'religious-constraints').status).toBe('fit');
    expect(after.score).toBeGreaterThan(before.score);
  });
});

describe("balanceJobMatch: Zahra's laundry placement (handbook, Zahras historie)", () => {
  // Good spoken Norwegian, but she could neither read nor write; no work
  // experience; she wished for laundry work. The job specialist was there from
  // the first day with a training plan and supported the tasks that needed reading.
  const zahra = makeCandidate({
    id: 'zahra',
    norwegian: { oral: 'b1' },
    literacy: { ownLanguage: false, latinScript: false },
    workExperience: { norwayYears: 0, abroadYears: 0, occupations: [] },
    rulesKnowledge: { workingLife: 'little' },
    experienceIndustries: [],
    jobWishes: ['vaskerimedarbeider'],
    wishes: {
      industries: ['laundry'],
      positionTypes: ['part-time', 'full-time', 'seasonal'],
      permanent: true,
    },
    children: [
      { age: 14, needsAfterSchoolFollowUp: false },
      { age: 16, needsAfterSchoolFollowUp: false },
    ],
  });
  const laundry = makeOpening({
    id: 'laundry',
    industry: 'laundry',
    occupation: 'Vaskerimedarbeider',
    paid: false,
    hiringProspect: true,
    language: { readingRequired: true, customerContact: 'none' },
    training: { mentor: false, willingTrainer: true, trainingPlan: true },
  });
  const balance = balanceJobMatch(zahra, laundry);

  it('matches her own wish', () => {
    expect(factor(balance, 'interest').status).toBe('fit');
  });

  it('makes reading adaptable with support on the job, citing her story', () => {
    const language = factor(balance, 'language-level');
    expect(language.status).toBe('adaptable');
    expect(language.adaptations).toEqual(['norwegian-skills-plan', 'on-the-job-support']);
    expect(language.source.section).toBe('Zahras historie (jobbstøtte ved lesing)');
  });

  it('treats the unpaid placement as a step towards hiring, not a trap', () => {
    const development = factor(balance, 'development-potential');
    expect(development.status).toBe('adaptable');
    expect(development.navMeasures).toEqual(['work-training']);
  });

  it('suggests adaptations her job specialist actually used', () => {
    const used = ['norwegian-skills-plan', 'on-the-job-support', 'cultural-differences'];
    for (const id of used) expect(balance.adaptations).toContain(id);
    expect(balance.hardConflict).toBe(false);
  });
});

describe('balanceJobMatch: the 06:00 start with small children (AFI report 2.4.2)', () => {
  const mother = {
    singleProvider: true,
    children: [{ age: 2 }, { age: 5 }],
    availability: undefined,
    wishes: {
      industries: ['cleaning' as const],
      positionTypes: ['part-time' as const, 'full-time' as const],
      permanent: true,
    },
  };
  const early = makeOpening({
    id: 'early',
    schedule: { startTimes: ['06:00'], endTimes: ['14:00'], evenings: false, weekends: false, nights: false },
  });
  const day = makeOpening({ id: 'day' });

  it('is a hard conflict when nobody can take the children to kindergarten', () => {
    const balance = balanceJobMatch(makeCandidate({ ...mother, careRelief: 'none' }), early);
    expect(balance.hardConflicts).toEqual(['working-hours']);
    expect(balance.score).toBe(0);
    expect(factor(balance, 'sole-provider').status).toBe('conflict');
  });

  it('is adaptable when the family or network can take over the mornings', () => {
    const balance = balanceJobMatch(makeCandidate({ ...mother, careRelief: 'can-be-arranged' }), early);
    expect(factor(balance, 'working-hours').adaptations).toEqual([
      'clearing-room-for-work',
      'family-and-network-cooperation',
    ]);
    expect(balance.score).toBeGreaterThan(0);
  });

  it('derives that nobody is at home when she provides alone and no help is recorded', () => {
    const balance = balanceJobMatch(makeCandidate({ ...mother, careRelief: undefined }), early);
    for (const id of ['sole-provider', 'working-hours'] as const) {
      const f = factor(balance, id);
      expect(f.status).toBe('conflict');
      expect(f.hard).toBe(false);
      expect(f.source).toEqual({
        document: 'afi-report',
        section: '2.4.2 (alenemødre uten noen som kan levere kl. 6)',
        lines: 'L4421–4433',
      });
    }
    expect(balance.clarifications.some((q) => q.factors.includes('working-hours'))).toBe(false);
  });

  it('asks who can take over when neither a sole provider nor a spouse is recorded', () => {
    const balance = balanceJobMatch(
      makeCandidate({
        ...mother,
        singleProvider: undefined,
        spouseWorksShifts: undefined,
        careRelief: undefined,
      }),
      early,
    );
    const question = balance.clarifications.find((q) => q.factors.includes('working-hours'));
    expect(question?.party).toBe('candidate');
    expect(question?.factors).toEqual(['working-hours']);
  });

  it('ranks a day job inside the kindergarten hours first', () => {
    const ranked = rankOpenings(makeCandidate({ ...mother, careRelief: 'none' }), [early, day]);
    expect(ranked.map((r) => r.openingId)).toEqual(['day', 'early']);
    expect(ranked[1]?.hardConflicts).toEqual(['working-hours']);
  });
});
