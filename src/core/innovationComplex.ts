import type { CellNumber } from "./cells";
import { AimaqError } from "./errors";
import { minMaxNormalize } from "./minMax";

/** Window of the worked example: O and T over the last three years (2016-2018 of Table 36). */
export const DEFAULT_WINDOW = 3;

/** Per-indicator statistics of M4 (Table 38 rows). */
export interface ComplexIndicator {
  /** Mean growth coefficient over the window, (x_last / x_before-window)^(1/window). */
  T: CellNumber;
  /** Mean level over the window. */
  O: CellNumber;
  /** Growth index, formula (8). */
  IT: CellNumber;
  /** Level index, formula (7) in its direct form. */
  IO: CellNumber;
  /** Composite index of the indicator, formula (6): 0.5·IT + 0.5·IO (the mean of those present). */
  I: CellNumber;
}

export interface ComplexResult {
  /** Complex coefficient K, formulas (5)/(9): arithmetic mean of the indicators' I; null when none is defined. */
  coefficient: CellNumber;
  indicators: ComplexIndicator[];
  /** Indicators that entered K. */
  coverage: number;
}

/** Window statistics of one indicator's series: T and O, the annual growth coefficients and levels. */
interface WindowStats {
  T: CellNumber;
  O: CellNumber;
  growth: number[] | null;
  levels: number[] | null;
}

function windowStats(series: readonly CellNumber[], window: number): WindowStats {
  const span = series.slice(series.length - window - 1);
  const levels = span.slice(1);
  const levelsPresent = levels.every((v) => v !== null) ? (levels as number[]) : null;
  const O = levelsPresent ? levelsPresent.reduce((a, b) => a + b, 0) / window : null;
  const positive = span.every((v) => v !== null && v > 0);
  if (!positive) return { T: null, O, growth: null, levels: levelsPresent };
  const values = span as number[];
  const growth = values.slice(1).map((v, t) => v / values[t]);
  const T = Math.pow(values[window] / values[0], 1 / window);
  return { T: Number.isFinite(T) ? T : null, O, growth, levels: levelsPresent };
}

/** Position of `value` in [min, max] of `range` (formulas 7, 8); null when the range is degenerate. */
function position(value: CellNumber, range: readonly number[] | null): CellNumber {
  if (value === null || range === null) return null;
  return minMaxNormalize([value, ...range]).values[0];
}

function meanOfPresent(values: readonly CellNumber[]): CellNumber {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

function checkWindow(window: number, years: number): void {
  if (!Number.isInteger(window) || window < 2)
    throw new AimaqError("argument.invalid", { argument: "window", actual: window, expected: ">= 2" });
  if (years < window + 1)
    throw new AimaqError("data.insufficient", { argument: "series", expected: window + 1, actual: years });
}

/**
 * Complex coefficient from the indicators' composite indices, formula (9):
 * K = (1/n)·Σ I_j over the indices present (the published 0.5078 is the
 * arithmetic mean of Table 38's ten I).
 *
 * @example complexCoefficient([0.574, 0.534, 0.516, 0.318, 0.472, 0.451, 0.474, 0.518, 0.645, 0.576]) // 0.5078
 */
export function complexCoefficient(indices: readonly CellNumber[]): CellNumber {
  return meanOfPresent(indices);
}

/**
 * Complex coefficient of innovation activity of one territory (M4, formulas 5-9;
 * инновациялық белсенділіктің кешенді көрсеткіші), from its own time series:
 * rows = consecutive years (oldest first), columns = indicators (X1-X5, R1-R5),
 * all ↑. Over the last `window` years: O = mean level, T = mean chain growth
 * coefficient (x_last / x_before)^(1/window), x_before = the year before the
 * window; I_O and I_T = position of O and T within the window's annual levels and
 * growth coefficients (direct form of formula 7, and formula 8); I = mean of I_T and I_O (formula 6); K = mean of I.
 * A degenerate range (max = min) leaves that index out; growth needs positive
 * values. O(years·indicators).
 *
 * @example innovationComplex([[1, 4], [2, 4], [4, 5], [8, 7]], 3).indicators[0].T // 2
 */
export function innovationComplex(series: readonly (readonly CellNumber[])[], window = DEFAULT_WINDOW): ComplexResult {
  if (series.length === 0 || series[0].length === 0) throw new AimaqError("table.empty");
  checkWindow(window, series.length);
  const indicators: ComplexIndicator[] = [];
  for (let j = 0; j < series[0].length; j++) {
    const stats = windowStats(
      series.map((row) => row[j]),
      window,
    );
    const IT = position(stats.T, stats.growth);
    const IO = position(stats.O, stats.levels);
    indicators.push({ T: stats.T, O: stats.O, IT, IO, I: meanOfPresent([IT, IO]) });
  }
  return finish(indicators);
}

function finish(indicators: ComplexIndicator[]): ComplexResult {
  const coefficient = complexCoefficient(indicators.map((d) => d.I));
  return { coefficient, indicators, coverage: indicators.filter((d) => d.I !== null).length };
}

/**
 * Complex coefficient for several territories (the rating use M4 proposes):
 * T and O of each indicator per territory over its own window, then I_T and I_O
 * by min-max across the territories (docs/decisions.md, D.5). One result per
 * territory, in input order. Each territory's rows are its years, oldest first.
 *
 * @example innovationComplexAcross([[[1], [2], [3], [4]], [[1], [1], [1], [1]]], 3).map((r) => r.coefficient) // [1, 0]
 */
export function innovationComplexAcross(
  territories: readonly (readonly (readonly CellNumber[])[])[],
  window = DEFAULT_WINDOW,
): ComplexResult[] {
  if (territories.length === 0) throw new AimaqError("table.empty");
  const width = territories[0][0]?.length ?? 0;
  if (width === 0) throw new AimaqError("table.empty");
  territories.forEach((rows) => checkWindow(window, rows.length));
  const stats = territories.map((rows) =>
    Array.from({ length: width }, (_, j) =>
      windowStats(
        rows.map((row) => row[j]),
        window,
      ),
    ),
  );
  const perIndicator = Array.from({ length: width }, (_, j) => ({
    IT: minMaxNormalize(stats.map((s) => s[j].T)).values,
    IO: minMaxNormalize(stats.map((s) => s[j].O)).values,
  }));
  return stats.map((territory, t) =>
    finish(
      territory.map((s, j) => {
        const IT = perIndicator[j].IT[t];
        const IO = perIndicator[j].IO[t];
        return { T: s.T, O: s.O, IT, IO, I: meanOfPresent([IT, IO]) };
      }),
    ),
  );
}
