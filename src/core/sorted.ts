/**
 * Index of the first element of the ascending `sorted` that is not below `value`,
 * i.e. the number of elements below it (binary search). O(log n).
 *
 * @example lowerBound(Float64Array.of(1, 2, 2, 5), 2) // 1
 */
export function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
