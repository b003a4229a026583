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
 * O(rows·columns): the table is copied once into a typed buffer, which two
 * passes then read (column ranges, row means); `partial` is materialised on
 * first read.
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

  const cells = readTable(table, columns);
  const { min, max } = columnRanges(cells, columns);
  if (!options.normalize) checkUnitRange(cells, columns, min, max);
  const degenerateColumns: number[] = [];
  const scale: ColumnScale = {
    offset: new Float64Array(columns),
    range: new Float64Array(columns),
    sign: new Float64Array(columns),
    base: new Float64Array(columns),
  };
  for (let c = 0; c < columns; c++) {
    const range = max[c] - min[c];
    // A range that overflows (values near ±1.8e308) cannot be divided by: degenerate, as in minMaxNormalize.
    const ok = options.normalize ? range > 0 && Number.isFinite(range) : max[c] >= min[c];
    const flip = options.normalize && directions !== undefined && directions[c] === -1;
    // Partial indices pass through unchanged: y = 0 + 1·(v − 0) / 1. A degenerate column scales to NaN.
    scale.offset[c] = !ok ? NaN : options.normalize ? min[c] : 0;
    scale.range[c] = options.normalize ? range : 1;
    scale.sign[c] = flip ? -1 : 1;
    scale.base[c] = flip ? 1 : 0;
    if (!ok) degenerateColumns.push(c);
  }
  const usableColumns = columns - degenerateColumns.length;
  if (usableColumns === 0) throw new AimaqError("data.allDegenerate", { expected: 2 });

  const value: CellNumber[] = new Array(rows);
  const coverage: number[] = new Array(rows);
  const insufficient: boolean[] = new Array(rows);
  const covered = new Int32Array(rows);
  const sums = new Float64Array(2 * rows);
  rowMeans(rows, scale, weight, geometric, floor, cells, covered, sums);
  for (let r = 0; r < rows; r++) {
    const weightSum = sums[2 * r + 1];
    const lacking = 2 * covered[r] < usableColumns || covered[r] === 0 || weightSum === 0;
    const mean = sums[2 * r] / weightSum;
    coverage[r] = covered[r];
    insufficient[r] = lacking;
    value[r] = lacking ? null : geometric ? Math.exp(mean) : mean;
  }
  return withLazyPartial({ value, coverage, usableColumns, degenerateColumns, insufficient }, table, scale);
}

/**
 * Per-column constants of the partial index y = base + sign·(v − offset) / range:
 * formula (10) with base 0, sign 1; formula (11), 1 − (v − min) / range, with
 * base 1, sign −1 (both exact: ±1·q and 0 + q round to nothing). offset is NaN
 * for a degenerate column, so every y there is NaN (left out). No clamp is
 * needed: min ≤ v ≤ max gives 0 ≤ fl(v − min) ≤ fl(max − min), and rounding is
 * monotone, so the quotient lies in [0, 1].
 */
interface ColumnScale {
  offset: Float64Array;
  range: Float64Array;
  sign: Float64Array;
  base: Float64Array;
}

/** The partial index of a present value `v` of column `c` (NaN in a degenerate column). */
function partialIndex(scale: ColumnScale, c: number, v: number): number {
  return scale.base[c] + scale.sign[c] * ((v - scale.offset[c]) / scale.range[c]);
}

/**
 * Attaches `partial` as a property built on first read, from the table and the
 * column constants: a rows × columns table of boxed numbers and nulls costs more
 * than the whole computation, and most callers (the custom functions) never
 * read it. The table must not change before `partial` is read.
 */
function withLazyPartial(
  result: Omit<CompositeResult, "partial">,
  table: readonly (readonly CellNumber[])[],
  scale: ColumnScale,
): CompositeResult {
  let partial: CellNumber[][] | undefined;
  return Object.defineProperty(result, "partial", {
    enumerable: true,
    get(): CellNumber[][] {
      partial ??= table.map((row) =>
        row.map((v, c) => {
          const y = v === null ? NaN : partialIndex(scale, c, v);
          return Number.isNaN(y) ? null : y;
        }),
      );
      return partial;
    },
  }) as CompositeResult;
}

