/** The q-quantile of the times, nearest rank (q = 0.5: the middle one, the upper middle for an even count). */
export function quantile(times: readonly number[], q: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.round(q * (sorted.length - 1))];
}

/** The median of the times (see {@link quantile}). */
export function median(times: readonly number[]): number {
  return quantile(times, 0.5);
}
