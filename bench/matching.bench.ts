/**
 * Matching benchmarks, run by `npm run bench` (bench/index.ts) or alone with
 * `npx tsx bench/matching.bench.ts`.
 *
 * Balancing one pair, ranking 10,000 openings for one candidate, scoring a
 * 1,000 × 1,000 candidate-opening grid and an optimal 300 × 300 assignment, all
 * on seeded, generated data, each beside a floor: a bare loop that only reads
 * the fields the matching reads (for the grid and the assignment: every
 * candidate and every opening once, which is what they must read).
 * Targets: rank < 50 ms, grid < 2 s, assignment < 1 s (medians).
 */
import { assignCandidates, balanceJobMatch, rankOpenings, scoreMatchGrid, type Candidate, type JobOpening } from '../src';
import { generateCandidates, generateOpenings } from '../test/fixtures/matching/generate';
import { HEAVY, LIGHT, measure, type Comparison, type Measured } from './harness';

/** The seed of the generated candidates (openings use the next one). */
export const MATCHING_SEED = 20_260_301;

/** The floor of an opening: touch every field the ranking reads, and nothing else. */
export function readOpeningFields(list: readonly JobOpening[]): number {
  let x = 0;
  for (const o of list) {
    const e = o.employer;
    if (e.acceptsNavMeasures !== undefined) x += e.acceptsNavMeasures.length;
    if (e.experienceWithTargetGroup === true) x++;
    if (e.allowsJobSpecialistOnSite === true) x++;
    x += o.industry.length + (o.occupation?.length ?? 0) + (o.positionPercent ?? 0);
    if (o.positionType !== undefined) x++;
    if (o.paid === true) x++;
    if (o.declaredWork === true) x++;
    if (o.hiringProspect === true) x++;
    const s = o.schedule;
    if (s !== undefined) x += (s.startTimes?.length ?? 0) + (s.endTimes?.length ?? 0) + (s.weekends === true ? 1 : 0) + (s.evenings === true ? 1 : 0);
    const l = o.location?.coordinates;
    if (l !== undefined) x += l.latitude + l.longitude;
    const g = o.language;
    if (g !== undefined) x += (g.required?.length ?? 0) + (g.readingRequired === true ? 1 : 0) + (g.customerContact?.length ?? 0);
    x += (o.sensitiveTasks?.involves.length ?? 0) + (o.contact?.involves.length ?? 0) + (o.demands?.length ?? 0);
    if (o.dress?.uniform === true) x++;
    if (o.canAccommodateHealth === true) x++;
    const p = o.expectations;
    if (p !== undefined) x += (p.initiative === true ? 1 : 0) + (p.serviceAttitude === true ? 1 : 0) + (p.experienceRequired === true ? 1 : 0);
    const t = o.training;
    if (t !== undefined) x += (t.mentor === true ? 1 : 0) + (t.willingTrainer === true ? 1 : 0) + (t.trainingPlan === true ? 1 : 0);
    const d = o.development;
    if (d !== undefined) x += (d.pathToPermanent === true ? 1 : 0) + (d.moreHoursPossible === true ? 1 : 0) + (d.certificatePossible === true ? 1 : 0);
  }
  return x;
}

/** The floor of a candidate: touch every field the matching reads, and nothing else. */
export function readCandidateFields(list: readonly Candidate[]): number {
  let x = 0;
  for (const c of list) {
    x += c.id.length + (c.norwegian?.oral?.length ?? 0) + (c.literacy?.latinScript === true ? 1 : 0);
    x += (c.workExperience?.norwayYears ?? 0) + (c.experienceIndustries?.length ?? 0) + (c.health?.limitations?.length ?? 0);
    x += c.children?.length ?? 0;
    if (c.singleProvider === true) x++;
    if (c.spouseWorksShifts === true) x++;
    x += (c.familyStance?.length ?? 0) + (c.maritalChallenges === true ? 1 : 0) + (c.travelsAlone === true ? 1 : 0);
    x += (c.wishToWork?.length ?? 0) + (c.jobWishes?.length ?? 0) + (c.incomeNeed?.length ?? 0) + (c.careRelief?.length ?? 0);
    const cc = c.culturalConstraints;
    if (cc !== undefined) x += (cc.tasks?.length ?? 0) + (cc.dress?.length ?? 0) + (cc.contact?.length ?? 0) + (cc.negotiable === true ? 1 : 0);
    x += c.rulesKnowledge?.workingLife?.length ?? 0;
    const w = c.wishes;
    if (w !== undefined) x += (w.industries?.length ?? 0) + (w.avoidIndustries?.length ?? 0) + (w.positionTypes?.length ?? 0) + (w.permanent === true ? 1 : 0) + (w.openToOtherWork === true ? 1 : 0);
    const a = c.availability;
    if (a !== undefined) {
      x += (a.earliestStart?.length ?? 0) + (a.latestEnd?.length ?? 0) + (a.minPositionPercent ?? 0) + (a.maxPositionPercent ?? 0);
      x += (a.evenings === true ? 1 : 0) + (a.weekends === true ? 1 : 0) + (a.nights === true ? 1 : 0);
    }
    const m = c.commute;
    if (m !== undefined) x += (m.home?.coordinates?.latitude ?? 0) + (m.maxMinutes ?? 0);
    const t = c.attitude;
    if (t !== undefined) x += (t.initiative?.length ?? 0) + (t.serviceAttitude?.length ?? 0) + (t.punctuality?.length ?? 0);
  }
  return x;
}

