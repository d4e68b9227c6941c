/**
 * Matching benchmark: `npx tsx bench/matching.bench.ts`.
 *
 * Prints the median time of balancing one pair, ranking 10,000 openings for one
 * candidate, scoring a 1,000 × 1,000 candidate-opening grid and an optimal
 * 300 × 300 assignment, all on seeded, generated data, beside a floor: a bare
 * loop over the same 10,000 openings that only reads the fields the ranking reads.
 * Targets: rank < 50 ms, grid < 2 s, assignment < 1 s (medians).
 */
import { Bench } from 'tinybench';
import { assignCandidates, balanceJobMatch, rankOpenings, scoreMatchGrid, type JobOpening } from '../src';
import { generateCandidates, generateOpenings } from '../test/fixtures/matching/generate';

const SEED = 20_260_301;
const candidates = generateCandidates(SEED, 1000);
const openings = generateOpenings(SEED + 1, 10_000);
const candidate = candidates[0]!;
const opening = openings[0]!;
const grid = { candidates: candidates.slice(0, 1000), openings: openings.slice(0, 1000) };
const portfolio = { candidates: candidates.slice(0, 300), openings: openings.slice(0, 300) };

/** The floor: touch every field the ranking reads, and nothing else. */
function readFields(list: readonly JobOpening[]): number {
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

let sink = 0;
const light = new Bench({ time: 2000, warmupTime: 500 });
light
  .add('balance one match', () => {
    sink += balanceJobMatch(candidate, opening).score;
  })
  .add('rank 10,000 openings', () => {
    sink += rankOpenings(candidate, openings).length;
  })
  .add('rank 10,000 openings, limit 20', () => {
    sink += rankOpenings(candidate, openings, { limit: 20 }).length;
  })
  .add('floor: read 10,000 openings', () => {
    sink += readFields(openings);
  });

const heavy = new Bench({ time: 0, iterations: 7, warmupTime: 0, warmupIterations: 1 });
heavy
  .add('balance 1,000 × 1,000 grid', () => {
    sink += scoreMatchGrid(grid.candidates, grid.openings).rows;
  })
  .add('assign 300 × 300 (optimal)', () => {
    sink += assignCandidates(portfolio.candidates, portfolio.openings).pairs.length;
  });

await light.run();
await heavy.run();

const median = (name: string): number => {
  const task = [...light.tasks, ...heavy.tasks].find((t) => t.name === name);
  const result = task?.result as { latency?: { p50?: number } } | undefined;
  return result?.latency?.p50 ?? Number.NaN;
};
const rows = [...light.tasks, ...heavy.tasks].map((t) => ({ task: t.name, 'median ms': median(t.name).toFixed(3) }));
console.table(rows);
const ratio = median('rank 10,000 openings') / median('floor: read 10,000 openings');
console.log(`rank / floor = ${ratio.toFixed(1)}`);
console.log(`(checksum ${sink > 0 ? 'ok' : 'zero'})`);
