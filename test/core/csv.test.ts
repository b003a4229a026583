import { readCsv, splitCsvLine } from "./csv";

describe("test CSV helper", () => {
  it("splits quoted fields with commas and escaped quotes", () => {
    expect(splitCsvLine('a,"b, c",d')).toEqual(["a", "b, c", "d"]);
    expect(splitCsvLine('"say ""x""",')).toEqual(['say "x"', ""]);
  });

  it("reads the quoted row of Table 38 with all twelve fields", () => {
    const rows = readCsv("table38_partial_indices.csv");
    const i = rows.find((r) => r.statistic === "I");
    expect(i?.statistic_en).toBe("composite index of the partial indicator, 0.5*I_T + 0.5*I_O");
    expect(i?.R5).toBe("0.576");
  });
});
