/**
 * The WorkbookAdapter over Excel.run — the only file that touches Excel.*.
 * Batched: reading is one context.sync(); applyOutput is one sync to snapshot
 * what it will overwrite, one to write everything (cells, formats, widths,
 * charts, activation), and on failure at most two more to undo — never more
 * than four, whatever the number of rows. activateFormulas: one sync for the
 * sheet names, one for their used ranges, one to write, one to undo on failure.
 * Requirement sets per feature are in
 * docs/decisions.md (ExcelApi 1.9 overall: getCellProperties /
 * setCellProperties; chart series ranges 1.7, point data labels 1.8).
 */
import { parseRangeAddress, rangeAddress, unionBox, type RangeBox } from "./a1";
import { isInactiveAimaqFormula } from "./aimaqText";
import {
  WorkbookError,
  type ActivationResult,
  type CellValue,
  type CellWrite,
  type ChartRequest,
  type OutputPlan,
  type OutputResult,
  type ProgressListener,
  type RangeSnapshot,
  type WorkbookAdapter,
  type WorkbookStep,
} from "./types";

/** Excel.run, injectable so tests can pass office-addin-mock contexts. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Points per character of column width (Calibri 11: the default 8.43 characters are 48 points). */
const POINTS_PER_CHARACTER = 5.7;

const CHART_TYPE: Record<ChartRequest["kind"], Excel.ChartType> = {
  bar: "BarClustered" as Excel.ChartType,
  column: "ColumnClustered" as Excel.ChartType,
  scatter: "XYScatter" as Excel.ChartType,
};

/** Properties saved before overwriting cells of an existing sheet, restored on failure. */
const SAVED_CELL_PROPERTIES = {
  format: { fill: { color: true }, font: { bold: true, italic: true, color: true } },
};

/**
 * A cell as Office.js `formulas` takes it. Text gets a leading apostrophe so
 * Excel stores it as text whatever it begins with (=, +, -, @): the apostrophe
 * is a prefix character, not part of the value. Missing values are "" (blank).
 */
export function officeFormula(write: CellWrite): string | number | boolean {
  if ("text" in write) return `'${write.text}`;
  if ("formula" in write) return write.formula;
  return write.value ?? "";
}

/** Step of a failed batch from Office's error location (e.g. "Worksheet.add", "Range.format"). */
export function stepOfLocation(location: string | undefined, fallback: WorkbookStep): WorkbookStep {
  if (!location) return fallback;
  if (/chart/i.test(location)) return "chart";
  if (/activate/i.test(location)) return "activate";
  if (/worksheetcollection|worksheet\.add/i.test(location)) return "createSheet";
  if (/format|numberformat|cellproperties|columnwidth/i.test(location)) return "format";
  return "write";
}

function blockBox(block: OutputPlan["blocks"][number]): RangeBox {
  const at = parseRangeAddress(block.topLeft);
  if (!at) throw new Error(`invalid address: ${block.topLeft}`);
  const columns = Math.max(1, ...block.cells.map((row) => row.length));
  return { row: at.row, column: at.column, rows: Math.max(1, block.cells.length), columns };
}

/** A ragged block as rectangular rows; null leaves a cell untouched (Office.js ignores null in writes). */
function rectangle<T>(
  block: OutputPlan["blocks"][number],
  columns: number,
  cell: (write: CellWrite) => T,
): (T | null)[][] {
  return block.cells.map((row) => Array.from({ length: columns }, (_, c) => (row[c] ? cell(row[c]) : null)));
}

function snapshotOf(range: Excel.Range, sheet: string): RangeSnapshot {
  const box = parseRangeAddress(range.address) as RangeBox;
  return {
    sheet,
    address: rangeAddress(box),
    row: range.rowIndex,
    column: range.columnIndex,
    values: range.values as CellValue[][],
    text: range.text,
    formulas: range.formulas as (string | number | boolean | null)[][],
  };
}

export class OfficeWorkbook implements WorkbookAdapter {
  constructor(private readonly run: ExcelRunner = (batch) => Excel.run(batch)) {}

