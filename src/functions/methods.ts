/**
 * The custom functions' bodies: read Excel's arguments (args.ts), call the core,
 * shape the result as Excel spills it, and put an error value with a message
 * in place of every value the method cannot give. functions.ts only declares the
 * functions for Excel and calls these inside `respond` (errors.ts).
 */
import {
  AimaqError,
  DEFAULT_WINDOW,
  DEFAULT_ZERO_FLOOR,
  DEPRESSION_LEVELS,
  capitalLaborRatio,
  capitalProductivity,
  classify,
  depressivity,
  innovationActivityLevel,
  innovationComplex,
  innovationComplexAcross,
  innovationIndex,
  isAimaqError,
  laborProductivity,
  minMaxNormalize,
  parseCell,
  parseNumber,
  productivityChange,
  type CellInput,
  type CellNumber,
  type ComplexResult,
  type CompositeResult,
  type DepressivityResult,
  type InnovationIndexResult,
} from "../core";
import { OPTION_WORDS, levelLabel } from "../i18n";
import {
  directionsArg,
  checkGrid,
  gridArg,
  optionalChoice,
  optionalCount,
  optionalDirection,
  optionalFlag,
  optionalPositive,
  shapeText,
  tableArg,
  weightsArg,
  type Grid,
} from "./args";
import { ContentCache, type RawGrid } from "./cache";
import { cellError, forArgument, toExcelError, type CallContext, type ExcelValue } from "./errors";

/** One cache for all table functions: the same table feeds DEPRESS_RANK, _SCORE and _CLASS. */
export const tableCache = new ContentCache<InnovationIndexResult | DepressivityResult>();

/** The value of one unit of a composite result, or #N/A saying how many indicators it has. */
function unitValue(context: CallContext, result: CompositeResult, value: CellNumber, row: number): ExcelValue | null {
  if (value !== null) return value;
  if (result.insufficient[row]) {
    return cellError("row.insufficient", context, {
      argument: "table",
      row,
      actual: result.coverage[row],
      expected: result.usableColumns,
    });
  }
  return null;
}

/**
 * The spilled column of a table function, or only the row `unit` (1-based) of it.
 * `cell(row)` gives one unit's value. O(rows) for the column, O(1) for a unit.
 */
function spill(rows: number, unit: number | null, cell: (row: number) => ExcelValue | null, context: CallContext) {
  const one = (row: number): ExcelValue[] => [cell(row) ?? cellError("value.undefined", context, { row })];
  if (unit !== null) return [one(unit - 1)];
  return Array.from({ length: rows }, (_, row) => one(row));
}

/** `unit` checked against the table's rows before any computing. */
function unitArg(raw: unknown, rows: number): number | null {
  return optionalCount(raw, "unit", null, 1, rows);
}

/** INNOV_INDEX: integral innovation index (M6, Tables 44-45), one value per unit. */
export function innovIndexCells(
  context: CallContext,
  table: unknown,
  input: unknown,
  aggregation: unknown,
  zeroFloor: unknown,
  unit: unknown,
): ExcelValue[][] {
  const rows = checkGrid(table, "table");
  const options = {
    input: optionalChoice(input, "input", OPTION_WORDS.input, "raw"),
    aggregation: optionalChoice(aggregation, "aggregation", OPTION_WORDS.aggregation, "geometric"),
    zeroFloor: optionalPositive(zeroFloor, "zero_floor", DEFAULT_ZERO_FLOOR),
  };
  const row = unitArg(unit, rows.length);
  const result = tableCache.get(`INNOV_INDEX${JSON.stringify(options)}`, rows, () =>
    forArgument("table", () => innovationIndex(tableArg(table, "table"), options)),
  ) as InnovationIndexResult;
  return spill(rows.length, row, (r) => unitValue(context, result, result.index[r], r), context);
}

type DepressField = "rank" | "score" | "level";

