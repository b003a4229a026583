import {
  complexCoefficient,
  DEFAULT_WINDOW,
  innovationComplex,
  innovationComplexAcross,
} from "../../src/core/innovationComplex";
import { decimalsOf, readCsv } from "./csv";

const TABLE36_COLUMNS = ["X1", "X2", "X3", "X4", "X5", "E1", "E2", "E3", "E4", "E5"];
const TABLE38_COLUMNS = ["X1", "X2", "X3", "X4", "X5", "R1", "R2", "R3", "R4", "R5"];

/** Our T, I_O from methodology R-38 (recomputed there from Table 36; 4 decimals, R4/R5 I_O 3). */
const OUR_T = [1.4622, 1.0933, 1.0139, 0.8027, 0.965, 1.335, 1.4417, 1.5102, 0.845, 1.2164];
const OUR_IO = [0.5147, 0.3548, 0.4687, 0.4635, 0.5075, 0.5321, 0.5265, 0.5225, 0.611, 0.654];

describe("innovationComplex on Table 36 (M4, Table 38)", () => {
  const series = readCsv("table36_national_innovation_series.csv").map((r) => TABLE36_COLUMNS.map((c) => Number(r[c])));
  const printed = Object.fromEntries(readCsv("table38_partial_indices.csv").map((r) => [r.statistic, r]));
  const result = innovationComplex(series);

  it("uses the three-year window of the worked example", () => expect(DEFAULT_WINDOW).toBe(3));

  it.each(TABLE38_COLUMNS.filter((c) => c !== "X3").map((c, i) => [c, i < 2 ? i : i + 1]))(
    "O of %s = mean of 2016-2018, equal to the printed O within one unit of its last digit",
    (code, j) => {
      const text = printed.O[code as string];
      expect(Math.abs((result.indicators[j as number].O as number) - Number(text))).toBeLessThanOrEqual(
        10 ** -decimalsOf(text) + 1e-12,
      );
    },
  );

  it("O of X3 = 69236.3; the printed 692363 lost its decimal point (docs/errata.md)", () => {
    expect(result.indicators[2].O).toBeCloseTo(69236.3, 1);
    expect(printed.O.X3).toBe("692363");
    expect(Number(printed.O.X3) / 10).toBeCloseTo(result.indicators[2].O as number, 1);
  });

  it("T of X3 = (x2018 / x2015)^(1/3) = 1.0139, the printed 1.014", () => {
    expect(result.indicators[2].T).toBeCloseTo(1.0139, 4);
    expect((result.indicators[2].T as number).toFixed(3)).toBe(printed.T.X3);
  });

  it("our T and I_O of every indicator equal the recomputation of methodology R-38", () => {
    result.indicators.forEach((d, j) => {
      expect(Math.abs((d.T as number) - OUR_T[j])).toBeLessThanOrEqual(0.00051);
      expect(Math.abs((d.IO as number) - OUR_IO[j])).toBeLessThanOrEqual(0.00051);
    });
  });

  it("I_T = position of T among the window's annual growth coefficients (formula 8), recomputed here", () => {
    result.indicators.forEach((d, j) => {
      const x = series.map((row) => row[j]);
      const growth = [x[3] / x[2], x[4] / x[3], x[5] / x[4]];
      const t = Math.cbrt(x[5] / x[2]);
      const expected = (t - Math.min(...growth)) / (Math.max(...growth) - Math.min(...growth));
      expect(d.IT).toBeCloseTo(expected, 12);
    });
  });

  it("I = 0.5·I_T + 0.5·I_O and K = mean of the ten I; all in [0, 1]", () => {
    for (const d of result.indicators) {
      expect(d.I).toBeCloseTo(0.5 * (d.IT as number) + 0.5 * (d.IO as number), 12);
      for (const x of [d.IT, d.IO, d.I]) expect(x !== null && x >= 0 && x <= 1).toBe(true);
    }
    const mean = result.indicators.reduce((a, d) => a + (d.I as number), 0) / 10;
    expect(result.coefficient).toBeCloseTo(mean, 12);
    expect(result.coverage).toBe(10);
  });
});

describe("complexCoefficient, formula (9)", () => {
  it("K = 0.5078 from the ten printed I of Table 38", () => {
    const row = readCsv("table38_partial_indices.csv").find((r) => r.statistic === "I");
    if (!row) throw new Error("no I row");
    expect(complexCoefficient(TABLE38_COLUMNS.map((c) => Number(row[c])))).toBeCloseTo(0.5078, 10);
  });

  it("skips missing indices; null when none", () => {
    expect(complexCoefficient([0.2, null, 0.4])).toBeCloseTo(0.3, 12);
    expect(complexCoefficient([null])).toBeNull();
    expect(complexCoefficient([])).toBeNull();
  });
});

