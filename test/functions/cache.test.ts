import { ContentCache } from "../../src/functions/cache";

/** A cache with a compute function that counts its calls. */
function counting(maxEntries?: number, maxCells?: number) {
  const cache = new ContentCache<string>(maxEntries, maxCells);
  let computed = 0;
  const get = (options: string, table: unknown[][]) =>
    cache.get(options, table, () => {
      computed++;
      return `${options}:${JSON.stringify(table)}`;
    });
  return { cache, get, computed: () => computed };
}

describe("ContentCache", () => {
  test("a copy of the same table (as Excel passes it to each fill-down formula) is computed once", () => {
    const { get, computed } = counting();
    const table = [
      [1, "12,9", null],
      [2, "x", 3],
    ];
    const first = get("o", table);
    for (let i = 0; i < 5; i++)
      expect(
        get(
          "o",
          table.map((row) => row.slice()),
        ),
      ).toBe(first);
    expect(computed()).toBe(1);
  });

  test("a change of one cell, of the shape, or of the options is a miss", () => {
    const { get, computed } = counting();
    get("o", [
      [1, 2],
      [3, 4],
    ]);
    get("o", [
      [1, 2],
      [3, 5],
    ]);
    get("o", [[1, 2, 3, 4]]);
    get("p", [
      [1, 2],
      [3, 4],
    ]);
    expect(computed()).toBe(4);
  });

  test("a number and the same text are different cells; a blank as undefined equals a blank as null", () => {
    const { get, computed } = counting();
    get("o", [[1, 0, null, true]]);
    get("o", [["1", 0, null, true]]);
    get("o", [[1, null, null, true]]);
    get("o", [[1, 0, null, "TRUE"]]);
    expect(computed()).toBe(4);
    get("o", [[1, 0, undefined, true]]);
    expect(computed()).toBe(4);
  });

  test("a change to the caller's table after the call does not alter what is stored", () => {
    const { get, computed } = counting();
    const table = [[1, 2]];
    get("o", table);
    table[0][1] = 9;
    get("o", [[1, 2]]);
    expect(computed()).toBe(1);
  });

  test("holds at most maxEntries tables, dropping the least recently used", () => {
    const { cache, get, computed } = counting(2);
    get("o", [[1]]);
    get("o", [[2]]);
    get("o", [[1]]); // [[1]] is now the most recent
    get("o", [[3]]); // drops [[2]]
    expect(cache.size).toBe(2);
    expect(computed()).toBe(3);
    get("o", [[1]]);
    expect(computed()).toBe(3);
    get("o", [[2]]);
    expect(computed()).toBe(4);
  });

  test("holds at most maxCells cells, and does not store a table larger than that", () => {
    const { cache, get, computed } = counting(100, 10);
    get("o", [[1, 2, 3, 4, 5, 6]]);
    get("o", [[7, 8, 9, 10, 11, 12]]);
    expect(cache.cells).toBe(6);
    const big = [Array.from({ length: 11 }, (_, i) => i)];
    get("o", big);
    get("o", big);
    expect(computed()).toBe(4);
    expect(cache.cells).toBeLessThanOrEqual(10);
  });

  test("disabled, every call computes", () => {
    const { cache, get, computed } = counting();
    cache.enabled = false;
    get("o", [[1]]);
    get("o", [[1]]);
    expect(computed()).toBe(2);
  });
});
