/**
 * Matching benchmarks, run by `npm run bench` (bench/index.ts) or alone with
 * `npx tsx bench/matching.bench.ts`, on the built library (./lib.ts).
 *
 * Balancing one pair, ranking 10,000 openings for one candidate, scoring a
 * 1,000 × 1,000 candidate-opening grid and optimal assignments of 300, 1,000
 * and 2,000 candidates to as many openings, all on seeded, generated data,
 * each beside a floor that does the same amount of reading: every record's
 * fields read once, then, for every pair, one read of each of the 19 factors
 * of both sides (n · m pair reads); for the assignment also one pass over the
 * whole n · m matrix, which any assignment must read.
 */
import type { Candidate, JobOpening } from '../src';
import { generateCandidates, generateOpenings } from '../test/fixtures/matching/generate';
import {
  HEAVY,
  LIGHT,
  SCALE,
  floorRows,
  measure,
  type Comparison,
  type Measured,
  type RowProvider,
} from './harness';
import { se } from './lib';

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
    if (s !== undefined)
      x +=
        (s.startTimes?.length ?? 0) +
        (s.endTimes?.length ?? 0) +
        (s.weekends === true ? 1 : 0) +
        (s.evenings === true ? 1 : 0);
    const l = o.location?.coordinates;
    if (l !== undefined) x += l.latitude + l.longitude;
    const g = o.language;
    if (g !== undefined)
      x +=
        (g.required?.length ?? 0) + (g.readingRequired === true ? 1 : 0) + (g.customerContact?.length ?? 0);
    x +=
      (o.sensitiveTasks?.involves.length ?? 0) + (o.contact?.involves.length ?? 0) + (o.demands?.length ?? 0);
    if (o.dress?.uniform === true) x++;
    if (o.canAccommodateHealth === true) x++;
    const p = o.expectations;
    if (p !== undefined)
      x +=
        (p.initiative === true ? 1 : 0) +
        (p.serviceAttitude === true ? 1 : 0) +
        (p.experienceRequired === true ? 1 : 0);
    const t = o.training;
    if (t !== undefined)
      x +=
        (t.mentor === true ? 1 : 0) + (t.willingTrainer === true ? 1 : 0) + (t.trainingPlan === true ? 1 : 0);
    const d = o.development;
    if (d !== undefined)
      x +=
        (d.pathToPermanent === true ? 1 : 0) +
        (d.moreHoursPossible === true ? 1 : 0) +
        (d.certificatePossible === true ? 1 : 0);
  }
  return x;
}

/** The floor of a candidate: touch every field the matching reads, and nothing else. */
export function readCandidateFields(list: readonly Candidate[]): number {
  let x = 0;
  for (const c of list) {
    x += c.id.length + (c.norwegian?.oral?.length ?? 0) + (c.literacy?.latinScript === true ? 1 : 0);
    x +=
      (c.workExperience?.norwayYears ?? 0) +
      (c.experienceIndustries?.length ?? 0) +
      (c.health?.limitations?.length ?? 0);
    x += c.children?.length ?? 0;
    if (c.singleProvider === true) x++;
    if (c.spouseWorksShifts === true) x++;
    x +=
      (c.familyStance?.length ?? 0) +
      (c.maritalChallenges === true ? 1 : 0) +
      (c.travelsAlone === true ? 1 : 0);
    x +=
      (c.wishToWork?.length ?? 0) +
      (c.jobWishes?.length ?? 0) +
      (c.incomeNeed?.length ?? 0) +
      (c.careRelief?.length ?? 0);
    const cc = c.culturalConstraints;
    if (cc !== undefined)
      x +=
        (cc.tasks?.length ?? 0) +
        (cc.dress?.length ?? 0) +
        (cc.contact?.length ?? 0) +
        (cc.negotiable === true ? 1 : 0);
    x += c.rulesKnowledge?.workingLife?.length ?? 0;
    const w = c.wishes;
    if (w !== undefined)
      x +=
        (w.industries?.length ?? 0) +
        (w.avoidIndustries?.length ?? 0) +
        (w.positionTypes?.length ?? 0) +
        (w.permanent === true ? 1 : 0) +
        (w.openToOtherWork === true ? 1 : 0);
    const a = c.availability;
    if (a !== undefined) {
      x +=
        (a.earliestStart?.length ?? 0) +
        (a.latestEnd?.length ?? 0) +
        (a.minPositionPercent ?? 0) +
        (a.maxPositionPercent ?? 0);
      x += (a.evenings === true ? 1 : 0) + (a.weekends === true ? 1 : 0) + (a.nights === true ? 1 : 0);
    }
    const m = c.commute;
    if (m !== undefined) x += (m.home?.coordinates?.latitude ?? 0) + (m.maxMinutes ?? 0);
    const t = c.attitude;
    if (t !== undefined)
      x += (t.initiative?.length ?? 0) + (t.serviceAttitude?.length ?? 0) + (t.punctuality?.length ?? 0);
  }
  return x;
}

/** The number of factors a pair is balanced on. */
const FACTORS = 19;

/** One record's fields read once, spread over the factor slots (the prepare step of the floor). */
function features(reads: readonly number[]): Float64Array {
  const out = new Float64Array(reads.length * FACTORS);
  for (let i = 0; i < reads.length; i++)
    for (let k = 0; k < FACTORS; k++) out[i * FACTORS + k] = (reads[i] as number) + k;
  return out;
}

/**
 * The pair floor: read every candidate's and opening's fields once, then for
 * every pair read the 19 factor slots of both sides and write one score into
 * an n · m matrix, which is what scoring a grid must do at the least.
 */
