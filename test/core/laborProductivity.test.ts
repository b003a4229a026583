import fc from "fast-check";
import {
  capitalLaborRatio,
  capitalProductivity,
  laborProductivity,
  productivityChange,
} from "../../src/core/laborProductivity";

describe("labour productivity, formulas (1) and (2)", () => {
  it("LP = GRP / E, CP = GRP / FA, KL = FA / E, and LP = CP × KL", () => {
    expect(laborProductivity(500, 20)).toBe(25);
    expect(capitalProductivity(500, 1000)).toBe(0.5);
    expect(capitalLaborRatio(1000, 20)).toBe(50);
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.double({ min: 1, max: 1e7, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        (output, employed, assets) => {
          const lp = laborProductivity(output, employed);
          expect(capitalProductivity(output, assets) * capitalLaborRatio(assets, employed)).toBeCloseTo(
            lp,
            10 - Math.max(0, Math.ceil(Math.log10(lp))),
          );
        },
      ),
    );
  });

  it("refuses a non-positive denominator, non-finite input and an overflowing quotient", () => {
    expect(() => laborProductivity(1, 0)).toThrow(expect.objectContaining({ code: "value.notPositive" }));
    expect(() => capitalProductivity(1, -5)).toThrow(expect.objectContaining({ code: "value.notPositive" }));
    expect(() => capitalLaborRatio(NaN, 1)).toThrow(expect.objectContaining({ code: "argument.invalid" }));
    expect(() => laborProductivity(1e300, 1e-300)).toThrow(expect.objectContaining({ code: "value.outOfRange" }));
    expect(laborProductivity(-10, 5)).toBe(-2);
  });
});

describe("productivityChange: decomposition by the logarithmic mean", () => {
  it("capital deepening only", () => {
    expect(
      productivityChange(
        { output: 100, employed: 10, fixedAssets: 200 },
        { output: 150, employed: 10, fixedAssets: 300 },
      ),
    ).toEqual({
      total: 0.5,
      capitalProductivity: 0,
      capitalLabor: 0.5,
    });
  });

  it("by hand: LP doubles while CP halves and KL quadruples: parts −1 and +2", () => {
    const change = productivityChange(
      { output: 100, employed: 10, fixedAssets: 100 },
      { output: 200, employed: 10, fixedAssets: 400 },
    );
    expect(change.total).toBe(1);
    expect(change.capitalProductivity).toBeCloseTo(-1, 12);
    expect(change.capitalLabor).toBeCloseTo(2, 12);
  });

  it("LP unchanged: the parts are ±Δln CP and add up to 0", () => {
    const change = productivityChange(
      { output: 100, employed: 10, fixedAssets: 200 },
      { output: 100, employed: 10, fixedAssets: 300 },
    );
    expect(change.total).toBe(0);
    expect(change.capitalProductivity).toBeCloseTo(Math.log(2 / 3), 12);
    expect(change.capitalProductivity + change.capitalLabor).toBe(0);
  });

  it("the parts always add up to the total and are finite", () => {
    const period = fc.record({
      output: fc.double({ min: 1e-2, max: 1e9, noNaN: true }),
      employed: fc.double({ min: 1, max: 1e6, noNaN: true }),
      fixedAssets: fc.double({ min: 1e-2, max: 1e9, noNaN: true }),
    });
    fc.assert(
      fc.property(period, period, (before, after) => {
        const c = productivityChange(before, after);
        for (const x of [c.total, c.capitalProductivity, c.capitalLabor]) expect(Number.isFinite(x)).toBe(true);
        expect(Math.abs(c.capitalProductivity + c.capitalLabor - c.total)).toBeLessThanOrEqual(
          1e-12 * (1 + Math.abs(c.total)),
        );
        // Each part has the sign of its factor's change.
        const cpChange = after.output / after.fixedAssets - before.output / before.fixedAssets;
        if (Math.abs(cpChange) > 1e-9 * (before.output / before.fixedAssets))
          expect(Math.sign(c.capitalProductivity)).toBe(Math.sign(cpChange));
      }),
    );
  });

  it("refuses non-positive output (no logarithm)", () => {
    expect(() =>
      productivityChange({ output: 0, employed: 1, fixedAssets: 1 }, { output: 1, employed: 1, fixedAssets: 1 }),
    ).toThrow(expect.objectContaining({ code: "value.notPositive" }));
    expect(() =>
      productivityChange({ output: 1, employed: 1, fixedAssets: 1 }, { output: 1, employed: 0, fixedAssets: 1 }),
    ).toThrow(expect.objectContaining({ code: "value.notPositive" }));
  });
});
