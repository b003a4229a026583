import fc from "fast-check";
import { column, flattenRows, parseCell, parseNumber, parseTable } from "../../src/core/cells";
import { AimaqError, isAimaqError } from "../../src/core/errors";

function errorOf(task: () => unknown): AimaqError {
  try {
    task();
  } catch (error) {
    if (error instanceof AimaqError) return error;
    throw error;
  }
  throw new Error("no error thrown");
}

describe("parseCell", () => {
  it.each([
    ["12,9", 12.9],
    ["12.9", 12.9],
    ["176 714", 176714],
    ["176\u00a0714", 176714],
    ["176\u202f714", 176714],
    ["176\u2009714", 176714],
    ["1 831,5", 1831.5],
    ["1\u00a0349\u00a0364", 1349364],
    ["  42  ", 42],
    ["\u22125", -5],
    ["-0,5", -0.5],
    ["+3", 3],
    [",5", 0.5],
    ["1e3", 1000],
    ["0.000", 0],
  ])("reads the text %j as %p", (text, value) => {
    expect(parseCell(text)).toEqual({ kind: "number", value });
  });

  it("reads a decimal comma with three digits as a decimal, not thousands: 1,234 = 1.234", () => {
    expect(parseNumber("1,234")).toBe(1.234);
  });

  it.each(["-", "\u2013", "\u2014", "\u2212", " - "])("reads the dash %j as the absent phenomenon, 0", (text) => {
    expect(parseCell(text)).toEqual({ kind: "absent", value: 0 });
  });

  it.each([
    "x",
    "X",
    "\u0445",
    "\u0425",
    "\u2026",
    "...",
    "\u043d/\u0434",
    "\u041d/\u0414",
    "n/a",
    "N/A",
    "#N/A",
    "",
    "   ",
  ])("reads the marker %j as missing", (text) => {
    expect(parseCell(text)).toEqual({ kind: "missing", value: null });
  });

  it("reads null and undefined as missing and passes finite numbers through", () => {
    expect(parseCell(null)).toEqual({ kind: "missing", value: null });
    expect(parseCell(undefined)).toEqual({ kind: "missing", value: null });
    expect(parseCell(-0.25)).toEqual({ kind: "number", value: -0.25 });
  });

  it.each(["abc", "12 5", "17 6714", "1,234.5", "1.2.3", "12%", "--", "1 2 3", "e5"])(
    "refuses the junk %j with cell.notNumber and its position",
    (text) => {
      const error = errorOf(() => parseCell(text, 4, 7));
      expect(error.code).toBe("cell.notNumber");
      expect(error.details).toEqual({ row: 4, column: 7, text });
    },
  );

  it.each([true, false, NaN, Infinity, -Infinity])("refuses %p", (raw) => {
    expect(
      isAimaqError(
        errorOf(() => parseCell(raw)),
        "cell.notNumber",
      ),
    ).toBe(true);
  });

  it("reads any number written the Russian or Kazakh way (no-break space groups, decimal comma)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + (Math.sign(whole || 1) * cents) / 100;
        const text = value.toLocaleString("ru-RU", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        expect(parseNumber(text)).toBeCloseTo(value, 9);
        const kk = value.toLocaleString("kk-KZ", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        expect(parseNumber(kk)).toBeCloseTo(value, 9);
      }),
    );
  });

  it("never returns NaN or Infinity: a number or null, or an AimaqError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.constantFrom("x", "-", "1 000", "NaN")), (raw) => {
        try {
          const v = parseNumber(raw);
          expect(v === null || Number.isFinite(v)).toBe(true);
        } catch (error) {
          expect(isAimaqError(error, "cell.notNumber")).toBe(true);
        }
      }),
    );
  });
});

describe("parseTable", () => {
  it("parses a block and reports the first bad cell with its row and column", () => {
    expect(
      parseTable([
        ["12,9", "-"],
        [null, 3],
        ["x", "1 831"],
      ]),
    ).toEqual([
      [12.9, 0],
      [null, 3],
      [null, 1831],
    ]);
    const error = errorOf(() =>
      parseTable([
        [1, 2],
        [3, "junk"],
      ]),
    );
    expect(error.code).toBe("cell.notNumber");
    expect(error.details).toMatchObject({ row: 1, column: 1, text: "junk" });
  });

  it("refuses empty and ragged blocks", () => {
    expect(errorOf(() => parseTable([])).code).toBe("table.empty");
    expect(errorOf(() => parseTable([[]])).code).toBe("table.empty");
    const ragged = errorOf(() => parseTable([[1, 2], [3]]));
    expect(ragged.code).toBe("table.ragged");
    expect(ragged.details).toEqual({ row: 1, expected: 2, actual: 1 });
  });
});

describe("flattenRows and column", () => {
  it("flattens in reading order and picks a column", () => {
    expect(
      flattenRows([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([1, 2, 3, 4]);
    expect(
      column(
        [
          [1, 2],
          [null, 4],
        ],
        0,
      ),
    ).toEqual([1, null]);
  });
});
