import fc from "fast-check";
import type { CellNumber } from "../../src/core/cells";
import { aggregate } from "../../src/core/aggregate";
import { composite } from "../../src/core/composite";
import { minMaxNormalize, type Direction } from "../../src/core/minMax";

describe("composite", () => {
  it("min-max per column with directions, then the arithmetic mean per row", () => {
    const result = composite(
      [
        [1, 10, 5],
        [2, 30, 3],
        [3, 20, 1],
      ],
      { normalize: true, directions: [1, 1, -1], aggregation: "arithmetic" },
    );
    expect(result.partial).toEqual([
      [0, 0, 0],
      [0.5, 1, 0.5],
      [1, 0.5, 1],
    ]);
    expect(result.value).toEqual([0, 2 / 3, 2.5 / 3]);
    expect(result).toMatchObject({
      usableColumns: 3,
      degenerateColumns: [],
      coverage: [3, 3, 3],
      insufficient: [false, false, false],
    });
  });

  it("partial is an ordinary enumerable field for spread, JSON and equality", () => {
    const result = composite(
      [
        [1, 2],
        [3, null],
      ],
      { normalize: true, aggregation: "arithmetic" },
    );
    expect({ ...result }.partial).toEqual([
      [0, null],
      [1, null],
    ]);
    expect(JSON.parse(JSON.stringify(result)).partial).toEqual([
      [0, null],
      [1, null],
    ]);
    expect(result.partial).toBe(result.partial);
  });

  it("leaves degenerate columns out and lists them", () => {
    const result = composite(
      [
        [1, 7, null],
        [3, 7, 4],
      ],
      { normalize: true, aggregation: "arithmetic" },
    );
    // Column 1 is constant, column 2 has one value: both degenerate.
    expect(result.degenerateColumns).toEqual([1, 2]);
    expect(result.usableColumns).toBe(1);
    expect(result.partial).toEqual([
      [0, null, null],
      [1, null, null],
    ]);
    expect(result.value).toEqual([0, 1]);
  });

  it("gives null to a row with fewer than half of the usable indicators (coverage rule)", () => {
    const table: CellNumber[][] = [
      [0, 0, 0, 0],
      [1, 1, 1, 1],
      [0.5, null, null, null], // 1 of 4 < half: null
      [0.5, 0.5, null, null], // 2 of 4 = half: kept
    ];
    const result = composite(table, { normalize: false, aggregation: "arithmetic" });
    expect(result.coverage).toEqual([4, 4, 1, 2]);
    expect(result.insufficient).toEqual([false, false, true, false]);
    expect(result.value).toEqual([0, 1, null, 0.5]);
  });

  it("takes partial indices as they are when not normalising, and refuses values outside 0..1", () => {
    const result = composite(
      [
        [0.25, 1],
        [0, null],
      ],
      { normalize: false, aggregation: "geometric", zeroFloor: 0.01 },
    );
    expect(result.value[0]).toBeCloseTo(0.5, 12);
    // One of two indicators present is half: kept; its zero is floored at ε = 0.01.
    expect(result.value[1]).toBeCloseTo(0.01, 12);
    expect(result.partial).toEqual([
      [0.25, 1],
      [0, null],
    ]);
  });

  it("names the first cell outside 0..1 in reading order", () => {
    const error = (() => {
      try {
        composite(
          [
            [0.5, 0.5, 0.5],
            [0.5, null, -0.25],
            [1.5, 0.5, 0.5],
          ],
          { normalize: false, aggregation: "arithmetic" },
        );
      } catch (caught) {
        return caught as { code: string; details: Record<string, unknown> };
      }
      return null;
    })();
    expect(error?.code).toBe("value.outOfRange");
    expect(error?.details).toMatchObject({ row: 1, column: 2, actual: -0.25 });
  });

  it("a result keeps its partial indices after later calls reuse the copy buffer", () => {
    const first = composite(
      [
        [1, 4],
        [3, 2],
      ],
      { normalize: true, directions: [1, -1], aggregation: "arithmetic" },
    );
    const second = composite(
      [
        [10, 0],
        [20, 5],
        [30, 10],
      ],
      { normalize: true, aggregation: "arithmetic" },
    );
    expect(first.partial).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(first.value).toEqual([0, 1]);
    expect(second.value).toEqual([0, 0.5, 1]);
  });

  it("a table larger than the reused buffer (over 2^20 cells) gives the same results", () => {
    const columns = 1030;
    const row = (r: number): number[] => Array.from({ length: columns }, (_, c) => ((r * 7 + c * 13) % 101) / 100);
    const rows = Array.from({ length: 1024 }, (_, r) => row(r));
    const large = composite(rows, { normalize: false, aggregation: "arithmetic" });
    const small = composite(rows.slice(0, 3), { normalize: false, aggregation: "arithmetic" });
    expect(large.value.slice(0, 3)).toEqual(small.value);
    const mean = row(1023).reduce((a, b) => a + b, 0) / columns;
    expect(large.value[1023]).toBeCloseTo(mean, 12);
  });

  it("geometric mean of many floored factors does not underflow (ε^120 = 1e-600)", () => {
    const zeros = new Array(120).fill(0);
    const result = composite([zeros, zeros.map(() => 1)], { normalize: false, aggregation: "geometric" });
    expect(result.value[0]).toBeCloseTo(1e-5, 15);
    expect(result.value[1]).toBe(1);
  });

  it("weights and the geometric zero floor", () => {
    const result = composite([[0, 1]], {
      normalize: false,
      aggregation: "geometric",
      weights: [1, 3],
      zeroFloor: 1e-4,
    });
    expect(result.value[0]).toBeCloseTo(Math.pow(1e-4, 1 / 4), 12);
  });

  it("refuses bad shapes and arguments with typed errors", () => {
    const code = (task: () => unknown): string => {
      try {
        task();
      } catch (error) {
        return (error as { code: string }).code;
      }
      return "none";
    };
    expect(code(() => composite([], { normalize: true, aggregation: "arithmetic" }))).toBe("table.empty");
    expect(code(() => composite([[1, 2], [3]], { normalize: true, aggregation: "arithmetic" }))).toBe("table.ragged");
    expect(code(() => composite([[1, 2]], { normalize: true, aggregation: "arithmetic", directions: [1] }))).toBe(
      "argument.length",
    );
    expect(code(() => composite([[1, 2]], { normalize: true, aggregation: "arithmetic", weights: [1] }))).toBe(
      "argument.length",
    );
    expect(code(() => composite([[1, 2]], { normalize: true, aggregation: "arithmetic", weights: [1, -1] }))).toBe(
      "argument.invalid",
    );
    expect(code(() => composite([[1.5]], { normalize: false, aggregation: "arithmetic" }))).toBe("value.outOfRange");
    expect(code(() => composite([[1], [1]], { normalize: true, aggregation: "arithmetic" }))).toBe(
      "data.allDegenerate",
    );
    expect(code(() => composite([[1]], { normalize: false, aggregation: "arithmetic", zeroFloor: 0 }))).toBe(
      "argument.invalid",
    );
  });
});