describe("innovationComplex on hand series", () => {
  it("doubling series: T = 2, degenerate growth range leaves I_T out, I = I_O", () => {
    const result = innovationComplex(
      [
        [1, 4],
        [2, 4],
        [4, 5],
        [8, 7],
      ],
      3,
    );
    const [doubling, other] = result.indicators;
    expect(doubling.T).toBeCloseTo(2, 12);
    expect(doubling.O).toBeCloseTo(14 / 3, 12);
    expect(doubling.IT).toBeNull();
    expect(doubling.IO).toBeCloseTo((14 / 3 - 2) / 6, 12);
    expect(doubling.I).toBeCloseTo((14 / 3 - 2) / 6, 12);
    // 4, 4, 5, 7: growth 1, 1.25, 1.4; T = (7/4)^(1/3); O = 16/3 within 4..7.
    const t = Math.cbrt(7 / 4);
    expect(other.T).toBeCloseTo(t, 12);
    expect(other.IT).toBeCloseTo((t - 1) / 0.4, 12);
    expect(other.IO).toBeCloseTo((16 / 3 - 4) / 3, 12);
    expect(result.coefficient).toBeCloseTo(((14 / 3 - 2) / 6 + ((t - 1) / 0.4 + (16 / 3 - 4) / 3) / 2) / 2, 12);
  });

  it("a missing year in the window: no O, no T; a non-positive level: no T", () => {
    const result = innovationComplex(
      [
        [1, 1],
        [2, 0],
        [null, 3],
        [4, 4],
      ],
      3,
    );
    expect(result.indicators[0]).toEqual({ T: null, O: null, IT: null, IO: null, I: null });
    expect(result.indicators[1].T).toBeNull();
    expect(result.indicators[1].O).toBeCloseTo(7 / 3, 12);
    expect(result.coverage).toBe(1);
  });

  it("refuses a window below 2, too few years and an empty table", () => {
    expect(() => innovationComplex([[1], [2], [3]], 1)).toThrow(expect.objectContaining({ code: "argument.invalid" }));
    expect(() => innovationComplex([[1], [2], [3]], 3)).toThrow(expect.objectContaining({ code: "data.insufficient" }));
    expect(() => innovationComplex([])).toThrow(expect.objectContaining({ code: "table.empty" }));
  });
});

describe("innovationComplexAcross (rating of territories, decision D.5)", () => {
  it("min-max of T and O across the territories", () => {
    const results = innovationComplexAcross(
      [
        [[1], [2], [3], [4]],
        [[1], [1], [1], [1]],
        [[2], [2], [4], [4]],
      ],
      3,
    );
    // T: 4^(1/3), 1, 2^(1/3); O: 3, 1, 10/3.
    const tA = Math.cbrt(4);
    const tC = Math.cbrt(2);
    expect(results.map((r) => r.indicators[0].T)).toEqual([expect.closeTo(tA, 12), 1, expect.closeTo(tC, 12)]);
    expect(results[0].indicators[0].IT).toBe(1);
    expect(results[2].indicators[0].IT).toBeCloseTo((tC - 1) / (tA - 1), 12);
    expect(results[0].indicators[0].IO).toBeCloseTo((3 - 1) / (10 / 3 - 1), 12);
    expect(results[1].coefficient).toBe(0);
  });

  it("the documented example: [1, 0]", () => {
    expect(
      innovationComplexAcross(
        [
          [[1], [2], [3], [4]],
          [[1], [1], [1], [1]],
        ],
        3,
      ).map((r) => r.coefficient),
    ).toEqual([1, 0]);
  });

  it("a single territory has degenerate ranges: null indices, null coefficient", () => {
    const [only] = innovationComplexAcross([[[1], [2], [3], [4]]], 3);
    expect(only.indicators[0].IT).toBeNull();
    expect(only.coefficient).toBeNull();
  });

  it("refuses no territories and short series", () => {
    expect(() => innovationComplexAcross([])).toThrow(expect.objectContaining({ code: "table.empty" }));
    expect(() => innovationComplexAcross([[[1], [2]]], 3)).toThrow(
      expect.objectContaining({ code: "data.insufficient" }),
    );
  });
});
