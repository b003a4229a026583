import fc from "fast-check";
import { DEPRESSION_LEVELS, depressivity } from "../../src/core/depressivity";
import type { Direction } from "../../src/core/minMax";
import { PARTIAL_Y, table40 } from "./fixtures";

const TABLE40_DIRECTIONS: Direction[] = [-1, -1, 1, 1, 1, 1];

describe("depressivity (M5 with the composite extension, methodology D.4 a)", () => {
  it("by hand: one ↓ indicator", () => {
    const result = depressivity([[1], [2], [3]], { directions: [-1], k: 3 });
    expect(result.partial).toEqual([[1], [0.5], [0]]);
    expect(result.score).toEqual([0, 0.5, 1]);
    expect(result.rank).toEqual([3, 2, 1]);
    expect(result.level).toEqual([1, 2, 3]);
    expect(result.k).toBe(3);
  });

  it("score = 1 − weighted mean of Y; ties share rank and level", () => {
    const result = depressivity(
      [
        [0, 10],
        [10, 0],
        [10, 10],
        [0, 0],
      ],
      { weights: [3, 1], k: 2 },
    );
    expect(result.score).toEqual([0.75, 0.25, 0, 1]);
    const tied = depressivity([[1], [1], [2]], { k: 5 });
    expect(tied.rank).toEqual([1, 1, 3]);
    expect(tied.level).toEqual([2, 2, 1]);
    expect(tied.k).toBe(2);
  });

  it("missing rows get null score, rank and level", () => {
    const result = depressivity([
      [1, 2],
      [null, null],
      [3, 4],
    ]);
    expect(result.score[1]).toBeNull();
    expect(result.rank[1]).toBeNull();
    expect(result.level[1]).toBeNull();
    expect(result.rank).toEqual([1, null, 2]);
  });

  it("Table 40: the partial scores are the published Y and the score is 1 − their mean", () => {
    const { ids, values } = table40();
    const result = depressivity(values, { directions: TABLE40_DIRECTIONS });
    expect(DEPRESSION_LEVELS).toBe(5);
    ids.forEach((id, i) => {
      const y = PARTIAL_Y[id];
      const printed = [y[0], y[1], y[2], y[3], y[5], y[6]];
      result.partial[i].forEach((ours, k) =>
        expect(Math.abs((ours as number) - printed[k])).toBeLessThanOrEqual(0.0005 + 1e-12),
      );
      const fromPrinted = 1 - printed.reduce((a, b) => a + b, 0) / 6;
      expect(Math.abs((result.score[i] as number) - fromPrinted)).toBeLessThanOrEqual(0.0005);
    });
    expect(result.k).toBe(5);
    // Levels are ordered by the score: more depressed never gets a lower level.
    ids.forEach((_, i) =>
      ids.forEach((__, j) => {
        if ((result.score[i] as number) < (result.score[j] as number))
          expect(result.level[i] as number).toBeLessThanOrEqual(result.level[j] as number);
      }),
    );
  });

  it("refuses k < 1", () => {
    expect(() => depressivity([[1], [2]], { k: 0 })).toThrow(expect.objectContaining({ code: "argument.invalid" }));
  });

  it("scores in [0, 1], ranks in 1..n, levels in 1..k; never NaN or undefined", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 3, maxLength: 3 }), {
          minLength: 2,
          maxLength: 15,
        }),
        fc.integer({ min: 1, max: 6 }),
        (table, k) => {
          let result;
          try {
            result = depressivity(table, { directions: [1, -1, 1], k });
          } catch (error) {
            return expect((error as { code: string }).code).toBe("data.allDegenerate");
          }
          result.score.forEach((s, i) => {
            expect(s !== null && s >= 0 && s <= 1).toBe(true);
            expect(Number.isInteger(result.rank[i]) && (result.rank[i] as number) <= table.length).toBe(true);
            expect((result.level[i] as number) >= 1 && (result.level[i] as number) <= result.k).toBe(true);
          });
        },
      ),
    );
  });
});
