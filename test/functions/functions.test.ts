/**
 * The custom functions called exactly as Excel calls them: ranges as 2-D arrays
 * of numbers, text, null (blank), "" and booleans; omitted optional arguments as
 * null. Values are checked against the published tables and hand computations,
 * errors by their Excel code and localized message.
 */
import * as functions from "../../src/functions/functions";
import { tableCache } from "../../src/functions/methods";
import { installRuntime, setDisplayLanguage, StubCustomFunctionError } from "./runtime";
import { table15, table40, table45 } from "./data";

installRuntime("en-US");

/** The functions as Excel sees them: untyped arguments (null where omitted), a matrix back. */
const f = functions as unknown as Record<keyof typeof functions, (...args: unknown[]) => unknown[][]>;

/** The error a call throws, as { code, message }. */
function thrown(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(StubCustomFunctionError);
    return { code: (error as StubCustomFunctionError).code, message: (error as Error).message };
  }
  throw new Error("no error thrown");
}

const column = (values: unknown[][]) => values.map((row) => row[0]);

beforeEach(() => {
  setDisplayLanguage("en-US");
  tableCache.clear();
});

describe("INNOV_INDEX", () => {
  const { partial, integral, rowNo } = table45();
  const reproducing = [1, 2, 3, 4, 8, 9, 15, 16, 17, 18];

  test("recomputes Table 45's integral index from the printed partial indices (D.13 rows, ±0.001)", () => {
    const result = column(f.innovIndex(partial, "partial", null, null, null));
    rowNo.forEach((no, i) => {
      if (reproducing.includes(no)) expect(Math.abs((result[i] as number) - integral[i])).toBeLessThanOrEqual(0.001);
    });
  });

  test("Oskemen by hand: (0.525·0.605·0.540·0.403·0.343·0.211)^(1/6), and arithmetic 0.438", () => {
    const hand = Math.pow(0.525 * 0.605 * 0.54 * 0.403 * 0.343 * 0.211, 1 / 6);
    expect(f.innovIndex(partial, "partial", null, null, 1)).toEqual([[expect.closeTo(hand, 12)]]);
    expect(f.innovIndex(partial, "partial", "arithmetic", null, 1)[0][0]).toBeCloseTo(0.4378, 4);
  });

  test("raw input is min-max normalised first: the best unit on every column gets 1, the worst 0", () => {
    const result = column(
      f.innovIndex(
        [
          [1, 10],
          [2, 20],
          [3, 30],
        ],
        null,
        "ari",
        null,
        null,
      ),
    );
    expect(result).toEqual([0, 0.5, 1]);
  });

  test("text numbers, markers and blanks are read as the statistical tables mean them", () => {
    const table = [
      ["0,5", "1 000"],
      [null, "-"],
      ["x", "2 000"],
      [1, ""],
    ];
    const result = column(f.innovIndex(table, "raw", "arithmetic", null, null));
    // column 1: 0.5 → 0, 1 → 1 (blank and x missing); column 2: 1000 → 0.5, "-" = 0 → 0, 2000 → 1.
    expect(result).toEqual([0.25, 0, 1, 1]);
  });

  test("a unit with fewer than half of its indicators is #N/A with a message", () => {
    const table = [
      [1, 2, 3],
      [null, null, 4],
      [3, 4, 5],
    ];
    const cells = column(f.innovIndex(table, "raw", "arithmetic", null, null));
    expect(cells[1]).toMatchObject({ code: "#N/A" });
    expect((cells[1] as Error).message).toBe(
      '"table", row 2: the unit has 1 indicators; at least half of 3 are needed.',
    );
  });

  test("a partial index outside 0..1 is #VALUE! naming the cell", () => {
    const error = thrown(() => f.innovIndex([[0.5, 1.5]], "partial", null, null, null));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain('"table", row 1, column 2');
  });

  test("unit out of range, unknown option and a non-positive ε are #VALUE! naming the argument", () => {
    expect(thrown(() => f.innovIndex(partial, "partial", null, null, 20))).toEqual({
      code: "#VALUE!",
      message: '"unit": value not allowed. Expected: 1..19. Given: 20.',
    });
    expect(thrown(() => f.innovIndex(partial, "mean", null, null, null)).message).toContain('"input"');
    expect(thrown(() => f.innovIndex(partial, null, null, -1, null)).message).toContain('"zero_floor"');
  });

  test("omitted optional arguments arrive as null or undefined; 0 from a blank cell counts as omitted", () => {
    const expected = f.innovIndex(partial, "partial", null, null, null);
    expect(f.innovIndex(partial, "partial")).toEqual(expected);
    expect(f.innovIndex(partial, "partial", "", 0, 0)).toEqual(expected);
  });
});

