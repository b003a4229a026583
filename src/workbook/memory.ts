/**
 * An in-memory workbook implementing {@link WorkbookAdapter}: the browser preview
 * and the tests run the task pane against it. Sheets are sparse grids of cells
 * (value, formula text, format); charts are kept as the ChartRequest objects
 * they were given, for the preview to draw. Formulas are stored as text; an
 * optional {@link FormulaEvaluator} computes them (the preview plugs a formula
 * engine in; none is bundled here). Listeners hear every change, and a fault can
 * be injected at any step of applyOutput to test the rollback.
 */
import { isValidSheetName, parseRangeAddress, rangeAddress, unionBox, type RangeBox } from "./a1";
import { isInactiveAimaqFormula } from "./aimaqText";
import {
  WorkbookError,
  type ActivationResult,
  type CellFormat,
  type CellValue,
  type ChartRequest,
  type OutputPlan,
  type OutputResult,
  type ProgressListener,
  type RangeSnapshot,
  type WorkbookAdapter,
  type WorkbookStep,
} from "./types";

/** One stored cell. `isText` marks a value written as text (never a formula, whatever it begins with). */
export interface MemoryCell {
  value: CellValue;
  formula?: string;
  isText?: boolean;
  format?: CellFormat;
}

export interface MemorySheet {
  name: string;
  /** Sparse rows of cells; a hole is an empty cell. */
  cells: (MemoryCell | undefined)[][];
  /** Column widths in characters, where set. */
  columnWidths: (number | undefined)[];
  charts: ChartRequest[];
}

/** Computes formula cells (e.g. the preview's formula engine). */
export interface FormulaEvaluator {
  /** Called after every change with the whole workbook, before listeners are told. */
  update(workbook: MemoryWorkbook): void;
  /** Value of a formula cell; undefined = not computed (the stored value is shown). */
  valueAt(sheet: string, row: number, column: number): CellValue | undefined;
}

export type WorkbookEvent =
  { type: "cells"; sheet: string } | { type: "sheets" } | { type: "selection"; sheet: string; address: string };

export type WorkbookListener = (event: WorkbookEvent) => void;

/** Error thrown by an injected fault. */
export class InjectedFault extends Error {
  constructor(step: WorkbookStep) {
    super(`injected fault at ${step}`);
    this.name = "InjectedFault";
  }
}

export class MemoryWorkbook implements WorkbookAdapter {
  private readonly sheets: MemorySheet[] = [];
  private activeSheet = "";
  private selection = "A1";
  private readonly listeners = new Set<WorkbookListener>();
  private evaluator: FormulaEvaluator | null = null;
  private fault: WorkbookStep | null = null;

  /**
   * Adds (or replaces) a sheet holding a 2-D array of values, top-left at A1.
   * Strings are stored as values, never formulas.
   *
   * @example wb.loadSheet("Table 40", [["District", "X1"], ["Abai", 4.8]])
   */
  loadSheet(name: string, rows: readonly (readonly CellValue[])[]): void {
    if (!isValidSheetName(name)) throw new Error(`invalid sheet name: ${name}`);
    const sheet: MemorySheet = {
      name,
      cells: rows.map((row) => row.map((value) => (value === null || value === "" ? undefined : { value }))),
      columnWidths: [],
      charts: [],
    };
    const index = this.sheets.findIndex((s) => sameName(s.name, name));
    if (index >= 0) this.sheets[index] = sheet;
    else this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    this.changed({ type: "sheets" });
  }

  /** Makes `sheet` active and selects `address` there ("B2:G20"). */
  select(sheet: string, address: string): void {
    const found = this.requireSheet(sheet);
    if (!parseRangeAddress(address)) throw new Error(`invalid address: ${address}`);
    this.activeSheet = found.name;
    this.selection = address;
    this.changed({ type: "selection", sheet: found.name, address });
  }

  /** The active sheet and selected address. */
  getSelection(): { sheet: string; address: string } {
    return { sheet: this.activeSheet, address: this.selection };
  }

  /** A sheet by name (case-insensitive, as in Excel), or undefined. */
  getSheet(name: string): Readonly<MemorySheet> | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  /** The stored cell at a 0-based position, or undefined when empty. */
  cellAt(sheet: string, row: number, column: number): Readonly<MemoryCell> | undefined {
    return this.getSheet(sheet)?.cells[row]?.[column];
  }

  /** The value a cell shows: the evaluator's result for formulas, else the stored value ("" when empty). */
  displayValue(sheet: string, row: number, column: number): CellValue {
    const cell = this.cellAt(sheet, row, column);
    if (!cell) return "";
    if (cell.formula !== undefined) {
      const computed = this.evaluator?.valueAt(sheet, row, column);
      return computed === undefined ? (cell.value ?? "") : computed;
    }
    return cell.value ?? "";
  }

