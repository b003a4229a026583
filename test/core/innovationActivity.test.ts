import fc from "fast-check";
import { innovationActivityLevel } from "../../src/core/innovationActivity";
import { readCsv } from "./csv";

describe("innovationActivityLevel, formula (3)", () => {
  const rows = readCsv("table15_innovation_activity_2020.csv");

  it.each(rows.map((r) => [r.name_en, r]))("Table 15, %s: equals the printed level at one decimal", (_, r) => {
    const ours = innovationActivityLevel(Number(r.enterprises_with_innovations), Number(r.enterprises));
    expect(ours.toFixed(1)).toBe(r.activity_level_pct);
  });

  it("region total: 236 / 1831 = 12.889 % (Table 14 prints 12.9)", () => {
    expect(innovationActivityLevel(236, 1831)).toBeCloseTo(12.8891, 4);
  });

  it("edge values: none and all", () => {
    expect(innovationActivityLevel(0, 5)).toBe(0);
    expect(innovationActivityLevel(5, 5)).toBe(100);
  });

  it.each([
    [1, 0, "value.notPositive"],
    [0, -3, "value.notPositive"],
    [-1, 10, "value.negative"],
    [11, 10, "value.outOfRange"],
    [NaN, 10, "argument.invalid"],
    [1, Infinity, "argument.invalid"],
  ])("refuses innovating = %p of total = %p with %s", (innovating, total, code) => {
    expect(() => innovationActivityLevel(innovating, total)).toThrow(expect.objectContaining({ code }));
  });

  it("always within 0..100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.double({ min: 0, max: 1, noNaN: true }), (total, share) => {
        const level = innovationActivityLevel(Math.floor(share * total), total);
        expect(level >= 0 && level <= 100).toBe(true);
      }),
    );
  });
});
