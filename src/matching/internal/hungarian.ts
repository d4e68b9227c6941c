/**
 * Maximum-weight assignment on a dense `rows × cols` benefit matrix (row-major), by the
 * Hungarian method (Kuhn–Munkres) with potentials and shortest augmenting paths,
 * O(min² · max) at worst.
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
 * worst case stays O(min² · max).
 */
export function hungarianMax(benefit: Float64Array, rows: number, cols: number): Int32Array {
  const rowToCol = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) return rowToCol;
  const transpose = rows > cols;
  const n = transpose ? cols : rows; // the side that is fully matched
  const m = transpose ? rows : cols;
  // Entry (i, j) of the n × m problem, 1-based, is benefit[(i - 1) * rowStep + (j - 1) * colStep].
  const rowStep = transpose ? 1 : cols;
  const colStep = transpose ? cols : 1;
  // Costs are -benefit; u and v are the potentials of rows and columns (cost - u - v ≥ 0).
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // the row matched to each column, 0 for none
  const way = new Int32Array(m + 1); // the previous column on the shortest path (0: the free row itself)
  const dist = new Float64Array(m + 1); // the shortest distance to each column in this search
  const todo = new Int32Array(m); // the columns not yet reached for good: todo[0 .. open - 1]
  const done = new Int32Array(m); // the columns reached for good, in order
  const matched = new Uint8Array(n + 1);

  // Row reduction and a greedy start: u[i] = the least cost of row i; the row takes that column if free.
  for (let i = 1; i <= n; i++) {
    const base = (i - 1) * rowStep - colStep;
    let best = Number.POSITIVE_INFINITY;
    let at = 0;
    for (let j = 1; j <= m; j++) {
      const cost = -(benefit[base + j * colStep] as number);
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
        const h = -(benefit[base + j * colStep] as number) - (v[j] as number);
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
    if (j !== 0) u[i] = -(benefit[(i - 1) * rowStep + (j - 1) * colStep] as number) - (v[j] as number);
  }

  // Each free row: a shortest augmenting path (Dijkstra on reduced costs, as in Jonker–Volgenant),
  // scanning only the columns not yet reached, then potentials moved by the distances.
  for (let i = 1; i <= n; i++) {
    if (matched[i] === 1) continue;
    let open = m;
    for (let k = 0; k < m; k++) todo[k] = k + 1;
    for (let j = 1; j <= m; j++) dist[j] = Number.POSITIVE_INFINITY;
    let reached = 0;
    let row = i;
    let rowDist = 0;
    let last = 0;
    let from = 0;
    for (;;) {
      const base = (row - 1) * rowStep - colStep;
      const shift = rowDist - (u[row] as number);
      let best = Number.POSITIVE_INFINITY;
      let at = -1;
      for (let k = 0; k < open; k++) {
        const j = todo[k] as number;
        const d = shift - (benefit[base + j * colStep] as number) - (v[j] as number);
        if (d < (dist[j] as number)) {
          dist[j] = d;
          way[j] = from;
        }
        // Among equally near columns, a free one: it ends the search.
        if (
          (dist[j] as number) < best ||
          ((dist[j] as number) === best && p[j] === 0 && p[todo[at] as number] !== 0)
        ) {
          best = dist[j] as number;
          at = k;
        }
      }
      const j1 = todo[at] as number;
      open -= 1;
      todo[at] = todo[open] as number;
      done[reached++] = j1;
      if (p[j1] === 0) {
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
