import type { CellNumber } from "./cells";

/** +1: higher is better (formula 10); -1: lower is better (formula 11). */
export type Direction = 1 | -1;

export interface MinMaxResult {
  /** Normalised values on 0..1 (1 = best), null where the input is missing or the column is degenerate. */
  values: CellNumber[];
  /** True when fewer than two distinct values are present: max = min, formula (10) is 0/0. */
  degenerate: boolean;
  /** Smallest and largest present value (NaN-free: 0 when nothing is present). */
  min: number;
  max: number;
  /** How many values were present. */
  present: number;
}

/**
 * Min-max normalisation with direction (formulas 10 and 11; жеке бағалау).
 *
 * Y_i = (A_i − A_min) / (A_max − A_min) for ↑ indicators,
 * Y_i = 1 − (A_i − A_min) / (A_max − A_min) for ↓ indicators,
 * min and max over the present values. Missing stays missing. A column whose
 * present values are all equal is degenerate: every Y is null and `degenerate`
 * is true (the caller leaves the column out), never NaN. O(n).
 *
 * @example minMaxNormalize([2, 4, 6]).values      // [0, 0.5, 1]
 * @example minMaxNormalize([2, 4, 6], -1).values  // [1, 0.5, 0]
 */
export function minMaxNormalize(values: readonly CellNumber[], direction: Direction = 1): MinMaxResult {
  let min = Infinity;
  let max = -Infinity;
  let present = 0;
  for (const v of values) {
    if (v === null) continue;
    present++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (present === 0) return { values: values.map(() => null), degenerate: true, min: 0, max: 0, present };
  const range = max - min;
  // A range that overflows (values near ±1.8e308) cannot be divided by; treat as degenerate data.
  if (!(range > 0) || !Number.isFinite(range)) {
    return { values: values.map(() => null), degenerate: true, min, max, present };
  }
  const normalised = values.map((v) => {
    if (v === null) return null;
    const y = (v - min) / range;
    const clamped = y < 0 ? 0 : y > 1 ? 1 : y;
    return direction === 1 ? clamped : 1 - clamped;
  });
  return { values: normalised, degenerate: false, min, max, present };
}