describe("composite, properties", () => {
  const tables = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 })).chain(([rows, columns]) =>
    fc.tuple(
      fc.array(
        fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null, freq: 8 }), {
          minLength: columns,
          maxLength: columns,
        }),
        {
          minLength: rows,
          maxLength: rows,
        },
      ),
      fc.array(fc.constantFrom<Direction>(1, -1), { minLength: columns, maxLength: columns }),
      fc.constantFrom("geometric" as const, "arithmetic" as const),
    ),
  );

  const run = (table: CellNumber[][], directions: Direction[], aggregation: "geometric" | "arithmetic") => {
    try {
      return composite(table, { normalize: true, directions, aggregation });
    } catch (error) {
      expect((error as { code: string }).code).toBe("data.allDegenerate");
      return null;
    }
  };

  it("values and partial indices in [0, 1], no NaN, Infinity or undefined", () => {
    fc.assert(
      fc.property(tables, ([table, directions, aggregation]) => {
        const result = run(table, directions, aggregation);
        if (!result) return;
        for (const row of result.partial)
          for (const y of row) expect(y === null || (Number.isFinite(y) && y >= 0 && y <= 1)).toBe(true);
        result.value.forEach((v, r) => {
          expect(v === null || (Number.isFinite(v) && v >= 0 && v <= 1 + 1e-12)).toBe(true);
          expect(v === null).toBe(result.insufficient[r]);
        });
      }),
    );
  });

  it("permuting the rows permutes the results", () => {
    fc.assert(
      fc.property(tables, ([table, directions, aggregation]) => {
        const result = run(table, directions, aggregation);
        if (!result) return;
        const reversed = run([...table].reverse(), directions, aggregation);
        expect(reversed?.value).toEqual([...result.value].reverse());
      }),
    );
  });

  it("equals minMaxNormalize per column followed by aggregate per row", () => {
    fc.assert(
      fc.property(tables, ([table, directions, aggregation]) => {
        const result = run(table, directions, aggregation);
        if (!result) return;
        const columns = directions.map((d, c) =>
          minMaxNormalize(
            table.map((row) => row[c]),
            d,
          ),
        );
        const usable = columns.filter((col) => !col.degenerate).length;
        table.forEach((_, r) => {
          const partial = columns.map((col) => (col.degenerate ? null : col.values[r]));
          expect(result.partial[r]).toEqual(partial);
          const mean = aggregate(partial, { method: aggregation });
          const expected = 2 * mean.coverage < usable || mean.value === null ? null : mean.value;
          if (expected === null) expect(result.value[r]).toBeNull();
          else expect(result.value[r]).toBeCloseTo(expected, 12);
        });
      }),
    );
  });
});
