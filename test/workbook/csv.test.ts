import { parseCsv, parseCsvRows } from "../../src/workbook/csv";
import { readCsv } from "../core/csv";

describe("parseCsv", () => {
  it("splits quoted fields with commas, escaped quotes and line ends", () => {
    expect(parseCsvRows('a,"b, c",d\n"say ""x""",,"two\nlines"\r\n')).toEqual([
      ["a", "b, c", "d"],
      ['say "x"', "", "two\nlines"],
    ]);
  });

  it("keys records by the header and refuses a row with another field count", () => {
    expect(parseCsv("unit_id,X1\nabai,4.8\n")).toEqual([{ unit_id: "abai", X1: "4.8" }]);
    expect(() => parseCsv("a,b\n1,2,3")).toThrow("CSV row 2: 3 fields, the header has 2");
  });

  it("reads the quoted row of Table 38 with all twelve fields", () => {
    const rows = readCsv("table38_partial_indices.csv");
    const i = rows.find((r) => r.statistic === "I");
    expect(i?.statistic_en).toBe("composite index of the partial indicator, 0.5*I_T + 0.5*I_O");
    expect(i?.R5).toBe("0.576");
  });

  it("reads every data file with a consistent field count", () => {
    const files = require("fs").readdirSync(require("path").join(__dirname, "..", "..", "data")) as string[];
    for (const file of files.filter((f) => f.endsWith(".csv"))) expect(readCsv(file).length).toBeGreaterThan(0);
  });
});
