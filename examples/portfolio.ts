/**
 * A job specialist's portfolio: every participant's best openings, and one
 * assignment for the whole portfolio.
 *
 *   npm run example:portfolio
 *   npx tsx examples/portfolio.ts --lang nb --seed 7 --participants 20 --openings 15
 *
 * For each participant `rankOpenings` gives the openings best first; then
 * `assignCandidates` finds the one-to-one assignment with the largest total
 * balance (not "everyone takes her own first choice", which collides when
 * two want the same job). Pairs with a hard conflict are never assigned, and
 * being left unassigned in one round is never a verdict on the person. The
 * data are generated from the seed (`examples/data/portfolio.ts`), so a seed
 * always prints the same table.
 */
import { assignCandidates, localize, parseCandidate, parseJobOpening, rankOpenings } from '../src';
import {
  counted,
  flagValue,
  langFrom,
  NOUNS,
  orUsageExit,
  percent,
  survivePipeClose,
  table,
} from './lib/cli';
import { generateOpenings, generateParticipants } from './data/portfolio';

const WORDS = {
  title: {
    en: 'Portfolio: {p} participants, {o} openings (seed {s})',
    nb: 'Portefølje: {p} deltakere, {o} stillinger (frø {s})',
  },
  participant: { en: 'participant', nb: 'deltaker' },
  norwegian: { en: 'Norwegian', nb: 'norsk' },
  wishes: { en: 'wishes', nb: 'ønsker' },
  best: { en: 'own best', nb: 'egen beste' },
  assigned: { en: 'assigned', nb: 'tildelt' },
  score: { en: 'score', nb: 'balanse' },
  note: { en: 'note', nb: 'merknad' },
  none: { en: '(none this round)', nb: '(ingen denne runden)' },
  firstChoice: { en: 'got her own best opening', nb: 'fikk sin egen beste stilling' },
  total: { en: 'Total balance of the assignment', nb: 'Samlet balanse for tildelingen' },
  collide: {
    en: 'Own best openings wanted by more than one participant',
    nb: 'Beste stillinger som flere ønsker seg',
  },
  openLeft: { en: 'Openings not assigned', nb: 'Stillinger som ikke ble tildelt' },
  toClarify: { en: 'to clarify', nb: 'må avklares' },
  othersFitted: { en: 'others fitted the open jobs better', nb: 'andre passet bedre til jobbene' },
  allHard: {
    en: 'hard conflict with every opening: look wider',
    nb: 'absolutt konflikt med alle stillingene: se bredere',
  },
  nobody: { en: 'none', nb: 'ingen' },
} as const;

function numberFlag(
  argv: readonly string[],
  flag: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = flagValue(argv, flag);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${flag} must be a whole number from ${min} to ${max}`);
  return value;
}

survivePipeClose();
const argv = process.argv.slice(2);
const USAGE = 'usage: portfolio [--lang nb|en] [--seed N] [--participants N] [--openings N]';
const { lang, seed, participantCount, openingCount } = orUsageExit(
  () => ({
    lang: langFrom(argv),
    seed: numberFlag(argv, '--seed', 2026, 0, 2 ** 31),
    participantCount: numberFlag(argv, '--participants', 20, 1, 500),
    openingCount: numberFlag(argv, '--openings', 15, 1, 500),
  }),
  USAGE,
);
const w = (key: keyof typeof WORDS): string => localize(WORDS[key], lang);

// Parse at the edge, as a service would with data from its own store.
const candidates = generateParticipants(seed, participantCount).map((c) => parseCandidate(c));
const openings = generateOpenings(seed, openingCount).map((o) => parseJobOpening(o));

const rankings = candidates.map((candidate) => rankOpenings(candidate, openings, { limit: 3 }));
const assignment = assignCandidates(candidates, openings);
const assignedTo = new Map(assignment.pairs.map((p) => [p.candidateIndex, p]));

const rows = candidates.map((candidate, i) => {
  const ranking = rankings[i]!;
  const top = ranking[0] && !ranking[0].hardConflict ? ranking[0] : undefined;
  const pair = assignedTo.get(i);
  const opening = pair ? openings[pair.openingIndex]! : undefined;
  const summary = pair ? rankOpenings(candidate, [opening!])[0] : undefined;
  const note = pair
    ? `${top?.index === pair.openingIndex ? '* ' : ''}${summary && summary.unknowns.length > 0 ? `${counted(summary.unknowns.length, NOUNS.factor, lang)} ${w('toClarify')}` : ''}`
    : top
      ? w('othersFitted')
      : w('allHard');
  return [
    candidate.id,
    candidate.norwegian?.oral ?? '?',
    (candidate.wishes?.industries ?? []).join(', '),
    top ? `${top.openingId} ${percent(top.score)}` : '-',
    pair && opening ? `${pair.openingId} ${opening.occupation ?? ''}` : w('none'),
    pair ? percent(pair.score) : '',
    note.trim(),
  ];
});

console.log(
  w('title')
    .replace('{p}', String(participantCount))
    .replace('{o}', String(openingCount))
    .replace('{s}', String(seed)),
);
console.log();
console.log(
  table(
    [w('participant'), w('norwegian'), w('wishes'), w('best'), w('assigned'), w('score'), w('note')],
    rows,
  ),
);
console.log();

const firstChoice = assignment.pairs.filter(
  (p) => rankings[p.candidateIndex]![0]?.index === p.openingIndex,
).length;
const wanted = new Map<string, number>();
for (const ranking of rankings)
  if (ranking[0] && !ranking[0].hardConflict)
    wanted.set(ranking[0].openingId, (wanted.get(ranking[0].openingId) ?? 0) + 1);
const collisions = [...wanted].filter(([, n]) => n > 1).map(([id, n]) => `${id} (${n})`);

console.log(`* ${firstChoice}/${assignment.pairs.length} ${w('firstChoice')}`);
console.log(
  `${w('total')}: ${assignment.totalScore.toFixed(2)} (${counted(assignment.pairs.length, NOUNS.pair, lang)})`,
);
console.log(`${w('collide')}: ${collisions.join(', ') || w('nobody')}`);
console.log(
  `${w('openLeft')}: ${assignment.unassignedOpenings.map((i) => openings[i]!.id).join(', ') || w('nobody')}`,
);
