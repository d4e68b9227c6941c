import type { ScoreLevels } from './benefit';

/**
 * Maximum-weight assignment on a dense `rows × cols` benefit matrix (row-major): the matrix is
 * stored as levels first (see ScoreLevels) and solved by {@link hungarianMaxLevels}. Returns, for
 * each row, its column or -1.
 */
export function hungarianMax(benefit: Float64Array, rows: number, cols: number): Int32Array {
  const values: number[] = [];
  const levelOf = new Map<number, number>();
  const level = new Uint32Array(benefit.length);
  for (let x = 0; x < benefit.length; x++) {
    const b = benefit[x] as number;
    let at = levelOf.get(b);
    if (at === undefined) {
      at = values.push(b) - 1;
      levelOf.set(b, at);
    }
    level[x] = at;
  }
  return hungarianMaxLevels({ level, table: Float64Array.from(values) }, rows, cols);
}

/**
 * Maximum-weight assignment on a dense `rows × cols` benefit matrix (row-major, entry x is
 * `table[level[x]]`), by the Hungarian method (Kuhn–Munkres) with potentials and shortest
 * augmenting paths as in Jonker & Volgenant (1987), "A shortest augmenting path algorithm for
 * dense and sparse linear assignment problems", Computing 38, 325–340; O(min² · max) at worst.
 *
 * Every row of the smaller side is matched; entries that must not be used should carry
 * benefit 0 and be dropped by the caller afterwards (with non-negative benefits this gives
 * the optimum over partial matchings). Returns, for each row, its column or -1.
 *
 * The matrix is read in place (a transposed problem by stride), never copied, so the
 * memory beyond it is a few arrays of length `max`. Before the augmenting paths, each row
 * of the smaller side takes its best column when no earlier row took it (a row reduction:
 * every such pair is tight under the starting potentials); among equally good columns, and
 * equally near ones in the searches, a free one is taken, since scores tie often. Then two
 * passes of Jonker–Volgenant's augmenting row reduction (O(m) per step, at most 4 · free rows
 * steps a pass) match more rows by lowering column prices; the shortest augmenting paths
 * finish the rest. That leaves fewer and shorter paths to augment on realistic matrices; the
 * worst case stays O(min² · max). The searches' hot loop is scanRow: numeric arrays read in
 * order, one byte of the matrix per column.
 */
