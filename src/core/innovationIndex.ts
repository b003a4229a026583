import type { CellNumber } from "./cells";
import { DEFAULT_ZERO_FLOOR, type Aggregation } from "./aggregate";
import { composite, type CompositeResult } from "./composite";

/** raw: indicators to min-max over the units first; partial: partial indices already on 0..1 (as Table 45 prints them). */
export type IndexInput = "raw" | "partial";

export interface InnovationIndexOptions {
  input?: IndexInput;
  aggregation?: Aggregation;
  zeroFloor?: number;
  weights?: readonly number[];
}

export interface InnovationIndexResult extends CompositeResult {
  /** Integral index per unit, 0..1; null where the unit lacks more than half of its indicators. */
  index: CellNumber[];
}

/**
 * Integral innovation index of districts (M6, Tables 44-45; ШҚО аудандарының
 * инновациялық қызметінің интегралды индексі).
 *
 * Partial index I_k,i = (X_k,i − min X_k) / (max X_k − min X_k) over the units
 * (all indicators ↑), then INT_i = (Π max(I_k,i, ε))^(1/n) with ε = 1e-5
 * (geometric, default) or the arithmetic mean. O(units·indicators).
 *
 * @example innovationIndex([[0.525, 0.605, 0.54, 0.403, 0.343, 0.211]], { input: "partial" }).index // [≈0.4136]
 */
export function innovationIndex(
  table: readonly (readonly CellNumber[])[],
  options: InnovationIndexOptions = {},
): InnovationIndexResult {
  const result = composite(table, {
    normalize: (options.input ?? "raw") === "raw",
    aggregation: options.aggregation ?? "geometric",
    zeroFloor: options.zeroFloor ?? DEFAULT_ZERO_FLOOR,
    weights: options.weights,
  });
  // Object.assign keeps the lazily built `partial` of the composite lazy.
  return Object.assign(result, { index: result.value });
}
