import type { CellNumber } from "./cells";
import { ckmeans } from "./ckmeans";
import { AimaqError } from "./errors";
import { lowerBound } from "./sorted";

export type ClassifyMethod = "ckmeans" | "quantile" | "equal";

export interface ClassifyResult {
  /** Group of each value, 1 = lowest values … k; null where the value is missing. */
  groups: CellNumber[];
  /** Groups actually formed (k reduced to the number of distinct values when fewer). */
  k: number;
  requestedK: number;
  reduced: boolean;
}

/**
 * Splits one indicator into k ordered groups (Tables 41-43): `ckmeans` = optimal
 * one-dimensional k-means (default; M5, D.3), `quantile` = equal counts by
 * position in the sorted values, `equal` = equal-width intervals between min and
 * max. Missing values get no group. Equal values always share a group, and k is
 * reduced to the number of distinct values when that is smaller. O(n log n).
 *
 * @example classify([3, 1, 2, 10], 2).groups           // [1, 1, 1, 2]
 * @example classify([1, 2, 3, 4], 2, "quantile").groups // [1, 1, 2, 2]
 */
export function classify(values: readonly CellNumber[], k: number, method: ClassifyMethod = "ckmeans"): ClassifyResult {
  if (!Number.isInteger(k) || k < 1) throw new AimaqError("argument.invalid", { argument: "k", actual: k });
  const present: number[] = [];
  for (const v of values) if (v !== null) present.push(v);
  if (present.length === 0) throw new AimaqError("data.insufficient", { argument: "values", expected: 1, actual: 0 });
  const groups: CellNumber[] = values.map(() => null);

  if (method === "ckmeans") {
    const result = ckmeans(present, k);
    let p = 0;
    values.forEach((v, i) => {
      if (v !== null) groups[i] = result.cluster[p++] + 1;
    });
    return { groups, k: result.k, requestedK: k, reduced: result.reduced };
  }

  const sorted = Float64Array.from(present).sort();
  let distinct = 1;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  const effectiveK = Math.min(k, distinct);
  const n = sorted.length;
  const min = sorted[0];
  const max = sorted[n - 1];

  values.forEach((v, i) => {
    if (v === null) return;
    if (effectiveK === 1) {
      groups[i] = 1;
    } else if (method === "quantile") {
      // Position = number of values strictly below v, so ties share one group.
      const below = lowerBound(sorted, v);
      groups[i] = Math.min(effectiveK, Math.floor((below * effectiveK) / n) + 1);
    } else if (method === "equal") {
      // Halved so that the range of values near ±1.8e308 does not overflow.
      const position = (v / 2 - min / 2) / (max / 2 - min / 2);
      groups[i] = Math.min(effectiveK, Math.floor(position * effectiveK) + 1);
    } else {
      throw new AimaqError("argument.invalid", { argument: "method", actual: String(method) });
    }
  });
  return { groups, k: effectiveK, requestedK: k, reduced: effectiveK < k };
}