/** The depressivity analysis shared by DEPRESS_RANK, _SCORE and _CLASS, cached by table and options. */
function depressAnalysis(
  table: unknown,
  options: { directions?: unknown; weights?: unknown; ties?: unknown; k?: unknown },
): { rows: RawGrid; result: () => DepressivityResult } {
  const rows = checkGrid(table, "table");
  const parsed = {
    directions: options.directions === undefined ? undefined : directionsArg(options.directions),
    weights: options.weights === undefined ? undefined : weightsArg(options.weights),
    ties: optionalChoice(options.ties, "ties", OPTION_WORDS.ties, "competition"),
    k: optionalCount(options.k, "k", DEPRESSION_LEVELS),
  };
  return {
    rows,
    result: () =>
      tableCache.get(`DEPRESS${JSON.stringify(parsed)}`, rows, () =>
        forArgument("table", () => depressivity(tableArg(table, "table"), parsed)),
      ) as DepressivityResult,
  };
}

function depressCells(
  context: CallContext,
  field: DepressField,
  table: unknown,
  options: { directions?: unknown; weights?: unknown; ties?: unknown; k?: unknown },
  unit: unknown,
  labels = false,
): ExcelValue[][] {
  const analysis = depressAnalysis(table, options);
  const row = unitArg(unit, analysis.rows.length);
  const result = analysis.result();
  return spill(
    analysis.rows.length,
    row,
    (r) => {
      const value = result[field][r];
      if (value !== null && labels) return levelLabel(value, result.k, context.language);
      return unitValue(context, result, value, r);
    },
    context,
  );
}

/** DEPRESS_RANK: rank by depressivity (formulas 10-11), 1 = most depressed. */
export function depressRankCells(
  context: CallContext,
  table: unknown,
  directions: unknown,
  ties: unknown,
  unit: unknown,
) {
  return depressCells(context, "rank", table, { directions, ties }, unit);
}

/** DEPRESS_SCORE: composite depressivity 1 − mean(Y), higher = more depressed. */
export function depressScoreCells(
  context: CallContext,
  table: unknown,
  directions: unknown,
  weights: unknown,
  unit: unknown,
) {
  return depressCells(context, "score", table, { directions, weights }, unit);
}

/** DEPRESS_CLASS: level 1..k of the score by optimal 1-D k-means, or its localized name. */
export function depressClassCells(
  context: CallContext,
  table: unknown,
  directions: unknown,
  k: unknown,
  labels: unknown,
  unit: unknown,
) {
  const withLabels = optionalFlag(labels, "labels", false);
  return depressCells(context, "level", table, { directions, k }, unit, withLabels);
}

/** Parses every cell of a grid in place of a number; a cell the parser refuses becomes its error value. */
function parseCells(context: CallContext, grid: Grid, argument: string): (CellNumber | ExcelValue)[][] {
  return grid.map((row, r) =>
    row.map((cell, c) => {
      try {
        return parseNumber(cell, r, c);
      } catch (error) {
        return toExcelError(
          isAimaqError(error) ? new AimaqError(error.code, { ...error.details, argument }) : error,
          context,
        );
      }
    }),
  );
}

/**
 * Values of one indicator in any shape, mapped value by value and returned in
 * the same shape; a missing value is #N/A, a refused cell its error.
 */
function mapIndicator(
  context: CallContext,
  raw: unknown,
  argument: string,
  compute: (present: CellNumber[]) => CellNumber[],
): ExcelValue[][] {
  const cells = parseCells(context, gridArg(raw, argument), argument);
  const flat = cells.flat();
  const numbers = flat.map((v) => (typeof v === "number" ? v : null));
  const out = compute(numbers);
  let i = 0;
  return cells.map((row, r) =>
    row.map((cell, c) => {
      const value = out[i++];
      if (cell !== null && typeof cell !== "number") return cell;
      return value ?? cellError("cell.missing", context, { argument, row: r, column: c });
    }),
  );
}

