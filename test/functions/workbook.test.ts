/**
 * Workbook tests: a real formula engine (HyperFormula with the AIMAQ plugin of
 * this folder) evaluates the formulas as users type them over the East
 * Kazakhstan tables, and the spilled values are checked against the published
 * oracles (methodology D.13) and against the core.
 */
import { HyperFormula, type DetailedCellError } from "hyperformula";
import { depressivity, innovationIndex } from "../../src/core";
import { registerAimaqPlugin } from "./hyperformulaPlugin";
import { installRuntime, setDisplayLanguage } from "./runtime";
import { table15, table40, table45 } from "./data";

installRuntime("en-US");
registerAimaqPlugin();

beforeEach(() => setDisplayLanguage("en-US"));

/** A workbook with Table 45's partial indices in A1:F19, Table 40 in H1:M19 and Table 15 in O1:P20. */
function workbook(formulas: Record<string, string>) {
  const { partial } = table45();
  const t40 = table40();
  const t15 = table15();
  const rows: unknown[][] = Array.from({ length: 40 }, () => new Array(26).fill(null));
  partial.forEach((row, r) => row.forEach((v, c) => (rows[r][c] = v)));
  t40.forEach((row, r) => row.forEach((v, c) => (rows[r][7 + c] = v)));
  t15.forEach((row, r) => ((rows[r][14] = row[0]), (rows[r][15] = row[1])));
  for (const [address, formula] of Object.entries(formulas)) {
    const { row, col } = cellOf(address);
    rows[row][col] = formula;
  }
  const hf = HyperFormula.buildFromArray(rows as never, { licenseKey: "gpl-v3" });
  const value = (address: string) => hf.getCellValue({ sheet: 0, ...cellOf(address) });
  const columnValues = (address: string, n: number) => {
    const { row, col } = cellOf(address);
    return Array.from({ length: n }, (_, i) => hf.getCellValue({ sheet: 0, row: row + i, col }));
  };
  return { hf, value, columnValues };
}

function cellOf(address: string) {
  const [, letters, digits] = /^([A-Z])(\d+)$/.exec(address) as RegExpExecArray;
  return { col: letters.charCodeAt(0) - 65, row: Number(digits) - 1 };
}

describe("=AIMAQ.INNOV_INDEX over Table 45", () => {
  test("spills 19 values; rows 1-4, 8, 9, 15-18 equal the published integral index within ±0.001", () => {
    const { integral, rowNo } = table45();
    const { columnValues } = workbook({ R1: '=AIMAQ.INNOV_INDEX(A1:F19,"partial")' });
    const spilled = columnValues("R1", 19) as number[];
    rowNo.forEach((no, i) => {
      if ([1, 2, 3, 4, 8, 9, 15, 16, 17, 18].includes(no))
        expect(Math.abs(spilled[i] - integral[i])).toBeLessThanOrEqual(0.001);
    });
    expect(spilled).toEqual(
      innovationIndex(table45().partial, { input: "partial" }).index.map((v) => expect.closeTo(v as number, 9)),
    );
  });

  test('fill-down with unit: =AIMAQ.INNOV_INDEX($A$1:$F$19,"partial",,,n) in each row equals the spill', () => {
    const formulas: Record<string, string> = { R1: '=AIMAQ.INNOV_INDEX(A1:F19,"partial")' };
    for (let n = 1; n <= 19; n++) formulas[`S${n}`] = `=AIMAQ.INNOV_INDEX($A$1:$F$19,"partial",,,${n})`;
    const { columnValues } = workbook(formulas);
    expect(columnValues("S1", 19)).toEqual(columnValues("R1", 19));
  });

  test("#SPILL! when a cell of the spill range is occupied", () => {
    const { value } = workbook({ R1: '=AIMAQ.INNOV_INDEX(A1:F19,"partial")', R5: "occupied" });
    expect((value("R1") as DetailedCellError).type).toBe("SPILL");
  });

  test("error values carry the message: unit out of range", () => {
    const { value } = workbook({ R1: '=AIMAQ.INNOV_INDEX(A1:F19,"partial",,,25)' });
    const error = value("R1") as DetailedCellError;
    expect(error.type).toBe("VALUE");
    expect(error.message).toBe('"unit": value not allowed. Expected: 1..19. Given: 25.');
  });

  test("an error inside the range propagates, as in Excel", () => {
    const { value } = workbook({ A3: "=1/0", R1: '=AIMAQ.INNOV_INDEX(A1:F19,"partial")' });
    expect((value("R1") as DetailedCellError).type).toBe("DIV_BY_ZERO");
  });
});

