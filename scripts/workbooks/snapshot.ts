import ExcelJS from "exceljs";

/** The content of one cell that matters to a reader: its value or formula and its look. */
export interface CellSnapshot {
  address: string;
  value: string | number | boolean | null;
  formula?: string;
  style: string;
}

export interface SheetSnapshot {
  name: string;
  widths: (number | undefined)[];
  views: string;
  cells: CellSnapshot[];
}

/**
 * Content of a workbook as data — sheets, cell values, formulas and styles —
 * for comparing a committed .xlsx with a freshly generated one. The bytes of an
 * .xlsx also carry zip timestamps, so the content is compared, not the file.
 */
export function workbookSnapshot(workbook: ExcelJS.Workbook): SheetSnapshot[] {
  return workbook.worksheets.map((sheet) => {
    const cells: CellSnapshot[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const raw = cell.value as unknown;
        const isFormula = typeof raw === "object" && raw !== null && "formula" in raw;
        cells.push({
          address: cell.address,
          value: isFormula ? null : (raw as string | number | boolean | null),
          ...(isFormula ? { formula: (raw as { formula: string }).formula } : {}),
          style: JSON.stringify(cell.style ?? {}),
        });
      }),
    );
    const widths: (number | undefined)[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) widths.push(sheet.getColumn(c).width);
    return { name: sheet.name, widths, views: JSON.stringify(sheet.views ?? []), cells };
  });
}

/** Loads an .xlsx from bytes. */
export async function loadWorkbook(bytes: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  return workbook;
}