/** Tables up to this many cells are copied into one buffer kept between calls (8 MB). */
const SCRATCH_CELLS = 1 << 20;
let scratch = new Float64Array(0);

/**
 * Pass 1: the table copied into a flat row-major typed array (NaN = missing), so
 * that the later passes read unboxed numbers in order. The buffer is reused
 * between calls up to SCRATCH_CELLS: allocating (and first touching) a fresh
 * 1.6 MB array for a 10,000 × 20 table costs more than the copy itself.
 * composite is synchronous and nothing it returns refers to the buffer.
 * Checks that the table is rectangular.
 */
function readTable(table: readonly (readonly CellNumber[])[], columns: number): Float64Array {
  const size = table.length * columns;
  let cells: Float64Array;
  if (size > SCRATCH_CELLS) cells = new Float64Array(size);
  else {
    if (scratch.length < size) scratch = new Float64Array(Math.min(SCRATCH_CELLS, Math.max(size, 2 * scratch.length)));
    cells = scratch.subarray(0, size);
  }
  for (let r = 0, i = 0; r < table.length; r++) {
    const row = table[r];
    if (row.length !== columns) throw new AimaqError("table.ragged", { row: r, expected: columns, actual: row.length });
    for (let c = 0; c < columns; c++, i++) {
      const v = row[c];
      cells[i] = v === null ? NaN : v;
    }
  }
  return cells;
}

/**
 * Minimum and maximum of the present values of each column (±Infinity when a
 * column has none; NaN compares false, so missing cells drop out). The rows are
 * walked in blocks, a column at a time within a block, so that the running
 * extremes stay in registers while the block stays in cache.
 */
function columnRanges(cells: Float64Array, columns: number): { min: Float64Array; max: Float64Array } {
  const rows = cells.length / columns;
  const min = new Float64Array(columns).fill(Infinity);
  const max = new Float64Array(columns).fill(-Infinity);
  for (let from = 0; from < rows; from += 256) {
    const end = Math.min(rows, from + 256) * columns;
    for (let c = 0; c < columns; c++) {
      let lo = min[c];
      let hi = max[c];
      for (let i = from * columns + c; i < end; i += columns) {
        const v = cells[i];
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      min[c] = lo;
      max[c] = hi;
    }
  }
  return { min, max };
}

/** Partial indices given as they are must lie in 0..1: throws `value.outOfRange` at the first cell that does not. */
function checkUnitRange(cells: Float64Array, columns: number, min: Float64Array, max: Float64Array): void {
  if (min.every((lo) => !(lo < 0)) && max.every((hi) => !(hi > 1))) return;
  const i = cells.findIndex((v) => v < 0 || v > 1);
  throw new AimaqError("value.outOfRange", {
    row: Math.floor(i / columns),
    column: i % columns,
    actual: cells[i],
    expected: "0..1",
  });
}

/**
 * Pass 2 over `cells` (row-major raw values, NaN = missing): per row the count
 * of partial indices present, Σ w·term and Σ w go into `covered` and `sums`
 * (term = ln max(y, ε) for the geometric mean, y for the arithmetic).
 */
function rowMeans(
  rows: number,
  scale: ColumnScale,
  weight: Float64Array,
  geometric: boolean,
  floor: number,
  cells: Float64Array,
  covered: Int32Array,
  sums: Float64Array,
): void {
  const columns = weight.length;
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    let weightSum = 0;
    let count = 0;
    // Geometric mean: factors of weight 1 are multiplied and logged once per row
    // (Math.log per cell is most of the cost); the product is folded into the sum
    // before it can underflow (each factor is at least ε).
    let product = 1;
    for (let c = 0, i = r * columns; c < columns; c++, i++) {
      const y = partialIndex(scale, c, cells[i]);
      if (y !== y) continue;
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
