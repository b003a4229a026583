/**
 * "Activate formulas": the Office adapter against office-addin-mock ranges (calls,
 * syncs, which cells are written, rollback), the memory adapter, and the pattern
 * kept equal to the workbook generator's.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp names of office-addin-manifest, whose dependencies are ES modules jest cannot load.
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel", Outlook: "outlook", Word: "word" } }));
import { AIMAQ_FORMULA_TEXT as GENERATOR_PATTERN } from "../../scripts/workbooks/aimaq";
import { AIMAQ_FORMULA_TEXT, isInactiveAimaqFormula } from "../../src/workbook/aimaqText";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office";
import { WorkbookError } from "../../src/workbook/types";

type Cell = string | number | boolean;

/** Sheets as Office reports them: used range at (row, column), values and formulas. */
interface FakeSheet {
  name: string;
  row: number;
  column: number;
  values: Cell[][] | null;
  formulas?: Cell[][];
}

const LIVE = "=AIMAQ.NORMALIZE(B2:B3)";
const SHEETS: FakeSheet[] = [
  {
    name: "Data",
    row: 0,
    column: 0,
    values: [
      ["District", "Formula", "Generated"],
      ["Abai", "=AIMAQ.NORMALIZE(B2:B3)", 0.5],
      ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")', "=AIMAQ.normalize(B2)"],
      [0.25, "AIMAQ.NORMALIZE(B2:B3)", "=AIMAQ.NORMALIZE(B2:B3)+1"],
    ],
    formulas: [
      ["District", "Formula", "Generated"],
      ["Abai", "=AIMAQ.NORMALIZE(B2:B3)", 0.5],
      ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")', "=AIMAQ.normalize(B2)"],
      [LIVE, "AIMAQ.NORMALIZE(B2:B3)", "=AIMAQ.NORMALIZE(B2:B3)+1"],
    ],
  },
  { name: "Empty", row: 0, column: 0, values: null },
  {
    name: "M5 Groups",
    row: 4,
    column: 2,
    values: [['=AIMAQ.CLASSIFY(B8:B26,5,"ckmeans")', 3]],
    formulas: [['\'=AIMAQ.CLASSIFY(B8:B26,5,"ckmeans")', 3]],
  },
];

interface Written {
  sheet: string;
  row: number;
  column: number;
  formulas: unknown;
}

/** A fake Excel over SHEETS; `failWrite` makes the write batch (third sync) reject. */
function fakeExcel(failWrite = false) {
  const syncs: number[] = [];
  const writes: Written[] = [];
  const objects: OfficeMockObject[] = [];
  let count = 0;
  const worksheet = (sheet: FakeSheet) => ({
    name: sheet.name,
    getUsedRangeOrNullObject: (valuesOnly: boolean) => {
      expect(valuesOnly).toBe(true);
      const used = new OfficeMockObject({
        rowIndex: sheet.row,
        columnIndex: sheet.column,
        values: sheet.values ?? [[""]],
        formulas: sheet.formulas ?? [[""]],
      } as never);
      // Office answers isNullObject after a sync without a load; the mock would ask for one.
      used.isNullObject = sheet.values === null;
      objects.push(used);
      return used;
    },
    getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
      expect([rows, columns]).toEqual([1, 1]);
      return {
        set formulas(value: unknown) {
          writes.push({ sheet: sheet.name, row, column, formulas: value });
        },
      };
    },
  });
  const worksheets = {
    items: [] as ReturnType<typeof worksheet>[],
    load: () => undefined,
    getItem: (name: string) => worksheet(SHEETS.find((s) => s.name === name) as FakeSheet),
  };
  const context = {
    workbook: { worksheets },
    sync: async () => {
      count++;
      if (failWrite && count === 3) throw new Error("write failed");
      for (const object of objects) await object.sync();
      worksheets.items = SHEETS.map(worksheet);
    },
  };
  const adapter = new OfficeWorkbook(async (batch) => {
    count = 0;
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      syncs.push(count);
    }
  });
  return { adapter, syncs, writes };
}

