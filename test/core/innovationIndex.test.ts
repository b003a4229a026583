import { innovationIndex } from "../../src/core/innovationIndex";
import { TABLE45_COLUMNS } from "../../src/workbook/csv";
import { readCsv } from "./csv";

const PARTIALS = TABLE45_COLUMNS;
/** Rows of Table 45 that the geometric mean with ε = 1e-5 reproduces (methodology R-45, D.13). */
const REPRODUCED_ROWS = [1, 2, 3, 4, 8, 9, 15, 16, 17, 18];

describe("innovationIndex (M6, Table 45)", () => {
  const rows = readCsv("table45_innovation_indices.csv");
  const result = innovationIndex(
    rows.map((r) => PARTIALS.map((k) => Number(r[k]))),
    { input: "partial" },
  );

  it.each(REPRODUCED_ROWS)("reproduces the published integral index of row %i within ±0.001", (rowNo) => {
    const i = rows.findIndex((r) => Number(r.row_no_as_printed) === rowNo);
    expect(Math.abs((result.index[i] as number) - Number(rows[i].integral_index))).toBeLessThanOrEqual(0.001);
  });

  it("Oskemen by hand: (0.525·0.605·0.540·0.403·0.343·0.211)^(1/6) = 0.4136", () => {
    expect(result.index[0]).toBeCloseTo(Math.pow(0.525 * 0.605 * 0.54 * 0.403 * 0.343 * 0.211, 1 / 6), 12);
    expect(result.index[0]).toBeCloseTo(0.4136, 4);
  });

  it("gives our values, not the source's, for the rows that do not reproduce (docs/errata.md)", () => {
    const ours = Object.fromEntries(rows.map((r, i) => [r.unit_id, result.index[i] as number]));
    // Published: Abai 0.073, Ayagoz 0.565, Zharma 0.455, Shemonaikha 0.365 (methodology R-45).
    expect(ours.abai).toBeCloseTo(0.0372, 4);
    expect(ours.ayagoz).toBeCloseTo(0.4084, 4);
    expect(ours.zharma).toBeCloseTo(0.4956, 4);
    expect(ours.shemonaikha).toBeCloseTo(0.452, 3);
  });

  it("arithmetic aggregation on request (Oskemen 0.438)", () => {
    const arithmetic = innovationIndex([PARTIALS.map((k) => Number(rows[0][k]))], {
      input: "partial",
      aggregation: "arithmetic",
    });
    expect(arithmetic.index[0]).toBeCloseTo(0.4378, 4);
  });

  it("raw input: min-max over the units first (all indicators ↑), then the geometric mean", () => {
    const raw = innovationIndex([
      [10, 1],
      [20, 3],
      [30, 2],
    ]);
    expect(raw.partial).toEqual([
      [0, 0],
      [0.5, 1],
      [1, 0.5],
    ]);
    expect(raw.index[0]).toBeCloseTo(1e-5, 15);
    expect(raw.index[1]).toBeCloseTo(Math.sqrt(0.5), 12);
    expect(raw.index[2]).toBeCloseTo(Math.sqrt(0.5), 12);
  });

  it("a unit missing more than half of its indicators gets null", () => {
    const partial = innovationIndex(
      [
        [0.5, 0.5, 0.5],
        [0.2, null, null],
      ],
      { input: "partial" },
    );
    expect(partial.index).toEqual([expect.closeTo(0.5, 12), null]);
    expect(partial.insufficient).toEqual([false, true]);
  });
});
