import fc from "fast-check";
import { ascendingOrder, lowerBound } from "../../src/core/sorted";

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

describe("ascendingOrder", () => {
  /** Reference: a comparison argsort, ties in input order. */
  const reference = (values: readonly number[]): number[] =>
    values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);

  test("positions in ascending order of value, ties in input order, −0 tied with 0", () => {
    expect(Array.from(ascendingOrder(Float64Array.of(3, -1, 2, -1)))).toEqual([1, 3, 2, 0]);
    expect(Array.from(ascendingOrder(Float64Array.of(0, -0, -5e-324, 5e-324, 0)))).toEqual([2, 0, 1, 4, 3]);
    expect(Array.from(ascendingOrder(Float64Array.of(Infinity, -Infinity, 1e308, -1e308)))).toEqual([1, 3, 2, 0]);
    expect(Array.from(ascendingOrder(new Float64Array(0)))).toEqual([]);
    expect(Array.from(ascendingOrder(Float64Array.of(7, 7, 7)))).toEqual([0, 1, 2]);
  });

  test("equals a comparison argsort on random doubles of every sign and magnitude", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 300 }), (values) => {
        expect(Array.from(ascendingOrder(Float64Array.from(values)))).toEqual(reference(values));
      }),
    );
  });

  test("orders long runs that single precision cannot tell apart, and values beyond its range", () => {
    // 1 + i·1e-12 all round to the single 1; 1e39·i and 1e-50·i overflow to ∞ and underflow to 0.
    const crowded = Array.from({ length: 200 }, (_, i) => 1 + ((i * 37) % 200) * 1e-12);
    const huge = Array.from({ length: 100 }, (_, i) => ((i * 13) % 100) * 1e39 * (i % 2 === 0 ? 1 : -1));
    const tiny = Array.from({ length: 100 }, (_, i) => ((i * 7) % 100) * 1e-50 * (i % 3 === 0 ? -1 : 1));
    for (const values of [crowded, huge, tiny, [...crowded, ...huge, ...tiny]]) {
      expect(Array.from(ascendingOrder(Float64Array.from(values)))).toEqual(reference(values));
    }
  });

  test("equals a comparison argsort on many ties and on values sharing their high bytes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 200 }),
        fc.array(fc.double({ min: 0.5, max: 0.50001, noNaN: true }), { maxLength: 200 }),
        (integers, close) => {
          expect(Array.from(ascendingOrder(Float64Array.from(integers)))).toEqual(reference(integers));
          expect(Array.from(ascendingOrder(Float64Array.from(close)))).toEqual(reference(close));
        },
      ),
    );
  });
});