describe("=AIMAQ.DEPRESS_* over Table 40", () => {
  test("rank, score and class spill the core's values; array constants and sign strings as directions", () => {
    const core = depressivity(table40(), { directions: [-1, -1, 1, 1, 1, 1] });
    const { columnValues } = workbook({
      R1: '=AIMAQ.DEPRESS_RANK(H1:M19,"--++++")',
      S1: "=AIMAQ.DEPRESS_SCORE(H1:M19,{-1,-1,1,1,1,1})",
      T1: "=AIMAQ.DEPRESS_CLASS(H1:M19,{-1,-1,1,1,1,1})",
    });
    expect(columnValues("R1", 19)).toEqual(core.rank);
    expect(columnValues("S1", 19)).toEqual(core.score.map((v) => expect.closeTo(v as number, 9)));
    expect(columnValues("T1", 19)).toEqual(core.level);
  });

  test("fill-down ranks with unit equal the spill; labels in Russian", () => {
    setDisplayLanguage("ru-RU");
    const formulas: Record<string, string> = { R1: '=AIMAQ.DEPRESS_RANK(H1:M19,"--++++")' };
    for (let n = 1; n <= 19; n++) {
      formulas[`S${n}`] = `=AIMAQ.DEPRESS_RANK($H$1:$M$19,"--++++",,${n})`;
      formulas[`T${n}`] = `=AIMAQ.DEPRESS_CLASS($H$1:$M$19,"--++++",5,TRUE(),${n})`;
    }
    const { columnValues } = workbook(formulas);
    expect(columnValues("S1", 19)).toEqual(columnValues("R1", 19));
    const labels = columnValues("T1", 19);
    expect(new Set(labels)).toEqual(new Set(["Самый низкий", "Низкий", "Средний", "Высокий", "Очень высокий"]));
  });

  test("directions of the wrong length: #VALUE! with the message", () => {
    const { value } = workbook({ R1: "=AIMAQ.DEPRESS_SCORE(H1:M19,{1,-1})" });
    expect(value("R1")).toMatchObject({
      type: "VALUE",
      message: '"directions": wrong number of values. Expected: 6. Given: 2.',
    });
  });
});

describe("element-by-element formulas", () => {
  test("=AIMAQ.INNOV_ACTIVITY(P1:P20,O1:O20) reproduces Table 15's activity levels", () => {
    const rows = table15();
    const { columnValues } = workbook({ R1: "=AIMAQ.INNOV_ACTIVITY(P1:P20,O1:O20)" });
    const spilled = columnValues("R1", 20) as number[];
    rows.forEach((row, i) => expect(Math.round(spilled[i] * 10) / 10).toBe(row[2]));
  });

  test("=AIMAQ.LABOR_PRODUCTIVITY(500,0) is #DIV/0!; a blank employed cell is #N/A", () => {
    const { value } = workbook({ R1: "=AIMAQ.LABOR_PRODUCTIVITY(500,0)", R2: "=AIMAQ.LABOR_PRODUCTIVITY(500,Z40)" });
    expect((value("R1") as DetailedCellError).type).toBe("DIV_BY_ZERO");
    expect((value("R2") as DetailedCellError).type).toBe("NA");
  });

  test("=AIMAQ.PRODUCTIVITY_CHANGE({100,10,200},{150,10,300}) spills one row", () => {
    const { value } = workbook({ R1: "=AIMAQ.PRODUCTIVITY_CHANGE({100,10,200},{150,10,300})" });
    expect([value("R1"), value("S1"), value("T1")]).toEqual([0.5, 0, 0.5]);
  });
});
