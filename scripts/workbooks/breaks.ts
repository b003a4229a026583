import type { CellNumber } from "../../src/core";

/**
 * Lower bounds of ordered groups 1..k, as numbers a MATCH(value, bounds, 1) can
 * use: group 1 starts at `floor`, group g ≥ 2 at the midpoint between the largest
 * value of group g − 1 and the smallest of group g. Midpoints keep MATCH right
 * even when Excel's arithmetic differs from ours in the last bit. Groups must be
 * contiguous in value (k-means groups of one indicator are). O(n).
 *
 * @example groupLowerBounds([1, 2, 10, 11], [1, 1, 2, 2], 2, 0) // [0, 6]
 */
export function groupLowerBounds(
  values: readonly CellNumber[],
  groups: readonly CellNumber[],
  k: number,
  floor: number,
): number[] {
  const low = new Array<number>(k + 1).fill(Infinity);
  const high = new Array<number>(k + 1).fill(-Infinity);
  values.forEach((v, i) => {
    const g = groups[i];
    if (v === null || g === null) return;
    low[g] = Math.min(low[g], v);
    high[g] = Math.max(high[g], v);
  });
  const bounds = [floor];
  for (let g = 2; g <= k; g++) bounds.push((high[g - 1] + low[g]) / 2);
  return bounds;
}
