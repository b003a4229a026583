import type { CellNumber } from "./cells";
import { AimaqError } from "./errors";

export type Aggregation = "geometric" | "arithmetic";

/** Default zero floor ε of the geometric mean: the value Table 45 supports (methodology M6). */
export const DEFAULT_ZERO_FLOOR = 1e-5;

export interface AggregateOptions {
  method?: Aggregation;
  /** Values below ε are raised to ε before a geometric mean ("infinitely small"), default 1e-5. */
  zeroFloor?: number;
  /** Non-negative weights, one per value; default equal. */
  weights?: readonly number[];
}

export interface AggregateResult {
  /** The mean, or null when no value is present. */
  value: number | null;
  /** How many values were present (the coverage). */
  coverage: number;
  /** How many values there could have been. */
  total: number;
}

/**
 * Arithmetic or geometric mean of the present values (nulls are skipped), with
 * optional weights. The geometric mean floors values at ε (default 1e-5), the
 * reading of Table 45: INT = (Π max(I_k, ε))^(1/n). Returns the coverage. O(n).
 *
 * @example aggregate([0.525, 0.605, 0.54, 0.403, 0.343, 0.211]).value // ≈ 0.4136 (Oskemen, Table 45)
 * @example aggregate([1, null, 3], { method: "arithmetic" })          // { value: 2, coverage: 2, total: 3 }
 */
export function aggregate(values: readonly CellNumber[], options: AggregateOptions = {}): AggregateResult {
  const method = options.method ?? "geometric";
  const floor = options.zeroFloor ?? DEFAULT_ZERO_FLOOR;
  const weights = options.weights;
  if (weights && weights.length !== values.length) {
    throw new AimaqError("argument.length", { argument: "weights", expected: values.length, actual: weights.length });
  }
  if (!(floor > 0) || !Number.isFinite(floor)) {
    throw new AimaqError("argument.invalid", { argument: "zero_floor", actual: floor });
  }
  let sum = 0;
  let weightSum = 0;
  let coverage = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    const w = weights ? weights[i] : 1;
    if (!(w >= 0) || !Number.isFinite(w))
      throw new AimaqError("argument.invalid", { argument: "weights", column: i, actual: w });
    coverage++;
    if (w === 0) continue;
    if (method === "geometric") {
      if (v < 0) throw new AimaqError("value.negative", { column: i, actual: v });
      sum += w * Math.log(Math.max(v, floor));
    } else {
      sum += w * v;
    }
    weightSum += w;
  }
  if (coverage === 0 || weightSum === 0) return { value: null, coverage, total: values.length };
  const mean = sum / weightSum;
  return { value: method === "geometric" ? Math.exp(mean) : mean, coverage, total: values.length };
}
