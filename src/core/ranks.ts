import type { CellNumber } from "./cells";
import { ascendingOrder } from "./sorted";

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
 * with Excel's tie rules. The present values are put in ascending order once
 * (a radix argsort); each block of equal values then gets its rank, which every
 * member receives, so ties share a rank by construction. O(n) on spread data,
 * O(n log n) at worst (see ascendingOrder).
 *
 * @example rank([10, 20, 20, 5])                       // [3, 1, 1, 4]
 * @example rank([10, 20, 20, 5], { ties: "average" })  // [3, 1.5, 1.5, 4]
 * @example rank([10, 20, 20, 5], { ties: "dense" })    // [2, 1, 1, 3]
 */
export function rank(values: readonly CellNumber[], options: RankOptions = {}): CellNumber[] {
  const descending = (options.order ?? "descending") === "descending";
  const ties = options.ties ?? "competition";
  const ranks: CellNumber[] = new Array(values.length).fill(null);
  // position[p]: where the p-th present value stands in `values`.
  const position = new Uint32Array(values.length);
  const present = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    position[n] = i;
    present[n++] = v;
  }
  const order = ascendingOrder(present.subarray(0, n));
  let distinct = 0;
  for (let j = 0; j < n; j++) if (j === 0 || present[order[j]] !== present[order[j - 1]]) distinct++;
  let dense = 0;
  for (let lower = 0; lower < n;) {
    const v = present[order[lower]];
    let upper = lower + 1;
    while (upper < n && present[order[upper]] === v) upper++;
    dense++;
    // `lower` values lie below this block, `upper` values are at most its value.
    let r: number;
    if (ties === "competition") r = descending ? n - upper + 1 : lower + 1;
    else if (ties === "average") r = descending ? (2 * n - upper - lower + 1) / 2 : (lower + upper + 1) / 2;
    else r = descending ? distinct - dense + 1 : dense;
    for (let j = lower; j < upper; j++) ranks[position[order[j]]] = r;
    lower = upper;
  }
  return ranks;
}
