import { AimaqError } from "./errors";

export interface CkmeansResult {
  /** cluster[i] is the 0-based group of values[i], in input order; groups numbered by ascending centre. */
  cluster: Int32Array;
  /** Mean of each group, ascending. */
  centers: Float64Array;
  /** Within-group sum of squared deviations of each group. */
  withinss: Float64Array;
  /** Number of values in each group. */
  size: Int32Array;
  /** Number of groups actually formed: min(requested k, number of distinct values). */
  k: number;
  /** The k that was asked for. */
  requestedK: number;
  /** True when k was reduced because there are fewer distinct values than groups asked for. */
  reduced: boolean;
}

/**
 * Exact optimal one-dimensional k-means (Ckmeans.1d.dp; k-орта әдісі, M5).
 *
 * Minimises the total within-group sum of squares over all partitions of the
 * sorted values into k contiguous groups, by dynamic programming on the distinct
 * values (weighted by multiplicity, so equal values are never split across
 * groups). Each layer of the programme is filled by divide and conquer over the
 * monotone optimal split points, and the last layer needs only its final cell:
 * O(n log n + k·m log m) time for m distinct values, O(k·m) memory of 32-bit
 * split indices. Deterministic: among equal-cost splits the leftmost is taken.
 *
 * The values are shifted by their median and scaled by their spread before the
 * prefix sums, which keeps S2 − S1²/W accurate for large magnitudes.
 *
 * @example ckmeans([1, 2, 3, 10, 11, 12], 2).cluster // Int32Array [0, 0, 0, 1, 1, 1]
 */
export function ckmeans(values: ArrayLike<number>, k: number): CkmeansResult {
  const n = values.length;
  if (n === 0) throw new AimaqError("data.insufficient", { argument: "values", expected: 1, actual: 0 });
  if (!Number.isInteger(k) || k < 1) throw new AimaqError("argument.invalid", { argument: "k", actual: k });
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v))
      throw new AimaqError("argument.invalid", { argument: "values", column: i, actual: String(v) });
    sorted[i] = v;
  }
  sorted.sort();

  // Distinct values with their multiplicities.
  const distinct = new Float64Array(n);
  const weight = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (m > 0 && sorted[i] === distinct[m - 1]) weight[m - 1]++;
    else {
      distinct[m] = sorted[i];
      weight[m] = 1;
      m++;
    }
  }
  const groups = Math.min(k, m);

  // Shift by the median and scale by the spread so that squares neither overflow nor cancel.
  const shift = sorted[n >> 1];
  const spread = Math.max(Math.abs(sorted[0] - shift), Math.abs(sorted[n - 1] - shift)) || 1;
  const scale = Number.isFinite(spread) ? spread : Math.max(Math.abs(sorted[0]), Math.abs(sorted[n - 1]));
  const w = new Float64Array(m + 1);
  const s1 = new Float64Array(m + 1);
  const s2 = new Float64Array(m + 1);
  for (let i = 0; i < m; i++) {
    const x = (distinct[i] - shift) / scale;
    const x2 = Number.isFinite(x) ? x : distinct[i] / scale - shift / scale;
    w[i + 1] = w[i] + weight[i];
    s1[i + 1] = s1[i] + weight[i] * x2;
    s2[i + 1] = s2[i] + weight[i] * x2 * x2;
  }
  const prefix: Prefix = { w, s1, s2 };
  // Sum of squares of distinct items [j, i) in scaled units.
  const cost = (j: number, i: number): number => {
    const sum = s1[i] - s1[j];
    const ssq = s2[i] - s2[j] - (sum * sum) / (w[i] - w[j]);
    return ssq > 0 ? ssq : 0;
  };

  // split[q][i]: start of the last group in the best partition of the first i items into q+1 groups.
  const split: Int32Array[] = [];
  let previous = new Float64Array(m + 1);
  let current = new Float64Array(m + 1);
  for (let i = 1; i <= m; i++) previous[i] = cost(0, i);
  split.push(new Int32Array(m + 1));

  for (let q = 1; q < groups; q++) {
    const best = new Int32Array(m + 1);
    const last = q === groups - 1;
    // Items needed by the groups still to come: the layer need not look past m - (groups - 1 - q).
    const hi = m - (groups - 1 - q);
    if (last) {
      fillOne(m, q, m - 1, previous, current, best, prefix);
    } else {
      fillLayer(q + 1, hi, q, hi - 1, previous, current, best, prefix);
    }
    split.push(best);
    const swap = previous;
    previous = current;
    current = swap;
  }

  // Walk the split points back from the full set.
  const upper = new Float64Array(groups); // largest value of each group
  const centers = new Float64Array(groups);
  const withinss = new Float64Array(groups);
  const size = new Int32Array(groups);
  let end = m;
  for (let q = groups - 1; q >= 0; q--) {
    const start = q === 0 ? 0 : split[q][end];
    upper[q] = distinct[end - 1];
    size[q] = w[end] - w[start];
    centers[q] = ((s1[end] - s1[start]) / (w[end] - w[start])) * scale + shift;
    withinss[q] = cost(start, end) * scale * scale;
    end = start;
  }

  const cluster = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let lo = 0;
    let hiGroup = groups - 1;
    while (lo < hiGroup) {
      const mid = (lo + hiGroup) >> 1;
      if (v <= upper[mid]) hiGroup = mid;
      else lo = mid + 1;
    }
    cluster[i] = lo;
  }
  return { cluster, centers, withinss, size, k: groups, requestedK: k, reduced: groups < k };
}