describe("DEPRESS_RANK / _SCORE / _CLASS on Table 40", () => {
  const table = table40();
  const directions = [[-1, -1, 1, 1, 1, 1]];

  test("score = 1 − mean of the partial scores Y (formulas 10-11), recomputed independently", () => {
    const cols = table[0].map((_, c) => table.map((row) => row[c]));
    const y = cols.map((col, c) => {
      const min = Math.min(...col);
      const max = Math.max(...col);
      return col.map((v) => (directions[0][c] === 1 ? (v - min) / (max - min) : 1 - (v - min) / (max - min)));
    });
    const expected = table.map((_, r) => 1 - y.reduce((s, col) => s + col[r], 0) / y.length);
    const scores = column(f.depressScore(table, directions, null, null)) as number[];
    scores.forEach((s, r) => expect(s).toBeCloseTo(expected[r], 12));
  });

  test("rank 1 = highest score; competition ranks like RANK.EQ; the sign string equals the row of 1/-1", () => {
    const scores = column(f.depressScore(table, directions, null, null)) as number[];
    const ranks = column(f.depressRank(table, "--++++", null, null)) as number[];
    ranks.forEach((rank, r) => expect(rank).toBe(1 + scores.filter((s) => s > scores[r]).length));
    expect(f.depressRank(table, [["-"], ["-"], ["+"], ["+"], ["+"], ["+"]], null, null)).toEqual(
      f.depressRank(table, directions, null, null),
    );
  });

  test("ties: competition 1,2,2,4 / average 1,2.5,2.5,4 / dense 1,2,2,3", () => {
    const tied = [[1], [2], [2], [3]];
    expect(column(f.depressRank(tied, null, null, null))).toEqual([1, 2, 2, 4]);
    expect(column(f.depressRank(tied, null, "average", null))).toEqual([1, 2.5, 2.5, 4]);
    expect(column(f.depressRank(tied, null, "плотный", null))).toEqual([1, 2, 2, 3]);
  });

  test("a filled-down unit equals its row of the spill", () => {
    const spill = f.depressClass(table, directions, null, null, null);
    table.forEach((_, r) => expect(f.depressClass(table, directions, null, null, r + 1)).toEqual([spill[r]]));
  });

  test("classes 1..5 ordered by score, labels in the display language", () => {
    const scores = column(f.depressScore(table, directions, null, null)) as number[];
    const levels = column(f.depressClass(table, directions, null, null, null)) as number[];
    const top = scores.indexOf(Math.max(...scores));
    const bottom = scores.indexOf(Math.min(...scores));
    expect(levels[top]).toBe(5);
    expect(levels[bottom]).toBe(1);
    setDisplayLanguage("kk-KZ");
    expect(f.depressClass(table, directions, null, true, top + 1)).toEqual([["Өте жоғары"]]);
    setDisplayLanguage("ru-RU");
    expect(f.depressClass(table, directions, null, "истина", bottom + 1)).toEqual([["Самый низкий"]]);
  });

  test("directions or weights of the wrong length: #VALUE! naming the argument, in the user's language", () => {
    setDisplayLanguage("ru-RU");
    expect(thrown(() => f.depressScore(table, [[1, -1]], null, null))).toEqual({
      code: "#VALUE!",
      message: "«направления»: неверное число значений. Ожидается: 6. Получено: 2.",
    });
    setDisplayLanguage("kk-KZ");
    expect(thrown(() => f.depressScore(table, null, [[1, 1, 1]], null)).message).toBe(
      "«салмақтар»: мәндер саны сәйкес емес. Күтілгені: 6. Берілгені: 3.",
    );
  });

  test("a degenerate column is left out: the result equals the table without it", () => {
    const withConstant = table.map((row) => [...row, 7]);
    expect(f.depressScore(withConstant, [[-1, -1, 1, 1, 1, 1, 1]], null, null)).toEqual(
      f.depressScore(table, directions, null, null),
    );
  });

  test("text that is not a number: #VALUE! with the cell and the text", () => {
    const bad = table.map((row) => [...row]) as unknown[][];
    bad[4][2] = "n.a.";
    expect(thrown(() => f.depressRank(bad, null, null, null))).toEqual({
      code: "#VALUE!",
      message:
        '"table", row 5, column 3: "n.a." is not a number. Enter a number (12.9; 176 714), "-" (absent) or "x" (confidential).',
    });
    bad[4][2] = true;
    expect(thrown(() => f.depressRank(bad, null, null, null)).code).toBe("#VALUE!");
  });

  test("every column constant: #N/A saying there is nothing to compare", () => {
    expect(
      thrown(() =>
        f.depressScore(
          [
            [1, 2],
            [1, 2],
          ],
          null,
          null,
          null,
        ),
      ).code,
    ).toBe("#N/A");
  });
});

