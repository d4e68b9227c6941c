/**
 * Maximum-weight assignment on a dense `rows × cols` benefit matrix (row-major), by the
 * Hungarian method (Kuhn–Munkres) with potentials, O(min² · max).
 *
 * Every row of the smaller side is matched; entries that must not be used should carry
 * benefit 0 and be dropped by the caller afterwards (with non-negative benefits this gives
 * the optimum over partial matchings). Returns, for each row, its column or -1.
 */
export function hungarianMax(benefit: Float64Array, rows: number, cols: number): Int32Array {
  const rowToCol = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) return rowToCol;
  const transpose = rows > cols;
  const n = transpose ? cols : rows; // the side that is fully matched
  const m = transpose ? rows : cols;
  // cost[i][j] = -benefit, 1-based for the algorithm, stored 0-based: cost[(i-1)*m + (j-1)].
  const cost = new Float64Array(n * m);
  if (transpose) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cost[c * m + r] = -(benefit[r * cols + c] as number);
  } else {
    for (let k = 0; k < n * m; k++) cost[k] = -(benefit[k] as number);
  }
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Number.POSITIVE_INFINITY);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0] as number;
      const rowBase = (i0 - 1) * m - 1;
      const ui0 = u[i0] as number;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j] === 0) {
          const cur = (cost[rowBase + j] as number) - ui0 - (v[j] as number);
          if (cur < (minv[j] as number)) {
            minv[j] = cur;
            way[j] = j0;
          }
          if ((minv[j] as number) < delta) {
            delta = minv[j] as number;
            j1 = j;
          }
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j] === 1) {
          const pj = p[j] as number;
          u[pj] = (u[pj] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else {
          minv[j] = (minv[j] as number) - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
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
