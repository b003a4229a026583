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
 * with Excel's tie rules. O(n log n).
 *
 * @example rank([10, 20, 20, 5])                       // [3, 1, 1, 4]
 * @example rank([10, 20, 20, 5], { ties: "average" })  // [3, 1.5, 1.5, 4]
 * @example rank([10, 20, 20, 5], { ties: "dense" })    // [2, 1, 1, 3]
 */
export function rank(values: readonly CellNumber[], options: RankOptions = {}): CellNumber[] {
  const order = options.order ?? "descending";
  const ties = options.ties ?? "competition";
  const indices: number[] = [];
  values.forEach((v, i) => {
    if (v !== null) indices.push(i);
  });
  const sign = order === "descending" ? -1 : 1;
  indices.sort((a, b) => sign * ((values[a] as number) - (values[b] as number)) || a - b);
  const ranks: CellNumber[] = values.map(() => null);
  let start = 0;
  let dense = 0;
  while (start < indices.length) {
    let end = start;
    const value = values[indices[start]];
    while (end + 1 < indices.length && values[indices[end + 1]] === value) end++;
    dense++;
    const r = ties === "competition" ? start + 1 : ties === "average" ? (start + end) / 2 + 1 : dense;
    for (let j = start; j <= end; j++) ranks[indices[j]] = r;
    start = end + 1;
  }
  return ranks;
}