  /** The selection, cut to the used range so that whole-column selections stay small. One sync. */
  async readSelection(): Promise<RangeSnapshot> {
    return this.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      const worksheet = context.workbook.worksheets.getActiveWorksheet();
      const range = selected.getIntersectionOrNullObject(worksheet.getUsedRange());
      range.load("address, rowIndex, columnIndex, values, text, formulas");
      worksheet.load("name");
      await context.sync();
      if (range.isNullObject) {
        return { sheet: worksheet.name, address: "A1", row: 0, column: 0, values: [], text: [], formulas: [] };
      }
      return snapshotOf(range, worksheet.name);
    });
  }

  async readRange(sheet: string, address: string): Promise<RangeSnapshot> {
    return this.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(address);
      range.load("address, rowIndex, columnIndex, values, text, formulas");
      await context.sync();
      return snapshotOf(range, sheet);
    });
  }

  async listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async applyOutput(plan: OutputPlan, onProgress?: ProgressListener): Promise<OutputResult> {
    const boxes = plan.blocks.map(blockBox);
    const area = unionBox(boxes);
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      // Sync 1: what exists, and what will be overwritten.
      const existing = sheets.getItemOrNullObject(plan.sheet);
      existing.load("name");
      const active = sheets.getActiveWorksheet();
      active.load("name");
      let saved: {
        range: Excel.Range;
        properties: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
        columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
        charts: Excel.ChartCollection;
      } | null = null;
      if (!plan.createSheet && area) {
        const range = sheets.getItem(plan.sheet).getRange(rangeAddress(area));
        range.load("formulas, numberFormat");
        const charts = sheets.getItem(plan.sheet).charts;
        charts.load("items/name");
        saved = {
          range,
          properties: range.getCellProperties(SAVED_CELL_PROPERTIES),
          columns: range.getColumnProperties({ format: { columnWidth: true } }),
          charts,
        };
      }
      try {
        await context.sync();
      } catch (cause) {
        throw new WorkbookError("read", cause);
      }
      if (plan.createSheet && !existing.isNullObject) {
        throw new WorkbookError("createSheet", new Error(`sheet exists: ${plan.sheet}`));
      }
      const chartsBefore = saved ? saved.charts.items.map((c) => c.name) : [];
      onProgress?.(0.2);

      // Sync 2: everything, in one batch.
      let step: WorkbookStep = "createSheet";
      try {
        const sheet = plan.createSheet ? sheets.add(plan.sheet) : sheets.getItem(plan.sheet);
        step = "write";
        const ranges = plan.blocks.map((block, b) => {
          const range = sheet.getRange(rangeAddress(boxes[b]));
          range.formulas = rectangle(block, boxes[b].columns, officeFormula) as unknown as string[][];
          return range;
        });
        step = "format";
        plan.blocks.forEach((block, b) => {
          const range = ranges[b];
          range.numberFormat = rectangle(
            block,
            boxes[b].columns,
            (w) => w.format?.numberFormat ?? null,
          ) as unknown as string[][];
          range.setCellProperties(
            rectangle(block, boxes[b].columns, (w) => ({
              format: {
                ...(w.format?.fill ? { fill: { color: w.format.fill } } : {}),
                font: {
                  ...(w.format?.fontColor ? { color: w.format.fontColor } : {}),
                  ...(w.format?.bold !== undefined ? { bold: w.format.bold } : {}),
                  ...(w.format?.italic !== undefined ? { italic: w.format.italic } : {}),
                },
              },
            })).map((row) => row.map((p) => p ?? {})),
          );
          block.columnWidths?.forEach((width, i) => {
            sheet.getRangeByIndexes(0, boxes[b].column + i, 1, 1).getEntireColumn().format.columnWidth =
              width * POINTS_PER_CHARACTER;
          });
        });
        step = "chart";
        for (const request of plan.charts) addChart(sheet, request);
        step = "activate";
        if (plan.activate) sheet.activate();
        await context.sync();
      } catch (cause) {
        const located = (cause as { debugInfo?: { errorLocation?: string } })?.debugInfo?.errorLocation;
        const failedStep = stepOfLocation(located, step);
        await this.rollback(context, plan, saved, chartsBefore, active.name, cause);
        throw new WorkbookError(failedStep, cause);
      }
      onProgress?.(1);
      return { sheet: plan.sheet, address: area ? rangeAddress(area) : "A1", charts: plan.charts.length };
    });
  }

  /**
   * "Activate formulas" over the whole workbook: sync 1 lists the sheets, sync 2
   * loads the values and formulas of their used ranges, sync 3 writes every
   * matching cell's text as its formula (`formulas`, not `formulasLocal`: the text
   * is in the invariant form). If that batch fails, sync 4 writes the texts back
   * (with the apostrophe, so they stay text). O(used cells) to scan.
   */
  async activateFormulas(): Promise<ActivationResult> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const used: { name: string; range: Excel.Range }[] = [];
      try {
        sheets.load("items/name");
        await context.sync();
        for (const sheet of sheets.items) {
          const range = sheet.getUsedRangeOrNullObject(true);
          range.load("rowIndex, columnIndex, values, formulas");
          used.push({ name: sheet.name, range });
        }
        await context.sync();
      } catch (cause) {
        throw new WorkbookError("readSheets", cause);
      }
      const found: { sheet: string; row: number; column: number; text: string }[] = [];
      for (const { name, range } of used) {
        if (range.isNullObject) continue;
        range.values.forEach((row, r) =>
          row.forEach((value, c) => {
            if (isInactiveAimaqFormula(value, range.formulas[r][c])) {
              found.push({ sheet: name, row: range.rowIndex + r, column: range.columnIndex + c, text: value });
            }
          }),
        );
      }
      const sheetNames = used.map((u) => u.name).filter((name) => found.some((f) => f.sheet === name));
      if (found.length === 0) return { count: 0, sheets: [] };
      const write = (formula: (text: string) => string) => {
        for (const cell of found) {
          sheets.getItem(cell.sheet).getRangeByIndexes(cell.row, cell.column, 1, 1).formulas = [[formula(cell.text)]];
        }
      };
      try {
        write((text) => text);
        await context.sync();
      } catch (cause) {
        try {
          write((text) => `'${text}`);
          await context.sync();
        } catch (rollbackError) {
          throw new WorkbookError("rollback", { cause, rollbackError, message: String(rollbackError) });
        }
        throw new WorkbookError("write", cause);
      }
      return { count: found.length, sheets: sheetNames };
    });
  }

  /** Puts the workbook back: deletes a created sheet, or restores cells, formats, widths and charts. Two syncs. */
  private async rollback(
    context: Excel.RequestContext,
    plan: OutputPlan,
    saved: {
      range: Excel.Range;
      properties: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
      columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
      charts: Excel.ChartCollection;
    } | null,
    chartsBefore: string[],
    activeName: string,
    cause: unknown,
  ): Promise<void> {
    try {
      const sheets = context.workbook.worksheets;
      const target = sheets.getItemOrNullObject(plan.sheet);
      target.load("name");
      const charts = plan.createSheet ? null : sheets.getItem(plan.sheet).charts;
      charts?.load("items/name");
      await context.sync();
      if (plan.createSheet) {
        if (!target.isNullObject) {
          sheets.getItem(activeName).activate();
          target.delete();
        }
      } else if (saved && charts) {
        const { formulas, numberFormat } = saved.range;
        saved.range.formulas = formulas;
        saved.range.numberFormat = numberFormat;
        saved.range.setCellProperties(saved.properties.value);
        saved.range.setColumnProperties(saved.columns.value);
        for (const chart of charts.items) if (!chartsBefore.includes(chart.name)) chart.delete();
        sheets.getItem(activeName).activate();
      }
      await context.sync();
    } catch (rollbackError) {
      throw new WorkbookError("rollback", { cause, rollbackError, message: String(rollbackError) });
    }
  }
}