export function pairFloor(candidates: readonly Candidate[], openings: readonly JobOpening[]): Float64Array {
  const cf = features(candidates.map((c) => readCandidateFields([c])));
  const of = features(openings.map((o) => readOpeningFields([o])));
  const rows = candidates.length;
  const cols = openings.length;
  const scores = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const cb = r * FACTORS;
    for (let c = 0; c < cols; c++) {
      const ob = c * FACTORS;
      let s = 0;
      for (let k = 0; k < FACTORS; k++) {
        const a = cf[cb + k] as number;
        const b = of[ob + k] as number;
        s += a < b ? a : b;
      }
      scores[r * cols + c] = s;
    }
  }
  return scores;
}

/** The assignment floor: the pair floor, then one greedy pass over the whole matrix (each row takes its best free column). */
export function assignFloor(candidates: readonly Candidate[], openings: readonly JobOpening[]): number {
  const scores = pairFloor(candidates, openings);
  const cols = openings.length;
  const taken = new Uint8Array(cols);
  let total = 0;
  for (let r = 0; r < candidates.length; r++) {
    let best = -1;
    let at = -1;
    for (let c = 0; c < cols; c++) {
      const s = scores[r * cols + c] as number;
      if (taken[c] === 0 && s > best) {
        best = s;
        at = c;
      }
    }
    if (at >= 0) {
      taken[at] = 1;
      total += best;
    }
  }
  return total;
}

const under = (ms: number) => (row: Measured) => row.medianUs < ms * 1000;

/** The generated data and the comparisons of the matching functions. */
export function matchingComparisons(): { light: Comparison[]; heavy: Comparison[]; scale: Comparison[] } {
  const candidates = generateCandidates(MATCHING_SEED, 2000);
  const openings = generateOpenings(MATCHING_SEED + 1, 10_000);
  const square = (n: number) => ({ candidates: candidates.slice(0, n), openings: openings.slice(0, n) });
  const grid = square(1000);
  const pairs = 1000;
  const rankFloor = () => pairFloor([candidates[0]!], openings)[0];

  const light: Comparison[] = [
    {
      id: 'balance-pair',
      subject: {
        name: 'balanceJobMatch (one pair)',
        run: (i) => se.balanceJobMatch(candidates[i]!, openings[i]!).score,
      },
      floor: {
        name: 'bare loop: read the pair',
        run: (i) => readCandidateFields([candidates[i]!]) + readOpeningFields([openings[i]!]),
      },
      pool: pairs,
      batch: 20,
    },
  ];
  const heavy: Comparison[] = [
    {
      id: 'rank-10000',
      subject: {
        name: 'rankOpenings (10,000 openings)',
        run: () => se.rankOpenings(candidates[0]!, openings).length,
      },
      floor: { name: 'read 10,000 openings, 10,000 pair reads', run: rankFloor },
      pool: 1,
      batch: 1,
      target: '< 50 ms',
      meets: under(50),
    },
    {
      id: 'rank-10000-limit-20',
      subject: {
        name: 'rankOpenings (10,000, limit 20)',
        run: () => se.rankOpenings(candidates[0]!, openings, { limit: 20 }).length,
      },
      floor: { name: 'read 10,000 openings, 10,000 pair reads', run: rankFloor },
      pool: 1,
      batch: 1,
      target: '< 50 ms',
      meets: under(50),
    },
    {
      id: 'grid-1000',
      subject: {
        name: 'scoreMatchGrid (1,000 × 1,000)',
        run: () => se.scoreMatchGrid(grid.candidates, grid.openings).rows,
      },
      floor: {
        name: 'read 1,000 + 1,000, 10⁶ pair reads',
        run: () => pairFloor(grid.candidates, grid.openings).length,
      },
      pool: 1,
      batch: 1,
      target: '< 2 s',
      meets: under(2000),
    },
  ];
  const scale: Comparison[] = [300, 1000, 2000].map((n): Comparison => {
    const s = square(n);
    const limit = n === 2000 ? 5000 : 1000;
    return {
      id: `assign-${n}`,
      subject: {
        name: `assignCandidates (${n.toLocaleString('en-US')} × ${n.toLocaleString('en-US')}, optimal)`,
        run: () => se.assignCandidates(s.candidates, s.openings).pairs.length,
      },
      floor: {
        name: `pair reads + one matrix pass (${n.toLocaleString('en-US')}²)`,
        run: () => assignFloor(s.candidates, s.openings),
      },
      pool: 1,
      batch: 1,
      target: `< ${limit / 1000} s`,
      meets: under(limit),
    };
  });
  return { light, heavy, scale };
}

/** The matching rows. */
export const matchingRows: RowProvider = {
  name: 'matching',
  run: async () => {
    const { light, heavy, scale } = matchingComparisons();
    const rows = [
      ...(await measure(light, LIGHT)),
      ...(await measure(heavy, HEAVY)),
      ...(await measure(scale, SCALE)),
    ];
    return [...rows, ...floorRows(rows)];
  },
};

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const rows = await matchingRows.run();
  console.table(
    rows.map((r) => ({
      id: r.id,
      'median ms': (r.medianUs / 1000).toFixed(3),
      'floor ms': r.floorMedianUs === undefined ? '' : (r.floorMedianUs / 1000).toFixed(3),
      ratio: r.ratio?.toFixed(2) ?? '',
      target: r.target ?? '',
      met: r.met === undefined ? '' : r.met ? 'yes' : 'NO',
    })),
  );
}