export function hungarianMaxLevels(scores: ScoreLevels, rows: number, cols: number): Int32Array {
  const { level, table } = scores;
  const rowToCol = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) return rowToCol;
  const transpose = rows > cols;
  const n = transpose ? cols : rows; // the side that is fully matched
  const m = transpose ? rows : cols;
  // Entry (i, j) of the n × m problem, 1-based, is at level[(i - 1) * rowStep + (j - 1) * colStep].
  const rowStep = transpose ? 1 : cols;
  const colStep = transpose ? cols : 1;
  // Costs are -benefit; u and v are the potentials of rows and columns (cost - u - v ≥ 0).
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // the row matched to each column, 0 for none
  const way = new Int32Array(m + 1); // the previous column on the shortest path (0: the free row itself)
  const dist = new Float64Array(m + 1); // the final distance of each column reached in this search
  const done = new Int32Array(m); // the columns reached for good, in order
  const matched = new Uint8Array(n + 1);

  // Row reduction and a greedy start: u[i] = the least cost of row i; the row takes that column if free.
  for (let i = 1; i <= n; i++) {
    const base = (i - 1) * rowStep - colStep;
    let best = Number.POSITIVE_INFINITY;
    let at = 0;
    for (let j = 1; j <= m; j++) {
      const cost = -(table[level[base + j * colStep] as number] as number);
      // Among equally good columns, a free one (scores tie often).
      if (cost < best || (cost === best && p[at] !== 0 && p[j] === 0)) {
        best = cost;
        at = j;
      }
    }
    u[i] = best;
    if (p[at] === 0) {
      p[at] = i;
      matched[i] = 1;
    }
  }

  // Augmenting row reduction (Jonker–Volgenant), two passes: a free row takes the column with the
  // least reduced cost c - v; when it beats the second least, that column's price v drops by the
  // difference (so the pair is tight and every other column of the row stays ≥ it), and a row the
  // column leaves is free again. Prices only drop and only on matched columns, so reduced costs stay
  // ≥ 0, matched pairs stay tight and free columns keep v = 0: the augmentation below stays exact.
  const rowCol = new Int32Array(n + 1); // the column of each matched row (0: free)
  for (let j = 1; j <= m; j++) if (p[j] !== 0) rowCol[p[j] as number] = j;
  const free = new Int32Array(n);
  let numFree = 0;
  for (let i = 1; i <= n; i++) if (matched[i] === 0) free[numFree++] = i;
  for (let pass = 0; pass < 2 && numFree > 0; pass++) {
    let k = 0;
    const prevFree = numFree;
    numFree = 0;
    let steps = 0;
    while (k < prevFree && steps < prevFree * 4) {
      steps++;
      const i = free[k++] as number;
      const base = (i - 1) * rowStep - colStep;
      let u1 = Number.POSITIVE_INFINITY;
      let u2 = Number.POSITIVE_INFINITY;
      let j1 = 0;
      let j2 = 0;
      for (let j = 1; j <= m; j++) {
        const h = -(table[level[base + j * colStep] as number] as number) - (v[j] as number);
        if (h < u2) {
          if (h < u1 || (h === u1 && p[j] === 0 && p[j1] !== 0)) {
            u2 = u1;
            j2 = j1;
            u1 = h;
            j1 = j;
          } else {
            u2 = h;
            j2 = j;
          }
        }
      }
      let i0 = p[j1] as number;
      if (u1 < u2) v[j1] = (v[j1] as number) - (u2 - u1);
      else if (i0 !== 0 && j2 !== 0) {
        j1 = j2;
        i0 = p[j1] as number;
      }
      p[j1] = i;
      rowCol[i] = j1;
      matched[i] = 1;
      if (i0 !== 0) {
        rowCol[i0] = 0;
        matched[i0] = 0;
        if (u1 < u2) free[--k] = i0;
        else free[numFree++] = i0;
      }
    }
    while (k < prevFree) free[numFree++] = free[k++] as number;
  }
  // Row potentials from the prices: u = c - v on each matched pair (tight).
  for (let i = 1; i <= n; i++) {
    const j = rowCol[i] as number;
    if (j !== 0)
      u[i] = -(table[level[(i - 1) * rowStep + (j - 1) * colStep] as number] as number) - (v[j] as number);
  }

  // Each free row: a shortest augmenting path (Dijkstra on reduced costs, as in Jonker–Volgenant),
  // scanning only the columns not yet reached, then potentials moved by the distances. The columns
  // not yet reached are kept in `open` (open.col[0 .. count - 1]) beside their distance, price and
  // freedom, so that the scan (scanRow, the hot loop) reads four arrays in order.
  const open: OpenColumns = {
    col: new Int32Array(m),
    dist: new Float64Array(m),
    price: new Float64Array(m),
    free: new Uint8Array(m),
    best: 0,
  };
  for (let i = 1; i <= n; i++) {
    if (matched[i] === 1) continue;
    for (let k = 0; k < m; k++) {
      open.col[k] = k + 1;
      open.dist[k] = Number.POSITIVE_INFINITY;
      open.price[k] = v[k + 1] as number;
      open.free[k] = p[k + 1] === 0 ? 1 : 0;
    }
    let count = m;
    let reached = 0;
    let row = i;
    let rowDist = 0;
    let last = 0;
    let from = 0;
    for (;;) {
      const base = (row - 1) * rowStep - colStep;
      const at = scanRow(level, table, base, colStep, rowDist - (u[row] as number), count, open, way, from);
      const best = open.best;
      const j1 = open.col[at] as number;
      const isFree = open.free[at] === 1;
      dist[j1] = best;
      done[reached++] = j1;
      // Take the column out of the open ones: the last one takes its place (the scan order of ties).
      count -= 1;
      open.col[at] = open.col[count] as number;
      open.dist[at] = open.dist[count] as number;
      open.price[at] = open.price[count] as number;
      open.free[at] = open.free[count] as number;
      if (isFree) {
        last = j1;
        break;
      }
      row = p[j1] as number;
      rowDist = best;
      from = j1;
    }
    const total = dist[last] as number;
    for (let k = 0; k < reached - 1; k++) {
      const j = done[k] as number;
      const shift = total - (dist[j] as number);
      v[j] = (v[j] as number) - shift;
      const pj = p[j] as number;
      u[pj] = (u[pj] as number) + shift;
    }
    u[i] = (u[i] as number) + total;
    p[0] = i;
    let j0 = last;
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  for (let j = 1; j <= m; j++) {
    const i = p[j] as number;
    if (i === 0) continue;
    if (transpose) rowToCol[j - 1] = i - 1;
    else rowToCol[i - 1] = j - 1;
  }
  return rowToCol;
}

/** The columns a search has not reached for good, in scan order, and the least distance of the last scan. */
interface OpenColumns {
  readonly col: Int32Array;
  /** The shortest distance found so far to each open column. */
  readonly dist: Float64Array;
  /** Each open column's price (v), fixed during a search. */
  readonly price: Float64Array;
  /** 1 for a column no row holds yet. */
  readonly free: Uint8Array;
  best: number;
}

/**
 * The hot loop of the shortest augmenting paths: relaxes every open column through one row
 * (entry (row, j) at `table[level[base + j * colStep]]`, `shift` = the row's distance minus its
 * potential) and returns the position of the nearest column, its distance in `open.best`. Among
 * equally near columns, the first free one in scan order, else the first (a free column ends the
 * search; scores tie often).
 */
function scanRow(
  level: Uint8Array | Uint16Array | Uint32Array,
  table: Float64Array,
  base: number,
  colStep: number,
  shift: number,
  count: number,
  open: OpenColumns,
  way: Int32Array,
  from: number,
): number {
  const { col, dist, price, free } = open;
  let best = Number.POSITIVE_INFINITY;
  let at = -1;
  let bestFree = 0;
  for (let k = 0; k < count; k++) {
    const j = col[k] as number;
    let d = dist[k] as number;
    const through = shift - (table[level[base + j * colStep] as number] as number) - (price[k] as number);
    if (through < d) {
      dist[k] = through;
      way[j] = from;
      d = through;
    }
    if (d < best) {
      best = d;
      at = k;
      bestFree = free[k] as number;
    } else if (d === best && bestFree === 0 && free[k] === 1) {
      at = k;
      bestFree = 1;
    }
  }
  open.best = best;
  return at;
}