const under = (ms: number) => (row: Measured) => row.medianUs < ms * 1000;

/** The generated data and the comparisons of the matching functions. */
export function matchingComparisons(): { light: Comparison[]; heavy: Comparison[] } {
  const candidates = generateCandidates(MATCHING_SEED, 1000);
  const openings = generateOpenings(MATCHING_SEED + 1, 10_000);
  const grid = { candidates: candidates.slice(0, 1000), openings: openings.slice(0, 1000) };
  const portfolio = { candidates: candidates.slice(0, 300), openings: openings.slice(0, 300) };
  const pairs = 1000;

  const light: Comparison[] = [
    {
      subject: { name: 'balanceJobMatch (one pair)', run: (i) => balanceJobMatch(candidates[i]!, openings[i]!).score },
      floor: { name: 'bare loop: read the pair', run: (i) => readCandidateFields([candidates[i]!]) + readOpeningFields([openings[i]!]) },
      pool: pairs,
      batch: 20,
    },
    {
      subject: { name: 'rankOpenings (10,000 openings)', run: () => rankOpenings(candidates[0]!, openings).length },
      floor: { name: 'bare loop: read 10,000 openings', run: () => readOpeningFields(openings) },
      pool: 1,
      batch: 1,
      target: '< 50 ms',
      meets: under(50),
    },
    {
      subject: { name: 'rankOpenings (10,000, limit 20)', run: () => rankOpenings(candidates[0]!, openings, { limit: 20 }).length },
      floor: { name: 'bare loop: read 10,000 openings', run: () => readOpeningFields(openings) },
      pool: 1,
      batch: 1,
      target: '< 50 ms',
      meets: under(50),
    },
  ];
  const heavy: Comparison[] = [
    {
      subject: { name: 'scoreMatchGrid (1,000 × 1,000)', run: () => scoreMatchGrid(grid.candidates, grid.openings).rows },
      floor: { name: 'bare loop: read 1,000 + 1,000 once', run: () => readCandidateFields(grid.candidates) + readOpeningFields(grid.openings) },
      pool: 1,
      batch: 1,
      target: '< 2 s',
      meets: under(2000),
    },
    {
      subject: { name: 'assignCandidates (300 × 300, optimal)', run: () => assignCandidates(portfolio.candidates, portfolio.openings).pairs.length },
      floor: { name: 'bare loop: read 300 + 300 once', run: () => readCandidateFields(portfolio.candidates) + readOpeningFields(portfolio.openings) },
      pool: 1,
      batch: 1,
      target: '< 1 s',
      meets: under(1000),
    },
  ];
  return { light, heavy };
}

/** Runs the matching benchmarks. */
export async function runMatchingBench(): Promise<Measured[]> {
  const { light, heavy } = matchingComparisons();
  return [...(await measure(light, LIGHT)), ...(await measure(heavy, HEAVY))];
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const rows = await runMatchingBench();
  console.table(
    rows.map((r) => ({
      task: r.name,
      'median ms': (r.medianUs / 1000).toFixed(3),
      'floor ms': r.floorMedianUs === undefined ? '' : (r.floorMedianUs / 1000).toFixed(3),
      ratio: r.ratio?.toFixed(2) ?? '',
      target: r.target ?? '',
      met: r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    })),
  );
}
