/**
 * "Activate formulas" on a real teaching workbook: assets/workbooks/aimaq-en.xlsx
 * read with exceljs into the memory workbook (values, text and ordinary formulas
 * as they are stored) and activated: every AIMAQ text, and nothing else, becomes
 * a formula, and the generated value beside each one stays.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { AIMAQ_FORMULA_TEXT } from "../../scripts/workbooks/aimaq";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { CellWrite } from "../../src/workbook/types";
import { ROOT } from "./harness";

/** A cell of exceljs as the pane's adapters would see it: formula, text or value. */
function cellWrite(cell: ExcelJS.Cell): CellWrite | undefined {
  if (cell.formula) return { formula: `=${cell.formula.replace(/_xlfn\./g, "")}` };
  const value = cell.value;
  if (typeof value === "string") return { text: value };
  if (typeof value === "number" || typeof value === "boolean") return { value };
  if (value && typeof value === "object" && "richText" in value)
    return { text: value.richText.map((r) => r.text).join("") };
  return undefined;
}

async function loadWorkbook(file: string) {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(file);
  const workbook = new MemoryWorkbook();
  const textCells: { sheet: string; row: number; column: number; text: string }[] = [];
  for (const sheet of source.worksheets) {
    const cells: CellWrite[][] = [];
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const write = cellWrite(cell);
        if (!write) return;
        (cells[r - 1] ??= [])[c - 1] = write;
        if ("text" in write && AIMAQ_FORMULA_TEXT.test(write.text)) {
          textCells.push({ sheet: sheet.name, row: r - 1, column: c - 1, text: write.text });
        }
      }),
    );
    // Holes of the sparse rows become explicit blanks: the adapter writes rows as given.
    const rows = Array.from(cells, (row) => Array.from(row ?? [], (w) => w ?? { value: null }));
    await workbook.applyOutput({
      sheet: sheet.name,
      createSheet: true,
      blocks: [{ topLeft: "A1", cells: rows }],
      charts: [],
    });
  }
  return { workbook, textCells };
}

test("activating the English teaching workbook turns every AIMAQ text, and nothing else, into a formula", async () => {
  const { workbook, textCells } = await loadWorkbook(path.join(ROOT, "assets/workbooks/aimaq-en.xlsx"));
  expect(textCells.length).toBeGreaterThan(100);
  const result = await workbook.activateFormulas();
  expect(result.count).toBe(textCells.length);
  expect(new Set(result.sheets)).toEqual(new Set(textCells.map((c) => c.sheet)));
  for (const cell of textCells) {
    expect(workbook.cellAt(cell.sheet, cell.row, cell.column)?.formula).toBe(cell.text);
    expect(workbook.cellAt(cell.sheet, cell.row, cell.column + 1)?.formula).toBeUndefined();
  }
  // 'M2 Activity'!H8 holds the level of innovation activity of the first district (formula 3).
  expect(workbook.cellAt("M2 Activity", 7, 7)?.formula).toBe("=AIMAQ.INNOV_ACTIVITY(C8,B8)");
  expect(typeof workbook.cellAt("M2 Activity", 7, 8)?.value).toBe("number");
});
