import fc from "fast-check";
import { minMaxNormalize, type Direction } from "../../src/core/minMax";
import { PARTIAL_Y, SEMEY_X4_CORRECTED, table40 } from "./fixtures";

const DIRECTIONS: Direction[] = [-1, -1, 1, 1, 1, 1];

describe("minMaxNormalize, formulas (10) and (11)", () => {
  it("scales ↑ and reflects ↓ by hand", () => {
    expect(minMaxNormalize([2, 4, 6]).values).toEqual([0, 0.5, 1]);
    expect(minMaxNormalize([2, 4, 6], -1).values).toEqual([1, 0.5, 0]);
    expect(minMaxNormalize([10, 0, 2.5])).toEqual({
      values: [1, 0, 0.25],
      degenerate: false,
      min: 0,
      max: 10,
      present: 3,
    });
  });

  it("keeps missing values missing and takes min and max over the present ones", () => {
    expect(minMaxNormalize([null, 3, 1, null, 2])).toEqual({
      values: [null, 1, 0, null, 0.5],
      degenerate: false,
      min: 1,
      max: 3,
      present: 3,
    });
  });

  it("marks a column with a single distinct value as degenerate and returns nulls, never NaN", () => {
    expect(minMaxNormalize([5, 5, null, 5])).toEqual({
      values: [null, null, null, null],
      degenerate: true,
      min: 5,
      max: 5,
      present: 3,
    });
    expect(minMaxNormalize([7])).toMatchObject({ values: [null], degenerate: true, present: 1 });
    expect(minMaxNormalize([null, null])).toEqual({
      values: [null, null],
      degenerate: true,
      min: 0,
      max: 0,
      present: 0,
    });
    expect(minMaxNormalize([])).toMatchObject({ values: [], degenerate: true, present: 0 });
  });

  it("treats a range that overflows as degenerate", () => {
    expect(minMaxNormalize([-1.7e308, 1.7e308]).degenerate).toBe(true);
  });

  it("reproduces the partial assessments Y of Table 40 (methodology, R-check of M5 inputs, 3 decimals)", () => {
    const { ids, values } = table40();
    const ys = DIRECTIONS.map(
      (d, k) =>
        minMaxNormalize(
          values.map((row) => row[k]),
          d,
        ).values,
    );
    ids.forEach((id, i) => {
      const expected = PARTIAL_Y[id];
      const ours = [ys[0][i], ys[1][i], ys[2][i], ys[3][i], ys[4][i], ys[5][i]] as number[];
      const printed = [expected[0], expected[1], expected[2], expected[3], expected[5], expected[6]];
      ours.forEach((y, k) => expect(Math.abs(y - printed[k])).toBeLessThanOrEqual(0.0005 + 1e-12));
    });
  });

  it("reproduces Y4 with Semey's X4 corrected to 531,694", () => {
    const { ids, values } = table40();
    const x4 = values.map((row, i) => (ids[i] === "semey" ? SEMEY_X4_CORRECTED : row[3]));
    const y4 = minMaxNormalize(x4).values as number[];
    ids.forEach((id, i) => expect(Math.abs(y4[i] - PARTIAL_Y[id][4])).toBeLessThanOrEqual(0.0005 + 1e-12));
  });
});

describe("minMaxNormalize, properties", () => {
  const column = fc.array(fc.option(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { nil: null }), {
    minLength: 1,
    maxLength: 40,
  });

  it("stays in [0, 1] with no NaN, Infinity or undefined", () => {
    fc.assert(
      fc.property(column, fc.constantFrom<Direction>(1, -1), (values, d) => {
        const result = minMaxNormalize(values, d);
        expect(result.values).toHaveLength(values.length);
        for (const y of result.values) expect(y === null || (Number.isFinite(y) && y >= 0 && y <= 1)).toBe(true);
        expect(Number.isFinite(result.min) && Number.isFinite(result.max)).toBe(true);
      }),
    );
  });

  it("mirrors under a direction flip: Y(−1) = 1 − Y(+1)", () => {
    fc.assert(
      fc.property(column, (values) => {
        const up = minMaxNormalize(values, 1).values;
        const down = minMaxNormalize(values, -1).values;
        up.forEach((y, i) => (y === null ? expect(down[i]).toBeNull() : expect(down[i]).toBeCloseTo(1 - y, 12)));
      }),
    );
  });

  it("permutes with the units", () => {
    fc.assert(
      fc.property(
        column.chain((values) =>
          fc.tuple(
            fc.constant(values),
            fc.shuffledSubarray(
              values.map((_, i) => i),
              { minLength: values.length, maxLength: values.length },
            ),
          ),
        ),
        ([values, order]) => {
          const direct = minMaxNormalize(values).values;
          const permuted = minMaxNormalize(order.map((i) => values[i])).values;
          order.forEach((i, p) => expect(permuted[p]).toBe(direct[i]));
        },
      ),
    );
  });

  it("is invariant to positive affine transforms of the column", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 30 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (values, a, b) => {
          const direct = minMaxNormalize(values).values;
          const moved = minMaxNormalize(values.map((v) => a * v + b)).values;
          direct.forEach((y, i) => (y === null ? expect(moved[i]).toBeNull() : expect(moved[i]).toBeCloseTo(y, 6)));
        },
      ),
    );
  });
});
