import fc from "fast-check";
import { classify, type ClassifyMethod } from "../../src/core/classify";
import { CKMEANS_GROUPS, table40 } from "./fixtures";

describe("classify", () => {
  it("ckmeans (default): ordered groups, 1 = lowest values", () => {
    expect(classify([3, 1, 2, 10], 2)).toEqual({ groups: [1, 1, 1, 2], k: 2, requestedK: 2, reduced: false });
  });

  it("quantile: equal counts by position, ties share a group", () => {
    expect(classify([1, 2, 3, 4], 2, "quantile").groups).toEqual([1, 1, 2, 2]);
    expect(classify([1, 2, 2, 2, 3, 4], 3, "quantile").groups).toEqual([1, 1, 1, 1, 3, 3]);
  });

  it("equal: equal-width intervals between min and max", () => {
    expect(classify([0, 1, 4.9, 5, 10], 2, "equal").groups).toEqual([1, 1, 1, 2, 2]);
    expect(classify([-1.7e308, 1.7e308], 2, "equal").groups).toEqual([1, 2]);
  });

  it("missing values get no group; k is reduced to the distinct values", () => {
    expect(classify([null, 2, 2, null], 3)).toEqual({ groups: [null, 1, 1, null], k: 1, requestedK: 3, reduced: true });
    expect(classify([5, 6], 5, "quantile")).toMatchObject({ groups: [1, 2], k: 2, reduced: true });
    expect(classify([5, 6], 5, "equal")).toMatchObject({ groups: [1, 2], k: 2, reduced: true });
  });

  it("refuses k < 1, no values and an unknown method", () => {
    expect(() => classify([1], 0)).toThrow(expect.objectContaining({ code: "argument.invalid" }));
    expect(() => classify([null], 2)).toThrow(expect.objectContaining({ code: "data.insufficient" }));
    expect(() => classify([1, 2], 2, "jenks" as ClassifyMethod)).toThrow(
      expect.objectContaining({ code: "argument.invalid" }),
    );
  });

  it("Table 40 X3 wage: the Ckmeans groups of methodology R-41", () => {
    const { ids, values } = table40();
    const { groups } = classify(
      values.map((row) => row[2]),
      5,
    );
    ids.forEach((id, i) => expect([id, groups[i]]).toEqual([id, CKMEANS_GROUPS[id].x3]));
  });

  it("every method: groups in 1..k, ties never split, ordered by value, no NaN or undefined", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -20, max: 20 }), { nil: null }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom<ClassifyMethod>("ckmeans", "quantile", "equal"),
        (values, k, method) => {
          if (values.every((v) => v === null)) return;
          const result = classify(values, k, method);
          values.forEach((v, i) => {
            const g = result.groups[i];
            if (v === null) return expect(g).toBeNull();
            expect(Number.isInteger(g) && (g as number) >= 1 && (g as number) <= result.k).toBe(true);
            values.forEach((w, j) => {
              if (w === null) return;
              if (w === v) expect(result.groups[j]).toBe(g);
              if (w > v) expect(result.groups[j] as number).toBeGreaterThanOrEqual(g as number);
            });
          });
        },
      ),
    );
  });
});
