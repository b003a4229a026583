import type { CellNumber } from "./cells";
import { AimaqError } from "./errors";
import { DEFAULT_ZERO_FLOOR, type Aggregation } from "./aggregate";
import type { Direction } from "./minMax";

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
 * a row with fewer than half of the usable indicators gets null.
 * O(rows·columns): two passes over the table, no per-column copies; `partial`
 * is materialised on first read.
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
  const weight = new Float64Array(columns).fill(1);
  if (weights) {
    weights.forEach((w, c) => {
      if (!(w >= 0) || !Number.isFinite(w))
        throw new AimaqError("argument.invalid", { argument: "weights", column: c, actual: w });
      weight[c] = w;
    });
  }
  const geometric = options.aggregation === "geometric";
  if (!geometric && options.aggregation !== "arithmetic") {
    throw new AimaqError("argument.invalid", { argument: "aggregation", actual: String(options.aggregation) });
  }
  const floor = options.zeroFloor ?? DEFAULT_ZERO_FLOOR;
  if (!(floor > 0) || !Number.isFinite(floor))
    throw new AimaqError("argument.invalid", { argument: "zero_floor", actual: floor });

  const { cells, min, max, present } = readTable(table, columns, !options.normalize);
  const degenerateColumns: number[] = [];
  const usable = new Uint8Array(columns);
  const range = new Float64Array(columns);
  const flip = new Uint8Array(columns);
  for (let c = 0; c < columns; c++) {
    range[c] = max[c] - min[c];
    // A range that overflows (values near ±1.8e308) cannot be divided by: degenerate, as in minMaxNormalize.
    const ok = options.normalize ? range[c] > 0 && Number.isFinite(range[c]) : present[c] > 0;
    if (ok) usable[c] = 1;
    else degenerateColumns.push(c);
    if (options.normalize) {
      if (directions && directions[c] === -1) flip[c] = 1;
    } else {
      // Partial indices pass through unchanged: y = (v − 0) / 1.
      min[c] = 0;
      range[c] = 1;
    }
  }
  const usableColumns = columns - degenerateColumns.length;
  if (usableColumns === 0) throw new AimaqError("data.allDegenerate", { expected: 2 });

  const value: CellNumber[] = new Array(rows);
  const coverage: number[] = new Array(rows);
  const insufficient: boolean[] = new Array(rows);
  const covered = new Int32Array(rows);
  const sums = new Float64Array(2 * rows);
  rowMeans(rows, { min, range, flip, usable, weight }, geometric, floor, cells, covered, sums);
  for (let r = 0; r < rows; r++) {
    const weightSum = sums[2 * r + 1];
    const lacking = 2 * covered[r] < usableColumns || covered[r] === 0 || weightSum === 0;
    const mean = sums[2 * r] / weightSum;
    coverage[r] = covered[r];
    insufficient[r] = lacking;
    value[r] = lacking ? null : geometric ? Math.exp(mean) : mean;
  }
  return withLazyPartial({ value, coverage, usableColumns, degenerateColumns, insufficient }, cells, rows, columns);
}

/**
 * Attaches `partial` as a property built on first read from the flat cells: a
 * rows × columns table of boxed numbers and nulls costs more than the whole
 * computation, and most callers (the custom functions) never read it.
 */
function withLazyPartial(
  result: Omit<CompositeResult, "partial">,
  cells: Float64Array,
  rows: number,
  columns: number,
): CompositeResult {
  let partial: CellNumber[][] | undefined;
  return Object.defineProperty(result, "partial", {
    enumerable: true,
    get(): CellNumber[][] {
      partial ??= Array.from({ length: rows }, (_, r) =>
        Array.from(cells.subarray(r * columns, (r + 1) * columns), (y) => (Number.isNaN(y) ? null : y)),
      );
      return partial;
    },
  }) as CompositeResult;
}

/**
 * Pass 1: the table copied once into a flat row-major typed array (NaN = missing),
 * so that pass 2 reads unboxed numbers in order; with the minimum, maximum and
 * count of the present values of each column. Checks the shape (and 0..1 when asked).
 */
function readTable(
  table: readonly (readonly CellNumber[])[],
  columns: number,
  checkUnitRange: boolean,
): { cells: Float64Array; min: Float64Array; max: Float64Array; present: Int32Array } {
  const cells = new Float64Array(table.length * columns);
  const min = new Float64Array(columns).fill(Infinity);
  const max = new Float64Array(columns).fill(-Infinity);
  const present = new Int32Array(columns);
  for (let r = 0, i = 0; r < table.length; r++) {
    const row = table[r];
    if (row.length !== columns) throw new AimaqError("table.ragged", { row: r, expected: columns, actual: row.length });
    for (let c = 0; c < columns; c++, i++) {
      const v = row[c];
      if (v === null) {
        cells[i] = NaN;
        continue;
      }
      cells[i] = v;
      if (checkUnitRange && !(v >= 0 && v <= 1)) {
        throw new AimaqError("value.outOfRange", { row: r, column: c, actual: v, expected: "0..1" });
      }
      present[c]++;
      if (v < min[c]) min[c] = v;
      if (v > max[c]) max[c] = v;
    }
  }
  return { cells, min, max, present };
}

/** Per-column constants of pass 2. */
interface ColumnScale {
  min: Float64Array;
  range: Float64Array;
  /** 1 for a ↓ indicator (formula 11). */
  flip: Uint8Array;
  usable: Uint8Array;
  weight: Float64Array;
}

/**
 * Pass 2, in place over `cells` (row-major raw values, NaN = missing): each
 * present cell of a usable column becomes its partial index, the others NaN; per
 * row the count of indices, Σ w·term and Σ w go into `covered` and `sums`
 * (term = ln max(y, ε) for the geometric mean, y for the arithmetic).
 */
function rowMeans(
  rows: number,
  scale: ColumnScale,
  geometric: boolean,
  floor: number,
  cells: Float64Array,
  covered: Int32Array,
  sums: Float64Array,
): void {
  const { min, range, flip, usable, weight } = scale;
  const columns = min.length;
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    let weightSum = 0;
    let count = 0;
    // Geometric mean: factors of weight 1 are multiplied and logged once per row
    // (Math.log per cell is most of the cost); the product is folded into the sum
    // before it can underflow (each factor is at least ε).
    let product = 1;
    for (let c = 0, i = r * columns; c < columns; c++, i++) {
      const v = cells[i];
      if (v !== v) continue;
      if (usable[c] === 0) {
        cells[i] = NaN;
        continue;
      }
      let y = (v - min[c]) / range[c];
      y = y < 0 ? 0 : y > 1 ? 1 : y;
      if (flip[c] === 1) y = 1 - y;
      cells[i] = y;
      count++;
      const w = weight[c];
      if (w === 0) continue;
      weightSum += w;
      if (!geometric) sum += w * y;
      else if (w === 1) {
        product *= y > floor ? y : floor;
        if (product < 1e-250) {
          sum += Math.log(product);
          product = 1;
        }
      } else sum += w * Math.log(y > floor ? y : floor);
    }
    if (product !== 1) sum += Math.log(product);
    covered[r] = count;
    sums[2 * r] = sum;
    sums[2 * r + 1] = weightSum;
  }
}