  /** Charts of a sheet, as requested. */
  chartsOf(sheet: string): readonly ChartRequest[] {
    return this.getSheet(sheet)?.charts ?? [];
  }

  /** Registers a listener; returns the function that removes it. */
  subscribe(listener: WorkbookListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Plugs in (or removes, with null) the formula evaluator. */
  setEvaluator(evaluator: FormulaEvaluator | null): void {
    this.evaluator = evaluator;
    evaluator?.update(this);
  }

  /** Makes the next applyOutput or activateFormulas fail at `step` (after the steps before it have changed the workbook). */
  failAt(step: WorkbookStep | null): void {
    this.fault = step;
  }

  async readSelection(): Promise<RangeSnapshot> {
    return this.readRange(this.activeSheet, this.selection);
  }

  async readRange(sheetName: string, address: string): Promise<RangeSnapshot> {
    const sheet = this.getSheet(sheetName);
    const box = parseRangeAddress(address);
    if (!sheet || !box) throw new WorkbookError("read", new Error(`no range ${sheetName}!${address}`));
    const values: CellValue[][] = [];
    const text: string[][] = [];
    const formulas: (string | number | boolean | null)[][] = [];
    for (let r = box.row; r < box.row + box.rows; r++) {
      const valueRow: CellValue[] = [];
      const textRow: string[] = [];
      const formulaRow: (string | number | boolean | null)[] = [];
      for (let c = box.column; c < box.column + box.columns; c++) {
        const cell = sheet.cells[r]?.[c];
        const value = this.displayValue(sheet.name, r, c);
        valueRow.push(value);
        textRow.push(displayText(value, cell?.format?.numberFormat));
        formulaRow.push(cell?.formula ?? value);
      }
      values.push(valueRow);
      text.push(textRow);
      formulas.push(formulaRow);
    }
    return { sheet: sheet.name, address: rangeAddress(box), row: box.row, column: box.column, values, text, formulas };
  }

  async listSheets(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  /**
   * Applies a plan in the steps of the Office adapter (read, createSheet, write,
   * format, chart, activate); on a failure everything changed is put back and a
   * WorkbookError names the step. O(cells written).
   */
  async applyOutput(plan: OutputPlan, onProgress?: ProgressListener): Promise<OutputResult> {
    const fault = this.fault;
    this.fault = null;
    const check = (step: WorkbookStep) => {
      if (fault === step) throw new InjectedFault(step);
    };
    const boxes = plan.blocks.map(blockBox);
    const area = unionBox(boxes);
    const before = { active: this.activeSheet, selection: this.selection };
    let created = false;
    let saved: { cells: (MemoryCell | undefined)[][]; widths: (number | undefined)[]; charts: number } | null = null;
    let step: WorkbookStep = "read";
    try {
      check("read");
      const existing = this.getSheet(plan.sheet);
      if (plan.createSheet && existing) throw new Error(`sheet exists: ${plan.sheet}`);
      if (!plan.createSheet && !existing) throw new Error(`no sheet: ${plan.sheet}`);
      if (plan.createSheet && !isValidSheetName(plan.sheet)) throw new Error(`invalid sheet name: ${plan.sheet}`);
      if (existing && area) saved = snapshotArea(existing, area);
      onProgress?.(0.1);

      step = "createSheet";
      if (plan.createSheet) {
        this.sheets.push({ name: plan.sheet, cells: [], columnWidths: [], charts: [] });
        created = true;
      }
      check("createSheet");
      const sheet = this.requireSheet(plan.sheet);

      step = "write";
      plan.blocks.forEach((block, b) => {
        block.cells.forEach((row, r) =>
          row.forEach((write, c) => {
            const at = { row: boxes[b].row + r, column: boxes[b].column + c };
            const cell: MemoryCell =
              "text" in write
                ? { value: write.text, isText: true }
                : "formula" in write
                  ? { value: null, formula: write.formula }
                  : { value: write.value };
            (sheet.cells[at.row] ??= [])[at.column] = cell;
          }),
        );
      });
      check("write");
      onProgress?.(0.5);

      step = "format";
      plan.blocks.forEach((block, b) => {
        block.cells.forEach((row, r) =>
          row.forEach((write, c) => {
            const cell = sheet.cells[boxes[b].row + r][boxes[b].column + c] as MemoryCell;
            if (write.format) cell.format = { ...write.format };
          }),
        );
        block.columnWidths?.forEach((width, i) => (sheet.columnWidths[boxes[b].column + i] = width));
      });
      check("format");
      onProgress?.(0.7);

      step = "chart";
      for (const chart of plan.charts) sheet.charts.push(structuredClone(chart));
      check("chart");
      onProgress?.(0.9);

      step = "activate";
      if (plan.activate) {
        this.activeSheet = sheet.name;
        this.selection = "A1";
      }
      check("activate");
      onProgress?.(1);
    } catch (cause) {
      this.rollback(plan.sheet, created, saved, area, before);
      throw new WorkbookError(step, cause);
    }
    this.changed(plan.createSheet ? { type: "sheets" } : { type: "cells", sheet: plan.sheet });
    return { sheet: plan.sheet, address: area ? rangeAddress(area) : "A1", charts: plan.charts.length };
  }

  /**
   * "Activate formulas": every cell whose stored value is an inactive AIMAQ formula
   * (text, no formula) gets it as its formula, on every sheet; a fault at "readSheets"
   * or "write" (injected with failAt) leaves every cell as it was. O(cells).
   */
  async activateFormulas(): Promise<ActivationResult> {
    const fault = this.fault;
    this.fault = null;
    if (fault === "readSheets") throw new WorkbookError("readSheets", new InjectedFault("readSheets"));
    const found: { sheet: string; cells: (MemoryCell | undefined)[]; column: number; before: MemoryCell }[] = [];
    for (const sheet of this.sheets) {
      for (const row of sheet.cells) {
        // Sparse rows: plain loops, because forEach skips the holes.
        for (let c = 0; row && c < row.length; c++) {
          const cell = row[c];
          if (cell && isInactiveAimaqFormula(cell.value, cell.formula)) {
            found.push({ sheet: sheet.name, cells: row, column: c, before: cell });
          }
        }
      }
    }
    for (const { cells, column, before } of found) {
      cells[column] = {
        value: null,
        formula: before.value as string,
        ...(before.format ? { format: before.format } : {}),
      };
    }
    if (fault === "write") {
      for (const { cells, column, before } of found) cells[column] = before;
      throw new WorkbookError("write", new InjectedFault("write"));
    }
    const sheets = this.sheets.map((s) => s.name).filter((name) => found.some((f) => f.sheet === name));
    if (found.length > 0) this.changed({ type: "sheets" });
    return { count: found.length, sheets };
  }

  private rollback(
    sheetName: string,
    created: boolean,
    saved: { cells: (MemoryCell | undefined)[][]; widths: (number | undefined)[]; charts: number } | null,
    area: RangeBox | null,
    before: { active: string; selection: string },
  ): void {
    if (created) {
      const index = this.sheets.findIndex((s) => sameName(s.name, sheetName));
      if (index >= 0) this.sheets.splice(index, 1);
    } else if (saved && area) {
      const sheet = this.requireSheet(sheetName);
      saved.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          (sheet.cells[area.row + r] ??= [])[area.column + c] = cell;
        }),
      );
      saved.widths.forEach((width, i) => (sheet.columnWidths[area.column + i] = width));
      sheet.charts.length = saved.charts;
    }
    this.activeSheet = before.active;
    this.selection = before.selection;
  }

  private requireSheet(name: string): MemorySheet {
    const sheet = this.sheets.find((s) => sameName(s.name, name));
    if (!sheet) throw new Error(`no sheet: ${name}`);
    return sheet;
  }

  private changed(event: WorkbookEvent): void {
    this.evaluator?.update(this);
    for (const listener of [...this.listeners]) listener(event);
  }
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function blockBox(block: OutputPlan["blocks"][number]): RangeBox {
  const at = parseRangeAddress(block.topLeft);
  if (!at) throw new WorkbookError("write", new Error(`invalid address: ${block.topLeft}`));
  const columns = Math.max(1, ...block.cells.map((row) => row.length), block.columnWidths?.length ?? 0);
  return { row: at.row, column: at.column, rows: Math.max(1, block.cells.length), columns };
}

function snapshotArea(sheet: MemorySheet, area: RangeBox) {
  const cells: (MemoryCell | undefined)[][] = [];
  for (let r = 0; r < area.rows; r++) {
    const row: (MemoryCell | undefined)[] = [];
    for (let c = 0; c < area.columns; c++) {
      const cell = sheet.cells[area.row + r]?.[area.column + c];
      row.push(cell ? structuredClone(cell) : undefined);
    }
    cells.push(row);
  }
  const widths = Array.from({ length: area.columns }, (_, i) => sheet.columnWidths[area.column + i]);
  return { cells, widths, charts: sheet.charts.length };
}

/**
 * The text a cell shows, as far as the memory workbook knows number formats:
 * fixed decimals ("0.000"), percent ("0.0%"), else the plain value.
 */
export function displayText(value: CellValue, numberFormat?: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fixed = numberFormat ? /^0(?:\.(0+))?(%?)$/.exec(numberFormat) : null;
  if (fixed) {
    const decimals = fixed[1]?.length ?? 0;
    return fixed[2] ? `${(value * 100).toFixed(decimals)}%` : value.toFixed(decimals);
  }
  return String(value);
}
