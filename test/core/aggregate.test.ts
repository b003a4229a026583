import fc from "fast-check";
import { aggregate, DEFAULT_ZERO_FLOOR } from "../../src/core/aggregate";

describe("aggregate", () => {
  it("geometric mean with the zero floor ε = 1e-5 by default (M6)", () => {
    expect(DEFAULT_ZERO_FLOOR).toBe(1e-5);
    expect(aggregate([4, 1, 2]).value).toBeCloseTo(2, 12);
    // Ridder, Table 45: two zero partial indices raised to ε.
    const ridder = aggregate([0.06, 0.398, 0, 0, 0.058, 0.091]).value as number;
    expect(ridder).toBeCloseTo(Math.pow(0.06 * 0.398 * 1e-5 * 1e-5 * 0.058 * 0.091, 1 / 6), 12);
    expect(ridder.toFixed(3)).toBe("0.005");
  });

  it("floors with the ε given, and only values below it", () => {
    expect(aggregate([0, 1], { zeroFloor: 0.01 }).value).toBeCloseTo(0.1, 12);
    expect(aggregate([0.5, 0.5], { zeroFloor: 0.9 }).value).toBeCloseTo(0.9, 12);
    expect(aggregate([0.02, 0.5], { zeroFloor: 0.01 }).value).toBeCloseTo(0.1, 12);
  });

  it("arithmetic mean, skipping missing values, with coverage", () => {
    expect(aggregate([1, null, 3], { method: "arithmetic" })).toEqual({ value: 2, coverage: 2, total: 3 });
    expect(aggregate([null, null])).toEqual({ value: null, coverage: 0, total: 2 });
    expect(aggregate([])).toEqual({ value: null, coverage: 0, total: 0 });
  });

  it("weights: weighted arithmetic and geometric means; zero weight counts as covered but not in the mean", () => {
    expect(aggregate([1, 4], { method: "arithmetic", weights: [3, 1] }).value).toBeCloseTo(1.75, 12);
    expect(aggregate([1, 8], { weights: [2, 1] }).value).toBeCloseTo(2, 12);
    expect(aggregate([5, 100], { method: "arithmetic", weights: [1, 0] })).toEqual({ value: 5, coverage: 2, total: 2 });
    expect(aggregate([5], { weights: [0] })).toEqual({ value: null, coverage: 1, total: 1 });
  });

  it("refuses wrong weights, a bad ε and negative values in a geometric mean", () => {
    expect(() => aggregate([1, 2], { weights: [1] })).toThrow(expect.objectContaining({ code: "argument.length" }));
    for (const w of [-1, NaN, Infinity])
      expect(() => aggregate([1, 2], { weights: [1, w] })).toThrow(
        expect.objectContaining({ code: "argument.invalid" }),
      );
    for (const floor of [0, -1, NaN, Infinity])
      expect(() => aggregate([1], { zeroFloor: floor })).toThrow(expect.objectContaining({ code: "argument.invalid" }));
    expect(() => aggregate([1, -0.5])).toThrow(expect.objectContaining({ code: "value.negative" }));
    expect(aggregate([1, -0.5], { method: "arithmetic" }).value).toBe(0.25);
  });

  it("a mean of values in [0, 1] stays in [0, 1] and lies between the extremes, never NaN", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom("geometric" as const, "arithmetic" as const),
        (values, method) => {
          const { value, coverage } = aggregate(values, { method });
          const present = values.filter((v): v is number => v !== null);
          expect(coverage).toBe(present.length);
          if (present.length === 0) return expect(value).toBeNull();
          expect(Number.isFinite(value)).toBe(true);
          const low =
            method === "geometric" ? Math.max(Math.min(...present), DEFAULT_ZERO_FLOOR) : Math.min(...present);
          expect(value as number).toBeGreaterThanOrEqual(low * (1 - 1e-12));
          expect(value as number).toBeLessThanOrEqual(
            Math.max(...present, method === "geometric" ? DEFAULT_ZERO_FLOOR : 0) * (1 + 1e-12),
          );
        },
      ),
    );
  });
});
