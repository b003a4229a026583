import { growthIndex, sharePercent } from "../../src/core/shares";
import { decimalsOf, readCsv, regionRow, units } from "./csv";

/** Table 26 2019 share columns and the Table 25 level each is a share of. */
const SHARE_OF: [string, string][] = [
  ["econ_active_share_2019_pct", "econ_active_population_thous"],
  ["employed_share_2019_pct", "employed_population_thous"],
  ["fixed_assets_share_2019_pct", "fixed_assets_mln_kzt"],
  ["enterprises_share_2019_pct", "enterprises_organisations"],
];

/** The two wrong cells of Table 26 (methodology R-summary #19; docs/errata.md). */
const WRONG_CELLS = new Set(["glubokoe/econ_active_share_2019_pct", "zharma/econ_active_share_2019_pct"]);

describe("sharePercent and growthIndex", () => {
  it("by hand", () => {
    expect(sharePercent(1, 4)).toBe(25);
    expect(sharePercent(-1, 4)).toBe(-25);
    expect(growthIndex(110, 100)).toBeCloseTo(110, 12);
    expect(growthIndex(50, 200)).toBe(25);
  });

  it("refuses a zero base and non-finite input", () => {
    expect(() => sharePercent(1, 0)).toThrow(expect.objectContaining({ code: "value.notPositive" }));
    expect(() => growthIndex(1, 0)).toThrow(expect.objectContaining({ code: "value.notPositive" }));
    expect(() => sharePercent(NaN, 1)).toThrow(expect.objectContaining({ code: "argument.invalid" }));
    expect(() => growthIndex(1, Infinity)).toThrow(expect.objectContaining({ code: "argument.invalid" }));
  });

  describe("Table 26 2019 shares from Table 25 levels (M7)", () => {
    const levels = readCsv("table25_resources_2020.csv");
    const region = regionRow(levels);
    const shares = units(readCsv("table26_resource_shares_2010_2019.csv"));
    const cells = shares.flatMap((row) =>
      SHARE_OF.map(([share, level]) => {
        const unit = levels.find((l) => l.unit_id === row.unit_id);
        if (!unit) throw new Error(`no Table 25 row for ${row.unit_id}`);
        return {
          id: `${row.unit_id}/${share}`,
          printed: row[share],
          ours: sharePercent(Number(unit[level]), Number(region[level])),
        };
      }),
    );

    it("covers 19 units × 4 columns", () => expect(cells).toHaveLength(76));

    it.each(cells.filter((c) => !WRONG_CELLS.has(c.id)).map((c) => [c.id, c]))(
      "%s within one unit of the last printed digit",
      (_, cell) => {
        const unit = 10 ** -decimalsOf(cell.printed);
        expect(Math.abs(cell.ours - Number(cell.printed))).toBeLessThanOrEqual(unit + 1e-9);
      },
    );

    it("the two wrong cells: our values (Glubokoe 4.93, Zharma 2.73) instead of the printed 35.2 and 4.93", () => {
      const glubokoe = cells.find((c) => c.id === "glubokoe/econ_active_share_2019_pct");
      const zharma = cells.find((c) => c.id === "zharma/econ_active_share_2019_pct");
      expect(glubokoe?.printed).toBe("35.2");
      expect(glubokoe?.ours.toFixed(2)).toBe("4.93");
      expect(zharma?.printed).toBe("4.93");
      expect(zharma?.ours.toFixed(2)).toBe("2.73");
    });
  });

  describe("Table 27 derived columns (M7): exact at the printed precision", () => {
    const rows = readCsv("table27_investment_inflow_h1.csv");
    const kz = rows.find((r) => r.unit_id === "kazakhstan");
    if (!kz) throw new Error("no Kazakhstan row");

    it.each(rows.map((r) => [r.unit_id, r]))("%s", (_, r) => {
      const h2019 = Number(r.inflow_h1_2019_mln_usd);
      const h2018 = Number(r.inflow_h1_2018_mln_usd);
      const atPrinted = (value: number, printed: string): string => value.toFixed(decimalsOf(printed));
      expect(atPrinted(growthIndex(h2019, h2018), r.growth_pct_2019_vs_2018)).toBe(r.growth_pct_2019_vs_2018);
      expect(atPrinted(h2019 - h2018, r.change_mln_usd_2019_minus_2018)).toBe(r.change_mln_usd_2019_minus_2018);
      expect(atPrinted(sharePercent(h2019, Number(kz.inflow_h1_2019_mln_usd)), r.share_of_kz_h1_2019_pct)).toBe(
        r.share_of_kz_h1_2019_pct,
      );
      expect(atPrinted(sharePercent(h2018, Number(kz.inflow_h1_2018_mln_usd)), r.share_of_kz_h1_2018_pct)).toBe(
        r.share_of_kz_h1_2018_pct,
      );
    });
  });
});
