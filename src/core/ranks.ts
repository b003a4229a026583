import type { CellNumber } from "./cells";

/** competition = RANK.EQ (1, 2, 2, 4); average = RANK.AVG (1, 2.5, 2.5, 4); dense = 1, 2, 2, 3. */
export type TieRule = "competition" | "average" | "dense";

/** descending: the largest value gets rank 1 (Excel's RANK default); ascending: the smallest. */
export type RankOrder = "descending" | "ascending";

export interface RankOptions {
  order?: RankOrder;
  ties?: TieRule;
}

/**
 * Ranks of the present values (missing values get null and are not counted),
 * with Excel's tie rules. The present values are sorted once as a typed array;
 * each value's rank follows from the positions of its first and last equal
 * (binary search), so ties share a rank by construction. O(n log n).
 *
 * @example rank([10, 20, 20, 5])                       // [3, 1, 1, 4]
 * @example rank([10, 20, 20, 5], { ties: "average" })  // [3, 1.5, 1.5, 4]
 * @example rank([10, 20, 20, 5], { ties: "dense" })    // [2, 1, 1, 3]
 */
export function rank(values: readonly CellNumber[], options: RankOptions = {}): CellNumber[] {
  const descending = (options.order ?? "descending") === "descending";
  const ties = options.ties ?? "competition";
  let n = 0;
  for (const v of values) if (v !== null) n++;
  const sorted = new Float64Array(n);
  n = 0;
  for (const v of values) if (v !== null) sorted[n++] = v;
  sorted.sort();
  // distinctUpTo[i]: number of distinct values among sorted[0..i], for dense ranks.
  const distinctUpTo = new Int32Array(ties === "dense" ? n : 0);
  for (let i = 0; i < distinctUpTo.length; i++) {
    distinctUpTo[i] = (i === 0 ? 0 : distinctUpTo[i - 1]) + (i === 0 || sorted[i] !== sorted[i - 1] ? 1 : 0);
  }
  const distinct = n === 0 || distinctUpTo.length === 0 ? 0 : distinctUpTo[n - 1];
  return values.map((v) => {
    if (v === null) return null;
    const lower = firstNotBelow(sorted, v); // values below v
    const upper = firstAbove(sorted, v); // values at most v
    if (ties === "competition") return descending ? n - upper + 1 : lower + 1;
    if (ties === "average") return descending ? (2 * n - upper - lower + 1) / 2 : (lower + upper + 1) / 2;
    return descending ? distinct - distinctUpTo[upper - 1] + 1 : (lower === 0 ? 0 : distinctUpTo[lower - 1]) + 1;
  });
}

/** Number of elements of `sorted` below `value`. */
function firstNotBelow(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of elements of `sorted` at most `value`. */
function firstAbove(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