/** CLASSIFY: groups 1..k of one indicator (Tables 41-43), 1 = lowest values. */
export function classifyCells(context: CallContext, values: unknown, k: unknown, method: unknown): ExcelValue[][] {
  const groups = optionalCount(k, "k", DEPRESSION_LEVELS);
  const how = optionalChoice(method, "method", OPTION_WORDS.method, "ckmeans");
  return mapIndicator(context, values, "values", (numbers) =>
    forArgument("values", () => classify(numbers, groups, how).groups),
  );
}

/** NORMALIZE: min-max partial score (formulas 10-11). */
export function normalizeCells(context: CallContext, values: unknown, direction: unknown): ExcelValue[][] {
  const sign = optionalDirection(direction, "direction");
  return mapIndicator(context, values, "values", (numbers) => {
    const result = minMaxNormalize(numbers, sign);
    if (result.degenerate) throw new AimaqError("data.allDegenerate", { argument: "values" });
    return result.values;
  });
}

/**
 * Applies `compute` element by element to ranges of the same shape; a single
 * cell goes with every element. Each element that cannot be computed gets its
 * own error value, so one bad row does not hide the others. O(cells).
 */
function elementwise(
  context: CallContext,
  args: readonly { raw: unknown; argument: string }[],
  compute: (...values: number[]) => number,
): ExcelValue[][] {
  const grids = args.map(({ raw, argument }) => ({ argument, grid: gridArg(raw, argument) }));
  const shaped = grids.find(({ grid }) => grid.length * grid[0].length > 1) ?? grids[0];
  for (const { argument, grid } of grids) {
    const single = grid.length === 1 && grid[0].length === 1;
    if (!single && shapeText(grid) !== shapeText(shaped.grid)) {
      throw new AimaqError("argument.length", { argument, expected: shapeText(shaped.grid), actual: shapeText(grid) });
    }
  }
  return shaped.grid.map((row, r) =>
    row.map((_, c) => {
      const values: number[] = [];
      for (const { argument, grid } of grids) {
        const single = grid.length === 1 && grid[0].length === 1;
        const [gr, gc] = single ? [0, 0] : [r, c];
        try {
          const value = parseNumber(grid[gr][gc], gr, gc);
          if (value === null) return cellError("cell.missing", context, { argument, row: gr, column: gc });
          values.push(value);
        } catch (error) {
          return toExcelError(
            isAimaqError(error) ? new AimaqError(error.code, { ...error.details, argument }) : error,
            context,
          );
        }
      }
      try {
        return compute(...values);
      } catch (error) {
        return toExcelError(error, context);
      }
    }),
  );
}

/** LABOR_PRODUCTIVITY: formula (1), output / employed. */
export function laborProductivityCells(context: CallContext, output: unknown, employed: unknown) {
  return elementwise(
    context,
    [
      { raw: output, argument: "output" },
      { raw: employed, argument: "employed" },
    ],
    laborProductivity,
  );
}

/** CAPITAL_PRODUCTIVITY: first factor of formula (2), output / fixed assets. */
export function capitalProductivityCells(context: CallContext, output: unknown, fixedAssets: unknown) {
  return elementwise(
    context,
    [
      { raw: output, argument: "output" },
      { raw: fixedAssets, argument: "fixed_assets" },
    ],
    capitalProductivity,
  );
}

/** CAPITAL_LABOR_RATIO: second factor of formula (2), fixed assets / employed. */
export function capitalLaborRatioCells(context: CallContext, fixedAssets: unknown, employed: unknown) {
  return elementwise(
    context,
    [
      { raw: fixedAssets, argument: "fixed_assets" },
      { raw: employed, argument: "employed" },
    ],
    capitalLaborRatio,
  );
}

/** INNOV_ACTIVITY: formula (3), innovating / total × 100. */
export function innovActivityCells(context: CallContext, innovating: unknown, total: unknown) {
  return elementwise(
    context,
    [
      { raw: innovating, argument: "innovating" },
      { raw: total, argument: "total" },
    ],
    innovationActivityLevel,
  );
}

const PERIOD_FIELDS = 3;