describe("inactive AIMAQ formulas", () => {
  test("the pane's pattern is the workbook generator's", () => {
    expect(AIMAQ_FORMULA_TEXT.source).toBe(GENERATOR_PATTERN.source);
    expect(AIMAQ_FORMULA_TEXT.flags).toBe(GENERATOR_PATTERN.flags);
  });

  test("only text in the AIMAQ form counts, never a live formula or injection-like text", () => {
    expect(isInactiveAimaqFormula("=AIMAQ.DEPRESS_RANK(B8:G26,{-1,-1,1,1,1,1},,1)", undefined)).toBe(true);
    expect(isInactiveAimaqFormula("=AIMAQ.INNOV_ACTIVITY(C8,B8)", "'=AIMAQ.INNOV_ACTIVITY(C8,B8)")).toBe(true);
    expect(isInactiveAimaqFormula(0.42, LIVE)).toBe(false);
    for (const text of [
      "=cmd|' /C calc'!A0",
      '=HYPERLINK("http://x")',
      "AIMAQ.NORMALIZE(B2)",
      "=AIMAQ.normalize(B2)",
    ]) {
      expect(isInactiveAimaqFormula(text, text)).toBe(false);
    }
    expect(isInactiveAimaqFormula("=AIMAQ.NORMALIZE(B2:B3)+1", "=AIMAQ.NORMALIZE(B2:B3)+1")).toBe(false);
  });
});

describe("OfficeWorkbook.activateFormulas", () => {
  test("writes exactly the AIMAQ texts as formulas, in three syncs, at their sheet positions", async () => {
    const fake = fakeExcel();
    const result = await fake.adapter.activateFormulas();
    expect(result).toEqual({ count: 2, sheets: ["Data", "M5 Groups"] });
    expect(fake.syncs).toEqual([3]);
    expect(fake.writes).toEqual([
      { sheet: "Data", row: 1, column: 1, formulas: [["=AIMAQ.NORMALIZE(B2:B3)"]] },
      { sheet: "M5 Groups", row: 4, column: 2, formulas: [['=AIMAQ.CLASSIFY(B8:B26,5,"ckmeans")']] },
    ]);
  });

  test("a failed write puts every text back as text and reports the step, within four syncs", async () => {
    const fake = fakeExcel(true);
    const error = await fake.adapter.activateFormulas().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).step).toBe("write");
    expect(fake.syncs).toEqual([4]);
    expect(fake.writes.slice(2).map((w) => w.formulas)).toEqual([
      [["'=AIMAQ.NORMALIZE(B2:B3)"]],
      [['\'=AIMAQ.CLASSIFY(B8:B26,5,"ckmeans")']],
    ]);
  });
});

describe("MemoryWorkbook.activateFormulas", () => {
  function workbook(): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    wb.loadSheet("Data", SHEETS[0].values as Cell[][]);
    wb.loadSheet("Other", [[null, '=AIMAQ.CLASSIFY(B8:B26,5,"ckmeans")']]);
    return wb;
  }

  test("turns the AIMAQ texts into formulas and leaves every other cell as it was", async () => {
    const wb = workbook();
    const before = await wb.readRange("Data", "A1:C4");
    expect(await wb.activateFormulas()).toEqual({ count: 2, sheets: ["Data", "Other"] });
    expect(wb.cellAt("Data", 1, 1)).toEqual({ value: null, formula: "=AIMAQ.NORMALIZE(B2:B3)" });
    expect(wb.cellAt("Other", 0, 1)?.formula).toBe('=AIMAQ.CLASSIFY(B8:B26,5,"ckmeans")');
    const after = await wb.readRange("Data", "A1:C4");
    after.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (r !== 1 || c !== 1) expect(formula).toEqual(before.formulas[r][c]);
      }),
    );
    expect(wb.cellAt("Data", 2, 0)).toEqual({ value: "=cmd|' /C calc'!A0" });
    expect(await wb.activateFormulas()).toEqual({ count: 0, sheets: [] });
  });

  test.each(["readSheets", "write"] as const)("a fault at %s changes nothing", async (step) => {
    const wb = workbook();
    const before = await wb.readRange("Data", "A1:C4");
    wb.failAt(step);
    await expect(wb.activateFormulas()).rejects.toMatchObject({ name: "WorkbookError", step });
    expect(await wb.readRange("Data", "A1:C4")).toEqual(before);
    expect(wb.cellAt("Other", 0, 1)?.formula).toBeUndefined();
  });
});
