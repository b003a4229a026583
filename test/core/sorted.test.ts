import fc from "fast-check";
import { lowerBound } from "../../src/core/sorted";

describe("lowerBound", () => {
  test("counts the elements below the value, ties included on the right", () => {
    const sorted = Float64Array.of(1, 2, 2, 5);
    expect([0, 1, 2, 3, 5, 6].map((v) => lowerBound(sorted, v))).toEqual([0, 0, 1, 3, 3, 4]);
    expect(lowerBound(new Float64Array(0), 1)).toBe(0);
  });

  test("equals a linear count on random arrays", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), fc.integer({ min: -6, max: 6 }), (values, v) => {
        const sorted = Float64Array.from(values).sort();
        expect(lowerBound(sorted, v)).toBe(values.filter((x) => x < v).length);
      }),
    );
  });
});
