import type { Worksheet, Style } from "exceljs";
import { aimaqFormulaText, type AimaqCall } from "./aimaq";
import { columnLetters } from "../../src/workbook/a1";

/**
 * What a cell is for. Each role has one look, explained on the introduction
 * sheet, so a student can tell inputs, steps, published numbers and the add-in's
 * formulas apart at a glance.
 */
export type Role =
  | "title"
  | "subtitle"
  | "note"
  | "header"
  | "label"
  | "input"
  | "param"
  | "step"
  | "result"
  | "published"
  | "aimaq"
  | "cached"
  | "mark"
  | "answer";

/** Fill colour of each role that has one ("#RRGGBB" without #, as exceljs wants ARGB). */
export const ROLE_FILL: Partial<Record<Role, string>> = {
  header: "D9D9D9",
  input: "DDEBF7",
  param: "FFF2CC",
  step: "E2EFDA",
  result: "C6E0B4",
  published: "EDEDED",
  aimaq: "FCE4D6",
  answer: "FFF2CC",
};

function styleOf(role: Role): Partial<Style> {
  const fill = ROLE_FILL[role];
  const style: Partial<Style> = {};
  if (fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF" + fill } };
  if (role === "title") style.font = { bold: true, size: 14 };
  if (role === "subtitle") style.font = { bold: true, size: 12 };
  if (role === "note") style.font = { italic: true, color: { argb: "FF595959" } };
  if (role === "header") {
    style.font = { bold: true };
    style.alignment = { wrapText: true, vertical: "top" };
    style.border = { bottom: { style: "thin" } };
  }
  if (role === "label" || role === "result") style.font = { bold: true };
  if (role === "aimaq") style.font = { name: "Consolas", color: { argb: "FF833C0B" } };
  if (role === "cached") style.font = { italic: true, color: { argb: "FF833C0B" } };
  if (role === "mark") style.alignment = { horizontal: "center" };
  return style;
}

/** Spreadsheet column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  return columnLetters(column - 1);
}

/** A1 address of a 1-based column and row; `absolute` adds the $ signs. */
export function a1(column: number, row: number, absolute = false): string {
  return absolute ? `$${columnLetter(column)}$${row}` : `${columnLetter(column)}${row}`;
}

/** A1 range between two cells. */
export function range(column1: number, row1: number, column2: number, row2: number, absolute = false): string {
  return `${a1(column1, row1, absolute)}:${a1(column2, row2, absolute)}`;
}

/** Reference to a cell of another sheet, the sheet name always quoted. */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** Writes cells of one worksheet with the look of their role. */
export class SheetWriter {
  constructor(readonly sheet: Worksheet) {}

  get name(): string {
    return this.sheet.name;
  }

  private put(column: number, row: number, value: unknown, role: Role, numFmt?: string): void {
    const cell = this.sheet.getCell(row, column);
    // An empty text is an empty cell that keeps its look (the yellow answer cells).
    cell.value = (value === "" ? null : value) as never;
    const style = styleOf(role);
    if (numFmt) style.numFmt = numFmt;
    cell.style = style;
  }

  text(column: number, row: number, text: string, role: Role = "label"): void {
    this.put(column, row, text, role);
  }

  number(column: number, row: number, value: number, role: Role = "input", numFmt?: string): void {
    this.put(column, row, value, role, numFmt);
  }

  /** An ordinary Excel formula (without the leading =). */
  formula(column: number, row: number, formula: string, role: Role = "step", numFmt?: string): void {
    this.put(column, row, { formula }, role, numFmt);
  }

  /**
   * An AIMAQ formula kept as text (docs/decisions.md, "AIMAQ formulas
   * as text"), followed at `column + 1` by the value src/core computed for it.
   */
  aimaq(column: number, row: number, call: AimaqCall, cached: number | string | null, numFmt?: string): void {
    this.put(column, row, aimaqFormulaText(call), "aimaq");
    if (cached !== null) this.put(column + 1, row, cached, "cached", numFmt);
  }

  widths(widths: number[]): void {
    widths.forEach((w, i) => (this.sheet.getColumn(i + 1).width = w));
  }

  /** Keeps the header rows and the label column in view while scrolling. */
  freeze(rows: number, columns = 1): void {
    this.sheet.views = [{ state: "frozen", xSplit: columns, ySplit: rows }];
  }
}
