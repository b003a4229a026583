/**
 * Evaluates a generated workbook with HyperFormula (tests only): every sheet's
 * values and formulas, as exceljs reads them from the .xlsx, fed to
 * HyperFormula.buildFromSheets.
 */
import type ExcelJS from "exceljs";
import {
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type RawCellContent,
  type SimpleRangeValue,
} from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";

/**
 * RANK.EQ, which HyperFormula 3.5 lacks: the rank of a number among the numbers
 * of a range, 1 = largest (order 0) or smallest (order ≠ 0); ties share the
 * best rank. Written here from Excel's definition, independently of src/core.
 */
class RankPlugin extends FunctionPlugin {
  static implementedFunctions = {
    "RANK.EQ": {
      method: "rankEq",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };

  rankEq(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("RANK.EQ"),
      (value: number, values: SimpleRangeValue, order: number) => {
        const numbers = values.valuesFromTopLeftCorner().filter((v): v is number => typeof v === "number");
        return 1 + numbers.filter((v) => (order === 0 ? v > value : v < value)).length;
      },
    );
  }
}
HyperFormula.registerFunctionPlugin(RankPlugin, { enGB: { "RANK.EQ": "RANK.EQ" }, enUS: { "RANK.EQ": "RANK.EQ" } });

/** A workbook evaluated: the value of any cell by sheet name and A1 address. */
export interface Evaluated {
  value(sheet: string, address: string): unknown;
  /** Every cell value of a sheet, rows × columns (0-based). */
  values(sheet: string): unknown[][];
  sheetNames: string[];
  hf: HyperFormula;
}

/** Cell content as HyperFormula reads it; text that starts with "=" stays text (the inactive AIMAQ formulas). */
function rawContent(cell: ExcelJS.Cell): RawCellContent {
  const value = cell.value as unknown;
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && "formula" in (value as object)) {
    return "=" + (value as { formula: string }).formula.replace(/_xlfn\./g, "");
  }
  if (typeof value === "string") return value.startsWith("=") || value.startsWith("'") ? "'" + value : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  throw new Error(`${cell.address}: unexpected value ${JSON.stringify(value)}`);
}

export function evaluateWorkbook(workbook: ExcelJS.Workbook): Evaluated {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of workbook.worksheets) {
    const rows: RawCellContent[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: RawCellContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => (cells[c - 1] = rawContent(cell)));
      rows[r - 1] = Array.from(cells, (v) => v ?? null);
    });
    sheets[sheet.name] = Array.from(rows, (r) => r ?? []);
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
  const id = (name: string) => {
    const sheetId = hf.getSheetId(name);
    if (sheetId === undefined) throw new Error(`no sheet ${name}`);
    return sheetId;
  };
  return {
    hf,
    sheetNames: hf.getSheetNames(),
    value: (sheet, address) => {
      const at = hf.simpleCellAddressFromString(address, id(sheet));
      if (!at) throw new Error(`bad address ${address}`);
      return hf.getCellValue(at);
    },
    values: (sheet) => hf.getSheetValues(id(sheet)),
  };
}