/** Periods of PRODUCTIVITY_CHANGE: rows of (output, employed, fixed assets); three cells in a column are one period. */
function periodRows(raw: unknown, argument: string): Grid {
  const grid = gridArg(raw, argument);
  if (grid[0].length === PERIOD_FIELDS) return grid;
  if (grid.length === PERIOD_FIELDS && grid[0].length === 1) return [grid.map((row) => row[0])];
  throw new AimaqError("argument.length", { argument, expected: `1×3 / 3×1 / N×3`, actual: shapeText(grid) });
}

/** PRODUCTIVITY_CHANGE: formula (2) over two periods, one row (total, capital-productivity part, capital-labour part) per period pair. */
export function productivityChangeCells(context: CallContext, before: unknown, after: unknown): ExcelValue[][] {
  const earlier = periodRows(before, "before");
  const later = periodRows(after, "after");
  if (earlier.length !== later.length) {
    throw new AimaqError("argument.length", {
      argument: "after",
      expected: `${earlier.length}×3`,
      actual: `${later.length}×3`,
    });
  }
  return earlier.map((_, r) => {
    try {
      const [p0, p1] = [
        { grid: earlier, argument: "before" },
        { grid: later, argument: "after" },
      ].map(({ grid, argument }) => {
        const values = grid[r].map((cell, c) => {
          const value = forArgument(argument, () => parseNumber(cell, r, c));
          if (value === null) throw new AimaqError("data.insufficient", { argument, row: r, column: c });
          if (value <= 0) throw new AimaqError("value.notPositive", { argument, row: r, column: c, actual: value });
          return value;
        });
        return { output: values[0], employed: values[1], fixedAssets: values[2] };
      });
      const change = productivityChange(p0, p1);
      return [change.total, change.capitalProductivity, change.capitalLabor];
    } catch (error) {
      const value = toExcelError(error, context);
      return [value, value, value];
    }
  });
}

/** True when a cell is text that is neither a number nor a marker: a territory's name. */
function isName(cell: CellInput): boolean {
  if (typeof cell !== "string") return false;
  try {
    parseCell(cell);
    return false;
  } catch {
    return true;
  }
}

/** One value of the complex coefficient's output, #N/A with a message where undefined. */
function complexValue(context: CallContext, value: CellNumber, row?: number): ExcelValue {
  return value ?? cellError("value.undefined", context, { argument: "series", row });
}

/**
 * INNOV_COMPLEX: complex coefficient K (M4, formulas 5-9). One territory
 * (years × indicators) gives K, or with `detail` the rows T, O, I_T, I_O, I per
 * indicator; a long table whose first column names territories gives one row
 * (name, K) per territory, min/max across territories.
 */
export function innovComplexCells(
  context: CallContext,
  series: unknown,
  window: unknown,
  detail: unknown,
): ExcelValue[][] {
  const years = optionalCount(window, "window", DEFAULT_WINDOW, 2);
  const withDetail = optionalFlag(detail, "detail", false);
  const grid = gridArg(series, "series");
  if (grid.some((row) => isName(row[0]))) {
    if (withDetail) throw new AimaqError("argument.invalid", { argument: "detail", expected: "FALSE", actual: "TRUE" });
    const names: string[] = [];
    const rowsOf = new Map<string, CellInput[][]>();
    for (const row of grid) {
      const name = String(row[0] ?? "").trim();
      if (!rowsOf.has(name)) {
        names.push(name);
        rowsOf.set(name, []);
      }
      rowsOf.get(name)?.push(row.slice(1));
    }
    const territories = names.map((name) => tableArg(rowsOf.get(name), "series"));
    const results = forArgument("series", () => innovationComplexAcross(territories, years));
    return results.map((result: ComplexResult, t) => [names[t], complexValue(context, result.coefficient, t)]);
  }
  const result = forArgument("series", () => innovationComplex(tableArg(series, "series"), years));
  if (!withDetail) return [[complexValue(context, result.coefficient)]];
  return result.indicators.map((d, j) => [d.T, d.O, d.IT, d.IO, d.I].map((v) => complexValue(context, v, j)));
}
