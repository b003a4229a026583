import fc from "fast-check";
import type { CellNumber } from "../../src/core/cells";
import { rank, type TieRule } from "../../src/core/ranks";

/** Reference by definition: count the values above/below (O(n²)). */
function reference(values: readonly CellNumber[], ties: TieRule, descending: boolean): CellNumber[] {
  const present = values.filter((v): v is number => v !== null);
  const distinct = [...new Set(present)];
  return values.map((v) => {
    if (v === null) return null;
    const better = present.filter((x) => (descending ? x > v : x < v)).length;
    const equal = present.filter((x) => x === v).length;
    if (ties === "competition") return better + 1;
    if (ties === "average") return better + (equal + 1) / 2;
    return distinct.filter((x) => (descending ? x > v : x < v)).length + 1;
  });
}

describe("rank", () => {
  it("Excel's RANK.EQ, RANK.AVG and dense ranks, descending by default", () => {
    expect(rank([10, 20, 20, 5])).toEqual([3, 1, 1, 4]);
    expect(rank([10, 20, 20, 5], { ties: "average" })).toEqual([3, 1.5, 1.5, 4]);
    expect(rank([10, 20, 20, 5], { ties: "dense" })).toEqual([2, 1, 1, 3]);
  });

  it("ascending order", () => {
    expect(rank([10, 20, 20, 5], { order: "ascending" })).toEqual([2, 3, 3, 1]);
    expect(rank([10, 20, 20, 5], { order: "ascending", ties: "average" })).toEqual([2, 3.5, 3.5, 1]);
    expect(rank([10, 20, 20, 5], { order: "ascending", ties: "dense" })).toEqual([2, 3, 3, 1]);
  });

  it("missing values get no rank and are not counted; -0 ties with 0", () => {
    expect(rank([null, 3, null, 1])).toEqual([null, 1, null, 2]);
    expect(rank([])).toEqual([]);
    expect(rank([null])).toEqual([null]);
    expect(rank([0, -0, 1])).toEqual([2, 2, 1]);
    expect(rank([7])).toEqual([1]);
  });

  it("agrees with the definition for every tie rule and order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }), { maxLength: 30 }),
        fc.constantFrom<TieRule>("competition", "average", "dense"),
        fc.boolean(),
        (values, ties, descending) => {
          expect(rank(values, { ties, order: descending ? "descending" : "ascending" })).toEqual(
            reference(values, ties, descending),
          );
        },
      ),
    );
  });

  it("ranks lie in 1..n, equal values share a rank, permuting units permutes ranks", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 30 }), (values) => {
        const ranks = rank(values) as number[];
        ranks.forEach((r, i) => {
          expect(r >= 1 && r <= values.length).toBe(true);
          values.forEach((v, j) => {
            if (v === values[i]) expect(ranks[j]).toBe(r);
          });
        });
        const reversed = rank([...values].reverse());
        expect(reversed).toEqual([...ranks].reverse());
      }),
    );
  });
});
