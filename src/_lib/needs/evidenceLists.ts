/**
 * A need's evidence as one number.
 *
 * A need's evidence is a short list of paths from a fixed set: the paths
 * that the need rules name. Numbering those paths 1…63 lets a list be one
 * number, a path per base-64 digit, in the order the paths were added. Adding
 * a path, finding one and comparing two lists then cost a few arithmetic
 * steps, and `classifyNeeds` finds the shared classified need by that number:
 * no list is made per need and no string key is built and hashed per call.
 * A list that a number cannot hold (a path without a number, or more than
 * {@link LIST_ROOM} paths) falls back to an array, with the same result.
 */
import { NEED_SEVERITIES, NEED_IDS } from '../../needs/needId';
import { NEED_RULES } from '../../needs/needRules';
import { compilePath, type CompiledPath } from './paths';

/** An evidence path, split once, with its number (0 when it has none). */
export interface NumberedPath extends CompiledPath {
  readonly code: number;
}

const PATH_BASE = 64;
const BITS = 6;
const DIGIT = PATH_BASE - 1;
const SMALL = 2 ** 30;

/**
 * The most paths a numbered list holds: as many digits as fit in a double's 53 exact bits beside
 * the room a caller keeps below the list (one place per need and severity).
 */
export const LIST_ROOM = Math.floor(
  (53 - Math.ceil(Math.log2(NEED_IDS.length * NEED_SEVERITIES.length))) / Math.log2(PATH_BASE),
);

/** A numbered list at or above this already holds {@link LIST_ROOM} paths. */
const FULL = PATH_BASE ** (LIST_ROOM - 1);

/** Marks a list that has fallen back to an array. */
export const LONG = -1;

const CODE_OF: ReadonlyMap<string, number> = new Map(
  [...new Set(NEED_RULES.flatMap((rule) => rule.evidence))]
    .slice(0, PATH_BASE - 1)
    .map((path, i) => [path, i + 1]),
);
const PATH_OF: readonly string[] = ['', ...CODE_OF.keys()];

const numbered = (path: string): NumberedPath => ({ ...compilePath(path), code: CODE_OF.get(path) ?? 0 });
const NUMBERED: ReadonlyMap<string, NumberedPath> = new Map([...CODE_OF.keys()].map((p) => [p, numbered(p)]));

/** A path, split and numbered (made once for the rules' own paths). */
export function numberedPath(path: string): NumberedPath {
  return NUMBERED.get(path) ?? numbered(path);
}

/** Adds a numbered path to a numbered list, unless it is there already; false when the number cannot hold it. */
function addCode(lists: number[], need: number, code: number): boolean {
  const list = lists[need] as number;
  for (let rest = list; rest > 0; rest = Math.floor(rest / PATH_BASE)) {
    // Below 2^30 the digits are read with bit operations on small integers (the common case, up to
    // five paths); above, by division on doubles, which is slower.
    if (rest < SMALL) {
      for (let digits = rest; digits > 0; digits >>>= BITS) if ((digits & DIGIT) === code) return true;
      break;
    }
    if (rest % PATH_BASE === code) return true;
  }
  if (code === 0 || list >= FULL) return false;
  lists[need] = list * PATH_BASE + code;
  return true;
}

/**
 * Adds a path to a need's evidence, unless it is there already: to the need's number in `lists`,
 * or, once that cannot hold it, to an array in `long` (the number then becomes {@link LONG}).
 *
 * @param lists - Each need's numbered list (0 for an empty one).
 * @param long - Each need's array, for needs whose list fell back.
 * @param need - The need's index.
 * @param path - The path.
 */
export function addPath(
  lists: number[],
  long: (string[] | undefined)[],
  need: number,
  path: NumberedPath,
): void {
  if (lists[need] !== LONG) {
    if (addCode(lists, need, path.code)) return;
    long[need] = pathsIn(lists[need] as number);
    lists[need] = LONG;
  }
  const list = long[need] as string[];
  if (!list.includes(path.path)) list.push(path.path);
}

/** The paths of a numbered list, in the order they were added. */
export function pathsIn(list: number): string[] {
  const out: string[] = [];
  for (let rest = list; rest > 0; rest = Math.floor(rest / PATH_BASE))
    out.push(PATH_OF[rest % PATH_BASE] as string);
  return out.reverse();
}