describe("CLASSIFY and NORMALIZE keep the shape of their values", () => {
  test("CLASSIFY: groups of a row, 1 = lowest; missing values #N/A", () => {
    expect(f.classifyValues([[1, 2, 3, 10, 11, 12]], 2, null)).toEqual([[1, 1, 1, 2, 2, 2]]);
    const withBlank = f.classifyValues([[1], [null], [10]], 2, "quantile");
    expect(withBlank[0][0]).toBe(1);
    expect(withBlank[1][0]).toMatchObject({ code: "#N/A" });
    expect(withBlank[2][0]).toBe(2);
  });

  test("CLASSIFY: k < 1 or a non-integer k is #VALUE!", () => {
    expect(thrown(() => f.classifyValues([[1, 2]], -2, null)).code).toBe("#VALUE!");
    expect(thrown(() => f.classifyValues([[1, 2]], 2.5, null)).code).toBe("#VALUE!");
  });

  test("NORMALIZE: formula (10) and (11)", () => {
    expect(f.normalizeValues([[2], [4], [6]], null)).toEqual([[0], [0.5], [1]]);
    expect(f.normalizeValues([[2, 4, 6]], -1)).toEqual([[1, 0.5, 0]]);
    expect(thrown(() => f.normalizeValues([[3], [3]], null)).code).toBe("#N/A");
  });
});

describe("element-by-element functions", () => {
  test("INNOV_ACTIVITY reproduces Table 15 (formula 3) at the printed precision, all 20 rows", () => {
    const rows = table15();
    const result = f.innovActivity(
      rows.map((r) => [r[1]]),
      rows.map((r) => [r[0]]),
    );
    rows.forEach((r, i) => expect(Math.round((result[i][0] as number) * 10) / 10).toBe(r[2]));
  });

  test("LABOR_PRODUCTIVITY = CAPITAL_PRODUCTIVITY × CAPITAL_LABOR_RATIO; a single cell goes with a range", () => {
    const output = [[500], ["1 000"], [750]];
    const employed = [[20]];
    const assets = [[1000], [4000], [300]];
    const lp = f.laborProductivity(output, employed);
    expect(lp).toEqual([[25], [50], [37.5]]);
    const cp = f.capitalProductivity(output, assets);
    const kl = f.capitalLaborRatio(assets, employed);
    lp.forEach((row, i) => expect(row[0]).toBeCloseTo((cp[i][0] as number) * (kl[i][0] as number), 12));
  });

  test("employed ≤ 0 is #DIV/0!, a blank is #N/A, text is #VALUE!, each in its own cell", () => {
    const result = f.laborProductivity([[100], [100], [100], [100]], [[0], [null], ["abc"], [4]]);
    expect(result[0][0]).toMatchObject({ code: "#DIV/0!" });
    expect(result[1][0]).toMatchObject({
      code: "#N/A",
      message: '"employed", row 2, column 1: no value (blank cell or "x").',
    });
    expect(result[2][0]).toMatchObject({ code: "#VALUE!" });
    expect(result[3][0]).toBe(25);
  });

  test("ranges of different shapes: #VALUE! naming the argument and both shapes", () => {
    expect(thrown(() => f.laborProductivity([[1], [2]], [[1], [2], [3]]))).toEqual({
      code: "#VALUE!",
      message: '"employed": wrong number of values. Expected: 2×1. Given: 3×1.',
    });
  });

  test("INNOV_ACTIVITY: more innovating than total is #VALUE!", () => {
    expect(f.innovActivity([[30]], [[20]])[0][0]).toMatchObject({ code: "#VALUE!" });
  });
});