/** Prefix sums of the distinct values: weight, first and second moments (index i = items [0, i)). */
interface Prefix {
  w: Float64Array;
  s1: Float64Array;
  s2: Float64Array;
}

/**
 * Fills current[i] and best[i] for i in [iLo, iHi], knowing that the optimal split
 * lies in [jLo, jHi] and moves right as i grows (divide and conquer). The cost of
 * a group is written out in the loop: this is the hot path.
 */
function fillLayer(
  iLo: number,
  iHi: number,
  jLo: number,
  jHi: number,
  previous: Float64Array,
  current: Float64Array,
  best: Int32Array,
  prefix: Prefix,
): void {
  const { w, s1, s2 } = prefix;
  const stack = new Int32Array(4 * 64 * 2);
  let top = 0;
  stack[top++] = iLo;
  stack[top++] = iHi;
  stack[top++] = jLo;
  stack[top++] = jHi;
  while (top > 0) {
    const bHi = stack[--top];
    const bLo = stack[--top];
    const hi = stack[--top];
    const lo = stack[--top];
    if (lo > hi) continue;
    const mid = (lo + hi) >> 1;
    const to = bHi < mid - 1 ? bHi : mid - 1;
    const wi = w[mid];
    const s1i = s1[mid];
    const s2i = s2[mid];
    let bestValue = Infinity;
    let bestJ = bLo;
    for (let j = bLo; j <= to; j++) {
      const sum = s1i - s1[j];
      let ssq = s2i - s2[j] - (sum * sum) / (wi - w[j]);
      if (ssq < 0) ssq = 0;
      const value = previous[j] + ssq;
      if (value < bestValue) {
        bestValue = value;
        bestJ = j;
      }
    }
    current[mid] = bestValue;
    best[mid] = bestJ;
    // Left half first on the stack bottom; depth stays below 2·log2(m) frames.
    stack[top++] = mid + 1;
    stack[top++] = hi;
    stack[top++] = bestJ;
    stack[top++] = bHi;
    stack[top++] = lo;
    stack[top++] = mid - 1;
    stack[top++] = bLo;
    stack[top++] = bestJ;
  }
}

/** The last layer: only the partition of all m items matters. */
function fillOne(
  i: number,
  jLo: number,
  jHi: number,
  previous: Float64Array,
  current: Float64Array,
  best: Int32Array,
  prefix: Prefix,
): void {
  const { w, s1, s2 } = prefix;
  let bestValue = Infinity;
  let bestJ = jLo;
  for (let j = jLo; j <= jHi; j++) {
    const sum = s1[i] - s1[j];
    let ssq = s2[i] - s2[j] - (sum * sum) / (w[i] - w[j]);
    if (ssq < 0) ssq = 0;
    const value = previous[j] + ssq;
    if (value < bestValue) {
      bestValue = value;
      bestJ = j;
    }
  }
  current[i] = bestValue;
  best[i] = bestJ;
}
