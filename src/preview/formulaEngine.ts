/**
 * The preview's formula engine: HyperFormula (GPL-3.0, a devDependency) with the
 * AIMAQ.* functions as a plugin, so that the live formulas the pane writes show
 * their values in the preview grid and charts. Imported only here, by the preview
 * (a development tool); never by src/taskpane, src/functions or src/workbook, so
 * it stays out of the production bundle (test/e2e/productionBundle.test.ts).
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { registerAimaqPlugin } from "../../test/functions/hyperformulaPlugin";
import type { FormulaEvaluator, MemoryWorkbook } from "../workbook/memory";
import type { CellValue } from "../workbook/types";

/**
 * Recomputes the whole workbook after each change. The memory workbook lists its
 * sheets asynchronously, so the recomputation finishes a moment after the change
 * and then tells `onRecalculated` (the preview redraws).
 */
export class PreviewFormulaEngine implements FormulaEvaluator {
  private engine: HyperFormula | null = null;
  private generation = 0;

  constructor(private readonly onRecalculated: () => void) {
    registerAimaqPlugin();
  }

  update(workbook: MemoryWorkbook): void {
    const generation = ++this.generation;
    void workbook.listSheets().then((names) => {
      if (generation !== this.generation) return;
      const sheets: Record<string, RawCellContent[][]> = {};
      for (const name of names) sheets[name] = contentsOf(workbook, name);
      this.engine?.destroy();
      this.engine = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: true });
      this.onRecalculated();
    });
  }

  valueAt(sheet: string, row: number, column: number): CellValue | undefined {
    const id = this.engine?.getSheetId(sheet);
    if (this.engine === null || id === undefined) return undefined;
    const value = this.engine.getCellValue({ sheet: id, row, col: column });
    if (value instanceof DetailedCellError) return value.value;
    return value as CellValue;
  }
}

/** A sheet as HyperFormula input: formulas as text, text kept text (a leading apostrophe), numbers as numbers. */
function contentsOf(workbook: MemoryWorkbook, name: string): RawCellContent[][] {
  const sheet = workbook.getSheet(name);
  const rows: RawCellContent[][] = [];
  sheet?.cells.forEach((cells, r) => {
    const row: RawCellContent[] = [];
    cells?.forEach((cell, c) => {
      if (!cell) return;
      if (cell.formula !== undefined) row[c] = cell.formula;
      else if (typeof cell.value === "string") row[c] = `'${cell.value}`;
      else row[c] = cell.value;
    });
    rows[r] = row;
  });
  return Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null));
}