/** Queues one chart: series from ranges, colours per point, text labels per point, line series without markers. */
function addChart(sheet: Excel.Worksheet, request: ChartRequest): void {
  const first = request.series[0];
  const chart = sheet.charts.add(
    CHART_TYPE[request.kind],
    sheet.getRange(first.yRange),
    "Columns" as Excel.ChartSeriesBy,
  );
  chart.title.text = request.title;
  if (request.xAxisTitle) chart.axes.categoryAxis.title.text = request.xAxisTitle;
  if (request.yAxisTitle) chart.axes.valueAxis.title.text = request.yAxisTitle;
  if (request.kind === "bar") chart.axes.categoryAxis.reversePlotOrder = true;
  chart.legend.visible = request.series.length > 1;
  chart.setPosition(request.anchor);
  if (request.width) chart.width = request.width;
  if (request.height) chart.height = request.height;
  request.series.forEach((spec, s) => {
    const series = s === 0 ? chart.series.getItemAt(0) : chart.series.add(spec.name);
    series.name = spec.name;
    series.setValues(sheet.getRange(spec.yRange));
    series.setXAxisValues(sheet.getRange(spec.xRange));
    if (spec.line) {
      series.chartType = "XYScatterLinesNoMarkers" as Excel.ChartType;
      if (spec.color) series.format.line.color = spec.color;
    } else if (spec.color) {
      series.format.fill.setSolidColor(spec.color);
      if (request.kind === "scatter") series.markerBackgroundColor = spec.color;
    }
    spec.pointColors?.forEach((color, i) => {
      const point = series.points.getItemAt(i);
      if (request.kind === "scatter") {
        point.markerBackgroundColor = color;
        point.markerForegroundColor = color;
      } else {
        point.format.fill.setSolidColor(color);
      }
    });
    spec.pointLabels?.forEach((label, i) => {
      const point = series.points.getItemAt(i);
      point.hasDataLabel = true;
      point.dataLabel.text = label;
    });
  });
}
