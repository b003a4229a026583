import type { CellNumber } from "./cells";
import { lowerBound } from "./sorted";

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
 * with Excel's tie rules. The present values are sorted once as a typed array and
 * the rank of each block of equal values is written at the block's first position;
 * a value finds its block by one binary search, so ties share a rank by
 * construction. O(n log n).
 *
 * @example rank([10, 20, 20, 5])                       // [3, 1, 1, 4]
 * @example rank([10, 20, 20, 5], { ties: "average" })  // [3, 1.5, 1.5, 4]
 * @example rank([10, 20, 20, 5], { ties: "dense" })    // [2, 1, 1, 3]
 */
export function rank(values: readonly CellNumber[], options: RankOptions = {}): CellNumber[] {
  const descending = (options.order ?? "descending") === "descending";
  const ties = options.ties ?? "competition";
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== null) n++;
  const sorted = new Float64Array(n);
  n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null) sorted[n++] = v;
  }
  sorted.sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  // blockRank[lower]: rank of the block of equal values that starts at position lower.
  const blockRank = new Float64Array(n);
  let dense = 0;
  for (let lower = 0; lower < n;) {
    let upper = lower + 1;
    while (upper < n && sorted[upper] === sorted[lower]) upper++;
    dense++;
    // `lower` values lie below this block, `upper` values are at most its value.
    if (ties === "competition") blockRank[lower] = descending ? n - upper + 1 : lower + 1;
    else if (ties === "average")
      blockRank[lower] = descending ? (2 * n - upper - lower + 1) / 2 : (lower + upper + 1) / 2;
    else blockRank[lower] = descending ? distinct - dense + 1 : dense;
    lower = upper;
  }
  const ranks: CellNumber[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    ranks[i] = v === null ? null : blockRank[lowerBound(sorted, v)];
  }
  return ranks;
}
