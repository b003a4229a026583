import type { CellNumber } from "./cells";
import { AimaqError } from "./errors";
import { aggregate, type Aggregation } from "./aggregate";
import { minMaxNormalize, type Direction } from "./minMax";

export interface CompositeOptions {
  /** Min-max normalise each column first (raw indicators); false when the columns are already on 0..1. */
  normalize: boolean;
  /** One direction per column (default all ↑); used only when normalising. */
  directions?: readonly Direction[];
  /** One non-negative weight per column (default equal). */
  weights?: readonly number[];
  aggregation: Aggregation;
  /** ε of the geometric mean. */
  zeroFloor?: number;
}

export interface CompositeResult {
  /** Partial indices, rows × columns on 0..1; null where missing or the column is degenerate. */
  partial: CellNumber[][];
  /** Aggregate per row; null where the row lacks too many indicators. */
  value: CellNumber[];
  /** Indicators present per row, among the usable (non-degenerate) columns. */
  coverage: number[];
  /** Number of usable columns. */
  usableColumns: number;
  /** 0-based indices of the columns left out because all their values are equal (or absent). */
  degenerateColumns: number[];
  /** True for rows with fewer than half of the usable indicators present (their value is null). */
  insufficient: boolean[];
}

/**
 * The shared pipeline of the composite methods (M5, M6): per-column min-max with
 * direction (formulas 10-11) or validated 0..1 partial indices, then a mean per
 * row over the indicators present. Degenerate columns are left out and listed;
 * a row with fewer than half of the usable indicators gets null. O(rows·columns).
 *
 * @example composite([[1, 10], [3, 30]], { normalize: true, aggregation: "arithmetic" }).value // [0, 1]
 */
export function composite(table: readonly (readonly CellNumber[])[], options: CompositeOptions): CompositeResult {
  const rows = table.length;
  if (rows === 0 || table[0].length === 0) throw new AimaqError("table.empty");
  const columns = table[0].length;
  const { directions, weights } = options;
  if (directions && directions.length !== columns) {
    throw new AimaqError("argument.length", { argument: "directions", expected: columns, actual: directions.length });
  }
  if (weights && weights.length !== columns) {
    throw new AimaqError("argument.length", { argument: "weights", expected: columns, actual: weights.length });
  }

  const partial: CellNumber[][] = table.map(() => new Array<CellNumber>(columns).fill(null));
  const degenerateColumns: number[] = [];
  for (let c = 0; c < columns; c++) {
    const col = table.map((row) => row[c]);
    if (options.normalize) {
      const normalised = minMaxNormalize(col, directions ? directions[c] : 1);
      if (normalised.degenerate) degenerateColumns.push(c);
      else normalised.values.forEach((y, r) => (partial[r][c] = y));
    } else {
      col.forEach((v, r) => {
        if (v !== null && (v < 0 || v > 1))
          throw new AimaqError("value.outOfRange", { row: r, column: c, actual: v, expected: "0..1" });
        partial[r][c] = v;
      });
      if (col.every((v) => v === null)) degenerateColumns.push(c);
    }
  }
  const usableColumns = columns - degenerateColumns.length;
  if (usableColumns === 0) throw new AimaqError("data.allDegenerate", { expected: 2 });

  const value: CellNumber[] = [];
  const coverage: number[] = [];
  const insufficient: boolean[] = [];
  for (let r = 0; r < rows; r++) {
    const result = aggregate(partial[r], { method: options.aggregation, zeroFloor: options.zeroFloor, weights });
    const lacking = 2 * result.coverage < usableColumns || result.value === null;
    coverage.push(result.coverage);
    insufficient.push(lacking);
    value.push(lacking ? null : result.value);
  }
  return { partial, value, coverage, usableColumns, degenerateColumns, insufficient };
}