describe("PRODUCTIVITY_CHANGE", () => {
  test("one row: total, capital-productivity part, capital-labour part (they add up)", () => {
    expect(f.productivityChange([[100, 10, 200]], [[150, 10, 300]])).toEqual([[0.5, 0, 0.5]]);
    const [total, cp, kl] = f.productivityChange([[100], [10], [200]], [[120], [11], [180]])[0] as number[];
    expect(total).toBeCloseTo(120 / 11 / 10 - 1, 12);
    expect(cp + kl).toBeCloseTo(total, 12);
    expect(Math.sign(cp)).toBe(1);
  });

  test("a non-positive or missing value names the period and the column", () => {
    const [row] = f.productivityChange([[100, 0, 200]], [[150, 10, 300]]);
    expect(row[0]).toMatchObject({ code: "#DIV/0!" });
    expect((row[0] as Error).message).toContain('"before", row 1, column 2');
    expect(thrown(() => f.productivityChange([[1, 2]], [[1, 2, 3]])).code).toBe("#VALUE!");
  });
});

describe("INNOV_COMPLEX", () => {
  test("one territory: K and the detail rows (T, O, I_T, I_O, I), by hand", () => {
    // Indicator 1 doubles each year: T = 2, O = mean(2,4,8); growth all equal → I_T undefined.
    const series = [
      [1, 4],
      [2, 4],
      [4, 5],
      [8, 7],
    ];
    const detail = f.innovComplex(series, null, true);
    expect(detail[0][0]).toBeCloseTo(2, 12);
    expect(detail[0][1]).toBeCloseTo(14 / 3, 12);
    expect(detail[0][2]).toMatchObject({ code: "#N/A" });
    expect(detail[0][3]).toBeCloseTo((14 / 3 - 2) / 6, 12);
    const k = f.innovComplex(series, null, null)[0][0] as number;
    const iValues = detail.map((row) => row[4] as number);
    expect(k).toBeCloseTo((iValues[0] + iValues[1]) / 2, 12);
  });

  test("a long table with territory names gives one (name, K) row per territory", () => {
    const rows = [
      ["North", 1],
      ["North", 2],
      ["North", 3],
      ["North", 4],
      ["South", 1],
      ["South", 1],
      ["South", 1],
      ["South", 1],
    ];
    expect(f.innovComplex(rows, 3, null)).toEqual([
      ["North", 1],
      ["South", 0],
    ]);
  });

  test("too few years for the window: #N/A", () => {
    expect(thrown(() => f.innovComplex([[1], [2]], 3, null)).code).toBe("#N/A");
  });
});

describe("language of the messages", () => {
  test("follows Office.context.displayLanguage, English when it is unknown", () => {
    const call = () => thrown(() => f.innovIndex([[1]], null, null, null, 5)).message;
    setDisplayLanguage("kk-KZ");
    expect(call()).toBe("«бірлік»: рұқсат етілмеген мән. Күтілгені: 1..1. Берілгені: 5.");
    setDisplayLanguage("ru-RU");
    expect(call()).toBe("«единица»: недопустимое значение. Ожидается: 1..1. Получено: 5.");
    setDisplayLanguage("de-DE");
    expect(call()).toBe('"unit": value not allowed. Expected: 1..1. Given: 5.');
  });
});
